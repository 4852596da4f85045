"""Kiln control advisor: the first design, before any security review.

The cement plant's kiln advisor recommends main-burner fuel rate and ID-fan (air)
setpoints to keep burning-zone temperature and kiln exit oxygen on target. Kiln
sensors and gas analysers are wired to the distributed control system (DCS),
which drives the burner and fan. The DCS feeds the plant process historian over
OPC UA, and the quality lab posts hourly free-lime results to it. Each minute an
advisor service on the plant operations network reads the latest window from the
historian, calls an in-house regression model and shows the recommendation on an
advisor console in the control room. A control-room operator accepts or rejects
it; accepted setpoints are written to the DCS over OPC UA. The model is trained
in the company's cloud analytics tenant on historian exports and pulled from a
model registry. The DCS clamps setpoints to engineered limits and a burner
management system trips the fuel on flame failure.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kiln control advisor",
    profile=tg.RiskProfile.HIGH,
    description="Recommends kiln fuel and air setpoints that control-room operators accept into the DCS.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Kiln sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Burning-zone and inlet temperatures, O2, CO and NOx, kiln drive torque, feed rate.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lab_results = tg.Data(
    "Free lime lab results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data("Kiln state features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Recommended setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Main-burner fuel rate and ID-fan speed, with the predicted burning-zone temperature.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
acceptance = tg.Data("Operator acceptance", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
accepted_setpoints = tg.Data(
    "Accepted setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_setpoints = tg.Data(
    "Fuel and air setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
manual_setpoints = tg.Data(
    "Manual setpoint changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
advisor_log = tg.Data(
    "Recommendation and acceptance log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
process_history = tg.Data(
    "Kiln process history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of one-minute historian data and lab results; the plant's process know-how.",
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Kiln model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Kiln control network", trust=tg.Trust.RESTRICTED):
    # Thermocouples, pyrometers, gas analysers and drive feedback, hard-wired to the DCS.
    sensors = tm.add(tg.Device("Kiln sensors and gas analysers", fleet=True))
    # Runs the kiln control loops and is where every setpoint takes effect.
    dcs = tm.add(
        tg.Service(
            "Distributed control system",
            description="Kiln control loops, operator stations and the burner management interlocks.",
            controls={
                c.SafetyLimits(
                    limits="DCS clamps fuel and ID-fan setpoints to engineered high/low limits and a "
                    "maximum rate of change; the burner management system trips fuel on flame "
                    "failure or high CO"
                ),
                c.RBAC(note="operator and engineer roles on the DCS"),
            },
        )
    )
    # The equipment the setpoints move.
    drives = tm.add(tg.Device("Main burner and ID fan drives", fleet=False))
    # Runs the kiln from the control room; the person who accepts or rejects advice.
    operator = tm.add(tg.Actor("Control-room operator", role="kiln operator"))

with tm.boundary("Plant operations network", trust=tg.Trust.INTERNAL):
    # The process historian: the advisor's only view of the kiln.
    historian = tm.add(
        tg.DataStore("Process historian", stores={readings, lab_results, advisor_log})
    )
    # The quality lab's system; free lime is the model's measure of clinker quality.
    lab = tm.add(
        tg.DataSource("Quality lab system", origin=tg.Origin.INTERNAL, provides={lab_results})
    )
    # Reads the latest window every minute, calls the model and publishes the recommendation.
    advisor = tm.add(
        tg.Service(
            "Kiln advisor service",
            controls={
                c.InputValidation(
                    note="drops tags flagged bad quality or out of range before scoring"
                )
            },
        )
    )
    # The recommendation model.
    model = tm.add(
        tg.Model(
            "Kiln setpoint model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="LightGBM models predicting burning-zone temperature and O2 for candidate setpoints.",
            controls={
                c.ModelValidation(
                    note="backtest on held-out months reviewed by the process engineer"
                )
            },
        )
    )
    # The screen in the control room where the operator accepts or rejects each recommendation.
    console = tm.add(
        tg.Service(
            "Advisor operator console",
            controls={
                c.HumanInTheLoop(approver="control-room operator"),
                c.Authentication(method="Active Directory account per operator"),
            },
        )
    )

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    scientist = tm.add(tg.Actor("Process data scientist", role="data scientist", privileged=True))

with tm.boundary("Cloud analytics tenant", trust=tg.Trust.INTERNAL):
    # Historian exports the model is trained on.
    dataset = tm.add(tg.Dataset("Kiln training set", stores={process_history}))
    # Retrains the model monthly; installs its Python packages from the public index at run time.
    training = tm.add(
        tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Where the advisor service pulls the released model from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, dcs, readings, label="hard-wired 4-20 mA")
tm.flow(dcs, drives, drive_setpoints, protocol="profinet")
tm.flow(operator, dcs, manual_setpoints, label="operator station")
tm.flow(dcs, historian, readings, protocol="opc-ua")
tm.flow(lab, historian, lab_results, protocol="https")

tm.flow(historian, advisor, readings, lab_results, protocol="https", label="one-minute window")
tm.flow(advisor, model, features)
tm.flow(model, advisor, recommendation)
tm.flow(advisor, console, recommendation, protocol="https")
tm.flow(console, operator, recommendation, label="shown on the control-room screen")
tm.flow(operator, console, acceptance, label="accept or reject on the touchscreen")
tm.flow(console, dcs, accepted_setpoints, protocol="opc-ua")
tm.flow(console, historian, advisor_log, protocol="opc-ua")

tm.flow(historian, dataset, process_history, protocol="https", label="daily export")
tm.flow(scientist, training, training_code, protocol="https")
tm.flow(dataset, training, process_history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, protocol="https", label="deploy")
