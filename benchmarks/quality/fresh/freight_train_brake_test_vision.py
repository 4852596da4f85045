"""Automated brake test for departing freight trains: the first design.

Before a freight train leaves the yard, the driver applies and releases the
brakes from the cab while trackside cameras on the departure road film each
wagon's brake blocks and cylinder pistons. An edge box in the yard cabinet
takes the consist from the train-preparation system, runs a vision model over
the clips and judges each wagon's brake response. Results go to the driver's
tablet and to the train-preparation system; any failed wagon must be checked by
a wagon inspector before the train can be released, and if the edge box or a
camera is down the yard falls back to the manual brake test. Clips are kept on
the edge box; each month operator engineers upload a selection, with the
inspectors' findings, to the vision vendor, who retrains the model and publishes
an update that the edge box downloads. Links are TLS except the camera streams on
the trackside network; drivers sign in to their tablets with a staff number and PIN.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Freight train brake test vision",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based brake test of each wagon before a freight train departs, "
    "with a vendor-retrained vision model on a yard edge box.",
)

# ---------------------------------------------------------------- data assets
clips = tg.Data(
    "Brake test clips",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Video of each wagon's brake blocks and pistons during apply and release; "
    "yard staff are sometimes in frame.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
consist = tg.Data(
    "Train consist",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wagon numbers in order, wagon types and brake settings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
test_steps = tg.Data(
    "Brake test step signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Driver's start, brakes applied and brakes released markers.",
)
wagon_results = tg.Data(
    "Wagon brake results",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pass or fail per wagon for application and release, with a confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
test_record = tg.Data(
    "Brake test record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The train's brake test result, kept as the safety record of the test.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
failed_wagons = tg.Data("Failed wagon list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection = tg.Data(
    "Inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The inspector's finding on each failed wagon: defect confirmed or false alarm.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prep_status = tg.Data(
    "Train preparation status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
clip_selection = tg.Data("Clip selection", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
outcome_labels = tg.Data(
    "Inspection outcome labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Brake model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard trackside network", trust=tg.Trust.INTERNAL):
    # Pairs of cameras each side of the departure road, filming the running gear.
    cameras = tm.add(tg.Device("Trackside brake cameras", fleet=True))
    # Industrial PC in the lineside cabinet that runs the test.
    edge_box = tm.add(
        tg.Service(
            "Brake test edge box",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="wagon inspector",
                    note="only wagons the model fails; passes go straight to the record",
                ),
                tg.controls.FailClosed(
                    fallback="manual brake test by a wagon inspector when the box or a camera is down"
                ),
                tg.controls.ModelVersioning(note="keeps the previous model for rollback"),
            },
        )
    )
    # Judges each wagon's brake application and release from the clips.
    brake_model = tm.add(
        tg.Model(
            "Brake response model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained vision model, run locally on the edge box.",
        )
    )
    # Local disk on the edge box holding recent test clips.
    clip_store = tm.add(tg.DataStore("Edge clip store", stores={clips}))

with tm.boundary("Yard", trust=tg.Trust.INTERNAL):
    # Applies and releases the brakes from the cab during the test.
    driver = tm.add(tg.Actor("Driver", role="train driver"))
    # Company tablet the driver uses for train preparation.
    tablet = tm.add(
        tg.Device(
            "Driver tablet",
            fleet=True,
            controls={tg.controls.Authentication(method="staff number and PIN")},
        )
    )
    # Checks every wagon the model fails before the train may leave.
    inspector = tm.add(tg.Actor("Wagon inspector", role="carriage and wagon inspector"))

with tm.boundary("Operator corporate network", trust=tg.Trust.INTERNAL):
    # System of record for consists, brake tests and fitness to run.
    train_prep = tm.add(
        tg.Service(
            "Train preparation system",
            controls={
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2190),
            },
        )
    )
    # Picks the month's clips to send to the vendor.
    engineer = tm.add(tg.Actor("Fleet engineer", role="rolling stock engineer", privileged=True))

with tm.boundary("Vision vendor cloud", trust=tg.Trust.PARTNER):
    # Clips and findings the operator has sent, accumulated month by month.
    vendor_dataset = tm.add(
        tg.Dataset("Vendor training set", stores={training_clips, outcome_labels})
    )
    # Monthly retraining run by the vendor.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.ModelValidation(note="vendor's held-out test set before release"),
                tg.controls.SupplierAssessment(note="operator's supplier audit"),
            },
        )
    )
    # Where the vendor publishes model updates for the edge boxes.
    update_server = tm.add(tg.ModelRegistry("Vendor model update server", stores={model_artifact}))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_box, clips, protocol="rtsp")
tm.flow(edge_box, clip_store, clips)
tm.flow(train_prep, edge_box, consist, protocol="https")

tm.flow(driver, tablet, test_steps, label="tapped on the touchscreen")
tm.flow(tablet, edge_box, test_steps, protocol="https")
tm.flow(edge_box, brake_model, clips, consist)
tm.flow(brake_model, edge_box, wagon_results)
tm.flow(edge_box, tablet, wagon_results, protocol="https")
tm.flow(tablet, driver, wagon_results, label="shown on the tablet screen")
tm.flow(edge_box, train_prep, test_record, protocol="https")

tm.flow(train_prep, inspector, failed_wagons, protocol="https")
tm.flow(inspector, train_prep, inspection, protocol="https")
tm.flow(train_prep, tablet, prep_status, protocol="https")
tm.flow(
    tablet,
    driver,
    prep_status,
    label="shown on the tablet screen",
    id="tablet-to-driver-prep-status",
)

tm.flow(engineer, clip_store, clip_selection, protocol="https")
tm.flow(clip_store, vendor_dataset, training_clips, protocol="sftp", label="monthly upload")
tm.flow(train_prep, vendor_dataset, outcome_labels, protocol="sftp", label="monthly upload")
tm.flow(vendor_dataset, retraining, training_clips, outcome_labels)
tm.flow(retraining, update_server, model_artifact)
tm.flow(update_server, edge_box, model_artifact, protocol="https", label="monthly model update")
tm.flow(edge_box, brake_model, model_artifact, label="load model")
