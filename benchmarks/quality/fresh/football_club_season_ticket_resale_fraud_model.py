"""Season-ticket resale exchange with fraud scoring: the first design.

The club's ticket exchange lets season-ticket holders put their seat up for a
single match and lets other registered fans buy it. Before a listing goes live
and before a purchase completes, the exchange service asks an in-house fraud
model for a score built from account age, device signals, payment pattern and
bulk-buying features. High scores put the sale on hold in a queue that the
ticket office works through in a back-office console; cancelled sales are
refunded through the payment provider, which also hosts the card checkout, so
card numbers never reach the club. Runs in the club's cloud account; a device
intelligence vendor supplies device fingerprints. The model is retrained
monthly from past orders, chargebacks and ticket-office decisions. Controls so
far: fan sign-in with e-mail and password, rate limits on the exchange API,
TLS everywhere, role-based access and an audit log in the office console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Season-ticket resale fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fraud scores on resale listings and purchases, with ticket-office holds.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Resale listing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seat, match, asking price and the season-ticket holder's account.",
)
purchase = tg.Data("Purchase request", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Listing and order status", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered in the provider's hosted checkout only.",
)
accounts = tg.Data(
    "Fan accounts and orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Season-ticket holders, buyers, seats, listings, orders and refunds.",
)
device_signals = tg.Data(
    "Device fingerprint and risk signals", kind="features", sensitivity=tg.Sensitivity.PII
)
features = tg.Data(
    "Fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Account age, devices per account, payment pattern, seats bought per match.",
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
held_sale = tg.Data("Held sale for review", kind="records", sensitivity=tg.Sensitivity.PII)
office_decision = tg.Data(
    "Ticket office decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release or cancel a held listing or purchase.",
)
payment_request = tg.Data(
    "Payment and refund request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order amount and the provider's payment reference.",
)
payment_event = tg.Data(
    "Payment status notification", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_data = tg.Data(
    "Labelled past sales",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past orders with chargebacks and ticket-office outcomes as labels.",
)
model_artifact = tg.Data(
    "Fraud model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Season-ticket holders list their seat for a match they cannot attend.
    seller = tm.add(tg.Actor("Season-ticket holder", role="seller"))
    # Any registered fan can buy; touts and bots register too.
    buyer = tm.add(tg.Actor("Buying fan", role="buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout, captures and refunds; sends payment status back to us.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted card checkout and refunds.")
    )

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # Third-party device fingerprinting the fraud features rely on.
    device_intel = tm.add(
        tg.ExternalService("Device intelligence API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the club website and app for the exchange.
    exchange_api = tm.add(
        tg.Endpoint(
            "Ticket exchange API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Orchestrates listings and purchases: asks for a score, holds or completes the sale.
    exchange = tm.add(
        tg.Service(
            "Exchange service",
            description="Completes a sale when the score is below the hold threshold.",
        )
    )
    # Scores each listing and purchase; above the threshold the sale is held.
    fraud_model = tm.add(
        tg.Model(
            "Resale fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores listings and purchases for touting and payment fraud.",
        )
    )
    # Online features per account, refreshed from the ticketing database.
    feature_store = tm.add(tg.FeatureStore("Fraud feature store", stores={features}))
    # System of record for fans, seats, listings, orders and refunds.
    ticketing_db = tm.add(
        tg.DataStore(
            "Ticketing database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Club data platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on past sales, chargebacks and office decisions.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Keeps model versions; the exchange loads the current one at start-up.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Ticket office staff review held sales.
    office_staff = tm.add(tg.Actor("Ticket office staff", role="ticket office"))
    # Back-office queue of held sales where staff release or cancel them.
    console = tm.add(
        tg.Service(
            "Ticket office review console",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(seller, exchange_api, listing, protocol="https")
tm.flow(buyer, exchange_api, purchase, protocol="https")
tm.flow(exchange_api, seller, confirmation, protocol="https")
tm.flow(exchange_api, buyer, confirmation, protocol="https")
tm.flow(exchange_api, exchange, listing, purchase)
tm.flow(exchange, exchange_api, confirmation)

tm.flow(exchange, device_intel, device_signals, protocol="https", label="fingerprint lookup")
tm.flow(device_intel, exchange, device_signals, protocol="https", label="device risk")
tm.flow(ticketing_db, feature_store, features, label="hourly feature refresh")
tm.flow(feature_store, exchange, features, label="online lookup")
tm.flow(exchange, fraud_model, features, device_signals)
tm.flow(fraud_model, exchange, fraud_score)

tm.flow(exchange, ticketing_db, listing, purchase, accounts)
tm.flow(ticketing_db, exchange, accounts)

tm.flow(buyer, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(exchange, payments, payment_request, protocol="https", label="capture and refund")
tm.flow(payments, exchange, payment_event, protocol="https", label="payment webhook")

tm.flow(exchange, console, held_sale, protocol="https", label="scores above hold threshold")
tm.flow(console, office_staff, held_sale, protocol="https")
tm.flow(office_staff, console, office_decision, protocol="https")
tm.flow(console, exchange, office_decision, protocol="https", label="release or cancel")

tm.flow(ticketing_db, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="load at start-up")
