"""Foundry sand and mould quality prediction model: the first design, before any security review.

The iron foundry's green-sand plant prepares sand for the vertical moulding line. An
inline tester at the muller measures moisture, compactability and temperature of every
batch, and the moulding line PLC logs each mould's pattern and pour time; both go to the
process historian on the OT network. An OT data gateway in the DMZ reads the historian
over OPC UA and publishes the readings to plant IT over MQTT with TLS. Sand lab
technicians enter lab tests and mould hardness readings into the sand lab database, and
quality inspectors record casting defects per pattern in the quality records database.
A feature pipeline joins all of this; a classifier predicts the defect risk of the sand
now going to the line (inclusions, gas holes, burn-on) and the advisory web app shows it,
with a suggested water or bentonite correction, to the sand plant operator in the control
room, who alone changes the plant and notes what they did. Sign-in is with Windows domain
accounts. Retraining is quarterly; the process engineer reviews each version in the
registry and marks it for production.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Foundry sand and mould quality prediction model",
    profile=tg.RiskProfile.LOW,
    description="Advises the sand plant operator on casting defect risk from sand and mould readings.",
)

# ---------------------------------------------------------------- data assets
sand_readings = tg.Data(
    "Sand batch readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per muller batch: moisture, compactability, sand temperature, water added.",
)
production_log = tg.Data(
    "Moulding line production log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mould number, pattern, squeeze pressure and pour time for every mould.",
)
lab_results = tg.Data(
    "Sand lab test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Green compressive strength, permeability, active clay, loss on ignition.",
)
hardness = tg.Data(
    "Mould hardness readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hardness tester readings taken on sample moulds each shift.",
)
defects = tg.Data(
    "Casting defect records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Scrap and rework per pattern and pour date, by defect type; customer quality data.",
)
features = tg.Data("Sand and mould features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Defect-labelled training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data(
    "Defect prediction model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release = tg.Data("Production release mark", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Defect risk advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted defect risk by type, with a suggested water or bentonite correction.",
)
notes = tg.Data(
    "Operator adjustment notes",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether the operator followed the advice and what they changed.",
)
limits = tg.Data(
    "Sand control limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Target bands for moisture and compactability per sand system.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Foundry OT network", trust=tg.Trust.RESTRICTED):
    # Measures every batch leaving the muller; the main input to the model.
    sand_tester = tm.add(tg.Device("Inline sand tester", fleet=False))
    # Controls the moulding line and logs which pattern each mould carries.
    line_plc = tm.add(tg.Device("Moulding line PLC", fleet=False))
    # Keeps the plant's time series; the only OT system the gateway reads.
    historian = tm.add(tg.DataStore("Process historian", stores={sand_readings, production_log}))
    # Runs the sand plant from the control room and acts on the advice.
    operator = tm.add(tg.Actor("Sand plant operator", role="sand plant operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Reads the historian and republishes readings to IT, so IT never reaches into OT.
    gateway = tm.add(tg.Service("OT data gateway"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Runs lab tests on sand samples and takes mould hardness readings.
    lab_tech = tm.add(tg.Actor("Sand lab technician", role="lab technician"))
    # The sand lab's own database: test results, hardness, control limits, operator notes.
    lab_db = tm.add(
        tg.DataStore("Sand lab database", stores={lab_results, hardness, notes, limits})
    )
    # Inspects castings after shot-blasting and records defects.
    inspector = tm.add(tg.Actor("Quality inspector", role="quality inspector"))
    # The foundry's quality records: the source of the defect labels.
    qms = tm.add(
        tg.DataStore(
            "Casting quality records database",
            stores={defects},
            controls={c.RBAC(), c.AuditLogging(note="quality system change history")},
        )
    )
    # Joins sand, mould and defect data by pour time; feeds scoring and training.
    feature_pipeline = tm.add(tg.Pipeline("Sand feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Quarterly snapshots of features joined with defect outcomes.
    dataset = tm.add(
        tg.Dataset(
            "Defect-labelled training set", stores={training_set}, controls={c.DataVersioning()}
        )
    )
    # Quarterly retraining job.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; only the one the engineer marks is served.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="process engineer marks the production version"),
            },
        )
    )
    # Predicts casting defect risk for the sand now going to the line.
    model = tm.add(
        tg.Model(
            "Casting defect prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees exported to ONNX; advisory only.",
        )
    )
    # Shows the advice in the control room and records the operator's notes.
    advisory_app = tm.add(
        tg.Endpoint(
            "Sand advisory web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Windows domain account (Active Directory)"),
                c.RBAC(),
            },
        )
    )
    # Owns the sand specification and the model's releases.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sand_tester, historian, sand_readings, protocol="opc-ua")
tm.flow(line_plc, historian, production_log, protocol="opc-ua")
tm.flow(historian, gateway, sand_readings, production_log, protocol="opc-ua")
tm.flow(
    gateway,
    feature_pipeline,
    sand_readings,
    production_log,
    protocol="mqtt",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)

tm.flow(lab_tech, lab_db, lab_results, hardness, label="lab entry form")
tm.flow(inspector, qms, defects, label="inspection station entry")
tm.flow(lab_db, feature_pipeline, lab_results, hardness, notes)
tm.flow(qms, feature_pipeline, defects, label="nightly defect extract")

tm.flow(feature_pipeline, model, features)
tm.flow(model, advisory_app, advice)
tm.flow(advisory_app, operator, advice, protocol="https")
tm.flow(operator, advisory_app, notes, protocol="https")
tm.flow(advisory_app, lab_db, notes, limits)
tm.flow(engineer, advisory_app, limits, protocol="https")
tm.flow(advisory_app, engineer, advice, notes, protocol="https")

tm.flow(feature_pipeline, dataset, training_set, label="quarterly snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(engineer, registry, release, label="marks production version")
tm.flow(registry, model, artifact, label="load production version")
