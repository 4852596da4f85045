"""E-commerce product recommender: the first design, before any security review.

Shoppers browse the online shop; the website emits clickstream events (views,
clicks, add-to-cart, purchases) to a Kafka-based streaming pipeline that computes
user and session features into a feature store. Merchants upload product
catalogues (CSV or JSON feeds with titles, descriptions, prices and images)
through a partner portal; an ingestion job loads them into the catalogue
database and derives item features. A nightly training job, built on open-source
packages from the public registry, trains a ranking model on the offline
features and click history and registers it in the model registry; a deployment
job rolls the new version out to the recommendation service that the website
calls on each page view. Controls in this design: the CDN rate limits shoppers,
merchants log in with password and MFA, feeds and events are schema-checked,
the stores and registry have role-based access, models are versioned and must
beat the current model's offline metrics before they are deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-commerce product recommender",
    profile=tg.RiskProfile.LOW,
    description="Personalised product recommendations for the online shop, retrained nightly "
    "from clickstream and merchant catalogues.",
)

# ---------------------------------------------------------------- data assets
page = tg.Data("Product pages with recommendations", kind="model-output", sensitivity="public")
click_events = tg.Data(
    "Clickstream events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="User or cookie id, session, product viewed or clicked, cart and purchase events.",
)
catalogue_feed = tg.Data(
    "Merchant catalogue feed",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Product catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
merchant_login = tg.Data(
    "Merchant credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
user_features = tg.Data(
    "User and session features", kind="features", sensitivity=tg.Sensitivity.PII
)
item_features = tg.Data("Item features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Ranking training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Point-in-time feature snapshots joined with click and purchase labels.",
)
packages = tg.Data("Open-source ML packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
train_config = tg.Data("Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Ranking model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM ranker saved with joblib.",
)
rec_request = tg.Data(
    "Recommendation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="User or cookie id, current page and candidate context.",
)
rec_list = tg.Data("Ranked product list", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data("Ranking scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous and logged-in shoppers browsing the site.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))
    # Public package index the training image installs from.
    pypi = tm.add(tg.ExternalService("Public package registry", provides="package-registry"))

with tm.boundary("Merchant partners", trust=tg.Trust.PARTNER):
    # Merchants under a seller agreement who list their products on the shop.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The shop's web front end; emits clickstream and renders recommendations.
    website = tm.add(
        tg.Service(
            "Website",
            controls={c.RateLimiting(note="CDN and WAF per-IP limits")},
        )
    )
    # Where merchants sign in and upload catalogue feeds.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="password and TOTP MFA")},
        )
    )
    # Validates and loads uploaded feeds, derives item features.
    catalogue_job = tm.add(
        tg.Pipeline(
            "Catalogue ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="feed must match the catalogue schema")},
        )
    )
    # Source of truth for product data shown on the site.
    catalogue_db = tm.add(tg.DataStore("Catalogue database", stores={catalogue}))
    # Service the website calls for each recommendation slot.
    rec_service = tm.add(
        tg.Endpoint("Recommendation service", purpose=tg.EndpointPurpose.INFERENCE)
    )
    # The ranking model loaded in the recommendation service.
    ranker = tm.add(tg.Model("Ranking model", task=tg.Task.RANKER, returns_scores=True))

with tm.boundary("Data and ML platform", trust=tg.Trust.INTERNAL):
    # Kafka topics plus a stream processor that turns events into features.
    stream = tm.add(
        tg.Pipeline(
            "Clickstream pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="Avro schemas in the schema registry")},
        )
    )
    # Online store for serving and offline store for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={user_features, item_features, training_set},
            online=True,
            controls={c.RBAC()},
        )
    )
    # Nightly job that trains the ranker.
    training = tm.add(
        tg.Pipeline("Nightly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of trained rankers.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )
    # Rolls a registered model out to the recommendation service.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.ModelValidation(note="offline NDCG must beat the serving model")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the training code and its configuration.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shopper, website, click_events, protocol="https", label="browsing")
tm.flow(website, shopper, page, protocol="https")
tm.flow(website, stream, click_events, protocol="kafka")
tm.flow(catalogue_db, website, catalogue, label="product details")

tm.flow(merchant, portal, merchant_login, catalogue_feed, protocol="https", label="upload feed")
tm.flow(portal, catalogue_job, catalogue_feed)
tm.flow(catalogue_job, catalogue_db, catalogue)
tm.flow(catalogue_job, feature_store, item_features)
tm.flow(stream, feature_store, user_features, training_set)

tm.flow(website, rec_service, rec_request, protocol="grpc")
tm.flow(feature_store, rec_service, user_features, item_features, label="online lookup")
tm.flow(rec_service, ranker, user_features, item_features)
tm.flow(ranker, rec_service, scores)
tm.flow(rec_service, website, rec_list, protocol="grpc")

tm.flow(feature_store, training, training_set, label="offline snapshot")
tm.flow(pypi, training, packages, protocol="https")
tm.flow(ml_engineer, training, train_config, label="training code and config")
tm.flow(training, registry, model_artifact)
tm.flow(registry, deploy, model_artifact)
tm.flow(deploy, ranker, model_artifact, label="deploy")
