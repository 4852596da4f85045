"""Steel mill ladle temperature model: the first design, before any security review.

At the ladle furnace, the operator has to decide how long to reheat each heat
before it goes to the caster. Today that is judged from the last thermocouple
dip. A regression model will predict the steel temperature in the ladle from
the dip readings and the furnace data (arc energy, power-on time, argon
stirring, alloy additions, ladle age) collected by the Level 2 process computer
and kept in the plant historian. A prediction service on the plant operations
network scores each active heat and shows the predicted temperature and a
suggested reheat time on the ladle furnace HMI; the operator still sets the
reheat on the HMI, and the furnace PLC keeps its own power and interlock limits.
The model is retrained monthly on the enterprise data-science servers from
historian exports, checked against held-out heats and released by a process
data scientist.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Steel mill ladle temperature model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts ladle steel temperature and advises the operator on reheat time.",
)

# ---------------------------------------------------------------- data assets
dip_readings = tg.Data(
    "Thermocouple dip readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Dip temperature, oxygen activity, heat number and time of dip.",
)
furnace_data = tg.Data(
    "Furnace process data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Arc energy, power-on time, tap position, argon flow, alloy additions, ladle id and age.",
)
heat_history = tg.Data(
    "Heat history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Time series of every heat's process data and dips, as kept in the historian.",
)
model_features = tg.Data(
    "Ladle temperature features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Predicted temperature and reheat advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoint = tg.Data(
    "Reheat time and power setpoint", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_set = tg.Data(
    "Historical heats training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Ladle temperature model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the training environment gets its open-source libraries.
    pypi = tm.add(
        tg.ExternalService("Python package index", provides=tg.ExternalCategory.PACKAGE_REGISTRY)
    )

with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Immersion thermocouple system at the ladle furnace: the measured temperature.
    probe = tm.add(
        tg.Device(
            "Thermocouple dip probe system",
            fleet=False,
            description="Lance-mounted immersion probe and its signal processor.",
        )
    )
    # Runs the ladle furnace: electrodes, transformer, argon stirring, alloy feeders.
    plc = tm.add(
        tg.Service(
            "Ladle furnace PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps arc power and reheat duration and enforces electrode and roof interlocks"
                )
            },
        )
    )
    # Level 2 process computer: tracks heats and collects probe and furnace data.
    level2 = tm.add(tg.Service("Level 2 process computer"))
    # Operator screens in the ladle furnace pulpit.
    hmi = tm.add(
        tg.Service(
            "Ladle furnace HMI",
            controls={c.Authentication(method="shared pulpit operator account per shift crew")},
        )
    )
    # The person who decides and sets the reheat.
    operator = tm.add(tg.Actor("Ladle furnace operator", role="furnace operator"))

with tm.boundary("Plant operations network", trust=tg.Trust.INTERNAL):
    # Plant historian: long-term store of all process time series.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={heat_history},
            controls={c.RBAC(note="read access by AD group")},
        )
    )
    # Scores each active heat every 30 seconds and pushes advice to the HMI.
    predictor = tm.add(
        tg.Service(
            "Temperature prediction service",
            description="Builds features for each active heat from the historian and calls the model.",
            controls={
                c.InputValidation(note="range and staleness checks on dip and furnace readings"),
                c.FailClosed(fallback="HMI shows no advice and the operator takes a fresh dip"),
                c.HumanInTheLoop(
                    approver="ladle furnace operator",
                    note="advice only; the operator enters every reheat on the HMI",
                ),
            },
        )
    )
    # The temperature regressor loaded by the prediction service.
    model = tm.add(
        tg.Model(
            "Ladle temperature model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regression of steel temperature from the last dip and furnace energy input.",
        )
    )

with tm.boundary("Enterprise data science", trust=tg.Trust.INTERNAL):
    # Monthly export of finished heats from the historian.
    export_job = tm.add(tg.Pipeline("Monthly heat export job", stage=tg.Stage.INGESTION))
    # Finished heats with their measured temperatures, for training and backtesting.
    dataset = tm.add(tg.Dataset("Historical heats dataset", stores={training_set}))
    # Monthly retraining and backtest on held-out heats.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest error on held-out heats must not worsen")},
        )
    )
    # Versions of the trained model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Builds, checks and releases the model.
    data_scientist = tm.add(
        tg.Actor("Process data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# measurement and process data
tm.flow(probe, level2, dip_readings, protocol="opc-ua")
tm.flow(plc, level2, furnace_data, protocol="opc-ua")
tm.flow(level2, historian, dip_readings, furnace_data, protocol="opc-ua")

# prediction and advice
tm.flow(historian, predictor, heat_history, protocol="https", label="latest values of active heats")
tm.flow(predictor, model, model_features)
tm.flow(model, predictor, advice)
tm.flow(predictor, hmi, advice, protocol="opc-ua")
tm.flow(hmi, operator, advice, label="on the pulpit screen")
tm.flow(operator, hmi, setpoint, label="at the pulpit console")
tm.flow(hmi, plc, setpoint, protocol="s7comm")
tm.flow(plc, hmi, furnace_data, protocol="s7comm")

# retraining and release
tm.flow(historian, export_job, heat_history, protocol="https", label="monthly export")
tm.flow(export_job, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(pypi, training, packages, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, label="releases a version")
tm.flow(registry, model, weights, protocol="https", label="deploy")
