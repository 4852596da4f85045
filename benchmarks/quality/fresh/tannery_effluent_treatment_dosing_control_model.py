"""Tannery effluent treatment dosing control: the first design, before any security review.

The tannery's on-site effluent treatment plant takes chrome-tanning and beamhouse
wastewater and must meet the discharge consent for pH, total chromium and sulphide.
Inline probes on the equalisation and reaction tanks are wired to the dosing PLC, which
drives the acid, lime, ferrous sulphate and polymer dosing pumps. A supervisory optimiser
on an edge server in the site OT DMZ reads recent history from the process historian,
asks an in-house regression model for the doses to hold for the next 15 minutes and
writes them to the PLC as setpoints; operators can switch to manual at the HMI. Lab
technicians enter daily grab-sample results into the historian. A nightly export feeds a
training dataset in the company cloud, where a monthly job retrains the model; the
process engineer approves a version in the registry before the site pulls it. A monthly
job sends discharge returns to the regulator's portal. Controls: PLC pump-rate clamps and
low-pH acid trip, individual HMI logins, registry versioning with engineer approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tannery effluent treatment dosing control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "ML-recommended chemical dosing setpoints for a tannery's effluent treatment "
        "plant, written automatically to the dosing PLC."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Effluent sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="pH, ORP, dissolved sulphide, conductivity, flow and tank levels.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_signals = tg.Data(
    "Pump speed signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_history = tg.Data(
    "Process history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Time series of readings, setpoints, pump states and lab results.",
)
lab_results = tg.Data(
    "Grab-sample lab results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily total chromium, sulphide and COD from the site lab.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_inputs = tg.Data(
    "Dosing model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
predicted_doses = tg.Data(
    "Predicted chemical doses", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data(
    "PLC status and dosing mode", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
operator_commands = tg.Data(
    "Operator mode and manual dose commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_data = tg.Data(
    "Dosing training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Dosing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosting regressor saved with joblib.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
report_signoff = tg.Data(
    "Monthly return sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
compliance_report = tg.Data(
    "Discharge compliance report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Inline probes on the equalisation and reaction tanks, hard-wired 4-20 mA to the PLC.
    sensors = tm.add(
        tg.Device(
            "Effluent sensor array",
            fleet=False,
            description="pH, ORP, sulphide and flow probes on the treatment tanks.",
        )
    )
    # The only component that drives the pumps; runs the dosing loops.
    plc = tm.add(
        tg.Service(
            "Dosing PLC",
            description="Runs the PID dosing loops around the setpoints it is given.",
            controls={
                c.SafetyLimits(
                    limits="pump stroke rates clamped in PLC logic; acid dosing trips below "
                    "pH 6.0 in the reaction tank to avoid hydrogen sulphide release"
                )
            },
        )
    )
    # Acid, lime, ferrous sulphate and polymer metering pumps.
    pumps = tm.add(tg.Device("Chemical dosing pumps", fleet=False))
    # Control-room panel where operators watch the plant and take manual control.
    hmi = tm.add(
        tg.Service(
            "Operator HMI",
            controls={
                c.Authentication(method="individual operator username and password"),
                c.RBAC(note="operator and supervisor roles"),
            },
        )
    )

with tm.boundary("Site OT DMZ", trust=tg.Trust.INTERNAL):
    # Keeps every reading, setpoint and lab result; source for training and reports.
    historian = tm.add(tg.DataStore("Process historian", stores={process_history, lab_results}))
    # Edge-server process that turns model predictions into PLC setpoints every 15 minutes.
    optimiser = tm.add(
        tg.Service(
            "Supervisory dosing optimiser",
            description="Builds features from the historian, calls the model, writes setpoints.",
        )
    )
    # In-house regressor served on the same edge server.
    dose_model = tm.add(
        tg.Model(
            "Dosing setpoint model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts the chemical doses that keep the effluent within consent.",
        )
    )

with tm.boundary("Site office network", trust=tg.Trust.INTERNAL):
    operator = tm.add(tg.Actor("Treatment plant operator", role="operator"))
    lab_tech = tm.add(tg.Actor("Lab technician", role="lab staff"))
    engineer = tm.add(tg.Actor("Process engineer", role="engineer", privileged=True))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Nightly export of historian data, joined with lab results.
    dataset = tm.add(tg.Dataset("Dosing training dataset", stores={training_data}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds model versions; the site pulls only the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="the process engineer"),
            },
        )
    )
    # Builds the monthly discharge return from historian data.
    reporter = tm.add(tg.Service("Monthly compliance report job"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The environmental regulator's online returns portal.
    regulator = tm.add(tg.ExternalService("Regulator returns portal"))

# ---------------------------------------------------------------- flows
# field signals and control loop
tm.flow(sensors, plc, readings, label="4-20 mA")
tm.flow(plc, pumps, pump_signals, label="4-20 mA")
tm.flow(plc, historian, readings, plant_status, protocol="opc-ua")

# supervisory optimisation
tm.flow(historian, optimiser, process_history, protocol="opc-ua")
tm.flow(optimiser, dose_model, model_inputs, protocol="local")
tm.flow(dose_model, optimiser, predicted_doses, protocol="local")
tm.flow(optimiser, plc, setpoints, protocol="modbus")
tm.flow(plc, optimiser, plant_status, protocol="modbus")

# operators and lab
tm.flow(operator, hmi, operator_commands, label="at the HMI touchscreen")
tm.flow(hmi, operator, plant_status, label="at the HMI touchscreen")
tm.flow(hmi, plc, operator_commands, protocol="opc-ua")
tm.flow(plc, hmi, plant_status, readings, protocol="opc-ua")
tm.flow(lab_tech, historian, lab_results, protocol="https", label="manual entry form")

# training and release
tm.flow(historian, dataset, training_data, protocol="https", label="nightly export")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(engineer, registry, release_approval, protocol="https", label="approves version")
tm.flow(registry, optimiser, model_artifact, protocol="https", label="site pulls approved model")

# regulatory reporting
tm.flow(historian, reporter, process_history, lab_results, protocol="https")
tm.flow(reporter, regulator, compliance_report, protocol="https")
tm.flow(engineer, reporter, report_signoff, protocol="https", label="signs off monthly return")
