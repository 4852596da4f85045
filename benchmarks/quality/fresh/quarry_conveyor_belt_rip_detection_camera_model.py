"""Quarry main conveyor belt rip and foreign object detection: the first design.

Line-scan cameras over the main conveyor (loading chute and head pulley) stream frames
to an edge inference server in the plant switch room. An in-house vision model looks
for rips, edge damage and foreign objects (tramp steel, drill rods, timber). On a
confident detection the edge server writes a trip bit to the conveyor PLC over Modbus
TCP, which stops the belt drive; the trip latches until the control-room operator has
checked the snapshot and resets it from the SCADA HMI. Trips also text the shift
supervisor. Alarm snapshots go weekly to the cloud ML workspace, where an ML engineer
labels them and the model is retrained and published to a registry the edge pulls from.
Controls: the PLC latches trips and needs a reset plus pre-start siren (pull-wires are
hard-wired), operators use their own domain accounts on the HMI and resets are
journalled, and models are evaluated before release and pinned by version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quarry conveyor belt rip detection",
    profile=tg.RiskProfile.HIGH,
    description="Camera model that trips the main conveyor on belt rips or foreign "
    "objects, with a control-room reset.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Belt camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line-scan images of the carrying side of the belt.",
)
detections = tg.Data(
    "Rip and foreign object detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Class, confidence and belt position of each detection.",
)
trip = tg.Data(
    "Belt trip command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
belt_status = tg.Data(
    "Belt running status and speed",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_commands = tg.Data(
    "Drive run and stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reset = tg.Data(
    "Trip reset command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
inhibit = tg.Data(
    "Detection inhibit setting",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Set by the operator while the belt is under maintenance or splicing.",
)
alarms = tg.Data("Trip alarms and snapshots", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
trip_sms = tg.Data("Trip alert text", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
snapshots = tg.Data(
    "Alarm snapshot archive",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Frames around every detection, with the detection and operator outcome.",
)
labels = tg.Data(
    "Labelled belt damage frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Conveyor field equipment", trust=tg.Trust.INTERNAL):
        # The eyes of the system: lit, enclosed camera boxes over the belt.
        cameras = tm.add(
            tg.Device(
                "Belt line-scan cameras",
                fleet=True,
                description="Two cameras: loading chute and after the head pulley.",
            )
        )
        # What actually stops the belt: the VFD and motor on the head drive.
        drive = tm.add(
            tg.Device(
                "Main conveyor belt drive",
                fleet=False,
                description="Variable-frequency drive and motor on the head pulley.",
            )
        )

    # Runs the camera model next to the belt, so a trip does not wait on the WAN.
    edge = tm.add(
        tg.Service(
            "Edge inference server",
            description="GPU box in the switch room; decodes frames, runs the model, "
            "writes the trip bit and publishes alarms.",
        )
    )
    # The model that decides a rip or foreign object is on the belt.
    detector = tm.add(
        tg.Model(
            "Belt rip and foreign object detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Segmentation and object detection CNN; trips the belt above a "
            "confidence threshold.",
        )
    )
    # Existing conveyor PLC: owns the drive, the pull-wires and the trip latch.
    plc = tm.add(
        tg.Service(
            "Conveyor PLC",
            description="Runs the belt interlocks; latches an AI trip like any other trip.",
            controls={
                c.SafetyLimits(
                    limits="trip latches in the PLC; restart only after a control-room "
                    "reset and the pre-start siren; pull-wire stops are hard-wired to the "
                    "drive's safety relay"
                )
            },
        )
    )
    # Keeps the frames around each detection for the operator and for retraining.
    event_store = tm.add(tg.DataStore("Site detection event store", stores={snapshots, detections}))

    with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
        # Existing SCADA HMI: where trips are seen and reset.
        hmi = tm.add(
            tg.Service(
                "SCADA HMI",
                description="Shows belt alarms and detection snapshots; reset and "
                "inhibit buttons for the AI trip.",
                controls={
                    c.Authentication(method="each operator's own Active Directory account"),
                    c.AuditLogging(note="alarm and reset journal in the SCADA historian"),
                },
            )
        )
        # The person who inspects the belt and decides to restart it.
        operator = tm.add(tg.Actor("Control room operator", role="plant operator"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends trip texts to whoever is on shift.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Needs to know the main belt is down, wherever they are on site.
    supervisor = tm.add(tg.Actor("Quarry shift supervisor", role="supervisor"))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Curated training set built from uploaded alarm snapshots.
    dataset = tm.add(tg.Dataset("Belt damage training set", stores={labels}, purpose="training"))
    # Retrains the detector when a new batch of labelled frames is ready.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="held-out rip and object set must not regress")},
        )
    )
    # Where the edge server pulls released model versions from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning(note="edge config pins a model version")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Labels frames, runs training and publishes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# detection and trip path
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(edge, detector, frames, label="inference")
tm.flow(detector, edge, detections)
tm.flow(plc, edge, belt_status, protocol="modbus", label="only detect while running")
tm.flow(edge, plc, trip, protocol="modbus", label="trip bit")
tm.flow(plc, drive, drive_commands, protocol="profinet")
tm.flow(drive, plc, belt_status, protocol="profinet")

# control room
tm.flow(edge, hmi, detections, alarms, protocol="https")
tm.flow(plc, hmi, belt_status, protocol="opc-ua")
tm.flow(hmi, operator, alarms, label="on the HMI screen")
tm.flow(operator, hmi, reset, inhibit, label="at the HMI console")
tm.flow(hmi, plc, reset, protocol="opc-ua")
tm.flow(hmi, edge, inhibit, protocol="https")
tm.flow(hmi, sms, trip_sms, protocol="https")
tm.flow(sms, supervisor, trip_sms, protocol="sms")

# evidence and retraining
tm.flow(edge, event_store, snapshots, detections, protocol="https")
tm.flow(event_store, hmi, snapshots, protocol="https", label="snapshot viewer")
tm.flow(event_store, dataset, snapshots, protocol="https", label="weekly upload")
tm.flow(ml_engineer, dataset, labels, protocol="https", label="labelling")
tm.flow(dataset, training, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, weights, protocol="https", label="publishes release")
tm.flow(registry, detector, weights, protocol="https", label="edge server pulls pinned version")
