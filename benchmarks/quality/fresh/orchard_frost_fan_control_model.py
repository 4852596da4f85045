"""Orchard frost fan control: the first design, before any security review.

A fruit grower runs engine-driven wind machines (frost fans) across the blocks of an
orchard. Weather stations in the blocks report temperature, humidity and wind over
LoRaWAN to a field gateway, which forwards them to a cloud ingestion service. A frost
risk model predicts each block's minimum temperature for the next hours from that
telemetry and a commercial weather forecast; a fan control service turns the prediction
into start and stop commands, sent back through the gateway to the fan controllers.
The grower watches the orchard in a phone app, sets start thresholds and can start or
stop fans by hand. A training pipeline refits the model each season from the stored
telemetry and publishes it to a model registry that the model loads from.
Controls in this design: app sign-in, TLS to the cloud, LoRaWAN's own AES session keys
in the field, encryption at rest of telemetry, versioned models, and the fan controllers'
built-in engine protection.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard frost fan control model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts frost per orchard block and starts and stops the wind machines.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Weather station readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
features = tg.Data("Block frost features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
prediction = tg.Data(
    "Predicted block minimum temperature",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
)
fan_command = tg.Data(
    "Fan start/stop command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data("Fan status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
grower_login = tg.Data(
    "Grower account sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
settings = tg.Data(
    "Thresholds and manual fan override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dashboard = tg.Data(
    "Orchard status and frost alerts", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
history = tg.Data("Telemetry history", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data")
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
artifact = tg.Data("Frost model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The orchard owner or farm manager, on call through frost nights.
    grower = tm.add(tg.Actor("Grower", role="farm manager"))
    # Phone app for the dashboard, alerts, thresholds and manual start/stop.
    app = tm.add(tg.Device("Grower phone app", fleet=False))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial hourly forecast API, polled every 30 minutes.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Orchard field network", trust=tg.Trust.INTERNAL):
    # Solar-powered stations in each block; one per two or three fans.
    stations = tm.add(tg.Device("Block weather stations"))
    # LoRaWAN gateway on the packing shed with a cellular uplink to the cloud.
    gateway = tm.add(
        tg.Service(
            "Field LoRaWAN gateway",
            description="Bridges LoRaWAN in the orchard to MQTT over the cellular uplink.",
        )
    )
    # Controller on each wind machine: starts the engine, brings it to speed, stops it.
    fans = tm.add(
        tg.Device(
            "Frost fan controllers",
            description="Vendor controller on each engine-driven wind machine.",
            controls={
                c.SafetyLimits(
                    limits="controller shuts the engine down on low oil pressure, overheat or overspeed"
                )
            },
        )
    )

with tm.boundary("Farm cloud", trust=tg.Trust.INTERNAL):
    # Receives gateway MQTT messages and writes them to the telemetry database.
    ingestion = tm.add(tg.Service("Telemetry ingestion service"))
    # Time-series store of station readings and fan status.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={readings, fan_status, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Gradient-boosted regressor: minimum temperature per block for the next 6 hours.
    frost_model = tm.add(
        tg.Model(
            "Frost risk model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="A missed frost night can cost the season's crop.",
        )
    )
    # Every 10 minutes: builds features, asks the model, compares with thresholds, commands fans.
    control = tm.add(tg.Service("Fan control service"))
    # Backend for the phone app.
    farm_api = tm.add(
        tg.Endpoint(
            "Farm app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Refits the model before each frost season from the past seasons' telemetry.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the model service loads the version marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Agtech vendor office", trust=tg.Trust.INTERNAL):
    # The vendor's data scientist who maintains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
lorawan = c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys")

# telemetry
tm.flow(stations, gateway, readings, protocol="lorawan", controls={lorawan})
tm.flow(gateway, ingestion, readings, fan_status, protocol="mqtts")
tm.flow(ingestion, telemetry_db, readings, fan_status)

# frost prediction and fan control
tm.flow(weather_api, control, forecast, protocol="https")
tm.flow(telemetry_db, control, readings)
tm.flow(control, frost_model, features)
tm.flow(frost_model, control, prediction)
tm.flow(control, gateway, fan_command, protocol="mqtts")
tm.flow(gateway, fans, fan_command, protocol="lorawan", controls={lorawan})
tm.flow(fans, gateway, fan_status, protocol="lorawan", controls={lorawan})

# grower app
tm.flow(grower, app, grower_login, settings)
tm.flow(app, farm_api, grower_login, settings, protocol="https")
tm.flow(farm_api, control, settings)
tm.flow(telemetry_db, farm_api, readings, fan_status)
tm.flow(control, farm_api, prediction)
tm.flow(farm_api, app, dashboard, protocol="https")
tm.flow(app, grower, dashboard)

# model lifecycle
tm.flow(telemetry_db, training, history)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, frost_model, artifact, label="load current version")
