"""Substation load forecasting and flexibility dispatch: first design, before security review.

The distribution network operator forecasts load at each primary substation for the next
48 hours, every half hour. Inputs: telemetry from a read-only SCADA historian replica in
the OT DMZ, a commercial weather API, and feeder-level consumption the meter data provider
aggregates and drops daily over SFTP. An ingestion pipeline builds features on the
analytics platform; a weekly pipeline refits a gradient-boosted regressor saved with joblib
into the model registry. A half-hourly job scores the promoted model; a dispatch optimiser
combines the forecasts with network ratings and the offers on a third-party flexibility
market platform, and recommends which contracts to call. Control engineers review these in
a console on the control room network and approve each dispatch before it is sent.
Controls: engineer approval of every dispatch, SSO with MFA and audit logging on the
console, schema checks on ingestion, HTTPS/SFTP to third parties, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Substation load forecasting and flexibility dispatch",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Half-hourly substation load forecasts and flexibility dispatch recommendations "
        "for a distribution network operator's control engineers."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Substation load telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per-transformer MW/MVAr readings at one-minute resolution.",
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, irradiance and wind forecasts per grid square, licensed.",
)
feeder_consumption = tg.Data(
    "Aggregated feeder consumption",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Half-hourly smart meter consumption summed per LV feeder by the provider.",
)
features = tg.Data("Load features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
artifact = tg.Data(
    "Load forecasting model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Substation load forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
network_ratings = tg.Data(
    "Network model and asset ratings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
offers = tg.Data(
    "Flexibility offers and availability",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
recommendation = tg.Data(
    "Dispatch recommendation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispatch_approval = tg.Data(
    "Dispatch approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dispatch_instruction = tg.Data(
    "Flexibility dispatch instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
dispatch_ack = tg.Data(
    "Dispatch acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("OT DMZ", trust=tg.Trust.RESTRICTED):
    # Read-only replica of the SCADA historian: the only way OT telemetry leaves OT.
    historian = tm.add(
        tg.DataStore(
            "SCADA historian replica",
            stores={telemetry},
            controls={c.RBAC(note="analytics service account has read-only access")},
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial numerical weather forecasts: the main driver of load.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Meter data provider", trust=tg.Trust.PARTNER):
    # Feeder-level consumption, aggregated before it reaches us.
    meter_feed = tm.add(
        tg.DataSource(
            "Feeder consumption feed",
            origin=tg.Origin.PARTNER,
            provides={feeder_consumption},
            description="Daily SFTP drop of the previous day's half-hourly aggregates.",
        )
    )

with tm.boundary("Flexibility market", trust=tg.Trust.PARTNER):
    # Third-party platform where aggregators post offers and receive our dispatches.
    flex_platform = tm.add(
        tg.ExternalService(
            "Flexibility market platform",
            description="Aggregators and large customers offer turn-down or turn-up here.",
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Pulls telemetry, weather and consumption and turns them into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Load data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects records out of range or with bad timestamps")
            },
        )
    )
    # Historical and latest features, shared by training and scoring.
    feature_store = tm.add(tg.FeatureStore("Load feature store", stores={features}, online=False))
    # Weekly refit of the forecaster on the last three years of features.
    training = tm.add(
        tg.Pipeline(
            "Weekly forecaster training", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds each trained version; a data scientist marks one as production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The forecaster itself: predicts MW per substation, 96 half-hours ahead.
    forecaster = tm.add(
        tg.Model(
            "Substation load forecaster",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Under-forecasts can leave a transformer overloaded at peak.",
        )
    )
    # Runs every half hour: loads the production model and scores the latest features.
    forecast_job = tm.add(tg.Service("Half-hourly forecast job"))
    # Network model with thermal ratings and normal running arrangement.
    network_store = tm.add(tg.DataStore("Network model store", stores={network_ratings}))
    # Chooses which flexibility contracts to call to keep forecast load within ratings.
    optimiser = tm.add(
        tg.Service(
            "Flexibility dispatch optimiser",
            description="Linear program over forecasts, ratings and offered flexibility; no LLM.",
        )
    )

with tm.boundary("Control room network", trust=tg.Trust.RESTRICTED):
    # Where engineers review forecasts and approve or reject each recommended dispatch.
    console = tm.add(
        tg.Service(
            "Flexibility dispatch console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(note="who approved which dispatch, and when"),
                c.HumanInTheLoop(approver="duty control engineer"),
            },
        )
    )
    # Operates the network and owns each dispatch decision.
    engineer = tm.add(tg.Actor("Control engineer", role="control engineer"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes models; can change training code and configuration.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(historian, ingestion, telemetry, protocol="https", label="PI Web API pull")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(meter_feed, ingestion, feeder_consumption, protocol="sftp", label="daily file")
tm.flow(ingestion, feature_store, features)

tm.flow(data_scientist, training, training_config, protocol="https", label="git push")
tm.flow(feature_store, training, features, label="three-year history")
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promote version")

tm.flow(registry, forecast_job, artifact, label="load production model")
tm.flow(feature_store, forecast_job, features, label="latest features")
tm.flow(forecast_job, forecaster, features)
tm.flow(forecaster, forecast_job, forecast)
tm.flow(forecast_job, optimiser, forecast)

tm.flow(network_store, optimiser, network_ratings)
tm.flow(flex_platform, optimiser, offers, protocol="https")
tm.flow(optimiser, console, forecast, recommendation, protocol="https")
tm.flow(console, engineer, forecast, recommendation, protocol="https")
tm.flow(engineer, console, dispatch_approval, protocol="https")
tm.flow(
    console,
    flex_platform,
    dispatch_instruction,
    protocol="https",
    controls={c.Authentication(method="API key issued by the platform")},
)
tm.flow(flex_platform, console, dispatch_ack, protocol="https")
