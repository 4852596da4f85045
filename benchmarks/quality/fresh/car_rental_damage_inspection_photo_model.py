"""Car rental damage inspection: the first design, before any security review.

A car rental firm operating branches across the EU wants every car photographed at
pick-up and at return. Customers take the photos themselves in the rental app;
at staffed branches, bay staff use a wall-mounted inspection kiosk instead. The
photos go over HTTPS to an inspection API in our cloud VPC and land in an
encrypted photo bucket. An inspection service pairs each return set with the
pick-up set of the same rental and runs an in-house vision model that marks new
damage; for each new mark it drafts a damage charge priced from the repair
tariff in the rental management system. Damage assessors in the back office see
every draft with its photos and approve, adjust or reject it; only approved
charges are sent to the payment provider and posted to the rental agreement.
Customers see the damage report in the app. Assessor decisions feed monthly
retraining through a versioned registry. Staff use SSO; customers their app account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car rental damage inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo inspections at pick-up and return; a vision model drafts damage "
    "charges that staff review before customers are billed.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Vehicle inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of each side, wheels and interior; show the number plate, "
    "sometimes people, and carry time and GPS metadata.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inspection_meta = tg.Data(
    "Inspection metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rental agreement number, pick-up or return, mileage, fuel level, time.",
)
bookings = tg.Data(
    "Rental agreements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, vehicle, dates, branch and the card token on file.",
)
tariff = tg.Data("Repair cost tariff", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes, damage type and confidence for each photo pair.",
)
draft_charge = tg.Data(
    "Draft damage charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Assessor review decision", kind="records", sensitivity=tg.Sensitivity.PII
)
charge_request = tg.Data(
    "Damage charge request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, rental agreement number and the card token.",
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.PII)
damage_report = tg.Data(
    "Customer damage report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Marked photos and the charge, shown in the app.",
)
labels = tg.Data(
    "Reviewed damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Training photo set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Damage model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Renters photograph the car themselves at self-service pick-up and return.
    customer = tm.add(tg.Actor("Customer", role="renter"))
    # Our rental app on the customer's own phone; it takes and uploads the photos.
    app = tm.add(
        tg.Device(
            "Customer rental app",
            description="iOS and Android app on the customer's phone.",
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Bay staff photograph cars at staffed branches.
    bay_staff = tm.add(tg.Actor("Branch bay staff", role="branch staff"))
    # A fixed tablet kiosk in each return bay, used instead of the app at staffed branches.
    kiosk = tm.add(
        tg.Device(
            "Branch inspection kiosk",
            description="Wall-mounted tablet with a guided photo sequence.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the card on file against its token; we never hold card numbers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Cloud production VPC", trust=tg.Trust.INTERNAL):
    # Single entry point for photo uploads from the app and the kiosks, and for damage reports.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="customer app account (e-mail and password); per-kiosk API key "
                    "for branch kiosks"
                ),
                c.InputValidation(note="image type, size and count checked on upload"),
            },
        )
    )
    # Keeps every inspection photo for the life of the rental and any dispute.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pairs pick-up and return photos, calls the model and drafts the charges.
    inspection_svc = tm.add(
        tg.Service(
            "Inspection service",
            description="Matches return photos to the pick-up set of the same rental, "
            "runs the damage model and prices new damage from the tariff.",
        )
    )
    # The vision model that finds damage present at return but not at pick-up.
    damage_model = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned object detector comparing paired photos.",
        )
    )
    # Draft charges and detections waiting for an assessor, and their outcome.
    case_store = tm.add(
        tg.DataStore("Damage case database", stores={draft_charge, detections, review_decision})
    )
    # Back-office web app where assessors review every draft before anything is billed.
    review_console = tm.add(
        tg.Service(
            "Damage review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="damage assessor role only"),
                c.HumanInTheLoop(approver="a damage assessor"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed photo pairs with the assessor's outcome, for retraining.
        label_set = tm.add(tg.Dataset("Damage training set", stores={labels, training_images}))
        # Monthly fine-tuning of the detector on the newest reviewed cases.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model checkpoints; serving loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Existing system of record for rentals, customers and the repair tariff.
    rms = tm.add(tg.DataStore("Rental management system", stores={bookings, tariff}))
    # Back-office staff who approve, adjust or reject each drafted charge.
    assessor = tm.add(tg.Actor("Damage assessor", role="back-office staff"))

# ---------------------------------------------------------------- flows
# capture
tm.flow(customer, app, photos, label="photographs the car in the app")
tm.flow(app, inspection_api, photos, inspection_meta, protocol="https")
tm.flow(bay_staff, kiosk, photos, label="photographs the car at the kiosk")
tm.flow(kiosk, inspection_api, photos, inspection_meta, protocol="https")
tm.flow(inspection_api, photo_store, photos)
tm.flow(inspection_api, inspection_svc, inspection_meta, label="inspection completed")

# detection and drafting
tm.flow(rms, inspection_svc, bookings, tariff, protocol="https")
tm.flow(photo_store, inspection_svc, photos, label="pick-up and return sets")
tm.flow(inspection_svc, damage_model, photos)
tm.flow(damage_model, inspection_svc, detections)
tm.flow(inspection_svc, case_store, draft_charge, detections)

# review and billing
tm.flow(case_store, review_console, draft_charge, detections)
tm.flow(photo_store, review_console, photos)
tm.flow(review_console, assessor, draft_charge, detections, photos, protocol="https")
tm.flow(assessor, review_console, review_decision, protocol="https")
tm.flow(review_console, case_store, review_decision)
tm.flow(review_console, payments, charge_request, protocol="https")
tm.flow(payments, review_console, charge_result, protocol="https")
tm.flow(review_console, rms, charge_result, protocol="https", label="posts charge to the agreement")

# customer report
tm.flow(case_store, inspection_api, damage_report)
tm.flow(inspection_api, app, damage_report, protocol="https")
tm.flow(app, customer, damage_report)

# retraining
tm.flow(review_console, label_set, labels)
tm.flow(photo_store, label_set, training_images, label="monthly export")
tm.flow(label_set, training, labels, training_images)
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy pinned version")
