"""Pipe burst prediction for a water utility: the first design.

Battery pressure loggers on the distribution network report over cellular to the
logger vendor's telemetry platform. A feature pipeline on the utility's analytics
platform pulls those readings with a vendor API key, adds the weather provider's
observations and frost forecasts, pipe attributes from the GIS asset register and
burst and repair history from the work management system. A gradient-boosted
model, trained and backtested by the data science team, scores every main each
hour for the chance of a burst. Scores above a threshold become alerts on the
control room's burst alert screen, alongside the existing SCADA alarms; a weekly
ranking feeds the mains replacement dashboard that asset planners use to
prioritise the capital programme. Controls in this design: TLS to the vendors,
range checks on incoming data, a backtest before a model is registered, versioned
models, corporate single sign-on with MFA and roles on the dashboard.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pipe burst prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Hourly burst risk for every water main from pressure, pipe age and weather; "
        "alerts the control room and ranks mains for replacement."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Pressure readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="15-minute pressure and transient logs per logger.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather observations and frost forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
)
assets = tg.Data(
    "Pipe asset attributes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Location, material, diameter, install year and criticality of each main.",
)
bursts = tg.Data(
    "Burst and repair records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Extract of job location, date, main ID and cause; no customer details.",
)
features = tg.Data("Main-level features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
labels = tg.Data(
    "Burst labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
weights = tg.Data("Burst model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
scores = tg.Data("Burst risk scores", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
alert = tg.Data(
    "Burst alert",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alert acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")
burst_job = tg.Data("Burst job", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
ranking = tg.Data(
    "Mains replacement ranking", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
dashboard_query = tg.Data("Dashboard filter", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Distribution network", trust=tg.Trust.UNTRUSTED):
    # Loggers sit in street chambers and hydrants; anyone with a key can reach one.
    loggers = tm.add(
        tg.Device(
            "Pressure loggers",
            fleet=True,
            description="Battery pressure loggers with cellular modems, supplied by the vendor.",
        )
    )

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's platform receives the loggers' data; we read it through its API.
    telemetry = tm.add(
        tg.ExternalService(
            "Logger telemetry platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Ground temperature and frost drive winter bursts.
    weather_service = tm.add(
        tg.DataSource(
            "Weather service",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Commercial weather API: observations and 7-day forecasts.",
        )
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # Pipe age, material and location: the core asset data.
    gis = tm.add(tg.DataStore("GIS asset register", stores={assets}))
    # Every burst and repair job, the source of the training labels.
    wms = tm.add(tg.DataStore("Work management system", stores={bursts, burst_job}))
    # Where planners see which mains to replace first.
    dashboard = tm.add(
        tg.Endpoint(
            "Mains replacement dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Builds the capital mains replacement programme.
    planner = tm.add(tg.Actor("Asset planner", role="asset planning"))
    # Builds, backtests and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins telemetry, weather and asset data into per-main features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={
                c.SchemaEnforcement(note="range and timestamp checks on readings"),
                c.SecretsManagement(note="vendor API keys in the cloud secrets manager"),
            },
        )
    )
    # Offline feature tables and labels for training and the hourly scoring run.
    feature_store = tm.add(
        tg.FeatureStore("Feature store", stores={features, labels}, online=False)
    )
    # Monthly retraining with a backtest against the last year's bursts.
    training = tm.add(
        tg.Pipeline(
            "Training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest reviewed by a data scientist")},
        )
    )
    # Holds versioned model artifacts.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The burst prediction model itself.
    model = tm.add(
        tg.Model(
            "Burst risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability of a burst on each main in the next 24 hours.",
        )
    )
    # Scores every main each hour and aggregates the weekly ranking.
    scoring = tm.add(tg.Service("Hourly scoring job"))
    # Turns high scores into alerts for the control room.
    alerting = tm.add(tg.Service("Burst alert service"))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Dispatches crews and isolates mains when a burst is confirmed.
    operator = tm.add(tg.Actor("Control room operator", role="network controller"))

# ---------------------------------------------------------------- flows
tm.flow(loggers, telemetry, readings, protocol="mqtts", label="cellular uplink")
tm.flow(
    telemetry,
    feature_pipeline,
    readings,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)
tm.flow(weather_service, feature_pipeline, weather, protocol="https")
tm.flow(gis, feature_pipeline, assets, label="nightly export")
tm.flow(wms, feature_pipeline, bursts, label="nightly export")
tm.flow(feature_pipeline, feature_store, features, labels)

tm.flow(feature_store, training, features, labels)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="promotes a backtested version")
tm.flow(registry, model, weights, label="loaded by the scoring job")

tm.flow(feature_store, scoring, features, label="hourly")
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, alerting, scores)
tm.flow(alerting, operator, alert, protocol="https", label="burst alert screen")
tm.flow(operator, alerting, ack, protocol="https")
tm.flow(operator, wms, burst_job, label="raises a burst job")

tm.flow(scoring, dashboard, ranking, label="weekly")
tm.flow(dashboard, planner, ranking, protocol="https")
tm.flow(planner, dashboard, dashboard_query, protocol="https")
