"""Car rental damage check: the first design, before any security review.

At pickup and at return, the car is photographed from a fixed set of angles:
by branch staff on company tablets, or by the customer in our rental app at
key-box and out-of-hours locations. The photos go to an inspection API in our
cloud, which keeps them in a photo store and sends the pickup and return sets
of a rental to an in-house damage detection model. The model marks damage
present at return but not at pickup, with a class and a confidence per mark.
A claims service turns new damage into a proposed charge from the booking
record; a damage assessor reviews each case in a back-office console before
the charge is taken from the customer's saved card through our payment
provider. Confirmed and rejected marks are kept as labels for monthly
retraining. Controls in this design: sign-in on the API, upload checks,
encrypted stores, role-based access in the console and booking system, and an
assessor's approval of every charge.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Car rental damage check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photos at pickup and return; a vision model marks new damage for charging.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Car photos at pickup and return; plates, people and places can be in frame.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inspection_meta = tg.Data(
    "Inspection metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, pickup or return, time, GPS position, who took the photos.",
)
findings = tg.Data(
    "Damage findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes on the return photos with damage class and confidence.",
)
damage_report = tg.Data("Damage report", kind="records", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Customer and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the customer's card on file.",
)
damage_case = tg.Data(
    "Damage case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Findings, photos and the proposed charge for one rental.",
)
decision = tg.Data("Assessor decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
charge = tg.Data("Damage charge", kind="records", sensitivity=tg.Sensitivity.PII)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Damage model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The renter, who photographs the car themselves at unstaffed locations.
    customer = tm.add(tg.Actor("Customer", role="renter"))
    # Our rental app on the customer's own phone: camera capture and the damage report.
    customer_app = tm.add(
        tg.Device("Customer rental app", description="iOS and Android app on the customer's phone.")
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Counter and lot staff who do the walk-round at staffed branches.
    staff = tm.add(tg.Actor("Branch staff", role="rental agent"))
    # Company-managed tablets running the inspection app.
    tablet = tm.add(tg.Device("Staff inspection tablet"))

with tm.boundary("Rental cloud", trust=tg.Trust.INTERNAL):
    # The single entry point for photo uploads from both apps.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="app sign-in tokens: customers with e-mail and password, "
                    "staff with company SSO"
                ),
                c.InputValidation(note="JPEG/HEIC only, size and resolution limits"),
            },
        )
    )
    # Keeps every photo set for the life of the rental and any dispute.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos, inspection_meta},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The vision model that compares pickup and return photos.
    model = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned object detector; marks scratches, dents and cracks new at return.",
        )
    )
    # Turns new damage into a priced case and, once approved, a charge.
    claims = tm.add(
        tg.Service(
            "Damage claims service",
            description="Prices damage from the repair tariff and raises the charge.",
            controls={c.HumanInTheLoop(approver="damage assessor")},
        )
    )
    # Back-office web console where assessors review each case.
    console = tm.add(
        tg.Endpoint(
            "Damage review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Core rental systems", trust=tg.Trust.RESTRICTED):
    # The existing reservation system: customers, bookings, cards on file, charges.
    booking_system = tm.add(
        tg.DataStore(
            "Rental booking system",
            stores={booking, card_token, charge},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims staff who decide whether marked damage is charged.
    assessor = tm.add(tg.Actor("Damage assessor", role="claims staff"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the damage charge from the saved card.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Photos with assessor-confirmed or rejected marks, for retraining.
    training_set = tm.add(tg.Dataset("Damage training set", stores={photos, labels}))
    # Monthly fine-tuning job on GPU nodes.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="mAP on a held-out set must not drop")},
        )
    )
    # Versioned checkpoints; serving loads the tagged production version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# customer self-inspection
tm.flow(customer, customer_app, photos, label="photographs the car")
tm.flow(customer_app, api, photos, inspection_meta, protocol="https")
tm.flow(api, customer_app, damage_report, protocol="https")
tm.flow(customer_app, customer, damage_report)

# staff inspection
tm.flow(staff, tablet, photos, label="photographs the car")
tm.flow(tablet, api, photos, inspection_meta, protocol="https")
tm.flow(api, tablet, damage_report, protocol="https")
tm.flow(tablet, staff, damage_report)

# detection
tm.flow(api, photo_store, photos, inspection_meta)
tm.flow(photo_store, api, photos, label="pickup photos of the same rental")
tm.flow(api, model, photos)
tm.flow(model, api, findings)
tm.flow(api, claims, findings, inspection_meta)

# review and charging
tm.flow(booking_system, claims, booking, card_token)
tm.flow(claims, console, damage_case)
tm.flow(photo_store, console, photos)
tm.flow(console, assessor, damage_case, protocol="https")
tm.flow(assessor, console, decision, protocol="https")
tm.flow(console, claims, decision)
tm.flow(claims, psp, charge, card_token, protocol="https")
tm.flow(psp, claims, payment_result, protocol="https")
tm.flow(claims, booking_system, charge)
tm.flow(claims, api, damage_report, label="report for the apps")

# retraining
tm.flow(console, training_set, labels, label="assessor outcome per mark")
tm.flow(photo_store, training_set, photos)
tm.flow(training_set, training, photos, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy tagged version")
