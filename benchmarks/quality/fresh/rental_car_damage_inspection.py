"""Rental car damage inspection: the first design, before any security review.

When a renter returns a car, they drive it through a camera arch in the branch
lot. A capture gateway at the branch stores the photo set in the cloud and tells
the inspection service that a car is back. The inspection service fetches the
pickup photos of the same rental and asks an in-house vision model to find new
damage. Each finding becomes a damage case that a counter agent reviews in the
counter app; charges the agent confirms are billed to the card token held with
the rental agreement, through our payment processor. Renters see the charge and
its photos on a dispute portal and can contest it; a claims handler decides.
Confirmed and rejected cases retrain the model. Branches are in the EU.
Controls in this design: SSO and audit logs on the counter app, a one-time code
on the dispute portal, KMS encryption of the photo bucket and reservation
database, the processor key in a vault, TLS to the cloud and to the processor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rental car damage inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Vision-model damage detection on returned cars, with agent-confirmed "
    "charges to the renter's card and an online dispute process (EU branches).",
)

# ---------------------------------------------------------------- data assets
return_photos = tg.Data(
    "Return photo set",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Arch photos of the returned car: plate, bodywork, driver visible through the glass.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pickup_photos = tg.Data(
    "Pickup photo set",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken of the same car at pickup, the baseline for comparison.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
return_event = tg.Data(
    "Return event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Branch, arch, plate read and timestamp.",
)
agreement = tg.Data(
    "Rental agreement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Renter name, contact details, vehicle, dates and pickup photo reference.",
)
card_token = tg.Data(
    "Card token",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Processor token and last four digits of the renter's card; no PAN is stored.",
)
findings = tg.Data(
    "Damage findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Damage regions, damage type and confidence per panel.",
)
damage_case = tg.Data(
    "Damage case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Findings, photos, renter, proposed repair charge and the agent's decision.",
)
agent_decision = tg.Data(
    "Agent decision",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirm, adjust or reject each finding, with the charge amount.",
)
charge = tg.Data(
    "Charge request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Card token, amount, currency and case reference.",
)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dispute = tg.Data(
    "Dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The renter's statement and the photos they upload as evidence.",
)
dispute_decision = tg.Data("Dispute decision", kind="records", sensitivity=tg.Sensitivity.PII)
training_labels = tg.Data(
    "Confirmed damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Damage model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint written by torch.save.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Renters return cars and, from home, check and dispute charges.
    renter = tm.add(tg.Actor("Renter", role="customer"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Our acquirer's API: charges and refunds against stored card tokens.
    processor = tm.add(
        tg.ExternalService("Payment gateway", description="The acquirer's card payment API.")
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # The drive-through camera arches, one or two per branch lot.
    arch = tm.add(
        tg.Device(
            "Camera arch",
            fleet=True,
            description="Drive-through arch of fixed cameras plus a plate reader.",
        )
    )
    # Small box in the branch comms cabinet that collects a photo set per car.
    gateway = tm.add(
        tg.Service(
            "Branch capture gateway",
            description="Assembles the photo set, reads the plate, uploads to the cloud.",
        )
    )
    # Staff at the return counter who confirm or reject each detected damage.
    counter_agent = tm.add(tg.Actor("Counter agent", role="branch staff"))

with tm.boundary("Inspection cloud", trust=tg.Trust.INTERNAL):
    # Object storage for every pickup and return photo set.
    photo_store = tm.add(
        tg.DataStore(
            "Inspection photo store",
            stores={return_photos, pickup_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Existing reservation system database: agreements and card tokens.
    reservations = tm.add(
        tg.DataStore(
            "Reservation database",
            stores={agreement, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Matches the return to its rental, pairs the photos and calls the model.
    inspection = tm.add(
        tg.Service(
            "Inspection service",
            description="Pairs pickup and return photos and opens damage cases.",
        )
    )
    # The vision model that finds new damage; its findings lead to charges.
    damage_model = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Compares pickup and return photos panel by panel.",
            controls={
                c.HumanInTheLoop(approver="counter agent confirms every charge"),
                c.Contestability(note="renters can dispute any charge online"),
            },
        )
    )
    # Damage cases, agent decisions, payment status and disputes.
    case_db = tm.add(tg.DataStore("Damage case database", stores={damage_case, dispute}))
    # Back end of the counter tablet app where agents review cases.
    counter_app = tm.add(
        tg.Endpoint(
            "Counter app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Turns confirmed cases into charges and refunds through the processor.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={c.SecretsManagement(note="processor API key in the cloud vault")},
        )
    )
    # Public site where renters see charges, photos, and open disputes.
    portal = tm.add(
        tg.Endpoint(
            "Dispute portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="booking reference and e-mailed one-time code"),
                c.InputValidation(note="JPEG/PNG uploads up to 10 MB"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on photos and agent-confirmed outcomes.
        training = tm.add(tg.Pipeline("Damage model retraining", stage=tg.Stage.TRAINING))
        # Where serving pulls the approved checkpoint from.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Customer-service staff who decide disputes.
    claims_handler = tm.add(tg.Actor("Claims handler", role="customer service"))

# ---------------------------------------------------------------- flows
# capture at the branch
tm.flow(arch, gateway, return_photos, return_event, protocol="rtsp", label="camera frames")
tm.flow(gateway, photo_store, return_photos, protocol="https")
tm.flow(gateway, inspection, return_event, protocol="https", label="car returned")

# inspection
tm.flow(inspection, reservations, return_event, label="look up open rental")
tm.flow(reservations, inspection, agreement)
tm.flow(photo_store, inspection, return_photos, pickup_photos)
tm.flow(inspection, damage_model, return_photos, pickup_photos)
tm.flow(damage_model, inspection, findings)
tm.flow(inspection, case_db, damage_case)

# agent review at the counter
tm.flow(case_db, counter_app, damage_case)
tm.flow(photo_store, counter_app, return_photos, pickup_photos)
tm.flow(counter_app, counter_agent, damage_case, return_photos, pickup_photos, protocol="https")
tm.flow(counter_agent, counter_app, agent_decision, protocol="https")
tm.flow(counter_app, case_db, agent_decision)
tm.flow(counter_app, billing, charge, label="confirmed charge")

# billing
tm.flow(reservations, billing, card_token, agreement)
tm.flow(billing, processor, charge, protocol="https")
tm.flow(processor, billing, payment_result, protocol="https")
tm.flow(billing, case_db, payment_result)

# disputes
tm.flow(renter, portal, dispute, protocol="https")
tm.flow(
    portal, renter, damage_case, return_photos, pickup_photos, dispute_decision, protocol="https"
)
tm.flow(case_db, portal, damage_case, dispute_decision)
tm.flow(photo_store, portal, return_photos, pickup_photos)
tm.flow(portal, case_db, dispute)
tm.flow(portal, claims_handler, dispute, damage_case, protocol="https", label="dispute queue")
tm.flow(claims_handler, portal, dispute_decision, protocol="https")
tm.flow(portal, billing, dispute_decision, label="refund on upheld dispute")

# retraining
tm.flow(case_db, training, training_labels, label="agent-confirmed outcomes")
tm.flow(photo_store, training, return_photos, pickup_photos)
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy")
