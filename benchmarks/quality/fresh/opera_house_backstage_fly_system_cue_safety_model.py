"""Opera house fly-system cue safety model: the first design, before any security review.

During scene changes the fly automation controller flies scenery bars in and out on
motorised hoists. A cue safety monitor, on a rack server in the stage machinery room,
reads the hoist load cells and the bar positions from the controller and watches
overhead and wing cameras with an object detector that looks for a person or an
obstruction under a moving bar. When it sees one, or a load that does not match the
cue, it sends the controller a stop for that cue; the controller keeps its own
overload trips and end-of-travel limits. Alerts and incident clips go to a stage
management dashboard on the house IT network, where the stage manager and the
technical team review them. Reviewed clips are labelled and used to retrain the
detector, which is published to a registry and loaded by the monitor. The automation
vendor keeps a VPN link into the controller for remote support. Cameras film crew
and performers, so the footage is personal data (EU house, GDPR).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Opera house fly-system cue safety",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Stops a flown cue when a person or obstruction is under a moving fly bar.",
)

# ---------------------------------------------------------------- data assets
cue_commands = tg.Data(
    "Cue commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GO, hold and manual jog commands for each flown cue.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cue_status = tg.Data("Cue status and bar positions", kind="records")
load_readings = tg.Data(
    "Hoist load readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_setpoints = tg.Data(
    "Hoist drive setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stage_video = tg.Data(
    "Stage camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead and wing views of the stage floor; crew and performers are in shot.",
)
detections = tg.Data(
    "Under-bar obstruction detections",
    kind="model-output",
    description="Boxes, classes and confidences for people and objects in each bar's zone.",
)
stop_command = tg.Data(
    "Cue stop command",
    kind="records",
    description="Stop-and-hold for the running cue, with the bar and the reason.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
safety_alerts = tg.Data("Cue safety alerts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert_acks = tg.Data("Alert acknowledgements", kind="records")
incident_clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds either side of each stop or near-miss.",
)
clip_labels = tg.Data("Clip labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
training_clips = tg.Data(
    "Labelled stage footage",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
remote_session = tg.Data(
    "Remote maintenance session",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor engineer's session for diagnostics, parameter changes and updates.",
)
diagnostics = tg.Data("Controller diagnostics", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Stage machinery network", trust=tg.Trust.RESTRICTED):
    # The person at the fly console who runs each flown cue on the stage manager's call.
    operator = tm.add(tg.Actor("Automation operator", role="fly operator"))

    # The existing fly automation controller: runs cues and drives the hoists.
    controller = tm.add(
        tg.Service(
            "Fly automation controller",
            description="Safety PLC and cue engine of the flying system; accepts stop-and-hold "
            "from the cue safety monitor.",
            controls={
                tg.controls.SafetyLimits(
                    limits="hoist overload trips, slack-rope detection and hard end-of-travel "
                    "limits in the PLC safety chain, independent of the monitor"
                ),
                tg.controls.Authentication(method="individual operator login on the fly console"),
                tg.controls.AuditLogging(note="cue engine logs every GO, hold and stop"),
            },
        )
    )

    # Variable-speed drives on each line-shaft hoist, commanded by the controller.
    drives = tm.add(tg.Device("Hoist motor drives"))

    # Load cells on each hoist, read by the controller every scan.
    load_cells = tm.add(tg.Device("Hoist load cells"))

    # PoE cameras over the stage and in the wings, added for this project.
    cameras = tm.add(tg.Device("Stage cameras"))

    # New rack server: fuses loads, positions and detections and decides to stop a cue.
    monitor = tm.add(
        tg.Service(
            "Cue safety monitor",
            description="Runs the detector on each camera stream while a cue runs and sends "
            "stop-and-hold to the controller when a bar zone is occupied or the load is off.",
        )
    )

    # Fine-tuned object detector that looks for people and objects under a bar.
    detector = tm.add(
        tg.Model(
            "Under-bar obstruction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            returns_scores=True,
            description="Open-weights detection model fine-tuned on our own stage footage.",
        )
    )

with tm.boundary("House IT network", trust=tg.Trust.INTERNAL):
    # The stage manager calls the show and follows the safety alerts.
    stage_manager = tm.add(tg.Actor("Stage manager", role="stage management"))

    # Web dashboard in the prompt corner and the technical office.
    dashboard = tm.add(
        tg.Endpoint(
            "Stage management dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="house staff SSO with MFA")},
        )
    )

    # Keeps the clips around each stop for review and for retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={incident_clips},
            controls={tg.controls.RetentionLimits(days=90)},
        )
    )

    # Technical team member who labels reviewed clips and looks after the detector.
    ml_engineer = tm.add(
        tg.Actor("Technical systems engineer", role="ml engineer", privileged=True)
    )

    # Labelled frames from rehearsals and incidents.
    dataset = tm.add(tg.Dataset("Labelled stage footage set", stores={training_clips, clip_labels}))

    # Fine-tunes the detector on a GPU workstation in the technical office.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.FINE_TUNING))

    # Holds the released detector versions the monitor loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector registry",
            stores={detector_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Automation vendor", trust=tg.Trust.PARTNER):
    # The flying system's supplier supports the controller remotely.
    vendor = tm.add(tg.ExternalService("Automation vendor remote support"))

# ---------------------------------------------------------------- flows
# running a cue
tm.flow(operator, controller, cue_commands, label="at the fly console")
tm.flow(controller, operator, cue_status, label="on the console panel")
tm.flow(load_cells, controller, load_readings, protocol="profinet")
tm.flow(controller, drives, drive_setpoints, protocol="profinet")

# watching the cue
tm.flow(controller, monitor, cue_status, load_readings, protocol="opc-ua")
tm.flow(cameras, monitor, stage_video, protocol="rtsp")
tm.flow(monitor, detector, stage_video, label="decoded frames")
tm.flow(detector, monitor, detections)
tm.flow(monitor, controller, stop_command, protocol="opc-ua")

# alerting and review
tm.flow(monitor, dashboard, safety_alerts, protocol="https")
tm.flow(dashboard, stage_manager, safety_alerts, protocol="https")
tm.flow(stage_manager, dashboard, alert_acks, protocol="https")
tm.flow(monitor, clip_store, incident_clips, protocol="smb")
tm.flow(clip_store, dashboard, incident_clips, label="clip playback")

# retraining
tm.flow(clip_store, dataset, incident_clips, label="weekly export")
tm.flow(ml_engineer, dataset, clip_labels, protocol="https")
tm.flow(dataset, training, training_clips)
tm.flow(training, registry, detector_weights)
tm.flow(registry, monitor, detector_weights, protocol="https", label="model pull")

# vendor support
tm.flow(vendor, controller, remote_session, protocol="ipsec")
tm.flow(controller, vendor, diagnostics, protocol="ipsec")
