"""Tray verification vision for a hospital pharmacy: the first design.

Prescribers' medication orders arrive from the EHR in the pharmacy information
system over HL7, and a dispensing robot fills each patient's tray. Before a tray
leaves the pharmacy it passes under a camera station; a vision service sends the
images to an in-house detection model that identifies each tablet and package,
and compares what it sees with the order. Matching trays are released; any
mismatch goes to a pharmacist's review console, where the pharmacist corrects or
overrides it. If mismatches repeat, the robot controller pauses the robot until
a pharmacist restarts it. Every check and review is kept in a verification
record store. Reviewed images feed a training set that the hospital's clinical
AI team uses to retrain the model, with versions kept in a registry. It all runs
on the hospital's own network; console users sign in with their badge and
directory account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy tray verification vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Camera check of each filled medication tray against its order before release.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Medication order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient, drug, strength, dose and schedule from the EHR.",
)
fill_job = tg.Data(
    "Tray fill job",
    kind="instructions",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tray_image = tg.Data(
    "Tray images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Top-down photos showing tablets, packages and the patient label.",
)
detections = tg.Data(
    "Detected medications", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
check_result = tg.Data(
    "Tray check result",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
review_decision = tg.Data(
    "Pharmacist review decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
robot_command = tg.Data(
    "Robot pause and resume command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispense_status = tg.Data("Dispense status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
labeled_images = tg.Data(
    "Labeled tray images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Source of every medication order; receives dispense status back.
    ehr = tm.add(tg.Service("EHR order system", description="The hospital's EHR and CPOE."))
    # Verifies orders and turns them into tray fill jobs for the robot.
    pharmacy_is = tm.add(
        tg.Service("Pharmacy information system", controls={c.RBAC(), c.AuditLogging()})
    )

with tm.boundary("Pharmacy automation network", trust=tg.Trust.INTERNAL):
    # Vendor controller that drives the robot and enforces the pause rule.
    robot_controller = tm.add(
        tg.Service(
            "Robot controller",
            controls={c.CircuitBreaker(note="pauses the robot after three mismatches in a row")},
        )
    )
    # Picks and packs each patient's tray.
    robot = tm.add(tg.Device("Dispensing robot", fleet=False))
    # Fixed camera over the outbound conveyor.
    camera = tm.add(tg.Device("Tray camera station", fleet=False))
    # Compares the model's detections with the order and decides release or review.
    vision_service = tm.add(
        tg.Service(
            "Tray verification service",
            controls={c.HumanInTheLoop(approver="pharmacist, for every mismatch")},
        )
    )
    # Object detector that recognises tablets and packages in tray images.
    detector = tm.add(
        tg.Model(
            "Medication detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Fine-tuned in-house object detector over the formulary.",
        )
    )
    # Images, detections and reviews kept for the dispensing record.
    records = tm.add(
        tg.DataStore(
            "Verification record store",
            stores={tray_image, check_result, review_decision},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Pharmacy workstations", trust=tg.Trust.INTERNAL):
    # Web console listing mismatched trays with their images and order.
    console = tm.add(
        tg.Endpoint(
            "Mismatch review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="badge tap and directory login"), c.RBAC()},
        )
    )
    # Reviews mismatches, releases or corrects trays, restarts a paused robot.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

with tm.boundary("Clinical AI platform", trust=tg.Trust.INTERNAL):
    # Reviewed images with the pharmacist's verdict as ground truth.
    training_set = tm.add(tg.Dataset("Tray image training set", stores={labeled_images}))
    # Periodic retraining of the detector.
    training = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned detector weights for deployment to the pharmacy.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )
    # Runs training and releases new detector versions.
    ml_engineer = tm.add(tg.Actor("Clinical AI engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ehr, pharmacy_is, order, protocol="mllp", label="HL7 orders")
tm.flow(pharmacy_is, ehr, dispense_status, protocol="mllp")
tm.flow(pharmacy_is, robot_controller, fill_job)
tm.flow(pharmacy_is, vision_service, order, label="expected tray contents")
tm.flow(robot_controller, robot, fill_job, label="fill tray")

tm.flow(camera, vision_service, tray_image, protocol="rtsp")
tm.flow(vision_service, detector, tray_image)
tm.flow(detector, vision_service, detections)
tm.flow(vision_service, records, tray_image, check_result)
tm.flow(vision_service, pharmacy_is, check_result, label="release or hold")
tm.flow(vision_service, robot_controller, check_result, label="mismatch count")
tm.flow(robot_controller, robot, robot_command, id="pause", label="pause")

tm.flow(vision_service, console, tray_image, check_result, protocol="https", label="mismatches")
tm.flow(console, pharmacist, tray_image, check_result, protocol="https")
tm.flow(pharmacist, console, review_decision, protocol="https")
tm.flow(console, vision_service, review_decision, protocol="https")
tm.flow(console, records, review_decision)
tm.flow(pharmacist, console, robot_command, id="resume", protocol="https", label="resume robot")
tm.flow(console, robot_controller, robot_command)

tm.flow(records, training_set, labeled_images, label="reviewed images")
tm.flow(training_set, training, labeled_images)
tm.flow(ml_engineer, training, label="runs retraining")
tm.flow(training, registry, model_weights)
tm.flow(registry, detector, model_weights, label="deploy")
