"""Moorland wildfire risk and ranger alerts: the first design, before any security review.

The national park authority predicts, every hour, how likely a fire is to start and
spread on each square kilometre of its upland peat moorland. Weather stations and
fuel moisture probes out on the open access land report over the mobile network and
LoRaWAN; visitor counters at car parks and path heads upload hourly counts. A sensor
ingestion service in the park's Azure tenancy stores these readings with the national
weather service's forecast. An hourly scoring job feeds a gradient-boosted risk model
and writes a risk map that rangers see in a web dashboard (park Microsoft 365 sign-in,
role-based access). When an area crosses the alert threshold, an alert dispatcher texts
the rangers on duty through an SMS provider and e-mails the fire and rescue service
control room. Rangers log fire incidents in the dashboard; each winter a retraining
pipeline learns from past readings and incidents and publishes a new model to a
registry. Stores use the platform's encryption at rest; the ingestion service rejects
payloads that do not match the device schemas.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Moorland wildfire risk and ranger alerts",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Hourly peat moorland fire risk from field sensors and forecasts, with SMS alerts "
        "to rangers and e-mail alerts to the fire and rescue service."
    ),
)

# ---------------------------------------------------------------- data assets
weather_readings = tg.Data(
    "Weather station readings",
    kind="records",
    description="Air temperature, relative humidity, wind speed and direction, rainfall.",
)
fuel_moisture = tg.Data(
    "Fuel moisture readings",
    kind="records",
    description="Moisture of heather, moor grass and the upper peat layer.",
)
visitor_counts = tg.Data(
    "Visitor counts",
    kind="records",
    description="Hourly counts of people passing each counter; no images, no identifiers.",
)
forecast_request = tg.Data("Forecast request", kind="records")
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    description="Hourly site-specific forecast for the park's grid squares, licensed data.",
)
feature_window = tg.Data(
    "Risk feature window",
    kind="features",
    description="Last 72 hours of readings, forecast for the next 24 hours, visitor pressure.",
)
risk_scores = tg.Data(
    "Fire risk scores",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
risk_map = tg.Data(
    "Moorland fire risk map",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
risk_alert = tg.Data(
    "Fire risk alert",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Grid squares over the threshold, risk band and the main drivers.",
)
ranger_contacts = tg.Data(
    "Ranger rota and phone numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
ranger_sms = tg.Data(
    "Ranger SMS alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The alert text and the duty rangers' mobile numbers.",
)
fire_service_alert = tg.Data(
    "Fire service risk alert",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
incident_reports = tg.Data(
    "Fire incident reports",
    kind="records",
    description="Location, time, area burned and suspected cause, logged by rangers.",
)
acknowledgements = tg.Data("Alert acknowledgements", kind="records")
alert_log = tg.Data("Alert log", kind="logs")
training_data = tg.Data(
    "Historical readings and fire incidents",
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Risk model artifact",
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Open moorland",
    trust=tg.Trust.UNTRUSTED,
    description="Open access land: the field devices stand where anyone can walk up to them.",
):
    # The main source of fire weather conditions at ground level on the moor.
    weather_stations = tm.add(
        tg.Device(
            "Weather stations",
            description="Twelve solar-powered automatic weather stations with cellular modems.",
        )
    )
    # Peat and vegetation dryness is the best predictor of how far a fire spreads.
    fuel_probes = tm.add(
        tg.Device(
            "Fuel moisture probes",
            description="Battery probes in heather and surface peat, reporting over LoRaWAN.",
        )
    )
    # Most moorland fires start near paths and car parks on busy dry days.
    visitor_counters = tm.add(
        tg.Device(
            "Visitor counters",
            description="Infrared path counters and car park loop counters.",
        )
    )

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Forecast conditions for the next day drive the look-ahead part of the risk.
    met_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The national weather service's site-specific forecast API, keyed.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Rangers are often out of data coverage; SMS reaches them on the hill.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Commercial bulk SMS API used by the park for staff messages.",
        )
    )

with tm.boundary("Field staff on the move", trust=tg.Trust.UNTRUSTED):
    # Rangers patrol high-risk areas, act on alerts and report fires.
    ranger = tm.add(tg.Actor("Ranger", role="park ranger"))

with tm.boundary("Fire and rescue service", trust=tg.Trust.PARTNER):
    # The fire service pre-positions crews and moorland units on very high risk days.
    fire_control = tm.add(tg.Actor("Fire service control room", role="fire control operator"))

with tm.boundary("Park Azure tenancy", trust=tg.Trust.INTERNAL):
    # One entry point for all field telemetry and the forecast pull.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            description="MQTT broker, LoRaWAN network server webhook and counter upload API.",
            controls={c.SchemaEnforcement(note="per-device payload schemas and value ranges")},
        )
    )
    # Time series of every reading and forecast, the scoring and training input.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={weather_readings, fuel_moisture, visitor_counts, forecast},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Operational records: rota, incidents, the published risk map and what was sent.
    ops_db = tm.add(
        tg.DataStore(
            "Park operations database",
            stores={ranger_contacts, incident_reports, risk_map, alert_log, acknowledgements},
            controls={
                c.EncryptionAtRest(key_management="platform-managed keys"),
                c.RBAC(),
            },
        )
    )
    # Builds the feature window each hour and asks the model for a risk per grid square.
    scoring_job = tm.add(
        tg.Service(
            "Hourly risk scoring job",
            description="Container job on a timer; writes the risk map and raises alerts.",
        )
    )
    # The model that turns conditions into a fire risk.
    risk_model = tm.add(
        tg.Model(
            "Wildfire risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability of a fire that needs a response, "
            "per 1 km grid square.",
        )
    )
    # Turns threshold crossings into messages for the people who act on them.
    dispatcher = tm.add(
        tg.Service(
            "Alert dispatcher",
            description="Sends ranger SMS and fire service e-mails; records each alert sent.",
            controls={c.AuditLogging()},
        )
    )
    # Where rangers see the map, acknowledge alerts and log incidents.
    dashboard = tm.add(
        tg.Service(
            "Ranger dashboard",
            description="Web app with the risk map, alert history and incident form.",
            controls={
                c.Authentication(method="park Microsoft 365 accounts via Entra ID single sign-on"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Retrains before each fire season on the latest history.
        retraining = tm.add(
            tg.Pipeline(
                "Seasonal retraining pipeline",
                stage=tg.Stage.TRAINING,
                description="Runs each winter; backtests against the last season before publishing.",
                controls={c.ModelValidation(note="backtest against last season's incidents")},
            )
        )
        # Holds the published model versions that scoring loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# field telemetry
tm.flow(weather_stations, ingestion, weather_readings, protocol="mqtts", label="every 10 minutes")
tm.flow(fuel_probes, ingestion, fuel_moisture, protocol="lorawan", label="hourly uplink")
tm.flow(visitor_counters, ingestion, visitor_counts, protocol="https", label="hourly upload")
tm.flow(ingestion, met_api, forecast_request, protocol="https")
tm.flow(met_api, ingestion, forecast, protocol="https")
tm.flow(ingestion, telemetry_db, weather_readings, fuel_moisture, visitor_counts, forecast)

# hourly scoring
tm.flow(telemetry_db, scoring_job, feature_window, label="hourly read")
tm.flow(scoring_job, risk_model, feature_window)
tm.flow(risk_model, scoring_job, risk_scores)
tm.flow(scoring_job, ops_db, risk_map)
tm.flow(scoring_job, dispatcher, risk_alert, label="threshold crossed")

# alerting
tm.flow(ops_db, dispatcher, ranger_contacts, label="duty rota lookup")
tm.flow(dispatcher, sms_gateway, ranger_sms, protocol="https")
tm.flow(sms_gateway, ranger, ranger_sms, protocol="sms")
tm.flow(dispatcher, fire_control, fire_service_alert, protocol="smtp+starttls")
tm.flow(dispatcher, ops_db, alert_log)

# dashboard
tm.flow(ranger, dashboard, incident_reports, acknowledgements, protocol="https")
tm.flow(dashboard, ranger, risk_map, protocol="https")
tm.flow(dashboard, ops_db, incident_reports, acknowledgements)
tm.flow(ops_db, dashboard, risk_map, alert_log)

# retraining
tm.flow(telemetry_db, retraining, training_data, label="season export")
tm.flow(ops_db, retraining, incident_reports, label="season export")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="load published version")
