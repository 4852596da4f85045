"""Ice rink refrigeration control: the first design, before any security review.

A municipal ice rink wants ice that is ready (hard, at the right temperature)
for each event without running the ammonia compressors flat out all day.
Infrared ice-surface sensors and brine supply/return temperature probes are wired
to the plant PLC on the rink's plant-room network. An edge gateway on the rink's
site network polls the PLC over Modbus TCP and uploads telemetry over HTTPS to
our cloud tenant, where an in-house regression model predicts ice quality a few
hours ahead. A setpoint planner combines those predictions with the event
schedule and a weather forecast and publishes compressor stages and brine pump
setpoints, which the gateway pulls and writes back to the PLC. The PLC rejects
setpoints outside the plant's engineered range. The facility manager edits the
event schedule and overrides setpoints from a web dashboard (e-mail and password
sign-in). A weekly job retrains the model from stored telemetry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ice rink refrigeration control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts ice quality from surface and brine temperatures and drives the "
        "ammonia refrigeration plant ahead of scheduled events."
    ),
)

# ---------------------------------------------------------------- data assets
ice_temps = tg.Data(
    "Ice surface temperatures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
brine_temps = tg.Data(
    "Brine supply and return temperatures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data(
    "Compressor and pump status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running state, stage, suction pressure and fault flags.",
)
telemetry = tg.Data(
    "Plant telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="One-minute samples of all temperatures and plant status for the rink.",
)
training_history = tg.Data(
    "Telemetry history for training",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data("Ice model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Ice quality forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted surface temperature and hardness for the next six hours.",
)
setpoints = tg.Data(
    "Refrigeration setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Compressor stages, brine supply temperature and pump speeds.",
)
actuator_commands = tg.Data(
    "Compressor and pump commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule = tg.Data(
    "Event schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Games, public skates, figure skating sessions and resurfacing times.",
)
overrides = tg.Data(
    "Manual setpoint overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
dashboard_view = tg.Data(
    "Dashboard view",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current temperatures, forecasts, planned setpoints and schedule.",
)
model_file = tg.Data(
    "Ice quality model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A joblib-dumped gradient-boosted regressor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Changes the event schedule and overrides setpoints, from the office or from home.
    manager = tm.add(tg.Actor("Facility manager", role="facility manager", privileged=True))
    # Hourly temperature and humidity forecast; warm humid days load the plant.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Rink site network", trust=tg.Trust.INTERNAL):
    # The only box on site that talks to the cloud; bridges it to the plant network.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Industrial PC that polls the PLC and pulls the setpoint plan.",
            controls={
                tg.controls.Authentication(method="per-site API key"),
            },
        )
    )

    with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
        # Infrared sensors over the ice sheet: what the skaters actually feel.
        ice_sensors = tm.add(tg.Device("Ice surface temperature sensors", fleet=True))
        # Probes on the brine supply and return headers.
        brine_sensors = tm.add(tg.Device("Brine temperature sensors", fleet=True))
        # Runs the refrigeration logic and the plant's own safety trips.
        plc = tm.add(
            tg.Service(
                "Plant controller",
                description="PLC that stages compressors and drives the brine pumps.",
                controls={
                    tg.controls.InputValidation(
                        note="setpoints outside the engineered min/max range are rejected"
                    ),
                },
            )
        )
        # The ammonia compressors and brine circulation pumps the PLC switches.
        plant = tm.add(tg.Device("Compressors and brine pumps", fleet=False))

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Where the facility manager works; reachable from anywhere.
    dashboard = tm.add(
        tg.Endpoint(
            "Facility web dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Decides what the plant should do ahead of each event.
    planner = tm.add(
        tg.Service(
            "Setpoint planner",
            description="Chooses setpoints from the forecast, the schedule and the weather.",
        )
    )
    # Predicts ice quality from recent telemetry.
    ice_model = tm.add(
        tg.Model(
            "Ice quality model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Forecasts surface temperature and hardness six hours ahead.",
        )
    )
    # Time-series history of everything the gateway uploads.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Events and resurfacing times that the plan works towards.
    schedule_db = tm.add(tg.DataStore("Schedule database", stores={schedule, overrides}))
    # Weekly retraining on the latest season of telemetry.
    retraining = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Holds the current and previous model files.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# Plant floor
tm.flow(ice_sensors, plc, ice_temps, protocol="modbus")
tm.flow(brine_sensors, plc, brine_temps, protocol="modbus")
tm.flow(plc, plant, actuator_commands, protocol="modbus")
tm.flow(plant, plc, plant_status, protocol="modbus")
tm.flow(plc, gateway, ice_temps, brine_temps, plant_status, protocol="modbus", label="polled")
tm.flow(gateway, plc, setpoints, protocol="modbus", label="setpoint writes")

# Site to cloud
tm.flow(gateway, telemetry_db, telemetry, protocol="https", label="telemetry upload")
tm.flow(planner, gateway, setpoints, protocol="https", label="setpoint plan, pulled by the gateway")

# Prediction and planning
tm.flow(telemetry_db, planner, telemetry)
tm.flow(planner, ice_model, features)
tm.flow(ice_model, planner, prediction)
tm.flow(schedule_db, planner, schedule, overrides)
tm.flow(weather, planner, forecast, protocol="https")

# Facility manager
tm.flow(manager, dashboard, schedule, overrides, protocol="https")
tm.flow(dashboard, manager, dashboard_view, protocol="https")
tm.flow(dashboard, schedule_db, schedule, overrides)
tm.flow(schedule_db, dashboard, schedule, overrides)
tm.flow(telemetry_db, dashboard, telemetry)
tm.flow(planner, dashboard, prediction, setpoints, label="planned setpoints")

# Retraining
tm.flow(telemetry_db, retraining, training_history)
tm.flow(retraining, model_bucket, model_file)
tm.flow(model_bucket, ice_model, model_file, label="loaded at start-up")
