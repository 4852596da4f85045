"""Water meter readings from customer photos: the first design, before any security review.

A US municipal water utility asks customers whose meters are indoors to submit their
own readings. In the utility's mobile app the customer signs in with their account
number and the email address on the account, and photographs the meter register.
The photo goes to a reading API in the utility's cloud, which keeps it for two years
in an encrypted bucket. A validation service runs an OCR model on the photo to read
the register value and the meter serial, fetches the previous reading for that
meter from the billing system in the utility's data centre and, if the new reading
is plausible, posts it for billing; the billing system issues the bill and emails
it through an e-billing provider. Implausible readings, or serials that do not match
the account, go to a meter-reading clerk, who sees the photo in a review workbench
(staff SSO with MFA) and enters the correct reading or orders a site visit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water meter reading photo OCR",
    profile=tg.RiskProfile.LOW,
    description="Customers photograph indoor water meters; OCR reads them for billing.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Account number and email",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
)
photo = tg.Data(
    "Meter photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the meter register, often showing part of the home's interior.",
)
ocr_result = tg.Data(
    "OCR reading and serial", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
submitted = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
account = tg.Data(
    "Customer account and meter history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Name, service address, email, meter serial and past readings.",
)
meter_reading = tg.Data(
    "Meter reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_case = tg.Data("Implausible reading case", kind="records", sensitivity=tg.Sensitivity.PII)
bill = tg.Data("Water bill", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residential customer with an indoor meter.
    customer = tm.add(tg.Actor("Customer", role="account holder"))
    # The utility's iOS/Android app on the customer's own phone.
    app = tm.add(tg.Device("Customer mobile app", fleet=True))

with tm.boundary("Utility cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the cloud API gateway: sign-in and photo submission.
    api = tm.add(
        tg.Endpoint(
            "Reading submission API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="account number and email address"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Keeps every submitted photo for two years for billing disputes.
    photos = tm.add(
        tg.DataStore(
            "Meter photo bucket",
            stores={photo},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=730),
            },
        )
    )
    # Reads the register digits and the serial plate from the photo.
    ocr = tm.add(
        tg.Model(
            "Meter OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Off-the-shelf OCR model fine-tuned by a contractor on meter faces.",
        )
    )
    # Compares the OCR reading with the previous one and routes it.
    validation = tm.add(
        tg.Service(
            "Reading validation service",
            description="Plausibility check against previous reading and serial on the account.",
            controls={
                c.HumanInTheLoop(
                    approver="meter-reading clerk",
                    note="only readings that fail the plausibility or serial check",
                )
            },
        )
    )
    # Queue and photo viewer for the clerks handling flagged readings.
    workbench = tm.add(
        tg.Endpoint(
            "Reading review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Utility data centre", trust=tg.Trust.INTERNAL):
    # Existing customer information and billing system; issues the bills.
    billing = tm.add(tg.Service("Billing system", controls={c.AuditLogging()}))
    # Accounts, meters and reading history.
    billing_db = tm.add(tg.DataStore("Billing database", stores={account, meter_reading, bill}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Resolves implausible readings.
    clerk = tm.add(tg.Actor("Meter-reading clerk", role="billing staff"))

with tm.boundary("E-billing provider", trust=tg.Trust.PARTNER):
    # Sends bill emails on the utility's behalf.
    mailer = tm.add(tg.ExternalService("E-billing email service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, sign_in, photo, label="signs in and photographs meter")
tm.flow(app, api, sign_in, photo, protocol="https")
tm.flow(api, billing, sign_in, protocol="https", label="account lookup")
tm.flow(billing, api, account, protocol="https", label="account and meter serial")
tm.flow(api, photos, photo)
tm.flow(api, validation, photo, account)
tm.flow(validation, ocr, photo)
tm.flow(ocr, validation, ocr_result)
tm.flow(validation, billing, ocr_result, protocol="https", label="previous reading request")
tm.flow(billing, validation, meter_reading, protocol="https", label="previous reading")
tm.flow(validation, billing, meter_reading, protocol="https", label="accepted reading")
tm.flow(validation, api, submitted)
tm.flow(api, app, submitted, protocol="https")
tm.flow(app, customer, submitted)

tm.flow(validation, workbench, review_case)
tm.flow(photos, workbench, photo)
tm.flow(workbench, clerk, review_case, photo, protocol="https")
tm.flow(clerk, workbench, meter_reading, protocol="https", label="corrected reading")
tm.flow(workbench, billing, meter_reading, protocol="https", label="clerk-entered reading")

tm.flow(billing, billing_db, account, meter_reading, bill)
tm.flow(billing_db, billing, account, meter_reading)
tm.flow(billing, mailer, bill, protocol="https")
tm.flow(mailer, customer, bill, protocol="smtp")
