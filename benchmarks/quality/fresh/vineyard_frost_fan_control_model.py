"""Vineyard frost fan control: the first design, before any security review.

Weather stations in each vineyard block measure air temperature at bud height and
higher up (to see the inversion), humidity and wind, and report every five minutes
over LoRaWAN to a gateway on the winery roof and a hosted LoRaWAN network server.
An ingestion service in the vineyard's cloud account stores the readings. Through
spring nights a forecast model, trained each winter on past seasons' readings and a
regional weather forecast, predicts each block's temperature for the next hours; the
frost control service starts a block's wind machines when frost is forecast there and
stops them when the air warms. Commands reach each wind machine's controller over
cellular MQTT with TLS. The vineyard manager gets a text message when machines start
and can start or stop them from a web dashboard. Each controller's own engine
protection and its local low-temperature auto-start remain as they came from the maker.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard frost fan control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Frost forecasts per vineyard block from field weather stations, switching the "
        "wind machines on and off at night."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Block sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature at two heights, humidity, wind speed, battery level.",
)
regional_forecast = tg.Data(
    "Regional weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Past seasons' readings",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Frost model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
block_forecast = tg.Data(
    "Block frost forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_command = tg.Data(
    "Wind machine start/stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data(
    "Wind machine status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running or stopped, engine hours, fuel level, faults.",
)
manager_override = tg.Data(
    "Manual start/stop request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
frost_alert = tg.Data(
    "Frost alert text message", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
manager_login = tg.Data("Dashboard login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Vineyard blocks", trust=tg.Trust.INTERNAL):
    # Solar-powered stations on posts in each block: the model's eyes on the ground.
    stations = tm.add(tg.Device("Block weather stations", fleet=True))
    # Propeller wind machines with diesel engines; one to three per block.
    wind_machines = tm.add(
        tg.Device(
            "Wind machine controllers",
            fleet=True,
            description="Maker's engine controller with a cellular modem.",
            controls={
                c.SafetyLimits(
                    limits="maker's controller stops the engine on low oil, overheat or "
                    "overspeed, and starts it by itself below 0.5 °C if no command arrives"
                )
            },
        )
    )

with tm.boundary("Winery building", trust=tg.Trust.INTERNAL):
    # Receives the stations' radio packets and forwards them over the winery broadband.
    gateway = tm.add(tg.Device("LoRaWAN gateway", fleet=False))

with tm.boundary("LoRaWAN provider", trust=tg.Trust.PARTNER):
    # Hosted network server that de-duplicates packets and forwards them to us.
    network_server = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service forecast API, polled hourly.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends text messages to the manager's phone at night.
    sms = tm.add(tg.ExternalService("SMS gateway"))
    # Looks after the blocks and the machines; on call through frost nights.
    manager = tm.add(tg.Actor("Vineyard manager", role="vineyard manager"))

with tm.boundary("Vineyard cloud account", trust=tg.Trust.INTERNAL):
    # Receives uplinks from the network server and writes them to the database.
    ingestion = tm.add(tg.Service("Telemetry ingestion service", controls={c.SchemaEnforcement()}))
    # All readings, kept for training and for the dashboard's charts.
    tsdb = tm.add(
        tg.DataStore(
            "Sensor time-series database", stores={readings, history, block_forecast, fan_status}
        )
    )
    # Runs each winter on the past seasons' readings and saves a new model file.
    training = tm.add(tg.Pipeline("Winter retraining job", stage=tg.Stage.TRAINING))
    # Object storage bucket holding the current and past model files.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # Gradient-boosted regressor predicting each block's temperature for the next six hours.
    frost_model = tm.add(
        tg.Model(
            "Frost forecast model",
            task=tg.Task.REGRESSOR,
            description="Predicts bud-height temperature per block from recent readings and the regional forecast.",
        )
    )
    # Decides every ten minutes which blocks' machines run, and sends the commands.
    control = tm.add(
        tg.Service(
            "Frost control service",
            description="Starts a block's machines when its forecast drops below 1 °C, stops them above 3 °C.",
        )
    )
    # Web dashboard for the manager: forecasts, machine status and manual start/stop.
    dashboard = tm.add(
        tg.Endpoint(
            "Grower dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    stations,
    gateway,
    readings,
    protocol="lorawan",
    controls={c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys"), c.MessageIntegrity()},
)
tm.flow(gateway, network_server, readings, protocol="udp", label="packet forwarder")
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, tsdb, readings)

tm.flow(tsdb, training, history, label="winter export")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, frost_model, model_file, label="loaded at start-up")

tm.flow(weather_api, control, regional_forecast, protocol="https")
tm.flow(tsdb, control, readings, label="latest readings")
tm.flow(control, frost_model, readings, regional_forecast)
tm.flow(frost_model, control, block_forecast)
tm.flow(control, tsdb, block_forecast, fan_status, label="forecast and status history")

tm.flow(control, wind_machines, fan_command, protocol="mqtt+tls", label="cellular")
tm.flow(wind_machines, control, fan_status, protocol="mqtt+tls", label="cellular")
tm.flow(control, sms, frost_alert, protocol="https")
tm.flow(sms, manager, frost_alert, protocol="sms")

tm.flow(manager, dashboard, manager_login, manager_override, protocol="https")
tm.flow(dashboard, manager, block_forecast, fan_status, protocol="https")
tm.flow(tsdb, dashboard, readings, block_forecast, fan_status)
tm.flow(dashboard, control, manager_override)
