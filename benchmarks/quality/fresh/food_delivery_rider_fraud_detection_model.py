"""Rider delivery fraud detection: the first design, before any security review.

Our food delivery platform operates in several EU countries and pays self-employed
riders per completed delivery. Some riders spoof GPS (mock-location apps, emulators)
or mark orders delivered that never reached the customer. The rider app streams
delivery telemetry (GPS trace, device signals, delivery events) to an ingestion API
in our production cloud; a feature pipeline joins it with order events and customer
"not received" complaints from the order system into a feature store. A scoring
service has an in-house classifier score each completed delivery; above a threshold
the payout service holds that delivery's payout and a case opens in the review
console, where a risk analyst releases or forfeits it. Analyst decisions become
labels for weekly retraining; an ML engineer approves releases in the model registry.
Controls in this design: rider sign-in tokens and schema checks on ingestion, TLS to
the rider app and the payment provider, KMS encryption of the feature store, SSO with
MFA, roles and audit logs on the review console, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rider delivery fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores riders' deliveries for GPS spoofing and fake deliveries and holds "
    "suspicious payouts for review.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Delivery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS trace, speed, mock-location and root flags, device id, pickup and "
    "drop-off events per delivery.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order_events = tg.Data(
    "Order events and complaints",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order status, restaurant and drop-off addresses, customer 'not received' "
    "complaints.",
)
features = tg.Data(
    "Delivery fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Route plausibility, teleport jumps, dwell at drop-off, rider history.",
)
score = tg.Data("Delivery fraud score", kind="model-output", sensitivity=tg.Sensitivity.PII)
hold = tg.Data(
    "Payout hold decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Delivery id, rider id, score and reason code.",
)
case = tg.Data(
    "Flagged delivery case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The delivery, its GPS trace on a map, score and the rider's history.",
)
review = tg.Data("Analyst review decision", kind="records", sensitivity=tg.Sensitivity.PII)
release = tg.Data(
    "Hold release or forfeiture",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
labels = tg.Data(
    "Fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payouts = tg.Data(
    "Rider payout batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider ids, amounts and their registered payout accounts.",
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed riders: the people whose deliveries are scored and paid.
    rider = tm.add(tg.Actor("Rider", role="courier"))
    # Our app on the riders' own phones: the only source of GPS and device signals.
    rider_app = tm.add(
        tg.Device(
            "Rider app",
            fleet=True,
            description="Android and iOS app on riders' own phones; reports location every few seconds while on a delivery.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Pays riders weekly to their registered accounts.
    payment_provider = tm.add(
        tg.ExternalService("Payment provider", description="Sends the weekly rider payouts.")
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Receives telemetry from the rider app.
    ingestion_api = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth access token from the rider app sign-in"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Existing order system: the delivery's ground truth and customer complaints.
    order_system = tm.add(
        tg.DataSource("Order system", origin=tg.Origin.INTERNAL, provides={order_events})
    )
    # Joins telemetry with order events into per-delivery features.
    feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features for scoring and offline snapshots for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each delivery when it is marked delivered and decides on a hold.
    scoring = tm.add(
        tg.Service(
            "Fraud scoring service",
            description="Scores each completed delivery; a score above 0.8 holds its payout.",
        )
    )
    # The classifier itself.
    model = tm.add(
        tg.Model(
            "Delivery fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring GPS spoofing and fake-delivery risk.",
        )
    )
    # Existing payout service: holds flagged payouts and sends the weekly batch.
    payout_service = tm.add(
        tg.Service(
            "Payout service",
            description="Computes rider earnings, keeps held payouts out of the weekly batch.",
            controls={c.AuditLogging()},
        )
    )
    # Web app where analysts work the flagged cases.
    console = tm.add(
        tg.Endpoint(
            "Fraud review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labeled deliveries for retraining.
        training_set = tm.add(tg.Dataset("Fraud training set", stores={features, labels}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the scoring service loads the approved one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust and safety staff who decide held payouts.
    analyst = tm.add(tg.Actor("Risk analyst", role="trust and safety analyst"))
    # Owns the model and approves new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(rider, rider_app, telemetry, label="works deliveries in the app")
tm.flow(rider_app, ingestion_api, telemetry, protocol="https")
tm.flow(ingestion_api, feature_pipeline, telemetry, protocol="kafka")
tm.flow(order_system, feature_pipeline, order_events, protocol="kafka")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, payout_service, hold)
tm.flow(scoring, console, case, label="scores above review threshold")

tm.flow(analyst, console, review, protocol="https")
tm.flow(console, analyst, case, protocol="https")
tm.flow(console, payout_service, release)
tm.flow(console, training_set, labels)
tm.flow(feature_store, training_set, features, label="offline snapshot")

tm.flow(payout_service, payment_provider, payouts, protocol="https")
tm.flow(
    payment_provider, payout_service, payout_status, protocol="https", label="payout status webhook"
)
tm.flow(payout_service, rider_app, payout_status, protocol="https")
tm.flow(rider_app, rider, payout_status)

tm.flow(training_set, training, features, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves release")
tm.flow(registry, model, weights, label="deploy")
