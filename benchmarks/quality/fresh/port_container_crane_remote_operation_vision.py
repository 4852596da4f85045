"""Remote ship-to-shore crane operation with danger-zone vision: the first design.

An EU container terminal runs its ship-to-shore cranes from a remote operations
centre. Cameras on each crane stream video over the terminal OT network to a video
management server, which feeds the operators' remote desks and an edge inference
server. A vendor-supplied vision model on that server detects people or vehicles in
the danger zone under the spreader; the detection service then writes a hoist-stop
to the crane PLC and raises an alert on the operator's desk. Detection clips are
kept for the terminal's safety officer. The vendor maintains the model remotely:
its engineers connect through the terminal's remote-access gateway to deploy new
model versions and pull clips of false alarms. Controls in this design: named vendor
accounts with TOTP and session logging on the gateway, operator badge login at the
desks, versioned model files, 30-day clip retention, and the cranes' hardwired
emergency stops and limit switches in the hoist drives.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "STS crane remote operation with danger-zone vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Remote crane desks with a vision model that halts the hoist for people below.",
)

# ---------------------------------------------------------------- data assets
crane_video = tg.Data(
    "Crane camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Spreader, trolley and quay views; dock workers and drivers are visible.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detections = tg.Data(
    "Danger zone detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hoist_stop = tg.Data(
    "Hoist stop command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crane_commands = tg.Data(
    "Crane control commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crane_status = tg.Data("Crane status", kind="records")
drive_commands = tg.Data(
    "Hoist and trolley drive commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_inputs = tg.Data("Operator joystick inputs", kind="records")
work_instructions = tg.Data("Container move instructions", kind="records")
move_confirmations = tg.Data("Move confirmations", kind="records")
event_clips = tg.Data("Detection event clips", kind="media", sensitivity=tg.Sensitivity.PII)
model_weights = tg.Data(
    "Danger zone model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
maintenance_session = tg.Data("Vendor maintenance session", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Remote operations centre", trust=tg.Trust.INTERNAL):
    # The crane driver, now seated at a desk in the operations centre.
    operator = tm.add(tg.Actor("Remote crane operator", role="crane operator"))
    # Desk with joysticks and video screens; drives one crane at a time.
    desk = tm.add(
        tg.Service(
            "Remote operator desk",
            controls={c.Authentication(method="personal operator badge and PIN")},
        )
    )

with tm.boundary("Terminal IT network", trust=tg.Trust.INTERNAL):
    # Terminal operating system: tells the desk which container to move next.
    tos = tm.add(tg.Service("Terminal operating system"))
    # Reviews danger-zone events and near misses.
    safety_officer = tm.add(tg.Actor("Terminal safety officer", role="HSE officer"))

with tm.boundary("Terminal DMZ", trust=tg.Trust.INTERNAL):
    # Only way in for the vendor's engineers.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={
                c.Authentication(method="named vendor accounts with TOTP"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Terminal OT network", trust=tg.Trust.RESTRICTED):
    # Cameras on each crane looking down at the spreader and along the quay.
    cameras = tm.add(tg.Device("Crane cameras", fleet=True))
    # Receives all camera streams and redistributes them.
    vms = tm.add(tg.Service("Video management server"))
    # Runs the model on every frame and decides whether to stop the hoist.
    detection = tm.add(tg.Service("Danger zone detection service"))
    # Vendor-trained person/vehicle detector, run on the edge GPU server.
    model = tm.add(
        tg.Model(
            "Danger zone detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained weights delivered to us and run on our edge server.",
        )
    )
    # Model files on the inference server, by version, for rollback.
    model_store = tm.add(
        tg.ModelRegistry(
            "Edge model store",
            stores={model_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Clips around each detection, for incident review and vendor tuning.
    clip_store = tm.add(
        tg.DataStore(
            "Detection clip store",
            stores={event_clips, detections},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # The crane's PLC: takes desk commands and the hoist-stop from the detector.
    plc = tm.add(tg.Service("Crane PLC"))
    # Hoist and trolley drives, with the crane's own hardwired safety chain.
    drives = tm.add(
        tg.Device(
            "Hoist and trolley drives",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="hardwired emergency stop chain, hoist end limits, overspeed trip"
                )
            },
        )
    )

with tm.boundary("Vision vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineers who maintain the model.
    vendor_engineer = tm.add(
        tg.Actor("Vendor support engineer", role="vendor ML engineer", privileged=True)
    )
    # Where the vendor publishes model releases.
    vendor_repo = tm.add(
        tg.ExternalService("Vendor model repository", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, vms, crane_video, protocol="rtsp")
tm.flow(vms, desk, crane_video, protocol="rtsp")
tm.flow(vms, detection, crane_video, protocol="rtsp")

tm.flow(detection, model, crane_video, label="frames")
tm.flow(model, detection, detections)
tm.flow(detection, plc, hoist_stop, protocol="modbus")
tm.flow(detection, desk, detections, protocol="https", label="danger zone alert")
tm.flow(detection, clip_store, event_clips, detections)

tm.flow(operator, desk, operator_inputs, label="joysticks")
tm.flow(desk, operator, crane_video, detections, label="desk screens")
tm.flow(desk, plc, crane_commands, protocol="profinet")
tm.flow(plc, desk, crane_status, protocol="profinet")
tm.flow(plc, drives, drive_commands, protocol="profinet")
tm.flow(drives, plc, crane_status, protocol="profinet")

tm.flow(tos, desk, work_instructions, protocol="https")
tm.flow(desk, tos, move_confirmations, protocol="https")
tm.flow(clip_store, safety_officer, event_clips, detections, protocol="https")

tm.flow(vendor_engineer, gateway, maintenance_session, protocol="ipsec")
tm.flow(vendor_repo, gateway, model_weights, protocol="https", label="model release")
tm.flow(gateway, model_store, model_weights, protocol="ssh", label="deploy model")
tm.flow(gateway, detection, maintenance_session, protocol="ssh")
tm.flow(model_store, model, model_weights, label="load")
tm.flow(clip_store, gateway, event_clips, protocol="ssh", label="false alarm clips")
tm.flow(gateway, vendor_engineer, event_clips, protocol="ipsec")
