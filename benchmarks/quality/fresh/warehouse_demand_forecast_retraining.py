"""Warehouse demand forecast retraining: the first design, before any security review.

A grocery retailer retrains its demand forecasting model every night. A feature
pipeline on the ML platform joins point-of-sale history from the sales data
warehouse, the promotions calendar kept by the commercial team, and forecasts
bought from a commercial weather API. A training job fits a gradient-boosted model
(LightGBM, saved with joblib), backtests it against a fixed error threshold and
registers it in the model registry. Batch scoring then forecasts demand per store
and SKU, and an order service turns the forecasts and stock levels into
replenishment proposals that supply planners can override in a planning web app
until the daily cut-off, when they are written into the ERP as purchase orders.
Controls: schema checks on input feeds, dataset and model versioning, a backtest
gate, SSO and roles on the planning app, a vaulted API key, ERP audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse demand forecast retraining",
    profile=tg.RiskProfile.HIGH,
    description="Nightly retraining and batch scoring of a grocery demand forecast whose "
    "output becomes replenishment orders in the ERP.",
)

# ---------------------------------------------------------------- data assets
pos_history = tg.Data(
    "POS sales history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Units sold per store, SKU and day; no loyalty or payment identifiers.",
)
promotions = tg.Data("Promotions calendar", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
weather = tg.Data("Weather forecasts", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
weather_key = tg.Data("Weather API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
training_set = tg.Data(
    "Training features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scoring_features = tg.Data(
    "Scoring features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training code and config", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
forecasts = tg.Data(
    "Demand forecasts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
stock = tg.Data(
    "Stock on hand and open orders", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
proposals = tg.Data(
    "Replenishment proposals",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
overrides = tg.Data("Planner overrides", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
purchase_orders = tg.Data(
    "Purchase orders",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial forecast feed used as an exogenous feature.
    weather_api = tm.add(
        tg.DataSource(
            "Commercial weather API",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Daily forecasts per postcode, pulled over HTTPS with an API key.",
        )
    )

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # System of record for till transactions, aggregated nightly.
    sales_dw = tm.add(tg.DataStore("Sales data warehouse", stores={pos_history}))
    # Maintained by the commercial team in their promotions planning tool.
    promo_calendar = tm.add(
        tg.DataSource("Promotions calendar", origin=tg.Origin.INTERNAL, provides={promotions})
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joins the three inputs into training and scoring features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SchemaEnforcement(), c.SecretsManagement()},
        )
    )
    # Snapshot of the features each night's model was trained on.
    dataset = tm.add(
        tg.Dataset("Training dataset", stores={training_set}, controls={c.DataVersioning()})
    )
    # Fits the gradient-boosted model and backtests it before registration.
    training = tm.add(
        tg.Pipeline(
            "Nightly training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="backtest WAPE must not regress by more than 2 points")
            },
        )
    )
    # Holds each night's model version; scoring loads the latest that passed.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )
    # The loaded forecaster.
    model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="LightGBM regressor predicting daily units per store and SKU.",
        )
    )
    # Nightly job that scores every store/SKU for the next order cycle.
    scoring = tm.add(tg.Service("Batch scoring job"))

with tm.boundary("Supply chain apps", trust=tg.Trust.INTERNAL):
    # Turns forecasts into order quantities and releases them to the ERP at cut-off.
    order_service = tm.add(tg.Service("Replenishment order service"))
    # Proposals waiting for planner review until the cut-off.
    proposal_store = tm.add(tg.DataStore("Proposal database", stores={proposals, overrides}))
    # Web app where planners see and override proposals.
    planning_ui = tm.add(
        tg.Endpoint(
            "Planning UI",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

with tm.boundary("ERP", trust=tg.Trust.RESTRICTED):
    # SAP system that sends purchase orders to suppliers and tracks stock.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={purchase_orders, stock},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Supply planners who review and adjust the proposed orders.
    planner = tm.add(tg.Actor("Supply planner", role="planner"))
    # Maintains the pipeline code and watches the nightly runs.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Ingestion
tm.flow(sales_dw, feature_pipeline, pos_history)
tm.flow(promo_calendar, feature_pipeline, promotions)
tm.flow(feature_pipeline, weather_api, weather_key, protocol="https", label="forecast request")
tm.flow(weather_api, feature_pipeline, weather, protocol="https")

# Training and registration
tm.flow(feature_pipeline, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(ml_engineer, training, training_code, label="merged code and config")
tm.flow(training, registry, model_artifact)

# Batch scoring
tm.flow(registry, model, model_artifact, label="load latest passing version")
tm.flow(feature_pipeline, scoring, scoring_features)
tm.flow(scoring, model, scoring_features)
tm.flow(model, scoring, forecasts)
tm.flow(scoring, order_service, forecasts)

# Replenishment
tm.flow(erp, order_service, stock, protocol="https")
tm.flow(order_service, proposal_store, proposals)
tm.flow(proposal_store, planning_ui, proposals, overrides)
tm.flow(planning_ui, planner, proposals, protocol="https")
tm.flow(planner, planning_ui, overrides, protocol="https")
tm.flow(planning_ui, proposal_store, overrides)
tm.flow(proposal_store, order_service, proposals, overrides, label="at cut-off")
tm.flow(order_service, erp, purchase_orders, protocol="https")
