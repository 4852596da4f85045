"""Smart parking occupancy and forecasts: the first design.

The city has fitted in-ground magnetometer sensors to on-street parking bays.
Each sensor sends an occupied/vacant event over LoRaWAN to a network operator,
whose network server posts the uplinks to our ingestion service in the city's
cloud tenancy; the service maps each sensor to its bay from the sensor registry
and writes the occupancy history. A nightly training pipeline builds features
from that history and a commercial weather feed and trains a gradient-boosted
occupancy forecast model, kept in a model registry. Every 15 minutes the model
forecasts occupancy per street for the next three hours. The public parking app
calls an open parking API for live availability and forecasts near the driver;
no account is needed. Traffic engineers manage sensors in an operations
dashboard. Controls: LoRaWAN payload encryption, an API key on the uplink
webhook, rate limiting on the public API, SSO with MFA for the dashboard.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Smart parking sensor occupancy forecast model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="City parking bay sensors feeding live availability and occupancy forecasts to a public app.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Bay sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor ID, occupied or vacant, timestamp, battery level.",
)
occupancy = tg.Data(
    "Bay occupancy history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
inventory = tg.Data(
    "Bay and sensor inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which sensor sits in which bay, bay restrictions and street geometry.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
training_set = tg.Data(
    "Occupancy training features", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecasts = tg.Data("Occupancy forecasts", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
live = tg.Data("Live bay availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
search = tg.Data(
    "Driver parking search",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The driver's current location or destination, sent from the app.",
)
api_logs = tg.Data(
    "API request logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="IP address, app instance ID and searched location per request.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("On-street", trust=tg.Trust.UNTRUSTED):
    # In-ground sensors, one per bay, physically reachable by anyone.
    sensors = tm.add(
        tg.Device(
            "Parking bay sensors",
            fleet=True,
            description="Battery-powered magnetometers glued into the bay surface.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public using the parking app; no sign-in.
    driver = tm.add(tg.Actor("Driver", role="app user"))

with tm.boundary("LoRaWAN network operator", trust=tg.Trust.PARTNER):
    # The operator's gateways and network server relay sensor uplinks to us.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Operator-run network and join server; forwards uplinks by webhook.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial hourly weather forecast, used as a model feature.
    weather_feed = tm.add(
        tg.DataSource("Weather forecast feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uplinks, resolves the bay and records the state change.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={tg.controls.Authentication(method="static API key in the webhook header")},
        )
    )
    # Which sensor is in which bay.
    registry_db = tm.add(tg.DataStore("Sensor registry", stores={inventory}))
    # Time series of bay states: the source for live availability and training.
    occupancy_db = tm.add(
        tg.DataStore(
            "Occupancy database",
            stores={occupancy, live},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Latest forecasts per street, read by the public API.
    forecast_store = tm.add(tg.DataStore("Forecast cache", stores={forecasts}))
    # Open API the public parking app calls.
    parking_api = tm.add(
        tg.Endpoint(
            "Public parking API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=120)},
        )
    )
    # Request logs of the public API, kept for troubleshooting and usage statistics.
    api_log_store = tm.add(tg.DataStore("API request log store", stores={api_logs}))
    # Engineers see sensor health and occupancy and edit the sensor registry.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={
                tg.controls.Authentication(method="city Entra ID SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Nightly job building features and retraining the forecast model.
        training = tm.add(tg.Pipeline("Nightly training pipeline", stage=tg.Stage.TRAINING))
        # Feature snapshots the model is trained on.
        dataset = tm.add(tg.Dataset("Occupancy training set", stores={training_set}))
        # Versions of the trained model; the batch scorer loads the latest.
        model_registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )
        # Batch forecaster run every 15 minutes.
        model = tm.add(
            tg.Model(
                "Occupancy forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="LightGBM per-street occupancy forecast for the next three hours.",
            )
        )

with tm.boundary("City corporate network", trust=tg.Trust.INTERNAL):
    # City staff who install, move and retire sensors.
    engineer = tm.add(tg.Actor("Traffic engineer", role="traffic engineer"))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(
    sensors,
    network_server,
    readings,
    protocol="lorawan",
    controls={tg.controls.EncryptionInTransit(protocol="LoRaWAN AES-128 payload encryption")},
)
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(registry_db, ingestion, inventory)
tm.flow(ingestion, occupancy_db, occupancy, live)

# training
tm.flow(occupancy_db, training, occupancy)
tm.flow(weather_feed, training, weather, protocol="https")
tm.flow(training, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, model_registry, model_artifact)
tm.flow(model_registry, model, model_artifact, label="load latest")

# forecasting
tm.flow(occupancy_db, model, occupancy, label="recent occupancy")
tm.flow(weather_feed, model, weather, protocol="https")
tm.flow(model, forecast_store, forecasts)

# public app
tm.flow(driver, parking_api, search, protocol="https")
tm.flow(occupancy_db, parking_api, live)
tm.flow(forecast_store, parking_api, forecasts)
tm.flow(parking_api, driver, live, forecasts, protocol="https")
tm.flow(parking_api, api_log_store, api_logs)

# operations
tm.flow(engineer, dashboard, inventory, protocol="https", label="sensor changes")
tm.flow(dashboard, engineer, inventory, occupancy, protocol="https")
tm.flow(dashboard, registry_db, inventory)
tm.flow(registry_db, dashboard, inventory)
tm.flow(occupancy_db, dashboard, occupancy)
