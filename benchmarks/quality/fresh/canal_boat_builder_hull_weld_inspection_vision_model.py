"""Narrowboat hull weld inspection: the first design, before any security review.

A narrowboat builder fabricates steel hulls in its own workshop. A camera rig on a
gantry photographs each hull weld seam as it is finished; an inspection PC on the
workshop floor runs a defect detector (porosity, undercut, lack of fusion, cracks)
and shows the findings to the welding inspector, who confirms or overrides every
call and records accept or repair against the seam and the welder's ID. Confirmed
results go to the inspection records database and, nightly, into each boat's build
file, from which the quality manager compiles the Recreational Craft Directive
technical file for the certification assessor. An ML integrator retrains the
detector each quarter on images and inspector verdicts sent to it by SFTP, tests
it on a held-out set, and installs the new ONNX model on the inspection PC over
remote support. The build file system has role-based access; records are backed up
nightly; the inspection PC uses one shared workshop login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Narrowboat hull weld inspection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based weld defect detection during hull fabrication, with results "
    "recorded in the build file and the recreational craft certification file.",
)

# ---------------------------------------------------------------- data assets
weld_images = tg.Data(
    "Weld seam images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution stills of each finished seam, tagged with hull and seam number.",
)
detections = tg.Data(
    "Weld defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defect class, location box and confidence for each seam image.",
)
verdict = tg.Data(
    "Inspector weld verdict",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accept or repair per seam, with the inspector's and welder's IDs.",
)
inspection_results = tg.Data(
    "Weld inspection results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-seam findings, verdicts, repairs and re-inspections, with welder IDs.",
)
build_file = tg.Data(
    "Boat build file",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Materials certificates, weld records, drawings and checks for one hull.",
)
technical_file = tg.Data(
    "RCD technical file extract",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Structural and construction evidence for the recreational craft assessment.",
)
training_labels = tg.Data(
    "Weld defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Inspector-confirmed defect classes per image, welder IDs removed.",
)
training_images = tg.Data(
    "Weld training images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Weld detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Workshop floor network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on the welding gantry, plugged into the inspection PC.
    camera = tm.add(tg.Device("Weld camera rig", fleet=False))
    # Touchscreen PC beside the gantry: captures images, runs the detector, shows results.
    inspection_pc = tm.add(
        tg.Service(
            "Inspection PC",
            controls={
                c.Authentication(method="shared workshop Windows login"),
                c.HumanInTheLoop(approver="the welding inspector, for every seam"),
            },
        )
    )
    # The vision model that finds weld defects in each image.
    detector = tm.add(
        tg.Model(
            "Weld defect detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned by the integrator on our weld images.",
        )
    )
    # Qualified inspector who reviews every seam before it is recorded.
    inspector = tm.add(tg.Actor("Welding inspector", role="inspector"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Raw seam images kept for evidence and retraining.
    image_archive = tm.add(tg.DataStore("Weld image archive", stores={weld_images}))
    # One row per seam inspection; the source of the build file's weld records.
    records_db = tm.add(
        tg.DataStore(
            "Inspection records database",
            stores={inspection_results},
            controls={c.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Per-boat document system holding everything that goes into certification.
    build_files = tm.add(
        tg.DataStore(
            "Build file system",
            stores={build_file},
            controls={c.RBAC(), c.DataVersioning(note="nightly backup")},
        )
    )
    # Compiles the technical file and signs the declaration of conformity.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

with tm.boundary("ML integrator", trust=tg.Trust.PARTNER):
    # Images and verdicts we send the integrator for retraining.
    training_set = tm.add(
        tg.Dataset("Weld training set", stores={training_images, training_labels})
    )
    # The integrator's quarterly retraining, with a held-out acceptance test.
    training = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out acceptance set before each release")},
        )
    )
    # Where the integrator keeps released detector versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Integrator model store", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )
    # The integrator's engineer who installs new model versions remotely.
    integrator_engineer = tm.add(
        tg.Actor("Integrator support engineer", role="service engineer", privileged=True)
    )

with tm.boundary("Certification body", trust=tg.Trust.PARTNER):
    # Assesses the craft's conformity from the technical file.
    assessor = tm.add(tg.Actor("RCD certification assessor", role="assessor"))

# ---------------------------------------------------------------- flows
tm.flow(camera, inspection_pc, weld_images, protocol="usb")
tm.flow(inspection_pc, detector, weld_images)
tm.flow(detector, inspection_pc, detections)
tm.flow(inspection_pc, inspector, weld_images, detections, label="findings on screen")
tm.flow(inspector, inspection_pc, verdict)
tm.flow(inspection_pc, image_archive, weld_images, protocol="smb")
tm.flow(inspection_pc, records_db, inspection_results)

tm.flow(records_db, build_files, inspection_results, label="nightly export")
tm.flow(build_files, quality_manager, build_file)
tm.flow(quality_manager, build_files, build_file, label="adds checks and sign-offs")
tm.flow(quality_manager, assessor, technical_file, protocol="https", label="assessor's portal")

tm.flow(image_archive, training_set, training_images, protocol="sftp", label="quarterly upload")
tm.flow(records_db, training_set, training_labels, protocol="sftp", label="quarterly upload")
tm.flow(training_set, training, training_images, training_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, integrator_engineer, model_artifact)
tm.flow(
    integrator_engineer, detector, model_artifact, protocol="teamviewer", label="install release"
)
