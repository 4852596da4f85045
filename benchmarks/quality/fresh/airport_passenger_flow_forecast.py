"""Airport passenger flow forecast: the first design, before any security review.

A European hub airport counts passengers at check-in and the security checkpoints
with ceiling-mounted people-counting sensors and with Wi-Fi probe counts taken from
the terminal Wi-Fi controller (MAC addresses are hashed with a daily salt there).
An ingestion job in the airport's cloud data platform stores the counts; a forecast
service combines them with the flight schedule from the airport operational
database (AODB) and asks an in-house gradient-boosted model for queue times over
the next two hours. Waits are shown on the terminal's public screens and, through
a public wait-time API behind the CDN, in the airport app. Every 15 minutes the
service sends lane staffing recommendations to the security contractor's
rostering system, which returns the lanes actually staffed. Duty managers see the
forecasts on an SSO-protected dashboard. The model is retrained weekly from the
count history and published to a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport passenger flow forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Queue-time forecasts for check-in and security, shown to passengers "
    "and sent as staffing recommendations to the security contractor.",
)

# ---------------------------------------------------------------- data assets
sensor_counts = tg.Data(
    "Sensor passenger counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-zone entry/exit counts every 30 seconds from ceiling sensors.",
)
wifi_probes = tg.Data(
    "Wi-Fi probe counts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-zone device sightings with salted-hash MAC addresses and dwell times.",
)
count_history = tg.Data(
    "Passenger count history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Sensor counts and hashed Wi-Fi sightings, kept for model training.",
)
flight_schedule = tg.Data(
    "Flight schedule and load factors",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Departures, gates, stands and expected passenger numbers from the AODB.",
)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
queue_forecast = tg.Data(
    "Queue-time forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
public_waits = tg.Data(
    "Published wait times", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
wait_request = tg.Data("Wait-time request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
staffing_recs = tg.Data(
    "Lane staffing recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
staffed_lanes = tg.Data(
    "Staffed lanes plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which security lanes the contractor has staffed, per 15-minute slot.",
)
manager_override = tg.Data(
    "Operational overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lane closures, disruption flags and manual adjustments from duty managers.",
)
model_artifact = tg.Data(
    "Queue model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers read waits in the airport app; anyone can call the same API.
    passenger = tm.add(tg.Actor("Passenger (airport app)", role="passenger"))

with tm.boundary("Terminal OT network", trust=tg.Trust.INTERNAL):
    # The source of truth for counts: people-counting sensors above each queue.
    ceiling_sensors = tm.add(
        tg.Device(
            "Ceiling people-counting sensors",
            fleet=True,
            description="Stereo-vision counters above check-in rows and security lanes; "
            "they emit counts only, no images.",
        )
    )
    # Complements the sensors with dwell times; hashes MACs before export.
    wifi_controller = tm.add(
        tg.DataSource(
            "Terminal Wi-Fi controller",
            origin=tg.Origin.INTERNAL,
            provides={wifi_probes},
            description="Vendor Wi-Fi controller exporting per-zone probe sightings.",
            controls={c.DataMinimization(note="MAC addresses hashed with a daily rotating salt")},
        )
    )
    # Where waits are shown in the terminal.
    display_screens = tm.add(
        tg.Device(
            "Public wait-time screens",
            fleet=True,
            description="Signage players at check-in and before security showing waits.",
        )
    )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # Flight schedule and expected loads drive the forecast.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database (AODB)",
            origin=tg.Origin.INTERNAL,
            provides={flight_schedule},
        )
    )
    # Terminal duty managers watch forecasts and enter disruptions.
    duty_manager = tm.add(tg.Actor("Terminal duty manager", role="operations staff"))

with tm.boundary("Airport cloud data platform", trust=tg.Trust.INTERNAL):
    # Receives sensor and Wi-Fi feeds and writes them to the count store.
    ingestion = tm.add(
        tg.Pipeline(
            "Count ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects messages not matching the count schema")},
        )
    )
    # Time-series history used both for live forecasting and for training.
    count_store = tm.add(
        tg.DataStore(
            "Passenger count store",
            stores={count_history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every 5 minutes: builds features, calls the model, publishes results.
    forecast_service = tm.add(
        tg.Service(
            "Forecast service",
            description="Builds features, scores the model, publishes waits and staffing.",
        )
    )
    # The queue-time regressor.
    queue_model = tm.add(
        tg.Model(
            "Queue-time model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts minutes of wait per queue for the next 2 hours.",
        )
    )
    # Weekly retraining from the count history and past schedules.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Holds model versions that the forecast service loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Public API DMZ", trust=tg.Trust.INTERNAL):
    # What the airport app calls for current and forecast waits.
    wait_api = tm.add(
        tg.Endpoint(
            "Public wait-time API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Read-only JSON API behind the airport's CDN.",
            controls={c.RateLimiting(requests_per_minute=120, note="CDN per-IP quota")},
        )
    )

with tm.boundary("Security contractor", trust=tg.Trust.PARTNER):
    # The contractor's own workforce system, which plans screeners per lane.
    rostering = tm.add(
        tg.ExternalService(
            "Contractor rostering system",
            provides=tg.ExternalCategory.GENERIC,
            description="SaaS rostering used by the security screening contractor.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ceiling_sensors, ingestion, sensor_counts, protocol="mqtt")
tm.flow(wifi_controller, ingestion, wifi_probes, protocol="https")
tm.flow(ingestion, count_store, count_history)

tm.flow(count_store, forecast_service, count_history, label="last 2 hours of counts")
tm.flow(aodb, forecast_service, flight_schedule, protocol="https")
tm.flow(forecast_service, queue_model, forecast_features)
tm.flow(queue_model, forecast_service, queue_forecast)

tm.flow(forecast_service, display_screens, public_waits, protocol="http")
tm.flow(forecast_service, wait_api, public_waits)
tm.flow(passenger, wait_api, wait_request, protocol="https")
tm.flow(wait_api, passenger, public_waits, protocol="https")

tm.flow(
    forecast_service,
    rostering,
    staffing_recs,
    protocol="https",
    controls={c.Authentication(method="API key issued by the contractor")},
)
tm.flow(
    rostering,
    forecast_service,
    staffed_lanes,
    protocol="https",
    controls={c.Authentication(method="API key issued by the contractor")},
)

tm.flow(
    forecast_service,
    duty_manager,
    queue_forecast,
    staffing_recs,
    protocol="https",
    label="ops dashboard",
    controls={c.Authentication(method="airport SSO (SAML)")},
)
tm.flow(
    duty_manager,
    forecast_service,
    manager_override,
    protocol="https",
    controls={c.Authentication(method="airport SSO (SAML)")},
)

tm.flow(count_store, training, count_history)
tm.flow(aodb, training, flight_schedule, protocol="https", label="historical schedules")
tm.flow(training, registry, model_artifact)
tm.flow(registry, queue_model, model_artifact, label="load on deploy")
