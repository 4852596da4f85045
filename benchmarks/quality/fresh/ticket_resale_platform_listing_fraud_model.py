"""Ticket resale platform: listing fraud model, first design before security review.

Fans resell event tickets on our marketplace (EU customers, web and app). A seller
creates a listing with the event, seat, price and the ticket file or barcode. The
listing service asks the primary ticketer's barcode API whether the barcode is
valid, then scores the listing with an in-house gradient-boosted fraud model
(duplicate barcodes, speculative listings, new sellers selling many tickets).
Listings scoring above 0.8 are held for a Trust & Safety analyst; the rest go live
at once. Buyers pay on the payment provider's hosted page; chargebacks come back
to us by webhook and, with analyst decisions, become labels for weekly retraining.
Runs in our AWS production account. Controls in the design: seller sign-in and
rate limits on the public API, upload validation, KMS encryption of the database,
SSO and roles on the review console, a holdout evaluation before a model is
registered, and versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ticket resale listing fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new resale listings for fraud and holds risky ones for review.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller account, event, seat, price and payout account reference.",
)
ticket_files = tg.Data(
    "Ticket files and barcodes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded PDF or wallet tickets; the barcode is what gets a buyer in.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
order = tg.Data("Order", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_events = tg.Data(
    "Payment and chargeback events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payment succeeded, payout sent, chargeback opened.",
)
payout_request = tg.Data("Payout instruction", kind="records", sensitivity=tg.Sensitivity.PII)
barcode_check = tg.Data(
    "Barcode check request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
barcode_result = tg.Data(
    "Barcode validity result", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
seller_history = tg.Data(
    "Seller history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Past listings, sales, chargebacks and complaints of the seller.",
)
features = tg.Data(
    "Listing fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data(
    "Listing fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_listing = tg.Data("Held listing case", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
outcome_labels = tg.Data(
    "Fraud outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chargebacks and 'ticket did not scan' complaints joined to listings.",
)
weights = tg.Data(
    "Fraud model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="XGBoost model saved with joblib.",
)
training_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including touts and scammers.
    seller = tm.add(tg.Actor("Seller", role="reseller"))
    # Buyers pay for listings and receive the ticket files.
    buyer = tm.add(tg.Actor("Buyer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments on its hosted page, pays sellers out, reports chargebacks.
    psp = tm.add(tg.ExternalService("Payment provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Primary ticketers", trust=tg.Trust.PARTNER):
    # Some primary ticketers let resellers check whether a barcode is still valid.
    barcode_api = tm.add(
        tg.ExternalService(
            "Primary ticketer barcode API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Production account", trust=tg.Trust.INTERNAL):
    # Public API behind the web site and the apps.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password; SMS code when payout details change"
                ),
                tg.controls.RateLimiting(requests_per_minute=120),
                tg.controls.InputValidation(
                    note="ticket uploads limited to PDF and pkpass under 5 MB"
                ),
            },
        )
    )
    # Creates listings, runs the barcode check and the fraud score, publishes or holds.
    listing_service = tm.add(
        tg.Service(
            "Listing service",
            description="Publishes listings scoring 0.8 or less; holds the others for review.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="Trust & Safety analyst",
                    note="only listings scoring above 0.8 wait for an analyst",
                )
            },
        )
    )
    # The model this design is about.
    fraud_model = tm.add(
        tg.Model(
            "Listing fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted trees scoring a listing's likelihood of being fake.",
        )
    )
    # Listings, accounts, orders, ticket files and payment events.
    marketplace_db = tm.add(
        tg.DataStore(
            "Marketplace database",
            stores={listing, ticket_files, order, payment_events, seller_history},
            controls={tg.controls.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Seller-level aggregates the model needs at listing time.
    feature_store = tm.add(tg.FeatureStore("Seller feature store", stores={features}, online=True))
    # Web console where analysts work the queue of held listings.
    console = tm.add(
        tg.Service(
            "Trust & Safety console",
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labeled listings with their features at listing time.
        training_set = tm.add(
            tg.Dataset("Listing training set", stores={review_decision, outcome_labels, features})
        )
        # Weekly retraining job.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                controls={
                    tg.controls.ModelValidation(note="must beat the live model on a holdout month")
                },
            )
        )
        # Where serving loads the model from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held listings and decides publish or reject.
    analyst = tm.add(tg.Actor("Trust & Safety analyst", role="analyst"))
    # Runs retraining and promotes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, api, listing, ticket_files, protocol="https")
tm.flow(api, seller, listing_status, protocol="https")
tm.flow(api, listing_service, listing, ticket_files)
tm.flow(listing_service, api, listing_status)

tm.flow(listing_service, barcode_api, barcode_check, protocol="https")
tm.flow(barcode_api, listing_service, barcode_result, protocol="https")
tm.flow(listing_service, marketplace_db, listing, ticket_files)
tm.flow(marketplace_db, listing_service, seller_history)
tm.flow(feature_store, listing_service, features, label="online lookup")
tm.flow(listing_service, feature_store, features, label="update seller aggregates")
tm.flow(listing_service, fraud_model, features)
tm.flow(fraud_model, listing_service, fraud_score)

tm.flow(listing_service, console, held_listing, label="score above 0.8")
tm.flow(console, analyst, held_listing, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, listing_service, review_decision, label="publish or reject")

tm.flow(buyer, api, order, protocol="https")
tm.flow(buyer, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, api, payment_events, protocol="https", label="payment webhook")
tm.flow(api, psp, payout_request, protocol="https")
tm.flow(api, marketplace_db, order, payment_events)
tm.flow(marketplace_db, api, ticket_files, listing_status)
tm.flow(api, buyer, ticket_files, protocol="https", label="ticket delivery")

tm.flow(console, training_set, review_decision)
tm.flow(marketplace_db, training_set, outcome_labels, label="weekly export")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, review_decision, outcome_labels, features)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, fraud_model, weights, label="deploy")
