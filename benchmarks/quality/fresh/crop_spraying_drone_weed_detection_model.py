"""Crop-spraying drone weed detection: the first design, before any security review.

An agricultural contractor flies spraying drones over customers' crop rows. A
weed detection model on each drone's companion computer looks at the camera
frames and tells the nozzle controller where to spot-spray herbicide, within the
application rate and field geofence of the mission plan the pilot loads from a
ground station laptop in the field. After each flight the ground station pulls
the images and the spray log off the drone and uploads them over 4G to the
contractor's cloud. There agronomists label a sample of images in a web labeling
tool, a monthly job retrains the model, and once an ML engineer approves the
evaluated model it is pushed to the ground stations, which copy it to the drones.
Controls in this design: per-station API keys on the upload endpoint, TLS to the
cloud, rate and geofence limits in the nozzle controller, model evaluation and
versioning, and an approval step before rollout.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crop-spraying drone weed detection model",
    profile=tg.RiskProfile.HIGH,
    description="On-board weed detection driving herbicide spot-spraying, retrained "
    "monthly from field images labelled by agronomists.",
)

# ---------------------------------------------------------------- data assets
mission_plan = tg.Data(
    "Mission plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Field boundary, flight lines, herbicide product and maximum rate per hectare.",
)
camera_frames = tg.Data("Crop row camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Weed detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
spray_log = tg.Data(
    "Spray application log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Where, when and how much herbicide was applied; kept as the legal spray record.",
)
flight_images = tg.Data(
    "Geotagged flight images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customers' fields; occasionally farm workers or passers-by.",
)
labels = tg.Data(
    "Weed labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Weed detector model",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Customer fields",
    trust=tg.Trust.UNTRUSTED,
    description="Open farmland; the equipment can be reached by anyone.",
):
    # Plans and supervises each flight from the field.
    pilot = tm.add(tg.Actor("Drone pilot", role="pilot"))
    # Rugged laptop in the crew's van: radio link to the drones, 4G link to the cloud.
    ground_station = tm.add(tg.Device("Ground station laptop", fleet=True))
    # The spraying drone: airframe, flight controller, camera and companion computer.
    drone = tm.add(tg.Device("Spraying drone", fleet=True))
    # Runs on the companion computer; decides frame by frame where the weeds are.
    weed_model = tm.add(
        tg.Model(
            "On-board weed detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="A missed weed costs yield; a false detection sprays herbicide on the crop.",
        )
    )
    # Opens the nozzles over detected weeds; holds the mission's rate and geofence.
    nozzle_controller = tm.add(
        tg.Service(
            "Spray nozzle controller",
            controls={
                c.SafetyLimits(
                    limits="maximum rate per hectare from the mission plan; no spraying outside the geofence"
                )
            },
        )
    )

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # Receives images and spray logs from the ground stations after each flight.
    upload_api = tm.add(
        tg.Endpoint(
            "Flight upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-ground-station API key")},
        )
    )
    # Raw flight images, kept for labeling and for customer queries.
    image_store = tm.add(
        tg.DataStore(
            "Flight image archive",
            stores={flight_images},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The spray records the contractor must keep for each field.
    spray_records = tm.add(tg.DataStore("Spray records database", stores={spray_log}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Web labeling tool where agronomists draw boxes on a sample of images.
        labeling = tm.add(
            tg.Pipeline("Weed labeling tool", stage=tg.Stage.LABELING, controls={c.RBAC()})
        )
        # Accumulated labelled images, versioned per month.
        dataset = tm.add(
            tg.Dataset(
                "Weed training dataset",
                stores={training_set, labels},
                controls={c.DataVersioning()},
            )
        )
        # Monthly retraining and evaluation against a held-out set of fields.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation()},
            )
        )
        # Holds each trained model version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Publishes the approved version for the ground stations to download.
        rollout = tm.add(
            tg.Pipeline(
                "Model rollout service",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer")},
            )
        )

with tm.boundary("Contractor office", trust=tg.Trust.INTERNAL):
    # Agronomists who label weeds; some work from home through the same web tool.
    agronomist = tm.add(tg.Actor("Agronomist", role="labeller"))
    # Approves each monthly model before it goes to the fleet.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# In the field
tm.flow(pilot, ground_station, mission_plan, label="typed at the ground station")
tm.flow(ground_station, drone, mission_plan, protocol="mavlink", label="telemetry radio")
tm.flow(drone, ground_station, spray_log, protocol="mavlink", label="telemetry radio")
tm.flow(drone, weed_model, camera_frames, protocol="local")
tm.flow(weed_model, nozzle_controller, detections, protocol="local")
tm.flow(drone, nozzle_controller, mission_plan, protocol="local", label="rate and geofence")
tm.flow(nozzle_controller, drone, spray_log, protocol="local")
tm.flow(
    drone, ground_station, flight_images, spray_log, protocol="ssh", label="post-flight offload"
)

# Upload to the cloud
tm.flow(ground_station, upload_api, flight_images, spray_log, protocol="https", controls={tls})
tm.flow(upload_api, image_store, flight_images)
tm.flow(upload_api, spray_records, spray_log)

# Labeling and retraining
tm.flow(image_store, labeling, flight_images, label="monthly sample")
tm.flow(labeling, agronomist, flight_images, protocol="https")
tm.flow(agronomist, labeling, labels, protocol="https")
tm.flow(labeling, dataset, labels, flight_images)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)

# Rollout to the fleet
tm.flow(ml_engineer, rollout, release_approval, protocol="https", label="approves release")
tm.flow(registry, rollout, weights)
tm.flow(rollout, ground_station, weights, protocol="https", controls={tls})
tm.flow(ground_station, weed_model, weights, protocol="ssh", label="model push to the drone")
