"""Platform-train gap monitoring: the first design, before any security review.

The train operator fits bodyside cameras to each carriage that watch the
platform-train gap and the doorways while the train is stopped at a station.
An onboard edge unit runs an in-house detector on the frames and, using door and
stopping status from the train management system, warns the guard on the cab
door panel before the doors close if someone is in the gap or trapped in a door;
the guard still decides when to close and dispatch. Clips around each detection
go over the cellular link to the operator's cloud, where annotators label them
and the ML team retrains the detector, keeps versions in a registry and pushes
approved releases to the fleet over the air at the depot. Clips are encrypted at
rest, kept 30 days and read by role; a release needs the fleet engineering
safety manager's approval; if the detector or a camera is down the panel says so
and the guard does the standard manual platform check.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Platform-train gap camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "On-train detector that warns the guard before door closure when someone is "
        "in the platform-train gap or trapped in a door."
    ),
)

# ---------------------------------------------------------------- data assets
platform_scene = tg.Data(
    "Platform scene",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What is in front of the cameras: passengers boarding and alighting.",
)
frames = tg.Data(
    "Gap camera video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
door_status = tg.Data(
    "Door and stopping status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Train stopped, doors released, door close requested, per-door closed and locked.",
)
detections = tg.Data(
    "Gap detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-door: person or object in the gap, person or object trapped in a door, clear.",
)
warning = tg.Data(
    "Gap obstruction warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Audible and visual warning naming the car and door, or 'monitoring unavailable'.",
)
acknowledgement = tg.Data(
    "Guard acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
clips = tg.Data(
    "Detection event clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Ten seconds of video either side of each warning and a sample of clear stops.",
)
event_log = tg.Data(
    "Detection event log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Unit, station, time, door, detection, warning shown, guard acknowledgement.",
)
labels = tg.Data(
    "Gap annotation labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_frames = tg.Data(
    "Labelled gap training frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Gap detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Station platform", trust=tg.Trust.UNTRUSTED):
    # Members of the public in view of the cameras: the scene is the model's input.
    passenger = tm.add(tg.Actor("Passenger on platform", role="member of the public"))

with tm.boundary("Train onboard network", trust=tg.Trust.INTERNAL):
    # The cameras on each carriage side that see the gap and the doorways.
    cameras = tm.add(
        tg.Device(
            "Bodyside gap cameras",
            fleet=True,
            description="Two cameras per carriage side, wired to the onboard Ethernet.",
        )
    )
    # Runs the detector during each station stop and drives the guard's warning.
    edge_unit = tm.add(
        tg.Service(
            "Onboard edge inference unit",
            description=(
                "Ruggedised GPU box in the equipment cabinet; decodes the camera streams, "
                "runs the detector from door release to doors closed and locked."
            ),
            controls={
                tg.controls.FailClosed(
                    fallback=(
                        "a lost camera feed or detector fault shows 'gap monitoring unavailable' "
                        "on the door panel and the guard does the standard manual platform check"
                    )
                )
            },
        )
    )
    # The in-house model that spots people or objects in the gap or trapped in a door.
    detector = tm.add(
        tg.Model(
            "Gap obstruction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Object detector fine-tuned on the operator's own platform footage.",
            controls={
                tg.controls.ModelValidation(note="replayed against recorded stops before release")
            },
        )
    )
    # Supplies the door and stopping state that tells the unit when to watch and warn.
    tms = tm.add(
        tg.Service(
            "Train management system",
            description="The train's existing TMS; exposes door and stopping status on the train backbone.",
        )
    )
    # Where the guard sees the warning before closing the doors.
    door_panel = tm.add(
        tg.Device(
            "Guard door panel display",
            fleet=True,
            description="Screen and buzzer beside the door controls.",
        )
    )
    # The person who decides when to close the doors and dispatch.
    guard = tm.add(tg.Actor("Guard", role="train guard"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives clips and event logs from the trains over the cellular link.
    upload = tm.add(
        tg.Service(
            "Fleet clip upload service",
            controls={tg.controls.Authentication(method="per-train API key")},
        )
    )
    # Keeps detection clips for review, incident investigation and training.
    clip_store = tm.add(
        tg.DataStore(
            "Detection clip store",
            stores={clips, event_log},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RetentionLimits(days=30),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Annotation tool and queue for labelling uploaded clips.
        labeling = tm.add(tg.Pipeline("Clip annotation pipeline", stage=tg.Stage.LABELING))
        # The frames and labels the detector is trained on.
        training_set = tm.add(tg.Dataset("Gap training set", stores={training_frames, labels}))
        # Periodic retraining of the detector.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versions of the detector; the fleet runs a pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )
        # Pushes an approved release to the trains at the depot.
        deployment = tm.add(
            tg.Pipeline(
                "Fleet model deployment",
                stage=tg.Stage.DEPLOYMENT,
                controls={tg.controls.HumanInTheLoop(approver="fleet engineering safety manager")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operator staff who label the clips.
    annotator = tm.add(tg.Actor("Clip annotator", role="annotation team"))
    # Builds and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, cameras, platform_scene, label="in view of the cameras")
tm.flow(cameras, edge_unit, frames, protocol="rtsp")
tm.flow(tms, edge_unit, door_status, protocol="trdp")
tm.flow(edge_unit, detector, frames)
tm.flow(detector, edge_unit, detections)
tm.flow(edge_unit, door_panel, warning, protocol="trdp")
tm.flow(door_panel, guard, warning, label="on the panel")
tm.flow(guard, door_panel, acknowledgement, label="on the panel")
tm.flow(door_panel, edge_unit, acknowledgement, protocol="trdp")

tm.flow(edge_unit, upload, clips, event_log, protocol="https", label="cellular uplink")
tm.flow(upload, clip_store, clips, event_log)

tm.flow(clip_store, labeling, clips)
tm.flow(annotator, labeling, labels, protocol="https")
tm.flow(labeling, training_set, training_frames, labels)
tm.flow(training_set, training, training_frames, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deployment, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, detector, weights, protocol="https", label="over-the-air update at the depot")
