"""Vineyard irrigation: the first design, before any security review.

A wine estate puts soil-moisture probes in each irrigation block and a weather station
on the hill. They report every 15 minutes over LoRaWAN to a gateway on the winery
roof, which forwards packets over 4G to a hosted LoRaWAN network server. An ingestion
job in the estate's cloud account takes the decoded readings from the network server
over MQTT and writes them to a time-series database. Each morning, and after rain, an
in-house model combines recent readings with a commercial weather forecast and
recommends per-block irrigation run times. A scheduling service turns these into
valve commands, sent back down through the network server to LoRaWAN valve
controllers, which apply them automatically. The vineyard manager sees schedules and
can override any block from a phone app. The scheduler rejects run times outside the
agronomist's per-block limits; the model is retrained each winter from the season's data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard irrigation",
    profile=tg.RiskProfile.LOW,
    description="Sensor-driven irrigation schedules applied automatically to vineyard valves.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Soil moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weather_obs = tg.Data(
    "Weather station observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Block moisture history",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-block moisture, rainfall and evapotranspiration for the last 14 days.",
)
recommendation = tg.Data(
    "Irrigation recommendation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
valve_command = tg.Data(
    "Valve command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open or close a valve, with a run time in minutes.",
)
valve_status = tg.Data("Valve status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_view = tg.Data(
    "Schedule and block status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
override = tg.Data("Manager override", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
training_history = tg.Data(
    "Season history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Irrigation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vineyard field", trust=tg.Trust.INTERNAL):
    # Capacitance probes at two depths in each irrigation block, battery powered.
    probes = tm.add(tg.Device("Soil moisture probes", fleet=True))
    # Rain, temperature, humidity, wind and solar radiation for evapotranspiration.
    station = tm.add(tg.Device("Weather station", fleet=False))
    # Class C LoRaWAN actuators on each block's solenoid valve.
    valves = tm.add(tg.Device("Valve controllers", fleet=True))

with tm.boundary("Winery building", trust=tg.Trust.INTERNAL):
    # Receives every LoRa frame in range and forwards it over 4G.
    gateway = tm.add(tg.Service("LoRaWAN gateway", description="Packet forwarder over a 4G modem."))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Hosted network server: device sessions, decoding and downlink queueing.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server", description="Hosted network and application server."
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast for the estate's coordinates, hourly for 7 days.
    forecast_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Decides when the estate overrides the schedule (frost, harvest, spraying days).
    manager = tm.add(tg.Actor("Vineyard manager", role="vineyard manager", privileged=True))

with tm.boundary("Estate cloud account", trust=tg.Trust.INTERNAL):
    # Subscribes to the network server's MQTT feed and stores decoded readings.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # All sensor history, per block, kept for the life of the vineyard.
    tsdb = tm.add(
        tg.DataStore(
            "Sensor time-series database",
            stores={readings, weather_obs, valve_status},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Recommends per-block run times from moisture history and the forecast.
    model = tm.add(
        tg.Model(
            "Irrigation recommendation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor of tomorrow's soil-water deficit per block.",
        )
    )
    # Turns recommendations and overrides into valve commands; enforces per-block limits.
    scheduler = tm.add(
        tg.Service(
            "Irrigation scheduler",
            controls={
                c.InputValidation(note="run times outside 0-180 min per block per day are rejected")
            },
        )
    )
    # Backend for the manager's phone app.
    app_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Winter retraining on the season's readings and irrigation outcomes.
    training = tm.add(
        tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained model version; the recommendation model loads the current one.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Uplink from the field
tm.flow(
    probes,
    gateway,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128"), c.MessageIntegrity()},
)
tm.flow(
    station,
    gateway,
    weather_obs,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128"), c.MessageIntegrity()},
)
tm.flow(
    valves,
    gateway,
    valve_status,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128"), c.MessageIntegrity()},
)
tm.flow(
    gateway,
    network_server,
    readings,
    weather_obs,
    valve_status,
    protocol="udp",
    label="Semtech packet forwarder",
)
tm.flow(
    network_server,
    ingestion,
    readings,
    weather_obs,
    valve_status,
    protocol="mqtts",
    controls={c.Authentication(method="network server API key")},
)
tm.flow(ingestion, tsdb, readings, weather_obs, valve_status)

# Daily recommendation
tm.flow(tsdb, model, features)
tm.flow(forecast_api, model, forecast, protocol="https")
tm.flow(registry, model, model_artifact, label="load current version")
tm.flow(model, scheduler, recommendation)

# Downlink to the valves
tm.flow(
    scheduler,
    network_server,
    valve_command,
    protocol="https",
    label="downlink queue API",
    controls={c.Authentication(method="network server API key")},
)
tm.flow(network_server, gateway, valve_command, protocol="udp", label="Semtech packet forwarder")
tm.flow(
    gateway,
    valves,
    valve_command,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128"), c.MessageIntegrity()},
)

# Manager's phone app
tm.flow(manager, app_api, override, protocol="https")
tm.flow(app_api, manager, schedule_view, protocol="https")
tm.flow(app_api, scheduler, override)
tm.flow(scheduler, app_api, schedule_view)
tm.flow(tsdb, app_api, readings, valve_status, label="block charts")

# Winter retraining
tm.flow(tsdb, training, training_history)
tm.flow(training, registry, model_artifact)
