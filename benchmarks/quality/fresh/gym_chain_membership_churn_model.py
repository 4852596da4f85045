"""Gym chain membership churn model: predicts which members will cancel.

The chain's data platform collects door entry swipes from the turnstiles in each
club, class bookings made in the member app, and direct debit payment history
from the payments bureau into a member data warehouse. A nightly feature
pipeline builds per-member activity features; a monthly training job fits a
gradient-boosted classifier on past cancellations and stores it in the model
registry. A weekly scoring job scores every active member, and a retention offer
service turns high scores into offers (a free month, a personal training
session) shown in the member app under rules the marketing team sets. Data
scientists run training and promote models; marketers manage offer rules.
Members sign in to the app with e-mail and password; the warehouse is encrypted
and role-restricted, models are versioned, and offers are capped per member.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gym chain membership churn model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly churn scores from visits, bookings and payments drive in-app retention offers.",
)

# ---------------------------------------------------------------- data assets
swipes = tg.Data(
    "Door entry swipe events",
    sensitivity="pii",
    kind="records",
    description="Member id, club, turnstile and timestamp for each entry.",
)
bookings = tg.Data("Class bookings", sensitivity="pii", kind="records")
payments = tg.Data(
    "Direct debit payment history",
    sensitivity="pii",
    kind="records",
    description="Collection dates, amounts, failed and returned debits; no bank details.",
)
member_records = tg.Data(
    "Member activity records",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
features = tg.Data("Member churn features", sensitivity="pii", kind="features")
cancellations = tg.Data("Cancellation labels", sensitivity="pii", kind="labels")
artifact = tg.Data("Churn model artifact", sensitivity="confidential", format="pickle")
training_code = tg.Data("Training code and config", sensitivity="internal", kind="code")
scores = tg.Data("Churn scores", sensitivity="pii", kind="model-output")
at_risk_list = tg.Data("At-risk member list", sensitivity="pii", kind="records")
offer_rules = tg.Data("Retention offer rules", sensitivity="internal", kind="records")
offers = tg.Data("Member retention offers", sensitivity="pii", kind="records")
offer_responses = tg.Data("Offer responses", sensitivity="pii", kind="feedback")
app_requests = tg.Data("Member app requests", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Members book classes and see offers in the mobile app.
    member = tm.add(tg.Actor("Gym member", role="member"))

with tm.boundary("Payments bureau", trust="partner"):
    # Direct debit bureau that collects membership fees and reports collection outcomes.
    bureau = tm.add(
        tg.DataSource("Direct debit bureau feed", origin="partner", provides={payments})
    )

with tm.boundary("Club networks", trust="internal"):
    # Turnstiles at each club's entrance, read by member key fob or app QR code.
    turnstiles = tm.add(tg.Device("Door entry turnstiles", fleet=True))

with tm.boundary("Member platform", trust="internal"):
    # Backend of the member app: sign-in, class booking, offers inbox.
    app_backend = tm.add(
        tg.Endpoint(
            "Member app backend",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Class timetable and bookings behind the app.
    bookings_db = tm.add(tg.DataStore("Class bookings database", stores={bookings}))
    # Chooses which at-risk members get which offer, within marketing's rules.
    offer_service = tm.add(
        tg.Service(
            "Retention offer service",
            controls={
                c.PolicyEnforcement(
                    rules="at most one retention offer per member per quarter, set by marketing"
                )
            },
        )
    )

with tm.boundary("Data platform", trust="internal"):
    # Central store of member, visit, booking and payment data.
    warehouse = tm.add(
        tg.DataStore(
            "Member data warehouse",
            stores={member_records, swipes, bookings, payments, cancellations, offer_responses},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Nightly job that turns raw activity into per-member features.
    feature_pipeline = tm.add(tg.Pipeline("Nightly feature pipeline", stage="preprocessing"))
    # Batch feature store used for both training and weekly scoring.
    feature_store = tm.add(tg.FeatureStore("Churn feature store", stores={features}, online=False))
    # Snapshot of features joined with who cancelled in the following 60 days.
    training_set = tm.add(
        tg.Dataset(
            "Churn training set",
            stores={features, cancellations},
            controls={c.DataVersioning()},
        )
    )
    # Monthly retraining job, built from open-source ML libraries.
    training = tm.add(
        tg.Pipeline("Monthly training job", stage="training", third_party_packages=True)
    )
    # Holds every trained model version and which one is live.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The churn classifier itself: probability a member cancels within 60 days.
    model = tm.add(tg.Model("Churn classifier", task="classifier", returns_scores=True))
    # Weekly batch job that scores every active member and hands the at-risk ones on.
    scoring_job = tm.add(tg.Service("Weekly scoring job"))

with tm.boundary("Head office", trust="internal"):
    # Builds and promotes the churn model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Sets the offers and the rules for who gets them.
    marketer = tm.add(tg.Actor("Retention marketer", role="marketing"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# member app
tm.flow(
    member, app_backend, app_requests, bookings, offer_responses, protocol="https", controls={tls}
)
tm.flow(app_backend, member, bookings, offers, protocol="https", controls={tls})
tm.flow(app_backend, bookings_db, bookings)
tm.flow(bookings_db, app_backend, bookings)

# ingestion into the warehouse
tm.flow(turnstiles, warehouse, swipes, protocol="https", label="club gateway upload")
tm.flow(
    bureau, warehouse, payments, protocol="sftp", label="daily collection report", controls={tls}
)
tm.flow(bookings_db, warehouse, bookings, label="nightly export")
tm.flow(app_backend, warehouse, offer_responses, label="offer accepted or ignored")

# features and training
tm.flow(warehouse, feature_pipeline, swipes, bookings, payments, member_records)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(warehouse, training_set, cancellations)
tm.flow(training_set, training, features, cancellations)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, artifact, protocol="https", label="promotes version to live")

# weekly scoring
tm.flow(registry, model, artifact, label="load live version")
tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, offer_service, at_risk_list, scores)

# retention offers
tm.flow(marketer, offer_service, offer_rules, protocol="https")
tm.flow(offer_service, app_backend, offers)
tm.flow(offer_service, warehouse, offers, label="offer history")
