"""City bike-share damage photo model: the first design, before any security review.

We operate a dock-less bike-share scheme for a European city. At the end of every
trip the rider app asks for a photo of the parked bike; the smart lock on the bike
reports the lock event and GPS position to our trip backend. An in-house image model
looks at each photo and flags visible damage (bent wheels, broken lights, missing
saddle) and misuse (bike left lying down, parked outside the zone). Flagged trips go
to operations reviewers in a review console; only a reviewer can approve a damage or
misuse fee, which the billing service charges through the payment provider. Confirmed
damage becomes a repair task in the maintenance work-order system. Reviewer decisions
are also the labels the model is retrained on every month. Riders sign in with their
phone number and an SMS code; photos are encrypted at rest; the locks talk to us over
TLS; the model is versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike-share damage photo model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="End-of-trip photos scored for damage and misuse; reviewers approve fees "
    "and raise repair tasks.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "End-of-trip photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone camera photo of the parked bike, with time and location; can show "
    "bystanders, house fronts and number plates.",
)
trip_end = tg.Data(
    "Trip end report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, bike id, trip times and route.",
)
lock_event = tg.Data(
    "Lock event and GPS",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
unlock_cmd = tg.Data("Unlock command", sensitivity=tg.Sensitivity.INTERNAL)
rider_notice = tg.Data(
    "Trip summary and fee notice", kind="records", sensitivity=tg.Sensitivity.PII
)
damage_flag = tg.Data(
    "Damage and misuse flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Damage classes with confidence scores, and a misuse flag.",
)
trips = tg.Data(
    "Rider accounts, trips and cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Confirmed or rejected damage/misuse, fee to charge, repair needed.",
)
fee_charge = tg.Data(
    "Fee charge",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment token of the rider's card, amount and reason.",
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
repair_task = tg.Data("Repair task", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Labelled damage photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Reviewed photos with the reviewers' labels.",
)
weights = tg.Data("Damage model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders with the app on their own phones; anyone can sign up.
    rider = tm.add(tg.Actor("Rider", role="rider"))

with tm.boundary("City streets", trust=tg.Trust.UNTRUSTED):
    # Smart locks on every bike, on cellular IoT SIMs, physically on the street.
    locks = tm.add(tg.Device("Smart bike locks", fleet=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card vault and charging; we keep only payment tokens.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Bike-share cloud", trust=tg.Trust.INTERNAL):
    # Public API of the rider app: trips, photos, account, fees.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Trip lifecycle: unlocks, ends trips, sends photos to the model, opens cases.
    backend = tm.add(tg.Service("Trip backend"))
    # Accounts, trips, flagged cases and fees.
    trip_db = tm.add(tg.DataStore("Trip database", stores={trips}))
    # Object storage for every end-of-trip photo.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The image model that flags damage and misuse.
    model = tm.add(
        tg.Model(
            "Damage detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelVersioning()},
            description="Fine-tuned CNN detector served next to the trip backend.",
        )
    )
    # Where operations staff look at flagged trips and decide.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )
    # Charges approved fees; nothing is charged without a reviewer's decision.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={c.HumanInTheLoop(approver="operations reviewer")},
        )
    )
    # The maintenance team's work orders for bikes to fix or collect.
    workorders = tm.add(tg.DataStore("Maintenance work-order system", stores={repair_task}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with reviewer labels, the monthly training input.
        dataset = tm.add(tg.Dataset("Labelled photo dataset", stores={training_set}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Operations staff who review flagged trips.
    reviewer = tm.add(tg.Actor("Operations reviewer", role="operations"))
    # Mechanics who pick up repair tasks.
    mechanic = tm.add(tg.Actor("Maintenance mechanic", role="maintenance"))

# ---------------------------------------------------------------- flows
# end of trip
tm.flow(rider, rider_api, photo, trip_end, protocol="https")
tm.flow(rider_api, rider, rider_notice, protocol="https")
tm.flow(rider_api, backend, photo, trip_end)
tm.flow(backend, rider_api, rider_notice)
tm.flow(locks, backend, lock_event, protocol="tls")
tm.flow(backend, locks, unlock_cmd, protocol="tls")

# scoring
tm.flow(backend, photo_store, photo)
tm.flow(backend, model, photo)
tm.flow(model, backend, damage_flag)
tm.flow(backend, trip_db, trips, damage_flag)
tm.flow(trip_db, backend, trips)

# review, fees and repairs
tm.flow(trip_db, console, trips, damage_flag, label="flagged cases")
tm.flow(photo_store, console, photo)
tm.flow(console, reviewer, photo, damage_flag, protocol="https")
tm.flow(reviewer, console, review_decision, protocol="https")
tm.flow(console, trip_db, review_decision)
tm.flow(console, billing, review_decision, label="approved fee")
tm.flow(billing, psp, fee_charge, protocol="https")
tm.flow(psp, billing, charge_result, protocol="https")
tm.flow(billing, trip_db, charge_result)
tm.flow(console, workorders, repair_task)
tm.flow(workorders, mechanic, repair_task, protocol="https")
tm.flow(mechanic, workorders, repair_task, protocol="https", label="task closed")

# retraining
tm.flow(console, dataset, review_decision)
tm.flow(photo_store, dataset, photo)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
