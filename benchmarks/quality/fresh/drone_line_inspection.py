"""Drone line inspection: the first design, before any security review.

The utility's drones fly pre-planned routes along high-voltage transmission
lines. On board, a defect-detection model runs on every frame and flags
cracked, chipped or flashed-over insulators. When a drone lands at a depot its
images and flags upload over HTTPS (per-drone API key) to an ingestion API in
the utility's cloud account, which writes them to an encrypted image store.
Inspectors, signed in with corporate SSO, review the flags in a review app
and confirm or reject each one; only confirmed defects create work orders in
the asset-management system, which dispatches field crews. Once a month the
confirmed images and their labels are added to the training set, the model is
retrained and evaluated, and the new version goes from the registry to the
drones at their next docking. Drones work unattended in remote corridors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone line inspection",
    profile=tg.RiskProfile.HIGH,
    description="On-drone insulator defect detection with inspector review and monthly retraining.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Line images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution photos of towers and insulators, with GPS and tower id.",
)
flags = tg.Data(
    "Defect flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bounding boxes, defect class and confidence per image.",
)
upload = tg.Data(
    "Flight upload",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A flight's images, flags and telemetry log, sent after landing.",
)
drone_key = tg.Data("Drone API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
review = tg.Data("Inspector decisions", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Tower, defect, photo and priority for a field crew.",
)
training_data = tg.Data(
    "Confirmed defect images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
checkpoint = tg.Data(
    "Detector checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written by training.",
)
onboard_model = tg.Data(
    "On-drone detector",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="ONNX export compiled for the drone's inference module.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Transmission corridor", trust=tg.Trust.UNTRUSTED):
    # Company drones, but they fly unattended over remote land and can come down anywhere.
    drone = tm.add(
        tg.Device(
            "Inspection drone",
            fleet=True,
            description="Camera, GPS, flight controller and an edge inference module.",
        )
    )
    # Runs on the drone's inference module and flags damaged insulators in flight.
    detector = tm.add(
        tg.Model(
            "Insulator defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="A missed defect can mean a flashover, an outage or a wildfire.",
        )
    )

with tm.boundary("Utility cloud", trust=tg.Trust.INTERNAL):
    # Receives each flight's upload from the depot network when a drone lands.
    ingest = tm.add(
        tg.Endpoint(
            "Upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-drone API key")},
        )
    )
    # Object storage for every image, flag and flight log.
    image_store = tm.add(
        tg.DataStore(
            "Inspection image store",
            stores={frames, flags, review},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where inspectors see flagged images and confirm or reject each defect.
    review_app = tm.add(
        tg.Endpoint(
            "Defect review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(note="inspector role needed to confirm defects"),
                c.HumanInTheLoop(approver="a line inspector"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Curated set of confirmed images and their labels, grown every month.
        dataset = tm.add(tg.Dataset("Defect training set", stores={training_data}))
        # Monthly retraining job, evaluated on a fixed set of known defects.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall on a fixed defect set")},
            )
        )
        # Versioned checkpoints and the exported on-drone models.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={checkpoint, onboard_model}, controls={c.ModelVersioning()}
            )
        )
        # Pushes the current on-drone model to each drone at the depot.
        rollout = tm.add(tg.Pipeline("Fleet model rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Line inspectors: the only people who can turn a flag into a work order.
    inspector = tm.add(tg.Actor("Line inspector", role="inspector"))
    # Asset-management system that schedules crew jobs.
    eam = tm.add(tg.Service("Asset management system"))
    # Crews receive work orders on rugged tablets and repair the towers.
    crew = tm.add(tg.Actor("Field crew", role="field crew"))

# ---------------------------------------------------------------- flows
tm.flow(drone, detector, frames, protocol="local", label="each frame")
tm.flow(detector, drone, flags, protocol="local")
tm.flow(drone, ingest, upload, drone_key, protocol="https", label="upload after landing")
tm.flow(ingest, image_store, frames, flags)

tm.flow(image_store, review_app, frames, flags)
tm.flow(review_app, inspector, frames, flags, protocol="https")
tm.flow(inspector, review_app, review, protocol="https", label="confirm or reject")
tm.flow(review_app, image_store, review)
tm.flow(review_app, eam, work_order, label="confirmed defects")
tm.flow(eam, crew, work_order, protocol="https")
tm.flow(crew, eam, work_order, protocol="https", label="repair closed out")

tm.flow(image_store, dataset, training_data, label="monthly export of confirmed images")
tm.flow(dataset, training, training_data)
tm.flow(training, registry, checkpoint, onboard_model)
tm.flow(registry, rollout, onboard_model)
tm.flow(rollout, drone, onboard_model, protocol="https", label="at next docking")
tm.flow(
    drone, detector, onboard_model, protocol="local", label="load model", id="drone->detector:load"
)
