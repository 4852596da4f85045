"""Size recommendation: the first design, before any security review.

An online fashion retailer selling across the EU shows a "your size" hint on
each product page. Signed-in shoppers may enter body measurements (height,
weight, chest, waist, hips) in a fit profile; the storefront backend then calls
an internal recommendation endpoint with the shopper and product ids. The
endpoint reads the shopper's fit features from an online feature store and asks
an in-house gradient-boosted model for the size most likely to be kept. A
nightly feature job builds those features from the fit profiles, the order and
returns history (including return reasons such as "too small") and the size
charts in the product catalogue; a weekly job retrains the model, stores it in
the model registry and a data scientist promotes it to serving. The storefront
sits behind the CDN's rate limiting and validates the measurement form; customer
data is encrypted at rest and reached by role inside the platform.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Size recommendation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Per-product size recommendations from shoppers' past orders, returns and "
        "self-entered body measurements."
    ),
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Body measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Height, weight, chest, waist, hip and inside-leg, entered by the shopper.",
)
orders = tg.Data(
    "Order and returns history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items bought with size, returns with reason codes and free-text comments.",
)
size_charts = tg.Data("Product size charts", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
size_request = tg.Data(
    "Size recommendation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id and product id from the product page.",
)
fit_features = tg.Data(
    "Shopper fit features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-customer fit vector keyed by customer id, plus per-product size offsets.",
)
recommendation = tg.Data(
    "Recommended size", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
training_examples = tg.Data(
    "Kept and returned purchases",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Features of each past purchase labelled kept, returned too small or too large.",
)
model_file = tg.Data(
    "Size model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers on the website and the mobile app.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("E-commerce platform", trust=tg.Trust.INTERNAL):
    # Storefront backend: product pages, accounts, fit profile form, checkout.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(note="CDN edge rules per IP"),
                c.InputValidation(note="measurement form enforces numeric ranges"),
            },
        )
    )
    # Customer accounts, including the fit profile.
    customer_db = tm.add(
        tg.DataStore(
            "Customer profile database",
            stores={measurements},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # System of record for orders and returns.
    order_db = tm.add(
        tg.DataStore(
            "Order and returns database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Products, variants and the brand size charts.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={size_charts}))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Builds per-customer fit features and training examples every night.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly fit feature job", stage=tg.Stage.PREPROCESSING, third_party_packages=True
        )
    )
    # Online features served at page-load time.
    feature_store = tm.add(tg.FeatureStore("Fit feature store", stores={fit_features}, online=True))
    # Historical purchases labelled by outcome.
    dataset = tm.add(
        tg.Dataset("Size training set", stores={training_examples}, purpose="training")
    )
    # Weekly retraining of the size model.
    training = tm.add(
        tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry holding versioned model files.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Copies an approved version into serving.
    deploy = tm.add(tg.Pipeline("Promotion to serving", stage=tg.Stage.DEPLOYMENT))

    with tm.boundary("Serving subnet", trust=tg.Trust.INTERNAL):
        # Internal endpoint only the storefront calls.
        reco_endpoint = tm.add(tg.Endpoint("Size recommendation endpoint"))
        # Gradient-boosted classifier over size offsets; picks the most likely kept size.
        size_model = tm.add(
            tg.Model(
                "Size recommendation model",
                task=tg.Task.CLASSIFIER,
                description="LightGBM model loaded with joblib at start-up.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model; approves each release.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# shopper-facing
tm.flow(shopper, storefront, measurements, size_request, protocol="https")
tm.flow(storefront, shopper, recommendation, size_charts, protocol="https")
tm.flow(storefront, customer_db, measurements, label="save fit profile")
tm.flow(customer_db, storefront, measurements, label="show fit profile")
tm.flow(storefront, order_db, orders, label="orders and returns")
tm.flow(order_db, storefront, orders, label="order history page")
tm.flow(catalogue, storefront, size_charts)

# online recommendation
tm.flow(storefront, reco_endpoint, size_request, protocol="grpc")
tm.flow(reco_endpoint, feature_store, size_request, label="lookup by customer and product")
tm.flow(feature_store, reco_endpoint, fit_features, label="online lookup")
tm.flow(reco_endpoint, size_model, fit_features)
tm.flow(size_model, reco_endpoint, recommendation)
tm.flow(reco_endpoint, storefront, recommendation, protocol="grpc")

# features and training
tm.flow(customer_db, feature_job, measurements, label="nightly export")
tm.flow(order_db, feature_job, orders, label="nightly export")
tm.flow(catalogue, feature_job, size_charts, label="nightly export")
tm.flow(feature_job, feature_store, fit_features)
tm.flow(feature_job, dataset, training_examples)
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, model_file)
tm.flow(data_scientist, deploy, release, protocol="https", label="approves release")
tm.flow(registry, deploy, model_file)
tm.flow(deploy, size_model, model_file, label="deploy")
