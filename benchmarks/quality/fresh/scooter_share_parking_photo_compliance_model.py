"""Scooter-share parking photo compliance: the first design, before any review.

At the end of every trip the rider app makes the rider photograph the parked
e-scooter. The trip API stores the photo and a parking check service runs an
in-house image classifier on it, together with the city's parking zone map.
Photos the model is sure are badly parked (blocking a pavement, outside a zone,
scooter on its side) are fined straight away: the fine is charged to the rider's
saved card through our payment provider and a notice appears in the app.
Borderline photos wait for a support reviewer, and riders can appeal any fine
in the app. Reviewer verdicts become labels for monthly retraining. Riders sign
in with their phone number and an SMS code; the trip API is rate limited and
checks uploads; reviewers use corporate SSO. Photos and rider accounts are
encrypted at rest. Riders are in EU cities, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scooter-share parking photo compliance",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks end-of-trip parking photos and fines riders who park badly.",
)

# ---------------------------------------------------------------- data assets
end_trip = tg.Data(
    "End-of-trip request",
    sensitivity="pii",
    kind="records",
    description="Rider id, scooter id, trip id and the scooter's GPS position.",
)
photo = tg.Data(
    "Parking photo",
    sensitivity="pii",
    kind="media",
    description="The rider's photo of the parked scooter; may show passers-by and house fronts.",
)
score = tg.Data("Parking compliance score", sensitivity="confidential", kind="model-output")
zones = tg.Data("Parking zone map", sensitivity="internal", kind="records")
accounts = tg.Data("Rider accounts and card tokens", sensitivity="pii", kind="records")
fines = tg.Data("Fine records", sensitivity="pii", kind="records")
charge = tg.Data("Fine charge request", sensitivity="confidential", kind="records")
charge_result = tg.Data("Charge result", sensitivity="confidential", kind="records")
notice = tg.Data("Fine notice", sensitivity="pii", kind="records")
appeal = tg.Data("Fine appeal", sensitivity="pii", kind="records")
review_case = tg.Data(
    "Review case",
    sensitivity="pii",
    kind="records",
    description="Photo, score, trip and position of a borderline check or an appeal.",
)
verdict = tg.Data("Reviewer verdict", sensitivity="pii", kind="records")
labels = tg.Data("Parking photo labels", sensitivity="pii", kind="labels")
weights = tg.Data("Parking classifier weights", sensitivity="confidential", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Anyone who installs the app and rents a scooter.
    rider = tm.add(tg.Actor("Rider", role="rider"))
    # The rider's own phone running our app; takes the parking photo.
    rider_app = tm.add(tg.Device("Rider phone app", fleet=True))

with tm.boundary("Payment provider", trust="partner"):
    # Charges fines to the card token saved at sign-up.
    psp = tm.add(tg.ExternalService("Payment provider API"))

with tm.boundary("Production cloud", trust="internal"):
    # Public API of the rider app: ends trips, takes photos, appeals and notices.
    trip_api = tm.add(
        tg.Endpoint(
            "Trip API",
            purpose="api",
            controls={
                c.Authentication(method="phone number and SMS code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG only, at most 8 MB"),
            },
        )
    )
    # Object storage for every end-of-trip photo.
    photo_store = tm.add(
        tg.DataStore(
            "Parking photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Decides on each photo: fines clear violations, queues borderline ones.
    check_service = tm.add(
        tg.Service(
            "Parking check service",
            description="Score above 0.85 fines at once; 0.5 to 0.85 goes to a reviewer.",
            controls={
                c.HumanInTheLoop(
                    approver="support reviewer",
                    note="only borderline scores wait for a reviewer; clear violations are fined automatically",
                ),
                c.Contestability(note="riders can appeal any fine in the app"),
            },
        )
    )
    # The image classifier: compliant or which violation, with a confidence.
    model = tm.add(
        tg.Model(
            "Parking compliance classifier",
            task="classifier",
            high_stakes=True,
            description="CNN fine-tuned in-house; its score decides whether a rider is fined.",
        )
    )
    # City no-parking and mandatory parking zones, updated by the ops team.
    zone_map = tm.add(tg.DataStore("Parking zone map store", stores={zones}))
    # Rider accounts, saved card tokens and fine history.
    rider_db = tm.add(
        tg.DataStore(
            "Rider database",
            stores={accounts, fines},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app where reviewers decide borderline checks and appeals.
    review_console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose="api",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust="internal"):
        # Reviewed photos with their labels.
        dataset = tm.add(tg.Dataset("Parking photo training set", stores={photo, labels}))
        # Monthly fine-tuning of the classifier.
        training = tm.add(tg.Pipeline("Monthly classifier training", stage="fine-tuning"))
        # Versioned model files that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Support office", trust="internal"):
    # Our support staff who review borderline photos and appeals.
    reviewer = tm.add(tg.Actor("Support reviewer", role="support reviewer"))

# ---------------------------------------------------------------- flows
# End of trip
tm.flow(rider, rider_app, photo, label="photo taken in the app")
tm.flow(rider_app, trip_api, end_trip, photo, protocol="https")
tm.flow(trip_api, photo_store, photo)
tm.flow(trip_api, check_service, end_trip, photo)
tm.flow(check_service, model, photo)
tm.flow(model, check_service, score)
tm.flow(zone_map, check_service, zones)

# Fining
tm.flow(rider_db, check_service, accounts, label="card token lookup")
tm.flow(check_service, rider_db, fines)
tm.flow(check_service, psp, charge, protocol="https")
tm.flow(psp, check_service, charge_result, protocol="https")
tm.flow(check_service, trip_api, notice)
tm.flow(trip_api, rider_app, notice, protocol="https")
tm.flow(rider_app, rider, notice, label="shown in the app")

# Review and appeals
tm.flow(rider, rider_app, appeal, label="typed in the app")
tm.flow(rider_app, trip_api, appeal, protocol="https")
tm.flow(trip_api, review_console, appeal)
tm.flow(check_service, review_console, review_case)
tm.flow(photo_store, review_console, photo)
tm.flow(review_console, reviewer, review_case, photo, protocol="https")
tm.flow(reviewer, review_console, verdict, protocol="https")
tm.flow(review_console, check_service, verdict)

# Retraining
tm.flow(review_console, dataset, labels)
tm.flow(photo_store, dataset, photo, label="monthly export")
tm.flow(dataset, training, photo, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
