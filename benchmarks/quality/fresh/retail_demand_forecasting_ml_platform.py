"""Retail demand forecasting platform: the first design, before any security review.

The supply chain team wants store-by-SKU demand forecasts to drive automatic store
replenishment. Every night a feature pipeline pulls daily sales from the sales data
warehouse, the promotions and price calendar from the merchandising system and a
licensed weather forecast feed, and writes features to an offline feature store in
the ML platform's cloud account. A nightly training job (pip-installing its Python
dependencies from PyPI at start) retrains a gradient-boosted forecaster, backtests
it and registers it in the model registry; a data scientist tags the version that
goes to production. A nightly batch job loads the tagged model, scores every
store-SKU for the next 14 days and writes the forecasts to a forecast store, from
which the replenishment service computes orders and sends them to suppliers over
EDI. Planners review only orders far above the recent average. Controls today:
SSO with MFA and roles on the registry, schema checks in the feature pipeline,
encryption at rest on the cloud stores, TLS to the vendors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail demand forecasting platform",
    profile=tg.RiskProfile.LOW,
    description="Nightly store-by-SKU demand forecasts feeding automatic store replenishment.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Daily store sales",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Units and revenue per store, SKU and day; no customer identifiers.",
)
promotions = tg.Data(
    "Promotions and price calendar", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weather = tg.Data("Weather forecasts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
model_artifact = tg.Data(
    "Forecast model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
backtest = tg.Data("Backtest metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data("Production release tag", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Store-SKU demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
exceptions = tg.Data(
    "Order exceptions for review", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
planner_decisions = tg.Data(
    "Planner order decisions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
orders = tg.Data(
    "Replenishment purchase orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
acks = tg.Data("Order acknowledgements", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Enterprise systems", trust=tg.Trust.INTERNAL):
    # Existing warehouse fed by the store tills; the source of truth for sales history.
    warehouse = tm.add(tg.DataSource("Sales data warehouse", provides={sales}))
    # Merchandising system of record for planned promotions and shelf prices.
    merchandising = tm.add(tg.DataSource("Merchandising system", provides={promotions}))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Licensed weather forecasts per store location; weather moves demand for many categories.
    weather_feed = tm.add(
        tg.DataSource("Weather forecast feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public package index the training image installs its dependencies from at run time.
    pypi = tm.add(tg.ExternalService("PyPI", provides=tg.ExternalCategory.PACKAGE_REGISTRY))

with tm.boundary("ML platform account", trust=tg.Trust.INTERNAL):
    # Joins the three sources into per store-SKU-day features every night.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="column types and required fields per source")},
        )
    )
    # Offline feature store: training snapshots and the batch scoring input.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Retrains and backtests the forecaster every night on the latest two years of history.
    training = tm.add(
        tg.Pipeline("Nightly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of trained models; the production tag decides what the batch job loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact, backtest},
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.ModelVersioning(),
            },
        )
    )
    # The gradient-boosted forecaster as it runs inside the batch job.
    model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="LightGBM quantile regressor, serialised with joblib.",
        )
    )
    # Scores every store-SKU for the next 14 days once features are ready.
    batch_job = tm.add(tg.Service("Nightly batch forecasting job"))
    # Forecast tables that replenishment and the planners' reports read.
    forecast_store = tm.add(
        tg.DataStore(
            "Forecast store",
            stores={forecasts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Supply chain systems", trust=tg.Trust.INTERNAL):
    # Turns forecasts, stock on hand and pack sizes into store replenishment orders.
    replenishment = tm.add(
        tg.Service(
            "Replenishment service",
            controls={
                c.HumanInTheLoop(
                    approver="category replenishment planner",
                    above="order quantity more than twice the four-week average for the store and SKU",
                )
            },
        )
    )
    # Reviews the exception list each morning before orders go out.
    planner = tm.add(tg.Actor("Replenishment planner", role="supply chain planner"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: reviews backtests and tags the production version.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Supplier network", trust=tg.Trust.PARTNER):
    # Suppliers' and distribution centres' EDI endpoint that receives the orders.
    supplier_edi = tm.add(tg.ExternalService("Supplier EDI gateway"))

# ---------------------------------------------------------------- flows
tm.flow(warehouse, feature_pipeline, sales, protocol="https", label="nightly extract")
tm.flow(merchandising, feature_pipeline, promotions, protocol="https", label="nightly extract")
tm.flow(weather_feed, feature_pipeline, weather, protocol="https")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, training, features, label="historical snapshot")
tm.flow(pypi, training, packages, protocol="https", label="pip install at job start")
tm.flow(training, registry, model_artifact, backtest)
tm.flow(registry, data_scientist, backtest, protocol="https")
tm.flow(data_scientist, registry, release, protocol="https", label="tags production version")

tm.flow(registry, model, model_artifact, label="load production-tagged version")
tm.flow(feature_store, batch_job, features, label="nightly batch read")
tm.flow(batch_job, model, features)
tm.flow(model, batch_job, forecasts)
tm.flow(batch_job, forecast_store, forecasts)

tm.flow(forecast_store, replenishment, forecasts, label="nightly export")
tm.flow(replenishment, planner, exceptions, protocol="https")
tm.flow(planner, replenishment, planner_decisions, protocol="https")
tm.flow(replenishment, supplier_edi, orders, protocol="https", label="EDI purchase orders over AS2")
tm.flow(supplier_edi, replenishment, acks, protocol="https", label="EDI acknowledgements")
