"""Drone weed sprayer: the first design, before any security review.

Farmers fly our spray drones over crop rows. An on-board vision model detects
weeds and the nozzle controller opens the matching nozzles to spot-spray
herbicide. After each flight the drone uploads geotagged images and its flight
log to an ingestion API in our cloud, authenticated with a per-drone API key.
Contracted agronomists label sampled images in a web tool; the labeled set feeds
weekly retraining, and an ML engineer signs off the evaluation report before a
version is released from the (versioned) model registry. The fleet backend pushes
releases to the fleet app on the farmer's tablet, which copies them to the drones
over local Wi-Fi with the mission plan. Cloud storage is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Drone weed sprayer",
    profile=tg.RiskProfile.HIGH,
    description="On-board weed detection drives herbicide nozzles; retrained in the vendor cloud.",
)

# ---------------------------------------------------------------- data assets
mission_plan = tg.Data(
    "Mission plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Field boundaries, flight path, crop type, herbicide and spray rate.",
)
camera_frames = tg.Data(
    "Live camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Weed detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
spray_commands = tg.Data(
    "Nozzle spray commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flight_images = tg.Data(
    "Geotagged flight images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full-resolution row images with GPS position; reveal the farm's fields and crops.",
)
flight_log = tg.Data("Flight log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Weed / crop labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labeled training images", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Weed detector model",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="ONNX export compiled for the drone's on-board accelerator.",
)
release_approval = tg.Data("Release sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fleet_status = tg.Data("Fleet status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site", trust=tg.Trust.UNTRUSTED):
    # The customer: plans missions and installs model updates from the tablet.
    farmer = tm.add(tg.Actor("Farmer", role="customer operator"))
    # Our fleet app on the farmer's own tablet; relays model updates to the drones.
    tablet_app = tm.add(
        tg.Device(
            "Fleet management app",
            description="Android app on a farmer-owned tablet; talks to drones over local Wi-Fi.",
        )
    )

    with tm.boundary("Drone on-board computer", trust=tg.Trust.PARTNER):
        # The airframe and its camera; flies the mission and uploads images afterwards.
        drone = tm.add(
            tg.Device(
                "Spray drone",
                description="Our hardware, operated and stored by the farmer in the field.",
            )
        )
        # The vision model that decides where herbicide goes.
        detector = tm.add(
            tg.Model(
                "Weed detection model",
                task=tg.Task.DETECTOR,
                description="Runs on every frame; a weed box above threshold triggers a spray.",
            )
        )
        # Maps detections to nozzle positions and opens the valves.
        nozzle_ctrl = tm.add(
            tg.Service(
                "Nozzle controller",
                description="Firmware on the spray boom; actuates the nozzles.",
            )
        )

with tm.boundary("Labeling contractor", trust=tg.Trust.PARTNER):
    # Contracted agronomists who draw weed and crop boxes on sampled images.
    agronomist = tm.add(tg.Actor("Agronomist", role="labeler"))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives images and flight logs from drones after each flight.
    ingest = tm.add(
        tg.Endpoint(
            "Flight upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-drone API key")},
        )
    )
    # Raw image lake, kept for labeling and for customer field reports.
    image_store = tm.add(
        tg.DataStore(
            "Flight image store",
            stores={flight_images, flight_log},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Talks to the tablet apps: accounts, mission sync, model update channel.
    fleet_backend = tm.add(
        tg.Service(
            "Fleet backend",
            description="Serves the model release channel and syncs missions with the tablets.",
            controls={c.Authentication(method="farmer account password")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Web tool where agronomists label sampled images.
        labeling = tm.add(
            tg.Pipeline(
                "Labeling tool",
                stage=tg.Stage.LABELING,
                controls={c.Authentication(method="contractor accounts")},
            )
        )
        # Accumulated labeled images used for every retraining run.
        dataset = tm.add(
            tg.Dataset(
                "Labeled training set",
                stores={training_set, labels},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Weekly retraining and evaluation on a held-out field set.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out fields, per-crop recall report")},
            )
        )
        # Versioned model releases; the fleet backend reads the current release.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the evaluation report and promotes the release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# In the field
tm.flow(farmer, tablet_app, mission_plan, label="plans mission")
tm.flow(tablet_app, farmer, fleet_status, label="flight and update status")
tm.flow(tablet_app, drone, mission_plan, weights, protocol="http", label="local Wi-Fi hotspot")
tm.flow(drone, tablet_app, fleet_status, protocol="http", label="local Wi-Fi hotspot")
tm.flow(drone, detector, camera_frames, protocol="local")
tm.flow(detector, nozzle_ctrl, detections, protocol="local")
tm.flow(nozzle_ctrl, drone, spray_commands, label="valve actuation")

# Tablet <-> cloud
tm.flow(tablet_app, fleet_backend, mission_plan, fleet_status, protocol="https")
tm.flow(fleet_backend, tablet_app, weights, mission_plan, protocol="https", label="model update")

# After each flight
tm.flow(drone, ingest, flight_images, flight_log, protocol="https", label="post-flight upload")
tm.flow(ingest, image_store, flight_images, flight_log)

# Labeling and retraining
tm.flow(image_store, labeling, flight_images, label="sampled images")
tm.flow(labeling, agronomist, flight_images, protocol="https")
tm.flow(agronomist, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, label="promotes release")
tm.flow(registry, fleet_backend, weights, label="current release")
