"""Meter reading by photo for a water company: the first design.

Household customers open the water company's mobile app, sign in to their
account and photograph their water meter. The app uploads the photo to the
reading API, where an in-house OCR model reads the digits; the app shows the
number back and the customer confirms it. A validation service compares the
reading with the account's consumption history from the billing system: readings
in the expected range go straight to billing, odd ones (a drop, a large jump, an
unreadable dial) are queued for the meter reading team, who check the photo and
enter the correct figure. Their corrections become labels for retraining the OCR
model, which the ML platform trains and publishes through a model registry.
Everything runs in the company's cloud account, except the billing system in the
company's data centre. Controls: account sign-in, rate limiting and image checks
on the API, staff sign-on with MFA and roles on the review console, encryption at
rest on the photo store, and a person's check of every flagged reading.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water meter reading photo OCR",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customers photograph their water meter; a model reads it for billing.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Meter photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="JPEG from the phone camera, tagged with the account number and time taken.",
)
submission = tg.Data(
    "Reading submission",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account number, meter serial and the reading the customer confirmed.",
)
ocr_reading = tg.Data("OCR meter reading", sensitivity=tg.Sensitivity.PII, kind="model-output")
history = tg.Data(
    "Consumption history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Past readings, estimated usage and tariff for the account.",
)
billed_reading = tg.Data(
    "Accepted meter reading",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flagged = tg.Data("Flagged reading case", sensitivity=tg.Sensitivity.PII, kind="records")
correction = tg.Data("Corrected meter reading", sensitivity=tg.Sensitivity.PII, kind="records")
labels = tg.Data(
    "Reading labels",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Meter photos paired with the figure staff confirmed.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("OCR model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The household bill payer who reads their own meter.
    customer = tm.add(tg.Actor("Customer", role="household customer"))
    # The company's app on customers' own phones: takes the photo and uploads it.
    app = tm.add(
        tg.Device(
            "Customer mobile app",
            fleet=True,
            description="iOS and Android app on the customer's smartphone.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Public API the app uploads readings to.
    reading_api = tm.add(
        tg.Endpoint(
            "Reading submission API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=10),
                c.InputValidation(note="JPEG or PNG only, up to 8 MB"),
            },
        )
    )
    # Reads the digits on the meter's register from the photo.
    ocr_model = tm.add(
        tg.Model(
            "Meter OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Finds the register in the photo and reads its digits; the figure is billed.",
        )
    )
    # Rules that decide whether a reading is plausible for the account.
    validation = tm.add(
        tg.Service(
            "Reading validation service",
            description="Compares the reading with past usage; odd readings go to staff.",
            controls={
                c.HumanInTheLoop(
                    approver="meter reading team",
                    note="odd readings only; readings in the expected range go straight to billing",
                )
            },
        )
    )
    # Keeps the photos as evidence for disputes and for retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Meter photo store",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with staff-confirmed figures, the training set for the OCR model.
        dataset = tm.add(tg.Dataset("Meter reading training set", stores={labels, photo}))
        # Retrains the OCR model each month on new labelled photos.
        training = tm.add(tg.Pipeline("OCR model training", stage=tg.Stage.TRAINING))
        # Holds the trained model versions the API serves.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Company data centre", trust=tg.Trust.RESTRICTED):
    # The system of record for accounts, readings and bills.
    billing = tm.add(tg.DataStore("Customer billing system", stores={history, billed_reading}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office screen where staff check flagged readings against the photo.
    console = tm.add(
        tg.Service(
            "Reading review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Staff who check odd readings.
    reviewer = tm.add(tg.Actor("Meter reading team member", role="billing operations"))
    # Trains and releases the OCR model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, photo, label="photographs the meter in the app")
tm.flow(app, reading_api, photo, submission, protocol="https")
tm.flow(reading_api, app, ocr_reading, protocol="https", label="reading shown for confirmation")
tm.flow(app, customer, ocr_reading)
tm.flow(customer, app, submission, label="confirms the reading")

tm.flow(reading_api, photo_store, photo)
tm.flow(reading_api, ocr_model, photo)
tm.flow(ocr_model, reading_api, ocr_reading)
tm.flow(reading_api, validation, ocr_reading, submission)

tm.flow(billing, validation, history, protocol="https")
tm.flow(validation, billing, billed_reading, protocol="https")
tm.flow(validation, console, flagged)

tm.flow(photo_store, console, photo)
tm.flow(console, reviewer, flagged, photo, protocol="https")
tm.flow(reviewer, console, correction, protocol="https")
tm.flow(console, billing, correction, protocol="https")

tm.flow(console, dataset, labels, label="staff-confirmed figures")
tm.flow(photo_store, dataset, photo, label="monthly export")
tm.flow(dataset, training, labels, photo)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="approves release")
tm.flow(registry, ocr_model, weights, label="deploy")
