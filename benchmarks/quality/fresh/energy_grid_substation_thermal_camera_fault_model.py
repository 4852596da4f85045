"""Substation thermal monitoring: the first design, before any security review.

The distribution network operator fits fixed radiometric thermal cameras in its
primary substations, pointed at transformers, bushings, disconnectors and cable
terminations. Each substation has an edge gateway on the station LAN that pulls
the camera streams and runs a hot-spot detection model on every frame. Detections
go over the utility WAN to an alarm service in the control centre, which weighs
them against the asset's alarm thresholds and the feeder load from the SCADA
historian, stores a thermal snapshot and raises a maintenance alarm on the control
room console. Operators acknowledge alarms and raise work orders in the asset
management system. Thermography engineers label archived snapshots; the analytics
team retrains the detector monthly and pushes approved versions to the gateways.
Controls so far: operator sign-in with smartcards and role-based access on the
console, TLS on the WAN, an audit log of alarm handling, and versioned models
that the analytics team lead approves before rollout.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Substation thermal camera fault detection",
    profile=tg.RiskProfile.HIGH,
    description="Edge hot-spot detection on substation thermal cameras, raising control-room alarms.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Radiometric thermal frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Temperature images of substation plant; the layout of critical sites.",
)
detections = tg.Data(
    "Hot-spot detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bounding box, asset id, peak and reference temperature per hot spot.",
)
snapshots = tg.Data(
    "Thermal snapshots",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The frame that triggered a detection, kept for trending and labelling.",
)
load_readings = tg.Data(
    "Feeder load readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current on each bay, so a hot spot can be judged against load.",
)
thresholds = tg.Data(
    "Asset alarm thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alarms = tg.Data(
    "Maintenance alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgements = tg.Data("Alarm acknowledgements", kind="records")
work_orders = tg.Data("Maintenance work orders", kind="records")
labels = tg.Data(
    "Hot-spot labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Substation OT network", trust=tg.Trust.RESTRICTED):
    # The sensors themselves: one or more fixed cameras per substation, many sites.
    cameras = tm.add(
        tg.Device(
            "Fixed thermal cameras",
            fleet=True,
            description="Radiometric cameras on the station LAN, streaming frames to the gateway.",
        )
    )
    # Runs detection next to the cameras so only detections and snapshots cross the WAN.
    gateway = tm.add(
        tg.Service(
            "Substation edge gateway",
            description="Industrial PC that pulls camera streams and runs the detector.",
        )
    )
    # The model the project is about: finds hot spots in each frame.
    detector = tm.add(
        tg.Model(
            "Hot-spot detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned on our own labelled substation imagery; "
            "a missed hot spot can end in a failed transformer or a fire.",
        )
    )

with tm.boundary("Control centre OT network", trust=tg.Trust.RESTRICTED):
    # Turns detections into alarms: applies thresholds and load, de-duplicates.
    alarm_service = tm.add(
        tg.Service(
            "Thermal alarm service",
            description="Scores detections against thresholds and load; raises console alarms.",
            controls={
                c.AuditLogging(retention_days=365, note="alarm raise and acknowledge events")
            },
        )
    )
    # Existing SCADA historian, already holding bay currents.
    historian = tm.add(tg.DataStore("SCADA historian", stores={load_readings}))
    # Where the operators see and acknowledge the alarms.
    console = tm.add(
        tg.Endpoint(
            "Control room alarm console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="operator smartcard and PIN"),
                c.RBAC(note="operator, supervisor and engineer roles"),
            },
        )
    )
    # The person who decides whether an alarm becomes field work.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Enterprise asset management: asset register, thresholds and work orders.
    eam = tm.add(
        tg.DataStore(
            "Asset management system",
            stores={thresholds, work_orders},
            controls={c.RBAC()},
        )
    )
    # Specialists who label snapshots for retraining.
    engineer = tm.add(tg.Actor("Thermography engineer", role="asset engineer"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Keeps every triggering snapshot for trending and as future training data.
    archive = tm.add(tg.DataStore("Thermal image archive", stores={snapshots}))
    # Web labelling tool the engineers use to mark true and false hot spots.
    labelling = tm.add(tg.Pipeline("Snapshot labelling", stage=tg.Stage.LABELING))
    # The growing labelled set the detector is retrained on.
    dataset = tm.add(tg.Dataset("Labelled thermal dataset", stores={snapshots, labels}))
    # Monthly fine-tuning job.
    training = tm.add(
        tg.Pipeline(
            "Monthly detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds each trained detector version.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )
    # Pushes an approved version out to every substation gateway.
    rollout = tm.add(
        tg.Pipeline(
            "Gateway model rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="analytics team lead")},
        )
    )

# ---------------------------------------------------------------- flows
# in the substation
tm.flow(cameras, gateway, frames, protocol="rtsp", label="camera streams")
tm.flow(gateway, detector, frames)
tm.flow(detector, gateway, detections)

# substation to control centre over the utility WAN
tm.flow(
    gateway,
    alarm_service,
    detections,
    snapshots,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
    label="utility WAN",
)
tm.flow(historian, alarm_service, load_readings, protocol="opc-ua", label="bay currents")
tm.flow(eam, alarm_service, thresholds, protocol="https", label="nightly threshold sync")

# alarms to the control room
tm.flow(alarm_service, console, alarms)
tm.flow(console, operator, alarms, protocol="https")
tm.flow(operator, console, acknowledgements, protocol="https")
tm.flow(console, alarm_service, acknowledgements)
tm.flow(operator, eam, work_orders, protocol="https", label="raises work order")

# snapshots, labelling and retraining
tm.flow(alarm_service, archive, snapshots, protocol="https")
tm.flow(archive, labelling, snapshots)
tm.flow(labelling, engineer, snapshots, protocol="https")
tm.flow(engineer, labelling, labels, protocol="https")
tm.flow(labelling, dataset, snapshots, labels)
tm.flow(dataset, training, snapshots, labels)
tm.flow(training, registry, weights)
tm.flow(registry, rollout, weights)
tm.flow(rollout, detector, weights, protocol="https", label="deploy over utility WAN")
