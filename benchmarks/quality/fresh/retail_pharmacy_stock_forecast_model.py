"""Pharmacy stock forecasting and automatic replenishment: the first design.

A European pharmacy chain forecasts, for every store and every medicine line, how
many packs it will sell over the counter and dispense against prescriptions in the
next two weeks. Each night the stores' point-of-sale and dispensing systems drop
files over SFTP; an ingestion pipeline checks them against a schema and keeps only
product, store and day counts of dispensed items (patient identifiers are dropped).
A public influenza and pollen surveillance feed adds seasonal signals. Features go
to an offline feature store; a weekly job retrains a gradient-boosted regressor,
which a data scientist promotes from the model registry. A nightly forecast job
scores every store, and the replenishment service turns forecasts and stock on hand
into purchase orders that it sends to the wholesaler's ordering API, within
per-line quantity caps (controlled drugs are never ordered this way). Planners
review proposed orders on a dashboard behind corporate single sign-on with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy stock forecasting and replenishment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-store medicine demand forecasts that place replenishment orders automatically.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Store sales lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Over-the-counter sales per till transaction: product, quantity, time, store.",
)
stock = tg.Data(
    "Stock on hand",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dispensing = tg.Data(
    "Prescription dispensing records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Dispensed item, quantity, store, date and the patient's pharmacy number.",
)
dispensing_counts = tg.Data(
    "Daily dispensing counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dispensed packs per product, store and day, without patient identifiers.",
)
season = tg.Data(
    "Influenza and pollen indicators",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Retraining configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecasts = tg.Data(
    "Store demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
orders = tg.Data(
    "Purchase orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmations = tg.Data("Order confirmations and delivery dates", kind="records")
proposals = tg.Data(
    "Proposed orders and exceptions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
overrides = tg.Data(
    "Planner order overrides", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Till system in each store: the source of over-the-counter sales and stock counts.
    pos = tm.add(
        tg.DataSource(
            "Store point-of-sale system",
            origin=tg.Origin.INTERNAL,
            provides={sales, stock},
            description="Exports the day's sales lines and stock counts each night.",
        )
    )
    # Pharmacy dispensing system: prescription demand, which drives most medicine volume.
    dispensing_system = tm.add(
        tg.DataSource(
            "Pharmacy dispensing system",
            origin=tg.Origin.INTERNAL,
            provides={dispensing},
            description="Patient medication records system; exports the day's dispensing log.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public health agency's open feed: seasonal illness signals that move demand.
    surveillance = tm.add(
        tg.DataSource(
            "Public health surveillance feed",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={season},
            description="Weekly influenza-like-illness rates and pollen counts per region.",
        )
    )

with tm.boundary("Wholesaler", trust=tg.Trust.PARTNER):
    # The pharmaceutical wholesaler's ordering API: where replenishment orders land.
    wholesaler = tm.add(
        tg.ExternalService(
            "Wholesaler ordering API",
            provides=tg.ExternalCategory.GENERIC,
            description="Accepts purchase orders per store and returns confirmations.",
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Loads the nightly store files; drops patient identifiers before anything is kept.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="files rejected unless they match the export schema"),
                c.DataMinimization(note="dispensing aggregated to product/store/day counts"),
            },
        )
    )
    # Central warehouse of sales, stock and dispensing history: the system of record for analytics.
    warehouse = tm.add(
        tg.DataStore(
            "Sales and stock warehouse",
            stores={sales, stock, dispensing_counts, season},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="analytics roles by team"),
            },
        )
    )
    # Builds lag, calendar, promotion and seasonal features from the warehouse.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Offline feature tables shared by training and nightly scoring.
    feature_store = tm.add(tg.FeatureStore("Demand feature store", stores={features}, online=False))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the forecaster on the last three years of features.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Keeps every trained version so a bad one can be rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )
        # The forecaster itself: quantile gradient boosting per store and product line.
        model = tm.add(
            tg.Model(
                "Demand forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="LightGBM quantile regressor; predicts 14-day demand per store and line.",
            )
        )
        # Scores every store and product line after the nightly load.
        forecast_job = tm.add(
            tg.Service(
                "Nightly forecast job",
                description="Reads features, calls the model and hands forecasts to replenishment.",
            )
        )

    # Turns forecasts and stock on hand into orders and sends them without a person in between.
    replenishment = tm.add(
        tg.Service(
            "Replenishment service",
            description="Computes order quantities from forecast, stock, pack size and lead time.",
            controls={
                c.PolicyEnforcement(
                    rules="order quantity capped per line at shelf capacity and 3x the "
                    "trailing 8-week average; controlled drugs never ordered"
                ),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where planners see what will be ordered and correct it.
    dashboard = tm.add(
        tg.Endpoint(
            "Replenishment dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="planners see their own regions"),
            },
        )
    )
    # Supply planners own stock availability for a region's stores.
    planner = tm.add(tg.Actor("Supply planner", role="planner"))
    # Maintains the model, launches retraining and promotes versions.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pos, ingestion, sales, stock, protocol="sftp", label="nightly export")
tm.flow(dispensing_system, ingestion, dispensing, protocol="sftp", label="nightly export")
tm.flow(surveillance, ingestion, season, protocol="https", label="weekly download")
tm.flow(ingestion, warehouse, sales, stock, dispensing_counts, season)

tm.flow(warehouse, feature_job, sales, dispensing_counts, season, label="nightly batch")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, training, features)
tm.flow(scientist, training, training_config, label="launches and tunes retraining")
tm.flow(training, registry, weights)
tm.flow(scientist, registry, promotion, label="promotes a version after backtest review")
tm.flow(registry, model, weights, label="deploy")

tm.flow(feature_store, forecast_job, features)
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecasts)
tm.flow(forecast_job, replenishment, forecasts)
tm.flow(warehouse, replenishment, stock, label="nightly stock snapshot")

tm.flow(replenishment, wholesaler, orders, protocol="https")
tm.flow(wholesaler, replenishment, confirmations, protocol="https")

tm.flow(replenishment, dashboard, proposals)
tm.flow(dashboard, planner, proposals, protocol="https")
tm.flow(planner, dashboard, overrides, protocol="https")
tm.flow(dashboard, replenishment, overrides)
