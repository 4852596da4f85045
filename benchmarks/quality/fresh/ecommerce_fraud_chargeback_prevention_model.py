"""Checkout fraud scoring for an online electronics retailer: the first design.

Electronics are easy to resell, so card-not-present fraud and the chargebacks it
brings cost us more than in most retail. Every order is scored at checkout by an
in-house gradient-boosted model, using order details, the payment provider's
authorisation result (AVS, CVV, 3-D Secure, card BIN), device signals from a
device-intelligence vendor and velocity features from a feature store. Orders
scoring 0.70-0.95 are held for a fraud analyst in a review console; above 0.95
the order is cancelled automatically and the authorisation voided. If the score
does not come back within the checkout timeout, the order goes ahead. Chargeback
notifications arrive from the payment provider by webhook (HMAC-signed) and,
with analysts' verdicts, become the labels for weekly retraining; a data
scientist promotes new versions from the model registry. Everything runs in our
AWS account; analysts sign in with Okta and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Checkout fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores each order at checkout; holds risky ones for analysts, cancels the riskiest.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Checkout order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, amounts, billing and shipping address, e-mail, phone, IP address.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered in the provider's hosted fields; never reaches our servers.",
)
auth_result = tg.Data(
    "Payment authorisation result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Card BIN and last four digits, AVS and CVV results, 3-D Secure outcome.",
)
device_signals = tg.Data(
    "Device risk signals",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprint, proxy/VPN flags and the vendor's device risk score.",
)
browser_telemetry = tg.Data("Browser telemetry", kind="records", sensitivity=tg.Sensitivity.PII)
velocity_features = tg.Data(
    "Customer velocity features", kind="features", sensitivity=tg.Sensitivity.PII
)
scoring_request = tg.Data("Scoring request", kind="features", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data(
    "Fraud score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
order_decision = tg.Data(
    "Order decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, hold for review or cancel.",
)
void_request = tg.Data(
    "Authorisation void", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cancellation_email = tg.Data("Cancellation e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data("Held order for review", kind="records", sensitivity=tg.Sensitivity.PII)
analyst_verdict = tg.Data(
    "Analyst verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
chargeback = tg.Data(
    "Chargeback notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
order_history = tg.Data("Order history", kind="records", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Labelled order history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers, and fraudsters using stolen cards, look the same at checkout.
    customer = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card in hosted fields, authorises, voids and reports chargebacks.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # Its JavaScript tag fingerprints the shopper's browser at checkout.
    device_vendor = tm.add(
        tg.ExternalService("Device fingerprinting service", provides="data-provider")
    )

with tm.boundary("Retailer AWS account", trust=tg.Trust.INTERNAL):
    # The shop's checkout API that the storefront calls.
    checkout = tm.add(
        tg.Endpoint(
            "Checkout API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=120, note="per IP, at the CDN"),
                c.InputValidation(note="order schema checked"),
            },
        )
    )
    # Creates the order, asks for a score and applies the threshold decision.
    order_service = tm.add(
        tg.Service(
            "Order service",
            description="Approves below 0.70, holds 0.70-0.95 for review, cancels above 0.95.",
            controls={
                c.HumanInTheLoop(
                    approver="a fraud analyst",
                    note="only held orders (0.70-0.95); above 0.95 orders are cancelled automatically",
                )
            },
        )
    )
    # System of record for orders, decisions, verdicts and chargebacks.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, order_decision, analyst_verdict, chargeback, order_history},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Real-time per-customer, per-card and per-address counts and amounts.
    feature_store = tm.add(tg.FeatureStore("Velocity feature store", stores={velocity_features}))
    # Serves scores to the order service.
    scoring = tm.add(tg.Endpoint("Fraud scoring endpoint", returns_scores=True))
    # The model itself.
    model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="XGBoost classifier; its score decides approve, hold or cancel.",
        )
    )
    # Receives the provider's chargeback webhooks.
    webhook = tm.add(tg.Endpoint("Chargeback webhook receiver", purpose=tg.EndpointPurpose.API))
    # Where analysts work the held orders.
    console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(note="every release and cancel is logged"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Orders of the last 18 months with chargeback and analyst labels.
        dataset = tm.add(tg.Dataset("Fraud training set", stores={training_data}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versions of the trained model; a data scientist promotes one to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held orders and decides to release or cancel them.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Owns the model: retrains, evaluates and promotes.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Checkout
tm.flow(customer, psp, card_details, protocol="https", label="hosted card fields")
tm.flow(customer, device_vendor, browser_telemetry, protocol="https", label="JS tag")
tm.flow(customer, checkout, order, protocol="https")
tm.flow(psp, checkout, auth_result, protocol="https")
tm.flow(device_vendor, checkout, device_signals, protocol="https")
tm.flow(checkout, order_service, order, auth_result, device_signals)
tm.flow(order_service, order_db, order, order_decision)
tm.flow(order_service, feature_store, order, label="update velocity counters")

# Scoring
tm.flow(order_service, scoring, scoring_request)
tm.flow(feature_store, scoring, velocity_features, label="online lookup")
tm.flow(scoring, model, scoring_request, velocity_features)
tm.flow(model, scoring, fraud_score)
tm.flow(scoring, order_service, fraud_score)
tm.flow(order_service, checkout, order_decision)
tm.flow(checkout, customer, order_decision, protocol="https")

# Automatic cancellation
tm.flow(order_service, psp, void_request, protocol="https")
tm.flow(order_service, customer, cancellation_email, protocol="smtp+starttls")

# Manual review
tm.flow(order_service, console, review_case)
tm.flow(console, analyst, review_case, protocol="https")
tm.flow(analyst, console, analyst_verdict, protocol="https")
tm.flow(console, order_service, analyst_verdict)

# Chargebacks
tm.flow(
    psp,
    webhook,
    chargeback,
    protocol="https",
    label="chargeback webhook",
    controls={c.MessageIntegrity(note="HMAC signature checked")},
)
tm.flow(webhook, order_db, chargeback)

# Retraining and promotion
tm.flow(order_db, dataset, order_history, analyst_verdict, chargeback, label="weekly export")
tm.flow(feature_store, dataset, velocity_features, label="weekly snapshot")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, model_artifact, label="deploy")
