"""Price-gouging detector for an online marketplace: the first design, before any security review.

Third-party sellers list goods on our US marketplace and change their prices through the
seller portal. When a government emergency is declared for a region, a streaming feature
pipeline compares each new price of an essential good (water, fuel, medicine, baby formula,
batteries...) sold into that region with its 30-day baseline and with peer listings. An
in-house gradient-boosted model scores each price change; the enforcement service delists
a listing automatically when the score passes the threshold set by the trust and safety
policy team, e-mails the seller through a hosted e-mail provider and opens a case.
Sellers appeal from the portal; trust and safety analysts review cases in an internal
console, can reinstate listings, and their decisions become labels for the weekly
retraining. The portal sits behind the marketplace sign-in and API quotas, traffic is TLS,
the listing database is encrypted at rest, enforcement actions are audit-logged, and
models are versioned in a registry. All of it runs in our own cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online marketplace price-gouging detector",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Scores seller price rises on essential goods during declared emergencies and "
        "delists listings automatically above a threshold."
    ),
)

# ---------------------------------------------------------------- data assets
listing_update = tg.Data(
    "Listing and price update",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Listing id, category, new price, stock and ship-to regions.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
seller_account = tg.Data(
    "Seller account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, business address, contact e-mail and payout country.",
)
price_history = tg.Data(
    "Listing price history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
emergencies = tg.Data(
    "Emergency declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Declared emergencies with affected regions and start and end dates.",
)
policy = tg.Data(
    "Essential categories and delisting thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data(
    "Price-change features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data("Gouging score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
delisting = tg.Data("Delisting action", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case = tg.Data(
    "Gouging case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The listing, the seller, the score, the features and the action taken.",
)
notice = tg.Data("Seller delisting notice", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Seller appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text explanation with optional supplier invoices attached.",
)
decision = tg.Data(
    "Analyst review decision", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reinstatement = tg.Data(
    "Listing reinstatement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Labelled price-change examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data(
    "Gouging model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including the sellers we are trying to catch.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Tells us where and when an emergency is in force; polled from government sites.
    emergency_feed = tm.add(
        tg.DataSource(
            "Government emergency declarations feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={emergencies},
            description="FEMA and state emergency declaration pages, polled every 15 minutes.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers transactional e-mail to sellers on our behalf.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Where sellers manage listings and file appeals.
    portal = tm.add(
        tg.Endpoint(
            "Seller portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="marketplace account sign-in, e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for listings, prices and seller accounts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing_update, price_history, seller_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Applies the threshold to each score and takes the delisting action.
    enforcement = tm.add(
        tg.Service(
            "Enforcement service",
            description="Delists automatically when the score exceeds the policy threshold.",
            controls={
                c.AuditLogging(retention_days=365),
                c.Contestability(note="sellers appeal in the portal; an analyst reviews"),
            },
        )
    )
    # Holds open cases and appeals for analysts.
    case_store = tm.add(tg.DataStore("Case and appeal store", stores={case, appeal, decision}))
    # Internal web app analysts use to review cases, reinstate listings and edit thresholds.
    console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Pricing ML platform", trust=tg.Trust.INTERNAL):
        # Policy team's list of essential categories and the delisting threshold.
        policy_store = tm.add(tg.DataStore("Essential goods policy configuration", stores={policy}))
        # Joins price changes with emergencies and baselines into features.
        feature_job = tm.add(
            tg.Pipeline(
                "Price-change feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                description="Flink job over the listing change stream.",
            )
        )
        # Online features for scoring and offline snapshots for training.
        feature_store = tm.add(
            tg.FeatureStore("Price feature store", stores={features}, online=True)
        )
        # The detector itself.
        model = tm.add(
            tg.Model(
                "Price-gouging model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; a score above the threshold delists the listing.",
            )
        )
        # Labelled examples from analyst decisions.
        dataset = tm.add(tg.Dataset("Gouging training set", stores={training_set}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; serving loads the pinned version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews cases and appeals, sets thresholds with the policy team.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(seller, portal, listing_update, appeal, protocol="https", controls=tls)
tm.flow(portal, seller, listing_status, protocol="https", controls=tls)
tm.flow(portal, listing_db, listing_update, label="save listing")
tm.flow(listing_db, portal, listing_status, seller_account)
tm.flow(portal, case_store, appeal, label="appeal filed")

tm.flow(
    listing_db, feature_job, listing_update, price_history, protocol="kafka", label="change stream"
)
tm.flow(emergency_feed, feature_job, emergencies, protocol="https", label="poll")
tm.flow(policy_store, feature_job, policy, label="essential categories")
tm.flow(feature_job, feature_store, features)

tm.flow(feature_store, enforcement, features, label="online lookup")
tm.flow(enforcement, model, features)
tm.flow(model, enforcement, score)
tm.flow(policy_store, enforcement, policy, label="threshold")
tm.flow(enforcement, listing_db, delisting, label="delist")
tm.flow(listing_db, enforcement, seller_account, label="seller contact")
tm.flow(enforcement, case_store, case)
tm.flow(enforcement, email, notice, protocol="https", controls=tls)
tm.flow(email, seller, notice, protocol="smtp", label="delisting e-mail")

tm.flow(analyst, console, decision, reinstatement, policy, protocol="https", controls=tls)
tm.flow(console, analyst, case, appeal, protocol="https", controls=tls)
tm.flow(case_store, console, case, appeal)
tm.flow(console, case_store, decision)
tm.flow(console, listing_db, reinstatement, label="reinstate")
tm.flow(console, policy_store, policy, label="edit thresholds")

tm.flow(case_store, dataset, decision, label="labels")
tm.flow(feature_store, dataset, features, label="offline snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy pinned version")
