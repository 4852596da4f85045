"""Asphalt plant mix temperature control: the first design, before any security review.

An asphalt plant heats and dries aggregate in a drum dryer fired by a gas burner;
the mix must leave the drum within a narrow temperature band. A setpoint service
on the plant's control-room server reads live aggregate moisture, feed rate, burner
state and discharge temperature from the plant PLC over OPC UA, fetches the hourly
forecast from a weather API, and runs an in-house regression model that predicts
mix discharge temperature. Every few seconds it writes a new dryer burner setpoint
to the PLC, which drives the burner; the burner management system keeps its own
flame safeguard and high-temperature limits. Operators watch the process on the
control-room HMI and can override the setpoint or switch the loop to manual.
Readings, predictions and setpoints go to the process historian; a training
pipeline in the company cloud retrains the model monthly from historian exports,
and a process engineer promotes new versions from the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Asphalt plant mix temperature control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "A model predicts asphalt mix temperature and sets the dryer burner setpoint "
        "through the plant PLC automatically; operators can override from the control room."
    ),
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data(
    "Aggregate moisture reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
mix_temp = tg.Data(
    "Mix discharge temperature",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
burner_status = tg.Data(
    "Burner status",
    kind="records",
    description="Flame proven, firing rate and exhaust temperature.",
)
process_values = tg.Data(
    "Live process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Moisture, feed rate, burner state, discharge temperature and loop mode.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Ambient temperature, humidity, wind and rain for the plant's location.",
)
features = tg.Data("Temperature model features", kind="features")
prediction = tg.Data(
    "Predicted mix temperature",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint = tg.Data(
    "Burner setpoint",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Dryer burner temperature setpoint written to the PLC every few seconds.",
)
firing_command = tg.Data(
    "Burner firing command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Operator override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Manual setpoint or auto/manual switch of the burner loop.",
)
hmi_view = tg.Data("Process display", kind="records", description="Trends, setpoint, loop mode.")
history = tg.Data(
    "Process history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Readings, forecasts, predictions, setpoints and overrides over time.",
)
training_config = tg.Data("Training configuration", kind="instructions")
weights = tg.Data(
    "Temperature model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A scikit-learn gradient-boosting regressor saved with joblib.",
)
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant floor", trust=tg.Trust.RESTRICTED):
    # Microwave moisture probe on the cold-feed belt: the main disturbance input.
    moisture_probe = tm.add(tg.Device("Aggregate moisture probe", fleet=False))
    # Infrared pyrometer at the drum discharge chute: the controlled variable.
    pyrometer = tm.add(tg.Device("Discharge temperature pyrometer", fleet=False))
    # The gas burner on the drum dryer, with its burner management system.
    burner = tm.add(
        tg.Device(
            "Dryer burner",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="burner management system: flame safeguard, "
                    "high exhaust and drum temperature limits trip the burner"
                )
            },
        )
    )
    # The plant's existing PLC runs the burner loop and accepts a remote setpoint.
    plc = tm.add(
        tg.Service(
            "Plant control PLC",
            description="Runs the burner temperature loop; remote setpoint in auto mode.",
        )
    )

with tm.boundary("Control room network", trust=tg.Trust.INTERNAL):
    # Operators run the plant from here.
    operator = tm.add(tg.Actor("Plant operator", role="control room operator"))
    # The SCADA screens: process view, setpoint override and auto/manual switch.
    hmi = tm.add(tg.Service("Control room HMI"))
    # Stores everything the plant and the model see and do.
    historian = tm.add(tg.DataStore("Process historian", stores={history}))
    # Reads the PLC, calls the model and writes the burner setpoint.
    setpoint_service = tm.add(
        tg.Service(
            "Burner setpoint service",
            description="On the control-room server; loop period a few seconds.",
        )
    )
    # The model that predicts mix temperature from moisture, burner and weather.
    temp_model = tm.add(
        tg.Model(
            "Mix temperature model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts discharge temperature a few minutes ahead.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ambient temperature and rain change how much heat the drum needs.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Monthly retraining from historian exports.
    training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Versions of the trained model the setpoint service can load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: sets up training and promotes versions to the plant.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Field signals into and out of the PLC (hard-wired 4-20 mA).
tm.flow(moisture_probe, plc, moisture)
tm.flow(pyrometer, plc, mix_temp)
tm.flow(plc, burner, firing_command)
tm.flow(burner, plc, burner_status)

# The automatic setpoint loop.
tm.flow(plc, setpoint_service, process_values, protocol="opc-ua")
tm.flow(setpoint_service, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, setpoint_service, forecast, protocol="https")
tm.flow(setpoint_service, temp_model, features)
tm.flow(temp_model, setpoint_service, prediction)
tm.flow(setpoint_service, plc, setpoint, protocol="opc-ua", label="remote setpoint")

# Operators watch and override.
tm.flow(plc, hmi, process_values, setpoint, protocol="opc-ua")
tm.flow(hmi, operator, hmi_view)
tm.flow(operator, hmi, override)
tm.flow(hmi, plc, override, protocol="opc-ua")

# History and retraining.
tm.flow(plc, historian, process_values, protocol="opc-ua")
tm.flow(setpoint_service, historian, history, label="forecasts, predictions, setpoints")
tm.flow(historian, training, history, protocol="https", label="monthly export")
tm.flow(engineer, training, training_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, temp_model, weights, protocol="https", label="model load")
