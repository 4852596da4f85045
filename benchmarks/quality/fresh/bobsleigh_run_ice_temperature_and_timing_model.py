"""Bobsleigh run ice temperature and timing model: the first design, before any security review.

A sliding centre in the Alps (bobsleigh, luge and skeleton) wants to predict the
ice surface temperature of each curve for the next hours, and the run times it
will give, so that the ice master can set the refrigeration plant before training
sessions and races. Probes frozen into the ice and a track weather station report
to a gateway in the plant room; the vendor's timing computer in the finish house
reports start, split and finish times per athlete. Readings and times go to a
cloud telemetry database, where a weekly job retrains a gradient-boosted model
that then runs on an edge server at the track, with a commercial weather forecast.
The ice master sees the predictions on a console and pushes approved brine
setpoints to the refrigeration PLC; the PLC keeps its vendor's temperature limits.
Team coaches sign in to a web portal (e-mail and password) to see run times and the
ice forecast. Traffic to the cloud is HTTPS; the plant network speaks Modbus.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bobsleigh run ice temperature and timing model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ice temperature and run-time predictions guiding the refrigeration of a sliding track.",
)

# ---------------------------------------------------------------- data assets
ice_readings = tg.Data(
    "Ice surface temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_readings = tg.Data("Track weather station readings", kind="records")
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
run_times = tg.Data(
    "Run times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Athlete name, nation, sled, start number, start, split and finish times.",
)
history = tg.Data(
    "Telemetry and run-time history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_file = tg.Data("Ice model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
predictions = tg.Data(
    "Ice temperature and run-time predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
setpoints = tg.Data(
    "Brine temperature setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Refrigeration plant status", kind="records")
train_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
portal_login = tg.Data("Coach portal login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National team coaches follow their athletes' times and the ice forecast.
    coach = tm.add(tg.Actor("Team coach", role="coach"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial mountain forecast: air temperature, humidity, sun and snowfall.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Track site network", trust=tg.Trust.INTERNAL):
    # Probes frozen into the ice at each curve, wired to loggers along the track.
    probes = tm.add(tg.Device("Ice temperature probes", fleet=True))
    # Air temperature, humidity and solar radiation at the track.
    station = tm.add(tg.Device("Track weather station", fleet=False))
    # The timing vendor's computer in the finish house, fed by the photocells.
    timing = tm.add(tg.Device("Timing computer", fleet=False))
    # Collects readings and times in the plant room and forwards them to the cloud.
    gateway = tm.add(tg.Service("Telemetry gateway"))
    # Runs the current model every 15 minutes; kept at the track so it works offline.
    ice_model = tm.add(
        tg.Model(
            "Ice temperature and run-time model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; ice that is too cold makes the track too fast.",
        )
    )
    # The ice master's screen: predictions, plant status, setpoint changes.
    console = tm.add(
        tg.Service(
            "Ice master console",
            controls={
                tg.controls.HumanInTheLoop(approver="the ice master"),
                tg.controls.Authentication(method="local Windows account password"),
            },
        )
    )
    ice_master = tm.add(tg.Actor("Ice master", role="ice crew lead", privileged=True))

    with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
        # Drives the compressors and brine pumps of the track refrigeration.
        plc = tm.add(
            tg.Service(
                "Refrigeration PLC",
                controls={
                    tg.controls.SafetyLimits(limits="vendor-set brine range -18 to -4 °C"),
                },
            )
        )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Time-series database of every reading and run since the track opened.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={ice_readings, weather_readings, run_times, history, predictions},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Weekly job that rebuilds the model from the history.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Keeps each trained model by version for the edge server to pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Coaches' web portal with run times and the ice forecast.
    portal = tm.add(
        tg.Endpoint(
            "Coach portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Data science laptops", trust=tg.Trust.INTERNAL):
    data_scientist = tm.add(
        tg.Actor("Track data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(probes, gateway, ice_readings, protocol="modbus")
tm.flow(station, gateway, weather_readings, protocol="mqtt")
tm.flow(timing, gateway, run_times, protocol="tcp", label="result export")
tm.flow(gateway, telemetry_db, ice_readings, weather_readings, run_times, protocol="https")
tm.flow(gateway, ice_model, ice_readings, weather_readings, label="latest readings")
tm.flow(weather_api, ice_model, forecast, protocol="https")

tm.flow(telemetry_db, training, history)
tm.flow(training, registry, model_file)
tm.flow(
    data_scientist, training, train_config, protocol="https", label="feature and parameter changes"
)
tm.flow(registry, ice_model, model_file, protocol="https", label="edge server pulls latest")

tm.flow(ice_model, console, predictions)
tm.flow(ice_model, telemetry_db, predictions, protocol="https")
tm.flow(console, ice_master, predictions, plant_status, label="on the panel")
tm.flow(ice_master, console, setpoints, label="on the panel")
tm.flow(console, plc, setpoints, protocol="modbus")
tm.flow(plc, console, plant_status, protocol="modbus")

tm.flow(coach, portal, portal_login, protocol="https")
tm.flow(telemetry_db, portal, run_times, predictions)
tm.flow(portal, coach, run_times, predictions, protocol="https")
