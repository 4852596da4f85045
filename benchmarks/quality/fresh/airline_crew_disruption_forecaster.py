"""Airline crew disruption forecaster: the first design, before any security review.

An operations tool for an EU airline's operations control centre (OCC). Every
hour an ingestion pipeline pulls weather forecasts from a commercial weather
vendor, the flight schedule from the operations system and crew rosters from
the crew management system, and writes per-base, per-fleet features. A
gradient-boosted model forecasts crew shortages for the next 72 hours; a
proposal engine turns them into reserve-crew call-out proposals that duty
managers accept or reject on a dashboard. Accepted call-outs go back to the
crew management system, which notifies the crew member. Every decision is
logged and joined to outcomes; a data scientist runs the weekly retraining,
backtests the new model and registers it. Controls: SSO and roles on the
dashboard, a person approves every call-out, schema checks on incoming feeds,
an audit log of decisions, versioned models and a backtest before registration.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline crew disruption forecaster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts crew shortages and proposes reserve call-outs to OCC duty managers.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Licensed METAR/TAF and gridded forecasts for every base and outstation.",
)
weather_key = tg.Data("Weather API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
schedule = tg.Data(
    "Flight schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rosters = tg.Data(
    "Crew rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, base, qualifications, duty and rest times, absence codes.",
)
reserves = tg.Data(
    "Reserve crew availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is on reserve, where, and their remaining duty-time limits.",
)
features = tg.Data("Shortage features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast = tg.Data(
    "Shortage forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposals = tg.Data(
    "Call-out proposals",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Named reserve crew members to call out, per flight and base.",
)
decisions = tg.Data(
    "Manager decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
callouts = tg.Data("Accepted call-outs", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past features joined with realised shortages and manager decisions.",
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
backtest = tg.Data("Backtest report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Forecaster model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM booster saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial weather API the airline already licenses for dispatch.
    weather_api = tm.add(tg.DataSource("Weather data API", origin="vendor", provides={weather}))

with tm.boundary("Airline operations network", trust=tg.Trust.INTERNAL):
    # System of record for the published and updated flight schedule.
    ops_system = tm.add(
        tg.DataSource("Flight operations system", origin="internal", provides={schedule})
    )
    # System of record for rosters; also receives call-outs and notifies crew.
    crew_system = tm.add(
        tg.DataSource("Crew management system", origin="internal", provides={rosters, reserves})
    )

with tm.boundary("Operations analytics platform", trust=tg.Trust.INTERNAL):
    # Hourly job that pulls the three feeds and computes features.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage="preprocessing",
            controls={c.SchemaEnforcement(), c.SecretsManagement(note="weather API key in vault")},
        )
    )
    # Keeps the latest and historical features for scoring and training.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
    # The gradient-boosted shortage forecaster, scored hourly in batch.
    model = tm.add(
        tg.Model(
            "Crew shortage forecaster",
            task="regressor",
            returns_scores=True,
            description="Expected shortfall of cockpit and cabin crew per base for 72 hours.",
        )
    )
    # Applies roster rules to forecasts to choose which reserves to propose.
    engine = tm.add(
        tg.Service(
            "Call-out proposal engine",
            controls={c.HumanInTheLoop(approver="OCC duty manager")},
        )
    )
    # OCC-facing web app where proposals are accepted or rejected.
    dashboard = tm.add(
        tg.Endpoint(
            "Duty manager dashboard",
            purpose="api",
            controls={c.Authentication(method="corporate SSO"), c.RBAC(note="OCC roles")},
        )
    )
    # Record of every proposal and what the manager decided.
    decision_log = tm.add(
        tg.DataStore(
            "Decision log",
            stores={proposals, decisions},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Features joined with outcomes and decisions, for the weekly retrain.
    training_set = tm.add(tg.Dataset("Training history store", stores={history}))
    # Weekly retraining job, started and checked by the data scientist.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage="training",
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last eight weeks")},
        )
    )
    # Versions of the forecaster; the scoring job loads the latest registered one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Decides on every proposed call-out.
    manager = tm.add(tg.Actor("Duty manager", role="OCC duty manager"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and runs the weekly retraining.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ingestion, weather_api, weather_key, protocol="https", label="API request")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ops_system, ingestion, schedule, protocol="sftp", label="schedule extract")
tm.flow(crew_system, ingestion, rosters, protocol="https")
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, model, features, label="hourly batch scoring")
tm.flow(model, engine, forecast)
tm.flow(crew_system, engine, reserves, protocol="https")
tm.flow(engine, dashboard, proposals)
tm.flow(dashboard, manager, proposals, protocol="https")
tm.flow(manager, dashboard, decisions, protocol="https")
tm.flow(dashboard, engine, decisions)
tm.flow(engine, crew_system, callouts, protocol="https", label="accepted call-outs")
tm.flow(engine, decision_log, proposals, decisions)

tm.flow(decision_log, training_set, decisions, label="weekly join with outcomes")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, retraining, history)
tm.flow(scientist, retraining, train_config, protocol="https")
tm.flow(retraining, scientist, backtest, protocol="https")
tm.flow(retraining, registry, model_file)
tm.flow(registry, model, model_file, label="load latest version")
