"""Supermarket loyalty offer personalisation: the first design, before any security review.

Loyalty-card holders shop in store and in the app. Store tills upload every basket
with the card number to a cloud ingestion pipeline, which lands it in the customer
data warehouse. A feature pipeline turns basket history into pseudonymous customer
features; an in-house ranking model, retrained weekly on redemption outcomes,
scores the supplier-funded offers in the offer catalogue for each customer, and a
nightly allocation job writes the top offers as coupons to each customer's wallet.
Coupons show in the app and are applied at the till through the loyalty API.
Suppliers fund offers and see aggregate redemption reports in a supplier portal;
a category manager approves each funded offer. Customers can opt out of
personalisation in the app, and the allocation job skips opted-out cards.
Controls in this design: app and portal sign-in, role-based access in the warehouse
and portal, encryption at rest for customer data, versioned models with an offline
evaluation gate, and pseudonymised features.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket loyalty offer personalisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Personalised loyalty coupons chosen from basket history, funded by suppliers.",
)

# ---------------------------------------------------------------- data assets
card_number = tg.Data("Loyalty card number", sensitivity=tg.Sensitivity.PII, kind="records")
app_sign_in = tg.Data(
    "App sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
preference = tg.Data(
    "Personalisation opt-out preference", sensitivity=tg.Sensitivity.PII, kind="records"
)
profile = tg.Data(
    "Loyalty account profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, home store, marketing and personalisation preferences.",
)
baskets = tg.Data(
    "Basket transactions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Items, prices, store and time of every purchase, keyed by loyalty card.",
)
redemptions = tg.Data("Coupon redemptions", sensitivity=tg.Sensitivity.PII, kind="records")
outcomes = tg.Data(
    "Redemption outcomes",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    description="Whether each issued coupon was redeemed, per pseudonymous card id.",
)
features = tg.Data("Customer features", sensitivity=tg.Sensitivity.PII, kind="features")
weights = tg.Data(
    "Offer ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
scores = tg.Data("Offer scores", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
coupons = tg.Data("Personalised coupons", sensitivity=tg.Sensitivity.PII, kind="records")
offers = tg.Data(
    "Funded offer definitions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Supplier, product, discount, budget and eligible customer segments.",
)
approval = tg.Data("Offer approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
report = tg.Data(
    "Aggregate redemption report",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Redemptions and sales uplift per offer and store region; no card-level rows.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Loyalty-card holders using the mobile app and shopping in store.
    customer = tm.add(tg.Actor("Loyalty customer", role="customer"))
    # Supplier staff who fund offers and read their redemption reports.
    supplier = tm.add(tg.Actor("Supplier account manager", role="supplier"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Point-of-sale tills in every store: scan the card, apply coupons, upload baskets.
    tills = tm.add(tg.Device("Store tills", description="POS terminals in about 800 stores."))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Buyer who agrees each supplier-funded offer before it can be allocated.
    category_manager = tm.add(tg.Actor("Category manager", role="buyer"))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # One API for the customer app and for the tills' coupon lookups and redemptions.
    loyalty_api = tm.add(
        tg.Endpoint(
            "Loyalty API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app: e-mail and password; tills: per-store API key"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Web portal where suppliers submit funded offers and category managers approve them.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="a supplier sees only its own offers and reports"),
            },
        )
    )
    # Receives basket uploads from the tills and loads them into the warehouse.
    ingestion = tm.add(tg.Pipeline("Basket ingestion pipeline", stage=tg.Stage.INGESTION))
    # Holds the live offers that suppliers have funded and buyers approved.
    catalogue = tm.add(tg.DataStore("Offer catalogue", stores={offers}))
    # Per-customer wallet of issued coupons, read by the app and the tills.
    wallet = tm.add(
        tg.DataStore(
            "Coupon wallet",
            stores={coupons, redemptions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs every night: picks the top offers per opted-in customer and issues coupons.
    allocation = tm.add(
        tg.Service(
            "Nightly offer allocation job",
            description="Skips cards whose profile says they opted out of personalisation.",
        )
    )

    with tm.boundary("Customer data platform", trust=tg.Trust.RESTRICTED):
        # System of record for baskets, loyalty profiles, preferences and redemptions.
        warehouse = tm.add(
            tg.DataStore(
                "Customer data warehouse",
                stores={baskets, profile, preference, redemptions},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )
        # Derives spend, category and frequency features from basket history.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(
                        note="features keyed by pseudonymous card id, no names or contact details"
                    )
                },
            )
        )
        # Customer features for training and for the nightly allocation.
        feature_store = tm.add(
            tg.FeatureStore("Customer feature store", stores={features}, online=False)
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the ranker on features and redemption outcomes.
        training = tm.add(
            tg.Pipeline(
                "Ranker training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="offline uplift evaluation before promotion")},
            )
        )
        # MLflow registry of ranker versions.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Gradient-boosted ranker scoring each candidate offer for a customer.
        ranker = tm.add(
            tg.Model(
                "Offer ranking model",
                task=tg.Task.RANKER,
                returns_scores=True,
                description="LightGBM ranker saved with joblib.",
            )
        )

# ---------------------------------------------------------------- flows
# customer app
tm.flow(customer, loyalty_api, app_sign_in, preference, protocol="https", label="app")
tm.flow(loyalty_api, customer, coupons, protocol="https", label="app coupon wallet")
tm.flow(loyalty_api, warehouse, preference, label="opt-out updates")
tm.flow(wallet, loyalty_api, coupons)
tm.flow(loyalty_api, wallet, redemptions)

# in store
tm.flow(customer, tills, card_number, label="card or app barcode scanned at checkout")
tm.flow(tills, customer, coupons, label="coupon savings on the receipt")
tm.flow(tills, loyalty_api, card_number, redemptions, protocol="https", label="coupon lookup")
tm.flow(loyalty_api, tills, coupons, protocol="https")
tm.flow(tills, ingestion, baskets, protocol="https", label="basket uploads")
tm.flow(ingestion, warehouse, baskets)
tm.flow(wallet, warehouse, redemptions, label="nightly export")

# features, training and serving
tm.flow(warehouse, feature_pipeline, baskets, profile)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, training, features)
tm.flow(warehouse, training, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, ranker, weights, label="deploy")

# nightly allocation
tm.flow(feature_store, allocation, features)
tm.flow(warehouse, allocation, preference, label="opted-out cards")
tm.flow(catalogue, allocation, offers)
tm.flow(allocation, ranker, features, offers)
tm.flow(ranker, allocation, scores)
tm.flow(allocation, wallet, coupons)

# suppliers and buyers
tm.flow(supplier, portal, offers, protocol="https")
tm.flow(portal, supplier, report, protocol="https")
tm.flow(portal, category_manager, offers, protocol="https", label="offers awaiting approval")
tm.flow(category_manager, portal, approval, protocol="https")
tm.flow(portal, catalogue, offers, label="approved offers")
tm.flow(warehouse, portal, report, label="aggregate redemption views")
