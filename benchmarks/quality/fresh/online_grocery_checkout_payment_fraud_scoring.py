"""Online grocery checkout with payment fraud scoring: the first design, before review.

Shoppers of our EU online grocery shop sign in and check out a basket for home
delivery. Card details go straight from the browser to the payment service provider's
hosted fields; we only get back a payment method token. At checkout the Checkout API
asks an internal fraud scoring service for a score, which combines account and order
features from the feature store with a device-risk score from a device-intelligence
vendor and runs an in-house gradient-boosted model. Medium scores trigger a 3-D Secure
challenge at the PSP; high scores hold the order for a fraud analyst in the review
console. If scoring times out, checkout proceeds so that no sale is lost. Chargebacks
and analyst decisions become labels for weekly retraining; a data scientist promotes
new versions from the registry. Controls so far: shopper sign-in and rate limits on the
Checkout API, SSO with MFA for analysts, TLS to partners, an encrypted order database,
secrets in a vault, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online grocery checkout fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Scores each grocery checkout for payment fraud; holds or challenges risky orders.",
)

# ---------------------------------------------------------------- data assets
basket = tg.Data(
    "Basket and delivery details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, delivery address and slot, e-mail and phone number.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PAN, expiry and CVC, typed into the PSP's hosted fields.",
)
payment_token = tg.Data(
    "Payment method token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The PSP's token for the shopper's card, saved for repeat orders.",
)
auth_result = tg.Data(
    "Payment authorisation result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
device_signals = tg.Data(
    "Device signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Browser fingerprint, IP address and behaviour collected by the vendor's script.",
)
device_risk = tg.Data(
    "Device risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score_request = tg.Data("Fraud scoring request", kind="records", sensitivity=tg.Sensitivity.PII)
order_features = tg.Data(
    "Order and account features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
held_orders = tg.Data("Held orders for review", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Analyst review decision", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
chargebacks = tg.Data(
    "Chargeback notifications", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_labels = tg.Data(
    "Fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open an account and check out, including fraudsters with stolen cards.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Payment service provider", trust=tg.Trust.PARTNER):
    # Takes card details, authorises payments, runs 3-D Secure and sends chargebacks.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Hosted card fields, tokenisation, authorisation, 3-D Secure, disputes.",
        )
    )

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # Its script in our checkout page fingerprints the device; we query its risk score.
    device_vendor = tm.add(
        tg.ExternalService(
            "Device intelligence service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The shop's checkout backend: the only component shoppers reach.
    checkout = tm.add(
        tg.Endpoint(
            "Checkout API",
            purpose=tg.EndpointPurpose.API,
            description="Places orders, calls the PSP and acts on the fraud score.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
                c.SecretsManagement(note="PSP and vendor API keys in the cloud vault"),
            },
        )
    )
    # Orders, addresses and saved payment tokens.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, payment_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal service that gathers features and calls the model for each checkout.
    scoring = tm.add(
        tg.Endpoint(
            "Fraud scoring service",
            returns_scores=True,
            description="Returns a 0-1 fraud score; thresholds 0.5 (3-D Secure) and 0.85 (hold).",
        )
    )
    # The model that decides whether an order is challenged or held.
    fraud_model = tm.add(
        tg.Model(
            "Checkout fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees loaded from the registry at start-up.",
        )
    )
    # Account age, order velocity, address and basket features, refreshed hourly.
    feature_store = tm.add(
        tg.FeatureStore("Fraud feature store", stores={order_features}, online=True)
    )
    # Where analysts see held orders and release or cancel them.
    console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joins chargebacks and analyst decisions to past orders to make labels.
    labelling = tm.add(tg.Pipeline("Chargeback labelling job", stage=tg.Stage.LABELING))
    # Labelled historical orders with their features at scoring time.
    training_set = tm.add(tg.Dataset("Fraud training set", stores={fraud_labels, order_features}))
    # Weekly retraining of the model on the latest labels.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts; serving loads the version marked production.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held orders and confirms fraud or releases the order.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Checks the weekly model's metrics and marks it production in the registry.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# checkout
tm.flow(shopper, checkout, basket, protocol="https")
tm.flow(shopper, psp, card_details, protocol="https", label="hosted card fields")
tm.flow(shopper, device_vendor, device_signals, protocol="https", label="vendor script")
tm.flow(psp, checkout, payment_token, auth_result, protocol="https")
tm.flow(checkout, psp, payment_token, protocol="https", label="authorise / 3-D Secure")
tm.flow(checkout, scoring, score_request, protocol="grpc")
tm.flow(device_vendor, scoring, device_risk, protocol="https")
tm.flow(scoring, device_vendor, score_request, protocol="https", label="device risk lookup")
tm.flow(feature_store, scoring, order_features, label="online lookup")
tm.flow(scoring, fraud_model, order_features, device_risk)
tm.flow(fraud_model, scoring, fraud_score)
tm.flow(scoring, checkout, fraud_score, protocol="grpc")
tm.flow(checkout, order_db, orders, payment_token)
tm.flow(order_db, checkout, orders, payment_token, label="repeat orders")
tm.flow(checkout, shopper, confirmation, protocol="https")
tm.flow(order_db, feature_store, orders, label="hourly feature refresh")

# manual review
tm.flow(scoring, console, held_orders, label="score above 0.85")
tm.flow(console, analyst, held_orders, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, order_db, review_decision, label="release or cancel order")

# labels, retraining and promotion
tm.flow(psp, labelling, chargebacks, protocol="https", label="chargeback webhook")
tm.flow(console, labelling, review_decision)
tm.flow(order_db, labelling, orders)
tm.flow(labelling, training_set, fraud_labels)
tm.flow(feature_store, training_set, order_features, label="feature snapshot")
tm.flow(training_set, training, fraud_labels, order_features)
tm.flow(training, registry, model_artifact)
tm.flow(registry, data_scientist, model_artifact, label="evaluation metrics")
tm.flow(data_scientist, registry, promotion, label="marks version production")
tm.flow(registry, fraud_model, model_artifact, label="load at start-up")
