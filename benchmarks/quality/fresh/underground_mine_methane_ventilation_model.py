"""Underground coal mine: methane forecasting and ventilation advice, first design.

Intrinsically safe methane and airflow sensors underground report over the
sensor network to the mine SCADA server on the surface, which writes readings
to the process historian. A ventilation advisor service reads recent readings,
asks an in-house model for the methane build-up expected over the next hour, and
recommends main and booster fan settings to the control room HMI. Operators
review them; the statutory mine manager signs off every change before the HMI
sends setpoints through SCADA to the fan drive PLC. Data scientists on the
corporate network retrain the model from historian exports and deploy it from a
model registry. Controls: domain logins, roles and a change log on the HMI, the
manager's sign-off, roles on the historian, registry versioning and a backtest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Underground mine methane ventilation model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts methane build-up from gas and airflow sensors and recommends "
        "ventilation fan settings to the control room, signed off by the mine manager."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Gas and airflow readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="CH4 %, CO, air velocity and barometric pressure per sensor, every 10 s.",
)
model_input = tg.Data(
    "Methane model input window",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Methane build-up forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Fan setting recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_off = tg.Data(
    "Ventilation change sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Statutory record of who approved which fan change and when.",
)
setpoints = tg.Data(
    "Fan setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data(
    "Fan status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Historian training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training notebooks and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Methane model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Underground sensor network", trust=tg.Trust.INTERNAL):
    # The gas and airflow monitors in the roadways and at the face: the model's eyes.
    sensors = tm.add(
        tg.Device(
            "Methane and airflow sensors",
            fleet=True,
            description="Intrinsically safe CH4, CO and anemometer heads on outstations.",
        )
    )
    # Drives the main and booster fans; the only thing that physically moves air.
    fan_plc = tm.add(
        tg.Device(
            "Fan drive PLC",
            fleet=False,
            description="PLC on the main fan VSDs and underground booster fans.",
        )
    )

with tm.boundary("Surface OT network", trust=tg.Trust.RESTRICTED):
    # Polls the outstations and relays setpoints to the fans.
    scada = tm.add(tg.Service("Mine SCADA server"))
    # Keeps the sensor history that the advisor and the training extract read.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={readings, fan_status, recommendation},
            controls={c.RBAC(note="engineering and read-only roles")},
        )
    )
    # Turns the forecast into concrete fan recommendations for the control room.
    advisor = tm.add(
        tg.Service(
            "Ventilation advisor service",
            description="Builds the input window, calls the model, derives fan settings.",
            controls={
                c.HumanInTheLoop(
                    approver="statutory mine manager",
                    note="recommendations are advisory; no change without sign-off",
                )
            },
        )
    )
    # Predicts methane concentration per district over the next hour.
    model = tm.add(
        tg.Model(
            "Methane forecasting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            controls={c.ModelValidation(note="backtested on past gas events before release")},
        )
    )

    with tm.boundary("Control room", trust=tg.Trust.RESTRICTED):
        # Where operators see recommendations and the manager signs off changes.
        hmi = tm.add(
            tg.Service(
                "Control room HMI",
                controls={
                    c.Authentication(method="Windows domain login"),
                    c.RBAC(note="operator and mine manager roles"),
                    c.AuditLogging(note="ventilation change log"),
                },
            )
        )
        # Watches the gas trends and proposes changes for sign-off.
        operator = tm.add(tg.Actor("Control room operator", role="operator"))
        # Statutory mine manager: legally accountable for ventilation changes.
        manager = tm.add(tg.Actor("Mine manager", role="statutory mine manager", privileged=True))

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Historian exports kept for retraining.
    dataset = tm.add(tg.Dataset("Gas event training set", stores={training_data}))
    # Retrains the model with open-source ML packages.
    training = tm.add(
        tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds released model versions for deployment to the OT network.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(sensors, scada, readings, protocol="modbus")
tm.flow(scada, historian, readings, fan_status, protocol="opc-ua")

# forecasting and advice
tm.flow(historian, advisor, readings, label="last 2 h of readings")
tm.flow(advisor, model, model_input)
tm.flow(model, advisor, forecast)
tm.flow(advisor, hmi, recommendation, forecast)
tm.flow(advisor, historian, recommendation, label="recommendation log")

# review and sign-off
tm.flow(hmi, operator, recommendation, forecast)
tm.flow(operator, hmi, setpoints, label="proposed change")
tm.flow(hmi, manager, recommendation, setpoints, label="change for sign-off")
tm.flow(manager, hmi, sign_off)

# actuation
tm.flow(hmi, scada, setpoints, label="approved setpoints")
tm.flow(scada, fan_plc, setpoints, protocol="modbus")
tm.flow(fan_plc, scada, fan_status, protocol="modbus")
tm.flow(scada, hmi, readings, fan_status, label="live trends")

# retraining
tm.flow(historian, dataset, training_data, protocol="https", label="weekly export")
tm.flow(dataset, training, training_data)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, protocol="https", label="deploy")
