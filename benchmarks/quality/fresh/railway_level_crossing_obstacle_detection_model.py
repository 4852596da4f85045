"""Level crossing obstacle detection: the first design, before any security review.

At each automatic half-barrier level crossing a radar and two IP cameras watch the
crossing. A detection computer in the lineside equipment cabinet fuses radar tracks
and video and runs an in-house detection model; once the barriers are down, a vehicle
or person still on the crossing raises an obstacle alarm, sent over the operational
telecoms network to the interlocking, which holds the protecting signals at danger,
and with a camera still to the signaller, who releases the signals once it is clear.
Detection clips go to an event store, kept 31 days, and are labelled for retraining;
a signalling ML engineer approves each model release before it is pushed lineside.
The interlocking lets the alarm only hold signals at danger, and a silent or faulty
detector is treated as an obstruction. Maintainers reach the cabinet computer by SSH.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Level crossing obstacle detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Radar and camera obstacle detection at automatic level crossings, "
    "alerting the signaller and holding signals at danger.",
)

# ---------------------------------------------------------------- data assets
scene = tg.Data(
    "Crossing scene",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicles and people on and around the crossing, as the sensors see them.",
)
video = tg.Data(
    "Camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Two H.264 streams; faces and number plates are visible.",
)
radar_tracks = tg.Data("Radar tracks", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
barrier_state = tg.Data(
    "Barrier state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Barriers lowering, down and detected, from the crossing controller.",
)
fused = tg.Data("Fused radar and video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Obstacle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarm = tg.Data(
    "Obstacle alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
snapshot = tg.Data("Alarm camera still", kind="media", sensitivity=tg.Sensitivity.PII)
signal_state = tg.Data(
    "Signal and crossing indications",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
signaller_cmd = tg.Data(
    "Signaller acknowledgements and releases",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clips = tg.Data(
    "Detection clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds of video and radar around each detection or alarm.",
)
labels = tg.Data(
    "Obstacle labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
maint = tg.Data(
    "Detector configuration and diagnostics",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detection zones, thresholds, sensor health and logs.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public highway", trust=tg.Trust.UNTRUSTED):
    # Drivers, cyclists and pedestrians using the crossing: what the sensors look at.
    road_users = tm.add(tg.Actor("Road users at the crossing", role="member of the public"))

with tm.boundary("Level crossing site", trust=tg.Trust.INTERNAL):
    # Sees metal objects and people on the crossing in rain, fog and darkness.
    radar = tm.add(tg.Device("Crossing radar", fleet=True))
    # Gives the model a picture of the crossing and the signaller a still.
    cameras = tm.add(tg.Device("Crossing cameras", fleet=True))
    # Existing controller that works the barriers and road lights.
    controller = tm.add(
        tg.Service(
            "Level crossing controller",
            description="Existing relay-based control of barriers and road traffic lights.",
        )
    )
    # The cabinet computer that hosts the model and decides when to raise the alarm.
    detector = tm.add(
        tg.Service(
            "Lineside detection computer",
            description="Fuses radar and video, runs the model, raises the obstacle alarm.",
            controls={
                c.FailClosed(
                    fallback="loss of heartbeat or a sensor fault is treated as an "
                    "obstruction: signals held at danger and the signaller alerted"
                ),
            },
        )
    )
    # Decides whether something is on the crossing once the barriers are down.
    model = tm.add(
        tg.Model(
            "Obstacle detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Detects vehicles and people within the crossing's danger zone.",
            controls={
                c.ModelValidation(note="scenario test library run before each release"),
                c.ModelVersioning(),
            },
        )
    )
    # Signalling and telecoms technicians who set up and fault-find at the cabinet.
    maintainer = tm.add(tg.Actor("S&T maintainer", role="signalling technician", privileged=True))

with tm.boundary("Rail operating centre", trust=tg.Trust.RESTRICTED):
    # The existing safety system that sets the protecting signals.
    interlocking = tm.add(
        tg.Service(
            "Interlocking",
            description="Computer-based interlocking controlling the crossing's protecting signals.",
            controls={
                c.SafetyLimits(
                    limits="interlocking logic lets the obstacle alarm only hold "
                    "protecting signals at danger; it never clears a signal on the detector's word"
                ),
            },
        )
    )
    # Where the alarm and the camera still appear to the signaller.
    workstation = tm.add(
        tg.Service(
            "Signaller workstation",
            controls={c.Authentication(method="signaller's own user name and password")},
        )
    )
    # Decides what to do about an obstruction and releases the signals once clear.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))

with tm.boundary("Engineering data centre", trust=tg.Trust.INTERNAL):
    # Clips around every detection, for incident investigation and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Detection event store",
            stores={clips},
            controls={c.RetentionLimits(days=31)},
        )
    )
    # Clips from many crossings with obstacle labels, used for training.
    dataset = tm.add(tg.Dataset("Labelled crossing clips", stores={clips, labels}))
    # Retrains the detection model on GPU servers.
    training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
    # Holds every trained model version.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    # Pushes an approved model version to the lineside computers.
    deploy = tm.add(
        tg.Pipeline(
            "Lineside deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="signalling ML engineer")},
        )
    )
    # Labels clips, trains models and approves releases.
    ml_engineer = tm.add(tg.Actor("Signalling ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(road_users, cameras, scene, label="in view")
tm.flow(road_users, radar, scene, label="in view")
tm.flow(cameras, detector, video, protocol="rtsp")
tm.flow(radar, detector, radar_tracks)
tm.flow(controller, detector, barrier_state, label="hard-wired relay contacts")

tm.flow(detector, model, fused)
tm.flow(model, detector, detections)

tm.flow(detector, interlocking, alarm, label="over the operational telecoms network")
tm.flow(interlocking, workstation, signal_state)
tm.flow(detector, workstation, alarm, snapshot, protocol="https")
tm.flow(workstation, signaller, alarm, snapshot, signal_state)
tm.flow(signaller, workstation, signaller_cmd)
tm.flow(workstation, interlocking, signaller_cmd)

tm.flow(detector, event_store, clips, protocol="https")
tm.flow(event_store, dataset, clips)
tm.flow(ml_engineer, dataset, labels, label="labels clips")
tm.flow(dataset, training, clips, labels)
tm.flow(training, registry, weights)
tm.flow(registry, deploy, weights)
tm.flow(ml_engineer, deploy, approval, label="approves release")
tm.flow(deploy, model, weights, protocol="sftp", label="push to lineside computers")

tm.flow(maintainer, detector, maint, protocol="ssh")
tm.flow(detector, maintainer, maint, protocol="ssh")
