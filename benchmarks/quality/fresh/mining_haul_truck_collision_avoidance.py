"""Haul truck collision avoidance: the first design, before any security review.

Every haul truck in the open-pit mine carries forward and side cameras, a radar
array and a GNSS unit. An on-board computer runs an in-house object detector that
finds people, light vehicles and other trucks; a collision avoidance controller
fuses its detections with the position beacons other vehicles broadcast over the
mine's wireless mesh, warns the operator in the cab and, if the operator does not
react, commands the truck's OEM machine controller to brake over the CAN bus.
Detections and near-miss clips are buffered on the truck and uploaded over the
mesh to an ingest service in the control room (HTTPS, a per-truck API key), where
controllers see live alerts and review events. Reviewed events are labelled by an
annotation contractor and used to retrain the detector in the mine's data centre;
new model versions are kept in a registry and pushed to the fleet over the air
after the site safety engineer signs off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Haul truck collision avoidance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "On-board people and vehicle detection that warns and brakes open-pit haul "
        "trucks, retrained from near misses reported over the mine mesh."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_frames = tg.Data(
    "Camera, radar and GNSS frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Video of the truck's surroundings (people on foot appear in it), radar returns, position.",
)
detections = tg.Data(
    "Object detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Class, bounding box, range and closing speed of each person or vehicle.",
)
beacons = tg.Data(
    "Vehicle position beacons",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="GNSS position, heading and speed broadcast by light vehicles and other trucks.",
)
brake_command = tg.Data(
    "Warning and brake command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vehicle_state = tg.Data(
    "Vehicle state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Speed, gear, steering angle and payload from the OEM controller.",
)
cab_alert = tg.Data(
    "In-cab collision alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
operator_ack = tg.Data(
    "Operator acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
near_miss = tg.Data(
    "Near-miss events",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Detections, interventions and a 20-second clip around each event, with truck and operator id.",
)
review = tg.Data(
    "Event review outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="True or false alarm, missed object, notes from the control room.",
)
labels = tg.Data(
    "Bounding-box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Detector training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Haul truck", trust=tg.Trust.INTERNAL):
    # The cameras, radar and GNSS receiver fitted to every truck in the fleet.
    sensors = tm.add(
        tg.Device(
            "Truck sensor suite",
            fleet=True,
            description="Four cameras, forward and rear radar, dual-antenna GNSS on each truck.",
        )
    )
    # The detector itself, running on the truck's GPU computer; its output can stop the truck.
    detector = tm.add(
        tg.Model(
            "On-board object detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Detects people, light vehicles and trucks in camera and radar frames.",
            controls={c.ModelValidation(note="proving-ground test track before each release")},
        )
    )
    # Decides between nothing, a warning and a brake request from detections and beacons.
    controller = tm.add(
        tg.Service(
            "Collision avoidance controller",
            description="Fuses detections with beacons, tracks objects, raises alerts, requests braking.",
        )
    )
    # The truck maker's machine controller, which actually applies the brakes.
    machine = tm.add(
        tg.Service(
            "OEM machine controller",
            description="The truck's drive and brake controller on the J1939 CAN bus.",
        )
    )
    # Keeps events while the truck is out of mesh coverage at the bottom of the pit.
    recorder = tm.add(
        tg.DataStore(
            "On-board event recorder",
            stores={near_miss},
            description="Ring buffer on the truck computer's SSD; uploads when the mesh is reachable.",
        )
    )
    # The driver, who sees the alert and can override or acknowledge it.
    operator = tm.add(tg.Actor("Haul truck operator", role="truck operator"))

with tm.boundary("Mine wireless mesh", trust=tg.Trust.PARTNER):
    # Contractor light vehicles and the other trucks broadcast their positions on the shared mesh.
    peer_vehicles = tm.add(
        tg.DataSource(
            "Peer vehicle beacons",
            origin=tg.Origin.PARTNER,
            provides={beacons},
            description="Proximity tags in light vehicles (many contractor-owned) and other trucks.",
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Receives uploads from the fleet over the mesh.
    ingest = tm.add(
        tg.Service(
            "Fleet event ingest service",
            description="Accepts near-miss uploads from trucks and raises live alerts in the control room.",
            controls={c.Authentication(method="per-truck API key")},
        )
    )
    # Every near miss the fleet has reported, for safety investigations and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Near-miss event store",
            stores={near_miss, review},
            controls={c.RBAC()},
        )
    )
    # Mine controllers watch live alerts and classify each event.
    mine_controller = tm.add(tg.Actor("Control room controller", role="mine controller"))

with tm.boundary("Mine data centre", trust=tg.Trust.INTERNAL):
    # Selects reviewed events and sends their frames out for annotation.
    labeling = tm.add(tg.Pipeline("Event labeling pipeline", stage=tg.Stage.LABELING))
    # Frames and labels the detector is retrained on.
    dataset = tm.add(
        tg.Dataset(
            "Detector training dataset",
            stores={training_set, labels},
            controls={c.DataVersioning(note="DVC snapshots per training run")},
        )
    )
    # Retrains the detector monthly on the GPU server.
    training = tm.add(
        tg.Pipeline(
            "Detector retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="PyTorch training job, exported to ONNX for the truck computers.",
        )
    )
    # Holds every detector version that has been trained.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )
    # Pushes an approved detector version to the fleet over the mesh.
    ota = tm.add(
        tg.Pipeline(
            "Over-the-air model deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="site safety engineer")},
        )
    )

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # An outside labelling company draws boxes on the event frames.
    annotators = tm.add(tg.Actor("Annotation contractor", role="labeller"))

# ---------------------------------------------------------------- flows
# On the truck
tm.flow(sensors, detector, sensor_frames)
tm.flow(detector, controller, detections)
tm.flow(peer_vehicles, controller, beacons, protocol="udp", label="mesh broadcast")
tm.flow(machine, controller, vehicle_state, protocol="can")
tm.flow(controller, machine, brake_command, protocol="can")
tm.flow(controller, operator, cab_alert, label="cab display and buzzer")
tm.flow(operator, controller, operator_ack, label="acknowledge or override")
tm.flow(controller, recorder, near_miss)

# Over the mesh to the control room
tm.flow(recorder, ingest, near_miss, protocol="https", label="upload when in coverage")
tm.flow(ingest, event_store, near_miss)
tm.flow(ingest, mine_controller, near_miss, label="live alert")
tm.flow(event_store, mine_controller, near_miss, label="event review")
tm.flow(mine_controller, event_store, review)

# Retraining
tm.flow(event_store, labeling, near_miss, review)
tm.flow(labeling, annotators, sensor_frames, protocol="https", label="annotation tasks")
tm.flow(annotators, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(registry, ota, weights)
tm.flow(ota, detector, weights, protocol="https", label="over the mesh")
