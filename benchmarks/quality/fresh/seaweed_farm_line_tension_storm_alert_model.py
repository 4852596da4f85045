"""Seaweed farm storm alert model: the first design, before any security review.

A kelp farm in the Gulf of Maine grows seaweed on longlines moored about 2 km offshore.
Load cells on the longlines measure tension, and motion sensors in the marker buoys
measure heave. Both report over LoRa radio to a solar-powered gateway buoy, which
forwards batches over a cellular modem to an ingest endpoint in the farm's cloud account.
Each hour a scoring job combines recent tension and motion with a commercial marine
forecast. An in-house model estimates the risk of line overload over the next 48 hours.
Above the farm owner's threshold, the job texts the skipper through an SMS provider to
lower the lines before the storm. The skipper and owner use a web dashboard, signed in
with the farm's Google Workspace accounts, to see tension history and acknowledge alerts.
Each gateway has its own API key. Readings are range-checked on ingest. The model is
retrained each winter from the season's history and pinned by version in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seaweed farm line tension storm alert model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Hourly line-overload risk from tension, buoy motion and marine forecasts, "
        "texting the skipper to lower longlines before storms."
    ),
)

# ---------------------------------------------------------------- data assets
tension_readings = tg.Data(
    "Longline tension readings",
    kind="records",
    description="Load cell tension per longline, sampled every minute and batched.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
motion_readings = tg.Data(
    "Buoy motion readings",
    kind="records",
    description="Heave and tilt of the marker buoys from their motion sensors.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gateway_key = tg.Data("Gateway API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
marine_forecast = tg.Data(
    "Marine weather forecast",
    kind="records",
    description="Hourly wind, significant wave height and swell period for the site.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
storm_features = tg.Data("Storm risk features", kind="features")
risk_score = tg.Data("Line overload risk score", kind="model-output")
alert_sms = tg.Data(
    "Lower lines storm alert",
    kind="records",
    description="Text to the skipper: expected peak tension, storm timing, lines at risk.",
)
crew_contacts = tg.Data(
    "Crew phone numbers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
alert_thresholds = tg.Data("Alert thresholds", kind="records")
acknowledgement = tg.Data("Alert acknowledgement", kind="records")
history_view = tg.Data("Tension history view", kind="records")
promotion_approval = tg.Data("Model promotion approval", kind="records")
model_artifact = tg.Data(
    "Storm risk model artifact",
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site at sea", trust=tg.Trust.INTERNAL):
    # Load cells shackled into each longline's mooring leg.
    load_cells = tm.add(tg.Device("Longline load cells", fleet=True))
    # Motion sensors inside the marker buoys.
    motion_sensors = tm.add(tg.Device("Buoy motion sensors", fleet=True))
    # Solar buoy that collects LoRa packets and forwards them over cellular.
    gateway = tm.add(
        tg.Device(
            "Gateway buoy",
            fleet=False,
            description="LoRa receiver and cellular modem on a solar-powered buoy.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial marine forecast API for the farm's coordinates.
    forecast_api = tm.add(
        tg.ExternalService("Marine forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Receives alerts on a phone at sea or ashore; uses the dashboard.
    skipper = tm.add(tg.Actor("Skipper", role="farm skipper"))
    # Sets thresholds and crew numbers, approves each winter's retrained model.
    owner = tm.add(tg.Actor("Farm owner", role="farm owner", privileged=True))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the alert texts to the crew's phones.
    sms_provider = tm.add(tg.ExternalService("SMS provider"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Where the gateway posts its batches.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.SchemaEnforcement(note="tension and motion outside sensor ranges are rejected"),
            },
        )
    )
    # Time series of tension, motion and archived forecasts.
    timeseries = tm.add(
        tg.DataStore(
            "Sensor time-series database",
            stores={tension_readings, motion_readings, marine_forecast},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Thresholds and crew phone numbers the owner maintains.
    settings = tm.add(
        tg.DataStore("Alert settings store", stores={alert_thresholds, crew_contacts})
    )
    # Pulls the forecast, builds features, scores and sends alerts.
    scoring_job = tm.add(
        tg.Service(
            "Hourly storm scoring job",
            description="Fetches the forecast, builds features, calls the model and texts above threshold.",
        )
    )
    # Predicts the chance of line overload in the next 48 hours.
    risk_model = tm.add(
        tg.Model(
            "Storm line overload model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient boosting over tension, buoy motion and forecast features.",
        )
    )
    # History, current risk and alert acknowledgement for the crew.
    dashboard = tm.add(
        tg.Endpoint(
            "Farm dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )
    # Winter retraining on the season's tension and forecast history.
    training = tm.add(tg.Pipeline("Winter retraining pipeline", stage=tg.Stage.TRAINING))
    # Holds model versions; the scoring job loads the pinned one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(note="scoring job loads a pinned version")},
        )
    )

# ---------------------------------------------------------------- flows
# Telemetry from the site
tm.flow(load_cells, gateway, tension_readings, protocol="lora", label="LoRa radio")
tm.flow(motion_sensors, gateway, motion_readings, protocol="lora", label="LoRa radio")
tm.flow(
    gateway,
    ingest,
    tension_readings,
    motion_readings,
    gateway_key,
    protocol="https",
    label="batches over cellular modem",
)
tm.flow(ingest, timeseries, tension_readings, motion_readings)

# Hourly scoring and alerting
tm.flow(forecast_api, scoring_job, marine_forecast, protocol="https")
tm.flow(scoring_job, timeseries, marine_forecast, label="forecast archive")
tm.flow(timeseries, scoring_job, tension_readings, motion_readings, label="last 24 hours")
tm.flow(settings, scoring_job, alert_thresholds, crew_contacts)
tm.flow(scoring_job, risk_model, storm_features)
tm.flow(risk_model, scoring_job, risk_score)
tm.flow(scoring_job, sms_provider, alert_sms, crew_contacts, protocol="https")
tm.flow(sms_provider, skipper, alert_sms, protocol="sms")

# Dashboard
tm.flow(timeseries, dashboard, tension_readings, motion_readings, marine_forecast)
tm.flow(scoring_job, dashboard, risk_score, alert_sms, label="latest risk and alerts")
tm.flow(dashboard, skipper, history_view, risk_score, protocol="https")
tm.flow(skipper, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, owner, history_view, risk_score, protocol="https")
tm.flow(owner, dashboard, alert_thresholds, crew_contacts, protocol="https")
tm.flow(dashboard, settings, alert_thresholds, crew_contacts)

# Winter retraining
tm.flow(
    timeseries, training, tension_readings, motion_readings, marine_forecast, label="season export"
)
tm.flow(training, registry, model_artifact)
tm.flow(owner, registry, promotion_approval, protocol="https", label="approves new version")
tm.flow(registry, risk_model, model_artifact, label="load pinned version")
