"""Tablet press weight control: the first design, before any security review.

A generic-drug manufacturer adds a model-predictive controller (MPC) to one tablet
press line. An in-line near-infrared analyser on the feed frame and a tablet weight
sensor report every few seconds to an industrial PC on the plant network, where a
regression model predicts tablet weight and content; once a minute the controller
writes new fill-depth and compression-force setpoints to the press PLC, whose recipe
clamps them to the validated ranges. Process data and setpoints go to the plant
historian. Process engineers retrain and validate the model offline from historian
batch data and QA lab results, and a new version reaches the industrial PC only
through a change-controlled release that QA approves. The QA lab writes its release
results to the electronic batch record system, which has Part 11 audit trails,
e-signatures and role-based access. GMP and 21 CFR Part 11 apply to the whole line.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tablet press weight control model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Model-predictive control of tablet weight on a GMP tablet press line, "
        "retrained offline and released under change control (21 CFR Part 11)."
    ),
)

# ---------------------------------------------------------------- data assets
nir_spectra = tg.Data(
    "NIR spectra",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weight_readings = tg.Data(
    "Tablet weight readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
press_state = tg.Data(
    "Press state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Actual fill depth, compression force, turret speed and alarms.",
)
prediction = tg.Data(
    "Predicted tablet weight and content",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Fill depth and compression force setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_mode = tg.Data("MPC mode selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
batch_data = tg.Data(
    "Batch process data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Time series of sensor values, predictions and setpoints per batch.",
)
lab_results = tg.Data(
    "QA lab release results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Assay, content uniformity, hardness and weight variation per batch.",
)
batch_record = tg.Data(
    "Electronic batch record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Model calibration set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
tuning_params = tg.Data(
    "Model tuning parameters", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "MPC model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
validation_report = tg.Data(
    "Model validation report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
change_approval = tg.Data(
    "Change control approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Press control cell", trust=tg.Trust.RESTRICTED):
        # Measures blend composition in the feed frame; the model's main input.
        nir = tm.add(tg.Device("NIR analyser", fleet=False))
        # Weighs sampled tablets at the press outlet; the controlled variable.
        weigher = tm.add(tg.Device("Tablet weight sensor", fleet=False))
        # Runs the press; takes the setpoints and clamps them to the validated recipe ranges.
        plc = tm.add(
            tg.Service(
                "Tablet press PLC",
                controls={
                    c.SafetyLimits(
                        limits="recipe clamps fill depth and compression force to the "
                        "validated ranges; press stops on out-of-range force"
                    )
                },
            )
        )

    # The industrial PC that runs the control loop once a minute.
    mpc = tm.add(
        tg.Service(
            "Model-predictive controller",
            description="Runs on an industrial PC; computes setpoints from model predictions.",
        )
    )
    # Predicts tablet weight and content from spectra, weights and press state.
    model = tm.add(
        tg.Model(
            "Tablet weight prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="PLS/regression model whose predictions drive dosing of the product.",
        )
    )
    # The press operator switches the MPC between automatic and manual.
    operator = tm.add(tg.Actor("Press operator", role="production operator"))
    # Keeps every signal and setpoint per batch; the source of retraining data.
    historian = tm.add(tg.DataStore("Process historian", stores={batch_data}))

with tm.boundary("Quality systems", trust=tg.Trust.INTERNAL):
    # The QA lab's LIMS; its release results go to the batch record.
    lims = tm.add(
        tg.Service(
            "QA lab LIMS",
            controls={c.Authentication(method="user ID and password"), c.AuditLogging()},
        )
    )
    # The GMP record of each batch, with Part 11 controls.
    ebr = tm.add(
        tg.DataStore(
            "Batch record system",
            stores={batch_record, lab_results},
            controls={
                c.Authentication(method="user ID and password with e-signature"),
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Approves each model release through the change-control procedure.
    qa = tm.add(tg.Actor("QA approver", role="quality assurance", privileged=True))

with tm.boundary("Process engineering", trust=tg.Trust.INTERNAL):
    # Tunes and validates the model offline.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))
    # Historian extracts joined with lab results, frozen for each model version.
    calib = tm.add(
        tg.Dataset("Calibration dataset", stores={training_set}, controls={c.DataVersioning()})
    )
    # Offline fitting and validation against the validation protocol.
    tuning = tm.add(
        tg.Pipeline(
            "Model tuning and validation",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation()},
        )
    )
    # Holds released model versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Validated model store", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )
    # Copies an approved version to the industrial PC after change control.
    release = tm.add(
        tg.Pipeline(
            "Change-controlled model release",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="QA, through the change control record"),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# control loop
tm.flow(nir, mpc, nir_spectra, protocol="opc-ua")
tm.flow(weigher, mpc, weight_readings, protocol="opc-ua")
tm.flow(plc, mpc, press_state, protocol="opc-ua")
tm.flow(mpc, model, nir_spectra, weight_readings, press_state)
tm.flow(model, mpc, prediction)
tm.flow(mpc, plc, setpoints, protocol="opc-ua", label="every minute")
tm.flow(operator, mpc, operator_mode, label="auto / manual")
tm.flow(mpc, operator, prediction, setpoints, label="MPC status screen")

# historian
tm.flow(plc, historian, press_state, protocol="opc-ua")
tm.flow(mpc, historian, batch_data, protocol="opc-ua")

# quality records
tm.flow(lims, ebr, lab_results, protocol="https")
tm.flow(historian, ebr, batch_data, label="batch process summary")

# offline tuning and release
tm.flow(historian, calib, batch_data, protocol="https", label="batch extract")
tm.flow(ebr, calib, lab_results, label="reference results")
tm.flow(calib, tuning, training_set)
tm.flow(engineer, tuning, tuning_params)
tm.flow(tuning, engineer, validation_report)
tm.flow(tuning, registry, model_artifact)
tm.flow(registry, release, model_artifact)
tm.flow(qa, release, change_approval)
tm.flow(release, model, model_artifact, protocol="smb", label="deploy")
