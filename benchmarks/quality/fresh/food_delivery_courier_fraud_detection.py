"""Courier fraud detection: the first design, before any security review.

Our EU food-delivery platform scores couriers and orders for fraud: GPS spoofing,
fake deliveries and account sharing. The courier app sends its location trail,
delivery confirmations and device signals to the courier API, which needs a
courier login token and rate-limits each device. A device-intelligence vendor
rates each device for emulators, rooting and mock-location apps. A streaming
pipeline joins these with order events into features; when an order is marked
delivered, the scoring service asks the fraud model for a score. Above the
threshold the courier's payout is held automatically and a case opens in the
case console, where a trust-and-safety analyst (SSO, role-based access) looks at
the trail and either releases the payout or confirms the fraud. Analyst decisions
become labels for weekly retraining; models are versioned in the registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Courier fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Fraud scores on couriers and orders; high scores hold payouts pending analyst review.",
)

# ---------------------------------------------------------------- data assets
location_trail = tg.Data(
    "Courier location trail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS fixes every few seconds while the courier is on shift.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
device_signals = tg.Data(
    "Device signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device id, OS build, IP address, mock-location and root flags.",
)
delivery_confirmation = tg.Data(
    "Delivery confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
device_verdict = tg.Data(
    "Device risk verdict", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_events = tg.Data(
    "Order events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Assignment, pickup and drop-off events, with the customer's address.",
)
features = tg.Data("Courier and order features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payout_hold = tg.Data(
    "Payout hold",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case = tg.Data("Fraud case evidence", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Analyst decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.PII)
payouts = tg.Data(
    "Courier payout ledger",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Earnings, holds and the courier's bank account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
training_set = tg.Data("Fraud training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couriers' own phones: the source of every signal, and what a fraudster controls.
    courier_app = tm.add(tg.Device("Courier app", fleet=True))

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # SaaS that fingerprints devices and spots emulators and mock-location apps.
    device_intel = tm.add(
        tg.ExternalService("Device intelligence API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Delivery platform VPC", trust=tg.Trust.INTERNAL):
    # Front door for the courier app.
    courier_api = tm.add(
        tg.Endpoint(
            "Courier API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="courier OAuth token"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Owns the order lifecycle; asks for a score when an order is marked delivered.
    order_service = tm.add(tg.Service("Order service"))
    # Joins location, device and order streams into per-courier features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Streaming feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="event schemas in the schema registry")},
        )
    )
    feature_store = tm.add(tg.FeatureStore("Fraud feature store", stores={features}, online=True))
    # Raw trails, kept as evidence for analysts and for retraining.
    trail_store = tm.add(
        tg.DataStore(
            "Location trail store",
            stores={location_trail},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Fetches features, calls the model, applies the hold threshold.
    scoring = tm.add(tg.Endpoint("Fraud scoring service", returns_scores=True))
    fraud_model = tm.add(
        tg.Model(
            "Courier fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.85 holds the courier's payout.",
        )
    )
    # Internal web app where analysts work the queue of held payouts.
    case_console = tm.add(
        tg.Service(
            "Case console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="trust-and-safety analyst"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Payments", trust=tg.Trust.RESTRICTED):
        # Holds and releases courier earnings; pays out weekly.
        payout_service = tm.add(
            tg.Service(
                "Payout service",
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        tm.data(payouts)  # the ledger lives inside the payout service's own database

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    label_set = tm.add(tg.Dataset("Fraud training dataset", stores={training_set}))
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held payouts and decides whether the fraud is real.
    analyst = tm.add(tg.Actor("Trust-and-safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# signals from the courier's phone
tm.flow(courier_app, courier_api, location_trail, device_signals, protocol="https")
tm.flow(courier_app, courier_api, delivery_confirmation, protocol="https", label="marks delivered")
tm.flow(courier_api, device_intel, device_signals, protocol="https")
tm.flow(device_intel, courier_api, device_verdict, protocol="https")
tm.flow(courier_api, order_service, delivery_confirmation)
tm.flow(courier_api, feature_pipeline, location_trail, device_signals, device_verdict)
tm.flow(order_service, feature_pipeline, order_events, protocol="kafka")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_pipeline, trail_store, location_trail)

# scoring and payout holds
tm.flow(order_service, scoring, order_events, label="order delivered")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, fraud_model, features)
tm.flow(fraud_model, scoring, score)
tm.flow(scoring, payout_service, payout_hold, label="score above threshold")
tm.flow(scoring, case_console, score, case, label="opens case")
tm.flow(payout_service, courier_api, payout_status)
tm.flow(courier_api, courier_app, payout_status, protocol="https")

# analyst review
tm.flow(trail_store, case_console, location_trail, label="trail replay")
tm.flow(case_console, analyst, case, protocol="https")
tm.flow(analyst, case_console, decision, protocol="https")
tm.flow(case_console, payout_service, decision, label="release or confirm hold")

# retraining
tm.flow(case_console, label_set, decision)
tm.flow(feature_store, label_set, features, label="offline snapshot")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, fraud_model, weights, label="deploy")
