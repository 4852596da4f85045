"""Gas meter reading photo validation: the first design, before any security review.

A gas supplier's customers submit meter readings in the supplier's mobile app: they
type the reading and take a photo of the meter. The app posts both to a readings API
in the supplier's cloud account. A submission service stores the photo, runs an
in-house OCR model that reads the register digits and the meter serial number, and
compares them with the typed reading and with the serial on the customer's account.
Readings that match go straight to the billing system; mismatches, unreadable photos
and implausible jumps go to an exceptions queue that back-office staff work in a
console, where they correct the reading or book a meter reader visit with the
contracted meter reading agency. Corrected readings are kept as labels to retrain
the OCR model. Controls in this design: customer sign-in and rate limiting on the API,
file type and size checks on uploads, TLS, encrypted photo storage with a retention
period, and staff SSO with role-based access on the back-office console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gas meter reading photo validation app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customer meter readings with photo evidence, checked by an OCR model "
    "before billing; mismatches reviewed by back-office staff.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Meter reading submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account number, typed reading, submission time and the meter photo.",
)
photo = tg.Data(
    "Meter photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in the customer's home; may show more than the meter.",
)
ocr_result = tg.Data(
    "OCR digits and serial number",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Register digits and meter serial read from the photo, with confidence.",
)
account = tg.Data(
    "Customer account and meter details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, supply address, MPRN, meter serial, previous readings.",
)
accepted_reading = tg.Data(
    "Accepted meter reading",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
exception_case = tg.Data(
    "Reading exception case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Typed reading, OCR result, photo link and why it was flagged.",
)
submission_status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.PII)
corrected_reading = tg.Data("Corrected reading", kind="labels", sensitivity=tg.Sensitivity.PII)
visit_booking = tg.Data(
    "Meter reader visit booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Supply address, access notes and contact number for the visit.",
)
visit_result = tg.Data("Meter reader visit result", kind="records", sensitivity=tg.Sensitivity.PII)
ocr_weights = tg.Data(
    "Meter OCR model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bill payer submitting their own reading.
    customer = tm.add(tg.Actor("Customer", role="gas customer"))

    # The supplier's iOS and Android app on the customer's phone.
    app = tm.add(
        tg.Device(
            "Customer mobile app",
            description="Phone app: camera capture of the meter plus a typed reading.",
        )
    )

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # The app's only entry point into the supplier.
    api = tm.add(
        tg.Endpoint(
            "Readings API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, kept signed in on the phone"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="JPEG/HEIC only, under 10 MB, numeric reading"),
            },
        )
    )

    # Stores the photo, calls the OCR model and decides accept or flag.
    validator = tm.add(
        tg.Service(
            "Reading validation service",
            description="Compares OCR digits and serial with the typed reading and the account.",
        )
    )

    # Reads register digits and the serial number off the meter photo.
    ocr = tm.add(
        tg.Model(
            "Meter OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Text detection and digit recognition for mechanical and smart gas meters.",
        )
    )

    # Object storage for the submitted photos, kept as evidence for disputes.
    photo_store = tm.add(
        tg.DataStore(
            "Meter photo store",
            stores={photo},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=730),
            },
        )
    )

    # Flagged submissions waiting for a person.
    exceptions = tm.add(tg.DataStore("Reading exceptions queue", stores={exception_case}))

    # Corrected readings and their photos, used to retrain the OCR model.
    label_set = tm.add(tg.Dataset("OCR training set", stores={photo, corrected_reading}))

    # Quarterly retraining of the OCR model from the corrected cases.
    training = tm.add(tg.Pipeline("OCR retraining", stage=tg.Stage.TRAINING))

    # Versions of the OCR model the validation service loads.
    registry = tm.add(tg.ModelRegistry("OCR model registry", stores={ocr_weights}))

with tm.boundary("Billing and CRM", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, meters and readings; produces the bills.
    billing = tm.add(
        tg.Service(
            "Billing system",
            description="Existing billing and CRM platform holding accounts and meter details.",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Staff who resolve flagged readings and book visits.
    back_office = tm.add(tg.Actor("Back-office agent", role="metering operations"))

    # Where the back office works the exceptions queue.
    console = tm.add(
        tg.Service(
            "Exceptions console",
            controls={c.Authentication(method="staff SSO"), c.RBAC()},
        )
    )

with tm.boundary("Meter reading agency", trust=tg.Trust.PARTNER):
    # Contracted field meter readers; takes visit bookings by API.
    agency = tm.add(
        tg.ExternalService(
            "Meter reading agency scheduling",
            description="The contractor's work scheduling system for site visits.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, app, submission)
tm.flow(
    app,
    api,
    submission,
    photo,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(api, validator, submission, photo, protocol="https")
tm.flow(validator, photo_store, photo, protocol="https")
tm.flow(validator, ocr, photo, protocol="https")
tm.flow(ocr, validator, ocr_result, protocol="https")
tm.flow(billing, validator, account, protocol="https", label="account and meter lookup")
tm.flow(validator, billing, accepted_reading, protocol="https", label="matched reading")
tm.flow(validator, exceptions, exception_case, label="mismatch or unreadable")
tm.flow(validator, api, submission_status, protocol="https")
tm.flow(
    api,
    app,
    submission_status,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(app, customer, submission_status)

tm.flow(exceptions, console, exception_case, protocol="https")
tm.flow(photo_store, console, photo, protocol="https")
tm.flow(console, back_office, exception_case, photo, protocol="https")
tm.flow(back_office, console, corrected_reading, visit_booking, protocol="https")
tm.flow(console, billing, corrected_reading, protocol="https", label="corrected reading")
tm.flow(console, agency, visit_booking, protocol="https", label="book visit")
tm.flow(agency, console, visit_result, protocol="https", label="visit outcome")
tm.flow(console, label_set, corrected_reading, photo)
tm.flow(label_set, training, corrected_reading, photo)
tm.flow(training, registry, ocr_weights)
tm.flow(registry, ocr, ocr_weights, label="deploy")
