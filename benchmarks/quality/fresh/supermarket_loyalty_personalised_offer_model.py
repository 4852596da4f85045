"""Supermarket loyalty offers: the first design, before any security review.

Loyalty card members get personalised coupons chosen from what they buy.
Tills in every store upload each night the basket lines of sales where a
loyalty card was scanned, and the coupon redemptions, into the loyalty data
warehouse in our cloud. A feature pipeline turns purchase history into
pseudonymous member features. Each week a batch scoring job asks an in-house
ranking model to score the active coupons in the marketing team's catalogue
for every member, and writes each member's top coupons to an offers store.
An offers API hands them to the loyalty app on the member's phone and to the
till when the card is scanned, which prints them on the receipt. Redemptions
become the labels for monthly retraining. Controls in this design: sign-in
on the API, an encrypted and role-restricted warehouse, pseudonymous
features, versioned models with an offline evaluation gate, and TLS/SFTP.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Supermarket loyalty personalised offers",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly personalised coupons from loyalty purchase history, in the app and at the till.",
)

# ---------------------------------------------------------------- data assets
card_id = tg.Data(
    "Loyalty card number",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Read from the card or the app's barcode at the till.",
)
offer_request = tg.Data("Offer request", kind="records", sensitivity=tg.Sensitivity.PII)
baskets = tg.Data(
    "Loyalty purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Basket lines per card: items, prices, store, time. Can reveal health, diet and religion.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
profiles = tg.Data(
    "Member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postcode, age band, marketing consent.",
)
redemptions = tg.Data("Coupon redemptions", kind="feedback", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Member features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Spend by category, visit frequency, brand affinity; keyed by a pseudonymous member key.",
)
catalogue = tg.Data(
    "Coupon catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Active campaigns, discounts, budgets and eligibility.",
)
scores = tg.Data("Coupon scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
offers = tg.Data("Member coupons", kind="model-output", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Ranking model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A loyalty card member, in the app or at the till.
    shopper = tm.add(tg.Actor("Loyalty member", role="shopper"))
    # Our loyalty app on the member's own phone: shows and stores their coupons.
    app = tm.add(tg.Device("Loyalty app", description="iOS and Android app on the member's phone."))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Point-of-sale till: scans the card, prints coupons, records redemptions.
    till = tm.add(tg.Device("Store till", description="POS terminals in every store."))

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Serves each member's coupons to the app and the tills.
    offers_api = tm.add(
        tg.Endpoint(
            "Offers API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="app: OAuth tokens after e-mail and password sign-in; tills: per-till API key"
                )
            },
        )
    )
    # Each member's current top coupons, rewritten weekly.
    offers_store = tm.add(tg.DataStore("Offers store", stores={offers}))
    # Pseudonymises and aggregates purchase history into features.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="names and e-mails dropped; pseudonymous member key")
            },
        )
    )
    # Offline feature store read by the weekly scoring and by training.
    feature_store = tm.add(tg.FeatureStore("Member feature store", stores={features}, online=False))
    # Weekly batch: scores every active coupon for every member, keeps the top ones.
    scoring = tm.add(tg.Service("Weekly offer scoring job"))
    # The model that ranks coupons for a member.
    ranker = tm.add(
        tg.Model(
            "Offer ranking model",
            task=tg.Task.RANKER,
            returns_scores=True,
            description="Gradient-boosted ranker predicting redemption probability per coupon.",
        )
    )
    # Campaigns and coupons set up by the marketing team.
    catalogue_db = tm.add(tg.DataStore("Coupon catalogue", stores={catalogue}, controls={c.RBAC()}))

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # The loyalty data warehouse: member profiles (from the existing membership
        # system), purchase history and redemptions.
        warehouse = tm.add(
            tg.DataStore(
                "Loyalty data warehouse",
                stores={baskets, profiles, redemptions},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Features joined with whether the coupons shown were redeemed.
        training_set = tm.add(tg.Dataset("Offer training set", stores={features, redemptions}))
        # Monthly retraining of the ranker.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="offline NDCG and uplift on last month's holdout")
                },
            )
        )
        # Versioned ranker artifacts; the scoring job loads the tagged one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets up campaigns, discounts and coupon budgets.
    marketer = tm.add(tg.Actor("Marketing campaign manager", role="marketing"))

# ---------------------------------------------------------------- flows
# delivery in the app
tm.flow(shopper, app, offer_request, label="opens my coupons")
tm.flow(app, offers_api, offer_request, protocol="https")
tm.flow(offers_api, app, offers, protocol="https")
tm.flow(app, shopper, offers)

# delivery at the till
tm.flow(shopper, till, card_id, label="card scanned at the till")
tm.flow(till, offers_api, card_id, protocol="https")
tm.flow(offers_api, till, offers, protocol="https")
tm.flow(till, shopper, offers, label="printed on the receipt")
tm.flow(offers_store, offers_api, offers)

# purchase history
tm.flow(till, warehouse, baskets, redemptions, protocol="sftp", label="nightly sales upload")

# features and weekly scoring
tm.flow(warehouse, feature_job, baskets, profiles, label="nightly export")
tm.flow(feature_job, feature_store, features)
tm.flow(marketer, catalogue_db, catalogue, protocol="https", label="sets up campaigns")
tm.flow(feature_store, scoring, features)
tm.flow(catalogue_db, scoring, catalogue)
tm.flow(scoring, ranker, features, catalogue)
tm.flow(ranker, scoring, scores)
tm.flow(scoring, offers_store, offers)

# retraining
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(warehouse, training_set, redemptions, label="monthly export")
tm.flow(training_set, training, features, redemptions)
tm.flow(training, registry, weights)
tm.flow(registry, ranker, weights, label="deploy tagged version")
