"""EV battery second-life grading: the first design, before any security review.

Our recycling plant grades used EV battery modules to decide whether they can be
reused in stationary storage. Technicians scan each module onto a test rig on the
plant floor, which runs charge/discharge cycles and streams voltage, temperature and
impedance readings over MQTT to a grading service in the plant data centre. An
in-house model predicts remaining capacity and a safety grade; grade-A modules are
routed by the warehouse system to a storage-system assembler, the rest to recycling.
A label printer prints the grade with a QR code linking to the module's passport
record on a public portal, where the buyer can read it and file field failure
reports. Those reports and the test history feed a retraining pipeline.
Controls in this design: a schema check on rig telemetry, buyer logins on the portal
for failure reports (QR passport pages are public), portal rate limits, HTTPS on the
internet side, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV battery second-life grading",
    profile=tg.RiskProfile.HIGH,
    description="Grades used EV battery modules for second-life storage or recycling.",
)

# ---------------------------------------------------------------- data assets
module_id = tg.Data("Module serial number", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
telemetry = tg.Data(
    "Cycle test telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Voltage, temperature and impedance series from charge/discharge cycles.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data("Module test features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
grade = tg.Data(
    "Capacity estimate and safety grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
label_job = tg.Data(
    "Grade label print job",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Grade text and the QR code URL of the passport record.",
)
routing = tg.Data(
    "Module routing instruction",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Send to the storage assembler (grade A) or to the recycling line.",
)
passport = tg.Data(
    "Battery passport record",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passport_lookup = tg.Data("Passport lookup from QR code", sensitivity=tg.Sensitivity.PUBLIC)
failure_report = tg.Data(
    "Field failure report",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Buyer's report of a module failing in service, with site and symptoms.",
)
training_set = tg.Data(
    "Grading training set", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data(
    "Grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data("Training configuration and release approval", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The storage-system assembler who buys grade-A modules and reports field failures.
    buyer = tm.add(tg.Actor("Storage-system assembler", role="buyer"))

with tm.boundary("Plant floor network", trust=tg.Trust.INTERNAL):
    # Puts modules on the rigs and sticks the printed labels on them.
    technician = tm.add(tg.Actor("Test technician", role="operator"))
    # Cycler rigs that charge and discharge each module and stream measurements.
    rig = tm.add(tg.Device("Battery test rig", fleet=True))
    # Prints the grade and passport QR code on a label per module.
    printer = tm.add(tg.Device("Label printer", fleet=False))
    # Warehouse management system that moves modules to the assembler or recycling bays.
    wms = tm.add(tg.Service("Warehouse management system"))

with tm.boundary("Plant data centre", trust=tg.Trust.INTERNAL):
    # Receives rig telemetry, builds features, asks the model, fans out the result.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={c.SchemaEnforcement(note="rig telemetry must match the cycle data schema")},
        )
    )
    # Predicts remaining capacity and the safety grade that decides reuse or recycling.
    model = tm.add(
        tg.Model(
            "Capacity and safety grading model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted model: state-of-health estimate and grade A/B/C.",
        )
    )
    # Keeps every test run and grade for traceability and retraining.
    test_db = tm.add(tg.DataStore("Test results database", stores={telemetry, grade, module_id}))
    # Authoritative store of passport records the portal publishes.
    passport_db = tm.add(tg.DataStore("Passport database", stores={passport}))

    # Offline ML work: datasets, training and the models serving loads.
    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        dataset = tm.add(tg.Dataset("Grading training dataset", stores={training_set}))
        training = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Builds datasets, runs retraining and approves releases.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Public cloud", trust=tg.Trust.INTERNAL):
    # Public web portal: QR passport pages (no login) and buyer failure reports (login).
    portal = tm.add(
        tg.Endpoint(
            "Passport portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password", note="buyer accounts, for failure reports only"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(technician, rig, module_id, label="barcode scanned at the rig by hand")
tm.flow(rig, grading, module_id, telemetry, protocol="mqtt")
tm.flow(grading, test_db, module_id, telemetry, grade)
tm.flow(grading, model, features)
tm.flow(model, grading, grade)
tm.flow(grading, printer, label_job, protocol="ipp")
tm.flow(printer, technician, label_job, label="printed label applied by hand")
tm.flow(grading, wms, routing, protocol="https")
tm.flow(grading, passport_db, passport)

tm.flow(passport_db, portal, passport, protocol="https", label="publish passport records")
tm.flow(buyer, portal, passport_lookup, protocol="https", label="QR code scan")
tm.flow(portal, buyer, passport, protocol="https")
tm.flow(buyer, portal, failure_report, protocol="https")
tm.flow(
    portal, dataset, failure_report, protocol="https", label="nightly export of failure reports"
)

tm.flow(test_db, dataset, telemetry, grade)
tm.flow(ml_engineer, training, train_config)
tm.flow(dataset, training, training_set, failure_report)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
