"""Port crane remote operation with vision safety stop: the first design.

A container terminal in the EU runs its ship-to-shore and yard cranes from a
remote operations centre (ROC): operators drive each crane from a console using
camera video, and the terminal operating system (TOS) sends the move list that
the crane job manager turns into jobs for each crane. Cameras and lidar on every
crane stream to an edge inference server in the crane's electrical house, where
a detection model looks for people and obstacles under the spreader; when it
sees one in the danger zone the stop-lift interlock tells the crane PLC to halt
the hoist, and the operator sees the alarm. The model comes from a vision vendor
and is deployed to the edge servers from our model registry. Video and alarms
are recorded for incident investigation. Controls in this design: console
sign-in with role-based access, vendor model evaluation before release, model
versioning in the registry and an audit log on the recordings.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port crane remote operation with vision safety stop",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Remote crane operation with a vision model that detects people and "
    "obstacles under the spreader and can stop a lift.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Crane camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Spreader, trolley and gantry cameras; dock workers are visible.",
)
point_cloud = tg.Data(
    "Lidar point clouds",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Person and obstacle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_cmd = tg.Data(
    "Stop-lift command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarm = tg.Data("Safety alarm", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crane_cmds = tg.Data(
    "Crane control commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Joystick hoist, trolley and gantry commands from the operator.",
)
crane_status = tg.Data(
    "Crane status and telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Load, spreader position, hoist state and faults.",
)
move_list = tg.Data(
    "Move list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Container moves with container ids, positions and vessel bay plan.",
)
crane_jobs = tg.Data("Crane jobs", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
move_confirm = tg.Data(
    "Move confirmations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
recordings = tg.Data(
    "Video and alarm recordings",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Clips around each alarm and stop, kept for incident investigation.",
)
model_artifact = tg.Data(
    "Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vision vendor", trust=tg.Trust.PARTNER):
    # Supplier of the person and obstacle detection model and its updates.
    vendor = tm.add(
        tg.ExternalService(
            "Vision model vendor",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Publishes retrained detection models to a download portal.",
        )
    )

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Plans vessel and yard operations; the source of every container move.
    tos = tm.add(tg.Service("Terminal operating system"))
    # Splits the move list into jobs per crane and reports completed moves.
    job_manager = tm.add(tg.Service("Crane job manager"))
    # Holds approved detection model versions for the edge servers.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Pushes a released model version to every crane's edge server.
    deploy = tm.add(tg.Pipeline("Edge model deployment", stage=tg.Stage.DEPLOYMENT))
    # Recorded clips and alarms for safety investigations.
    recorder = tm.add(
        tg.DataStore(
            "Video and alarm recorder",
            stores={recordings},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

with tm.boundary("Remote operations centre", trust=tg.Trust.INTERNAL):
    # Licensed crane operator driving one crane at a time from the ROC.
    operator = tm.add(tg.Actor("Crane operator", role="remote crane operator"))
    # Operator chair: video walls, joysticks, job list and safety alarms.
    console = tm.add(
        tg.Service(
            "Remote operator console",
            controls={c.Authentication(method="badge and PIN"), c.RBAC()},
        )
    )

with tm.boundary("Crane OT network", trust=tg.Trust.RESTRICTED):
    # Cameras and lidar mounted on the spreader, trolley and legs of every crane.
    sensors = tm.add(tg.Device("Crane cameras and lidar", fleet=True))
    # Crane controller that executes hoist, trolley and gantry motion.
    plc = tm.add(tg.Device("Crane PLC", fleet=True))
    # GPU box in each crane's electrical house that runs the detection model.
    edge = tm.add(tg.Service("Edge inference server"))
    # Finds people and obstacles under the spreader in video and lidar.
    detector = tm.add(
        tg.Model(
            "Person and obstacle detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            controls={c.ModelValidation(note="vendor evaluation report reviewed before release")},
            description="Vendor-supplied weights, run locally on the edge server.",
        )
    )
    # Turns a detection in the danger zone into a stop of the lift.
    interlock = tm.add(tg.Service("Stop-lift interlock"))

# ---------------------------------------------------------------- flows
# perception and the safety stop
tm.flow(sensors, edge, video, protocol="rtsp", label="camera streams")
tm.flow(sensors, edge, point_cloud, protocol="udp", label="lidar frames")
tm.flow(edge, detector, video, point_cloud)
tm.flow(detector, edge, detections)
tm.flow(edge, interlock, detections)
tm.flow(interlock, plc, stop_cmd, protocol="profinet")
tm.flow(plc, interlock, crane_status, protocol="profinet", label="hoist state")

# remote operation
tm.flow(sensors, console, video, protocol="rtsp", label="operator video")
tm.flow(interlock, console, alarm, label="stop alarm")
tm.flow(operator, console, crane_cmds, label="joysticks")
tm.flow(console, operator, video, alarm, crane_jobs, label="screens")
tm.flow(console, plc, crane_cmds, protocol="opc-ua")
tm.flow(plc, console, crane_status, protocol="opc-ua")

# move list
tm.flow(tos, job_manager, move_list, protocol="https")
tm.flow(job_manager, tos, move_confirm, protocol="https")
tm.flow(job_manager, console, crane_jobs)
tm.flow(console, job_manager, move_confirm)

# recording
tm.flow(edge, recorder, recordings, label="clips around alarms")
tm.flow(recorder, console, recordings, label="playback")

# model supply
tm.flow(vendor, registry, model_artifact, protocol="https", label="model download")
tm.flow(registry, deploy, model_artifact)
tm.flow(deploy, edge, model_artifact, protocol="ssh")
