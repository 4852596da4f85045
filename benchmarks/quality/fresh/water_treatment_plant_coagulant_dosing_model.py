"""Coagulant dosing advisor: the first design, before any security review.

A drinking-water utility wants to steady coagulant (ferric sulphate) dosing at
one surface-water treatment plant. Online analyzers at the raw water intake
(turbidity, pH, temperature, conductivity, UV254) are wired to the dosing PLC;
SCADA polls the PLC and the plant historian collects the tags over OPC UA. A
recommendation service in the OT DMZ reads the last hour of readings from the
historian every five minutes, runs an in-house gradient-boosted regression
model and writes a recommended dose to a tag on the SCADA HMI. A shift operator
accepts or rejects it; an accepted value becomes the PLC's dose set point. The
PLC clamps the set point to a fixed range and ramp rate. The model is retrained
monthly in the utility's IT data centre from historian exports and the lab's
jar-test results, checked against last year's jar tests, and copied to the DMZ
server by a data scientist. The SCADA HMI has per-operator logins and roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water treatment plant coagulant dosing model",
    profile=tg.RiskProfile.HIGH,
    description="Recommends coagulant dose from raw water quality; operators accept "
    "set points in the plant control system.",
)

# ---------------------------------------------------------------- data assets
raw_readings = tg.Data(
    "Raw water quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Turbidity, pH, temperature, conductivity, UV254 and intake flow.",
)
process_readings = tg.Data(
    "Dosing and settled water readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Applied dose, pump speed and settled water turbidity.",
)
dose_features = tg.Data(
    "Dose model features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling means and trends of the last hour of raw water readings.",
)
recommendation = tg.Data(
    "Recommended coagulant dose",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
acceptance = tg.Data("Operator acceptance of recommended dose", kind="records")
set_point = tg.Data(
    "Coagulant dose set point",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_command = tg.Data(
    "Dosing pump speed signal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
jar_tests = tg.Data(
    "Jar test results",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Optimal dose found by lab jar tests on raw water samples.",
)
history = tg.Data(
    "Historian export",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monthly CSV export of raw water, dose and settled water tags.",
)
training_config = tg.Data("Training configuration", kind="code")
model_artifact = tg.Data(
    "Dose model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Online analyzers at the raw water intake, hard-wired 4-20 mA to the PLC.
    analyzers = tm.add(tg.Device("Raw water quality analyzers", fleet=False))
    # Runs the coagulant dosing loop and drives the pumps.
    dosing_plc = tm.add(
        tg.Service(
            "Coagulant dosing PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps the dose set point to 5-60 mg/L and ramps it at most "
                    "5 mg/L per minute; holds the last set point if SCADA goes silent"
                )
            },
        )
    )
    # Variable-speed metering pumps that add coagulant to the raw water main.
    pumps = tm.add(tg.Device("Coagulant dosing pumps", fleet=False))
    # Operator screens; shows the recommendation and takes the operator's acceptance.
    scada_hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            controls={
                c.Authentication(method="individual operator username and password"),
                c.RBAC(note="operator, supervisor and engineer roles in SCADA"),
            },
        )
    )
    # Shift operator in the control room who accepts or rejects each recommendation.
    operator = tm.add(tg.Actor("Shift operator", role="plant operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Time-series store of every plant tag.
    historian = tm.add(tg.DataStore("Plant historian", stores={raw_readings, process_readings}))
    # Polls the historian, scores the model and posts the recommendation to SCADA.
    advisor = tm.add(
        tg.Service(
            "Dose recommendation service",
            controls={
                c.InputValidation(
                    note="skips scoring when a reading is outside the instrument range "
                    "or older than 15 minutes"
                ),
                c.HumanInTheLoop(
                    approver="shift operator at the SCADA HMI",
                    note="each recommended dose becomes the PLC set point when an operator accepts it",
                ),
            },
        )
    )
    # The dose model, loaded in-process by the recommendation service.
    dose_model = tm.add(
        tg.Model(
            "Coagulant dose model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression from raw water quality to coagulant dose (mg/L).",
        )
    )

with tm.boundary("Utility IT data centre", trust=tg.Trust.INTERNAL):
    # Laboratory information system where jar tests are recorded.
    lims = tm.add(tg.DataStore("Laboratory LIMS", stores={jar_tests}))
    # Lab chemist who runs jar tests on raw water samples.
    chemist = tm.add(tg.Actor("Lab chemist", role="laboratory staff"))
    # Joined historian and jar-test data for retraining.
    training_set = tm.add(tg.Dataset("Dose training set", stores={history, jar_tests}))
    # Monthly retraining, with a back-test against last year's jar tests.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="back-test against the previous 12 months of jar tests")
            },
        )
    )
    # Shared folder of model versions, named by date.
    registry = tm.add(
        tg.ModelRegistry(
            "Model file share",
            stores={model_artifact},
            controls={
                c.ModelVersioning(note="one dated file per release; previous kept for rollback")
            },
        )
    )
    # Owns the model, runs retraining and deploys releases to the DMZ server.
    data_scientist = tm.add(
        tg.Actor("Data scientist", role="process data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(analyzers, dosing_plc, raw_readings, label="4-20 mA analog")
tm.flow(dosing_plc, scada_hmi, raw_readings, process_readings, protocol="modbus")
tm.flow(scada_hmi, historian, raw_readings, process_readings, protocol="opc-ua")
tm.flow(historian, advisor, raw_readings, protocol="https", label="every 5 minutes")
tm.flow(advisor, dose_model, dose_features, protocol="local")
tm.flow(dose_model, advisor, recommendation, protocol="local")
tm.flow(advisor, scada_hmi, recommendation, protocol="opc-ua", label="recommendation tag write")
tm.flow(scada_hmi, operator, recommendation, label="on the panel")
tm.flow(operator, scada_hmi, acceptance, label="on the panel")
tm.flow(scada_hmi, dosing_plc, set_point, protocol="modbus")
tm.flow(dosing_plc, pumps, pump_command, label="4-20 mA analog")

tm.flow(chemist, lims, jar_tests, label="enters results")
tm.flow(lims, training_set, jar_tests, label="monthly export")
tm.flow(historian, training_set, history, protocol="https", label="monthly export")
tm.flow(training_set, training, history, jar_tests)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, advisor, model_artifact, protocol="smb", label="copied to the DMZ server by hand")
