"""Theatre resale exchange fraud scoring: the first design, before any security review.

The theatre runs an official ticket exchange where ticket holders can resell seats
they cannot use, at no more than face value. Touts bulk-buy popular shows and
relist them, and fraudsters list tickets bought with stolen cards or already
transferred. Each new listing is scored by an in-house classifier using the
seller's purchase and account history from the ticketing platform (a vendor SaaS)
and features of the listing itself. Listings below the threshold go live at once;
those above it are held in a queue that the box office fraud team works through
in a staff review console, releasing or cancelling each one. Their decisions
become labels for monthly retraining. When a listed seat sells, the seller is
paid out through the payment provider. Customers sign in with the e-mail and
password of their ticketing account; staff use the theatre's SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theatre resale exchange fraud scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Scores resale listings on the theatre's official exchange for touting "
    "and fraud; suspicious listings are held for box office review.",
)

# ---------------------------------------------------------------- data assets
listing_request = tg.Data(
    "Resale listing request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller account, order reference, seats and asking price.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.PII)
order_records = tg.Data(
    "Customer orders and accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Purchase history, account details, billing postcode, card last four digits.",
)
account_features = tg.Data(
    "Customer account behaviour features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Purchases per performance, account age, shared cards and addresses, "
    "past resale activity.",
)
listing_features = tg.Data("Listing features", kind="features", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data(
    "Resale fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_listing = tg.Data(
    "Held listing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The listing, its score and the seller's recent orders.",
)
review_decision = tg.Data(
    "Review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Release or cancel, with the reviewer's reason.",
)
review_labels = tg.Data(
    "Touting and fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Resale fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
payout_instruction = tg.Data(
    "Seller payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order reference, amount and the provider's token for the original card.",
)
payout_confirmation = tg.Data(
    "Payout confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a ticketing account can list seats, touts included.
    seller = tm.add(tg.Actor("Ticket holder", role="customer reselling tickets"))

with tm.boundary("Ticketing platform vendor", trust=tg.Trust.PARTNER):
    # The box-office system of record: every order and customer account lives here.
    ticketing = tm.add(
        tg.DataStore(
            "Ticketing platform",
            stores={order_records},
            description="Vendor-hosted box-office SaaS holding orders and customer accounts.",
            controls={
                c.EncryptionAtRest(key_management="vendor-managed"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Refunds the seller's original card once their listed seat has sold.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Card acquirer the theatre already uses for box-office sales.",
        )
    )

with tm.boundary("Theatre cloud tenancy", trust=tg.Trust.INTERNAL):
    # The customer-facing exchange pages and API.
    exchange = tm.add(
        tg.Endpoint(
            "Resale exchange web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password of the ticketing account"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Checks the seller owns the seats, asks for a score, publishes or holds.
    listing_service = tm.add(
        tg.Service(
            "Listing service",
            description="Validates ownership against the ticketing platform, scores the "
            "listing, publishes it or places it in the held queue, triggers payouts.",
        )
    )
    # Nightly job turning order history into per-account behaviour features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Features looked up at scoring time and snapshotted for training.
    feature_store = tm.add(
        tg.FeatureStore("Account feature store", stores={account_features}, online=True)
    )
    # The model under design: gradient-boosted trees scoring each listing.
    fraud_model = tm.add(
        tg.Model(
            "Resale fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Listings scoring above 0.7 are held automatically and not published.",
            controls={
                c.HumanInTheLoop(
                    approver="box office fraud team releases or cancels every held listing"
                ),
            },
        )
    )
    # Listings waiting for a person to decide.
    held_queue = tm.add(tg.DataStore("Held listings queue", stores={held_listing}))
    # Where the fraud team works the queue.
    console = tm.add(
        tg.Endpoint(
            "Fraud review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="theatre SSO (Microsoft Entra ID) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Review outcomes joined to the features the model saw.
        training_set = tm.add(
            tg.Dataset("Labelled listings", stores={review_labels, account_features})
        )
        # Monthly retraining run by the data team.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; the serving container loads the latest approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Box office", trust=tg.Trust.INTERNAL):
    # Box office staff trained to spot touting patterns.
    fraud_team = tm.add(tg.Actor("Box office fraud team", role="fraud reviewer"))

# ---------------------------------------------------------------- flows
tm.flow(seller, exchange, listing_request, protocol="https")
tm.flow(exchange, seller, listing_status, protocol="https")
tm.flow(exchange, listing_service, listing_request)
tm.flow(listing_service, exchange, listing_status)

tm.flow(listing_service, ticketing, listing_request, protocol="https", label="ownership lookup")
tm.flow(ticketing, listing_service, order_records, protocol="https")
tm.flow(listing_service, fraud_model, listing_features)
tm.flow(feature_store, fraud_model, account_features, label="online lookup")
tm.flow(fraud_model, listing_service, fraud_score)
tm.flow(listing_service, held_queue, held_listing, label="score above threshold")

tm.flow(held_queue, console, held_listing)
tm.flow(console, fraud_team, held_listing, protocol="https")
tm.flow(fraud_team, console, review_decision, protocol="https")
tm.flow(console, listing_service, review_decision, label="release or cancel")

tm.flow(listing_service, payments, payout_instruction, protocol="https", label="seat sold")
tm.flow(payments, listing_service, payout_confirmation, protocol="https")

tm.flow(ticketing, feature_job, order_records, protocol="sftp", label="nightly export")
tm.flow(feature_job, feature_store, account_features)
tm.flow(console, training_set, review_labels, label="review outcomes")
tm.flow(feature_store, training_set, account_features, label="offline snapshot")
tm.flow(training_set, retraining, review_labels, account_features)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="deploy")
