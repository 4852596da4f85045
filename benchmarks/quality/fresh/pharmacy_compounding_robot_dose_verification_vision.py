"""Pharmacy compounding robot with vision dose verification: the first design, before any security review.

A US hospital's oncology pharmacy prepares chemotherapy syringes in an automated
compounding robot cell. Verified chemo orders flow from the oncology EHR to the
pharmacy information system (PIS), which sends the worklist to the cell's vendor
control software over HL7. After each fill, cameras in the cell photograph the
syringe and a vision model on an on-premises GPU server checks the drug (vial
and label), the plunger volume and the printed patient label against the order.
Doses that pass are released to the wards in the PIS automatically; flagged
doses wait for a pharmacist in a review app; images and verdicts form the batch
record. Reviewed images retrain the model on the hospital's ML cluster, and an ML
engineer deploys versions from the registry. The robot vendor supports the cell
remotely. Controls: the robot's gravimetric check and interlocks, SSO, RBAC and
audit logs on the PIS and records, model validation and versioning, vendor BAA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy compounding robot dose verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Vision check of robot-compounded chemotherapy syringes before release to wards, "
        "with pharmacist review of flagged doses."
    ),
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Chemotherapy orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient, MRN, drug, dose, diluent and final volume as verified by a pharmacist.",
)
worklist = tg.Data(
    "Compounding worklist",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
robot_commands = tg.Data("Robot fill commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fill_status = tg.Data(
    "Fill status and gravimetric readings", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
capture_trigger = tg.Data("Capture trigger", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
syringe_images = tg.Data(
    "Syringe images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photos of the filled syringe, its source vial and its printed patient label.",
)
expected_dose = tg.Data(
    "Expected dose specification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drug, volume and label text the syringe must match.",
)
verdict = tg.Data(
    "Verification verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pass or flag, with the drug, volume and label findings and their confidence.",
)
batch_record = tg.Data(
    "Dose verification records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Pharmacist review decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
release_status = tg.Data(
    "Dose release status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
training_images = tg.Data(
    "Labelled syringe images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Vision model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
run_config = tg.Data(
    "Training run configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
support_session = tg.Data(
    "Remote support session",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Screen, file transfer and software updates from the robot vendor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Robot vendor", trust=tg.Trust.PARTNER):
    # The vendor maintains and updates the cell software under a service contract.
    vendor_support = tm.add(
        tg.ExternalService(
            "Robot vendor remote support",
            controls={c.SupplierAssessment(note="BAA and vendor security questionnaire")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Where prescribers' orders are placed and verified.
    ehr = tm.add(tg.DataSource("Oncology EHR", origin=tg.Origin.INTERNAL, provides={orders}))
    # System of record for pharmacy orders, worklists and dose release.
    pis = tm.add(
        tg.Service(
            "Pharmacy information system",
            controls={
                c.Authentication(method="hospital SSO with badge tap"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Pharmacists review and release or reject flagged doses.
    pharmacist = tm.add(tg.Actor("Oncology pharmacist", role="pharmacist"))
    # Web app that shows a flagged dose's images, order and findings.
    review_app = tm.add(
        tg.Service(
            "Flagged dose review app",
            controls={
                c.Authentication(method="hospital SSO"),
                c.HumanInTheLoop(approver="oncology pharmacist", note="flagged doses only"),
            },
        )
    )
    # Batch record of every verified dose: images, expected spec, verdict, reviewer.
    record_store = tm.add(
        tg.DataStore(
            "Verification record store",
            stores={batch_record, syringe_images},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Compounding cell network", trust=tg.Trust.RESTRICTED):
        # Vendor software on the cell PC: takes the worklist and drives the robot.
        cell_software = tm.add(tg.Service("Compounding cell control software"))
        # The robot arm that reconstitutes, draws up and caps each syringe.
        robot = tm.add(
            tg.Device(
                "Compounding robot",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="gravimetric fill tolerance check, enclosure door interlocks"
                    )
                },
            )
        )
        # Fixed cameras at the inspection station inside the cell.
        cameras = tm.add(tg.Device("Syringe inspection cameras", fleet=False))
        # GPU server beside the cell that runs the model for each syringe.
        vision_service = tm.add(tg.Endpoint("Dose verification service"))
        # Checks drug, volume and label; a pass releases the dose without a person.
        vision_model = tm.add(
            tg.Model(
                "Syringe verification model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Detector plus label OCR, fine-tuned in house from an open backbone.",
                controls={c.ModelValidation(), c.ModelVersioning()},
            )
        )

    with tm.boundary("Hospital ML cluster", trust=tg.Trust.INTERNAL):
        # Pharmacist-confirmed images, the ground truth for retraining.
        dataset = tm.add(tg.Dataset("Labelled syringe image set", stores={training_images}))
        # Quarterly retraining and evaluation job.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versions the serving loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.RBAC()})
        )
        # Trains, validates and deploys model versions.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ehr, pis, orders, protocol="https")
tm.flow(pis, cell_software, worklist, protocol="mllp", label="HL7 worklist")
tm.flow(cell_software, pis, fill_status, protocol="mllp", label="HL7 status")

tm.flow(cell_software, robot, robot_commands)
tm.flow(robot, cell_software, fill_status)
tm.flow(cell_software, cameras, capture_trigger)
tm.flow(cameras, vision_service, syringe_images, label="GigE Vision")
tm.flow(cell_software, vision_service, expected_dose, protocol="http")
tm.flow(vision_service, vision_model, syringe_images, expected_dose)
tm.flow(vision_model, vision_service, verdict)
tm.flow(vision_service, cell_software, verdict, protocol="http")

tm.flow(vision_service, record_store, batch_record, syringe_images, protocol="https")
tm.flow(vision_service, pis, release_status, protocol="https", label="auto-release passed doses")
tm.flow(
    record_store, review_app, batch_record, syringe_images, protocol="https", label="flagged doses"
)
tm.flow(review_app, pharmacist, batch_record, syringe_images, protocol="https")
tm.flow(pharmacist, review_app, review_decision, protocol="https")
tm.flow(review_app, pis, release_status, protocol="https", label="release or reject")
tm.flow(review_app, record_store, review_decision, protocol="https")

tm.flow(record_store, dataset, training_images, label="reviewed images export")
tm.flow(dataset, training, training_images)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, training, run_config, label="starts and evaluates runs")
tm.flow(registry, vision_service, model_artifact, protocol="https", label="deploy")

tm.flow(vendor_support, cell_software, support_session, protocol="https", label="remote support")
tm.flow(cell_software, vendor_support, fill_status, protocol="https", label="diagnostics upload")
