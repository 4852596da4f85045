"""Tempering line control model: the first design, before any security review.

Our chocolate plant tempers couverture on three continuous tempering machines.
Thermocouples in each machine zone, an inline viscometer and ambient temperature
and humidity sensors are wired to the line PLC. An edge server on the plant OT
network reads them from the PLC over OPC UA into a line historian, and an
in-house regression model predicts the temper index of the chocolate leaving
each machine. A setpoint optimiser turns the prediction into new cooling and
reheating setpoints and writes them to the PLC, which clamps them to the
machine maker's ranges. Line operators watch the predictions on an HMI panel,
can switch the optimiser to manual and are signed in with their badges. The QA
lab enters tempermeter curves and bloom checks into the LIMS; those results
label the data that a weekly job in our cloud account retrains the model on,
and the edge server pulls each validated version from the model registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Chocolate tempering line control model",
    profile=tg.RiskProfile.LOW,
    description="Predicts temper quality and adjusts tempering setpoints through the line PLC.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Line sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone temperatures, viscosity, ambient temperature and humidity.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prediction = tg.Data("Temper index prediction", kind="model-output")
setpoints = tg.Data(
    "Cooling and reheating setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_commands = tg.Data("Machine zone commands", sensitivity=tg.Sensitivity.INTERNAL)
operator_input = tg.Data(
    "Operator mode changes and manual setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
qa_results = tg.Data(
    "QA temper results",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tempermeter curves, gloss and bloom checks per batch.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
history = tg.Data(
    "Process history export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sensor readings and setpoints per batch: our recipe and process know-how.",
)
training_set = tg.Data(
    "Labelled tempering training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Temper model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Runs the line; the operators' HMI sits on the same network segment.
    operator = tm.add(tg.Actor("Line operator", role="operator"))
    # The touch panel operators use to watch predictions and switch to manual.
    hmi = tm.add(
        tg.Service(
            "Line HMI panel",
            description="Shows zone temperatures, predicted temper index and optimiser mode.",
            controls={c.Authentication(method="operator badge")},
        )
    )
    # Edge server: keeps recent process data for the model and for the weekly export.
    historian = tm.add(tg.DataStore("Line historian", stores={readings, setpoints}))
    # Predicts the temper index from the last minutes of readings.
    temper_model = tm.add(
        tg.Model(
            "Temper quality model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor on a sliding window of line readings.",
        )
    )
    # Turns predictions into setpoint adjustments, within a small step per cycle.
    optimiser = tm.add(
        tg.Service(
            "Setpoint optimiser",
            description="Moves cooling and reheating setpoints towards the target temper index.",
        )
    )

    with tm.boundary("Line control cell", trust=tg.Trust.RESTRICTED):
        # Owns the machines; the optimiser only ever writes setpoints to it.
        plc = tm.add(
            tg.Service(
                "Line PLC",
                description="Runs the tempering recipe and the machines' control loops.",
                controls={
                    c.SafetyLimits(limits="PLC clamps zone setpoints to the machine maker's ranges")
                },
            )
        )
        # The three continuous tempering machines with cooling and reheating zones.
        machines = tm.add(tg.Device("Tempering machines", fleet=True))
        # Thermocouples, inline viscometer and ambient sensors, hard-wired to the PLC.
        sensors = tm.add(tg.Device("Line sensors", fleet=True))

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Measures temper on samples from every batch.
    qa_tech = tm.add(tg.Actor("QA lab technician", role="quality assurance"))
    # Lab information system where QA results are recorded per batch.
    lims = tm.add(tg.DataStore("QA LIMS", stores={qa_results}))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Joins exported process history with QA labels.
    dataset = tm.add(tg.Dataset("Tempering training set", stores={training_set}))
    # Weekly retraining, with a backtest against recent QA results before registering.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest against the last four weeks of QA results")},
        )
    )
    # Holds each model version the edge server can pull.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the model and marks versions as ready for the line.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, readings, label="4-20 mA")
tm.flow(plc, historian, readings, setpoints, protocol="opc-ua")
tm.flow(historian, temper_model, readings)
tm.flow(temper_model, optimiser, prediction)
tm.flow(historian, optimiser, setpoints, label="current setpoints")
tm.flow(optimiser, plc, setpoints, protocol="opc-ua")
tm.flow(plc, machines, drive_commands, protocol="profinet")
tm.flow(machines, plc, readings, protocol="profinet", label="machine status")

tm.flow(temper_model, hmi, prediction)
tm.flow(historian, hmi, readings, setpoints)
tm.flow(hmi, operator, readings, prediction, label="line display")
tm.flow(operator, hmi, operator_input)
tm.flow(hmi, optimiser, operator_input, label="auto or manual mode")
tm.flow(hmi, plc, operator_input, protocol="opc-ua", label="manual setpoints")

tm.flow(qa_tech, lims, qa_results)
tm.flow(lims, dataset, qa_results, protocol="https")
tm.flow(historian, dataset, history, protocol="https", label="nightly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, weights, protocol="https", label="marks version ready")
tm.flow(registry, temper_model, weights, protocol="https", label="edge pull")
