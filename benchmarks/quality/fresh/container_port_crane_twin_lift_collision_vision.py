"""Ship-to-shore crane twin-lift collision vision: the first design, before any security review.

Each ship-to-shore crane at the container terminal gets cameras and lidar scanners
on the spreader and headblock. An edge computer in the crane's electrical room fuses
the camera frames and point clouds and runs a detector that finds people (lashers,
checkers) and obstructions under the spreader, including between the two boxes of a
twin lift. On a detection it tells the crane PLC over Profinet to slow or stop the
hoist, and shows an alert on the operator's cab display. Detection events and short
clips go to a safety event store on the terminal OT network for the safety team.
The crane vendor trains the detector and pushes new model packages remotely through
the terminal's remote access gateway during agreed maintenance windows; the OT
engineer on shift enables the vendor's VPN account for each window. The PLC keeps
its existing speed limits and end-stop switches, and drops the hoist to creep speed
if the vision heartbeat is lost.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "STS crane twin-lift collision vision",
    profile=tg.RiskProfile.HIGH,
    description="Vision and lidar detection under the spreader that slows or stops the hoist "
    "through the crane PLC; model updated remotely by the crane vendor.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Spreader camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the area under the spreader; dock workers are visible.",
)
point_clouds = tg.Data("Lidar point clouds", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crane_state = tg.Data(
    "Hoist and spreader state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hoist height and speed, trolley position, twin-lift mode, spreader size.",
)
detections = tg.Data(
    "Obstruction detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Hoist slowdown and stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
speed_reference = tg.Data(
    "Hoist speed reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
drive_status = tg.Data("Hoist drive status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
joystick = tg.Data("Operator hoist commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alerts = tg.Data("Cab obstruction alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
events = tg.Data(
    "Detection events and clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Event record with a 20-second clip around each slowdown or stop.",
)
model_package = tg.Data(
    "Detector model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diagnostics = tg.Data("Vision diagnostics logs", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
window = tg.Data(
    "Maintenance window enablement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Crane control network", trust=tg.Trust.RESTRICTED):
    # The new sensors: cameras on the headblock looking down past the spreader.
    cameras = tm.add(tg.Device("Spreader cameras", description="Four PoE cameras per crane."))
    # Lidar gives range under the boxes where the cameras are blinded by glare or rain.
    lidar = tm.add(tg.Device("Spreader lidar scanners"))
    # Edge computer process that fuses the sensors, runs the detector and commands the PLC.
    vision = tm.add(
        tg.Service(
            "Collision vision service",
            description="Runs on the edge computer in the crane electrical room; sends slow "
            "or stop to the PLC when a person or obstruction is in the hoist path.",
        )
    )
    # The vendor-trained detector that finds people and obstructions under the spreader.
    detector = tm.add(
        tg.Model(
            "Spreader obstruction detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Camera and lidar fusion detector supplied and retrained by the crane vendor.",
        )
    )
    # Where the edge computer loads the current model package from.
    model_dir = tm.add(tg.DataStore("Edge model directory", stores={model_package}))
    # The existing crane PLC: it owns hoist motion and takes the vision slowdown requests.
    plc = tm.add(
        tg.Service(
            "Crane PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC hoist speed limits and hardwired end-stop switches stay in force; "
                    "vision input can only lower the hoist speed"
                ),
                c.FailClosed(
                    fallback="hoist limited to creep speed when the vision heartbeat is lost"
                ),
            },
        )
    )
    # The hoist drive that actually moves the load.
    hoist = tm.add(tg.Device("Hoist drive", fleet=False))
    # The display in the cab where the operator sees why the hoist slowed.
    cab_hmi = tm.add(tg.Device("Cab HMI display", fleet=False))
    # The crane driver, who keeps the joystick and can stop at any time.
    operator = tm.add(tg.Actor("Crane operator", role="crane driver"))

with tm.boundary("Terminal OT network", trust=tg.Trust.INTERNAL):
    # Keeps detection events for incident review by the safety team.
    event_store = tm.add(
        tg.DataStore(
            "Safety event store",
            stores={events},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # The only way in for the vendor: a VPN concentrator the OT team runs.
    gateway = tm.add(
        tg.Service(
            "Remote access gateway",
            controls={
                c.Authentication(method="vendor VPN account with password and TOTP"),
                c.HumanInTheLoop(
                    approver="OT engineer on shift enables the vendor account per maintenance window"
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Terminal OT engineer who opens the maintenance window for the vendor.
    ot_engineer = tm.add(tg.Actor("OT engineer", role="terminal OT engineer", privileged=True))
    # Reviews slowdown and stop events after near misses.
    safety_officer = tm.add(tg.Actor("Terminal safety officer", role="safety officer"))

with tm.boundary("Crane vendor", trust=tg.Trust.PARTNER):
    # The vendor's maintenance platform that publishes model packages to the terminals.
    vendor_service = tm.add(
        tg.ExternalService("Vendor remote maintenance service", provides="generic")
    )
    # The vendor's engineer who prepares and pushes the update in the window.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="service engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, vision, frames, protocol="rtsp")
tm.flow(lidar, vision, point_clouds, protocol="udp")
tm.flow(plc, vision, crane_state, protocol="profinet")
tm.flow(vision, detector, frames, point_clouds, crane_state, protocol="local")
tm.flow(detector, vision, detections, protocol="local")
tm.flow(vision, plc, stop_command, protocol="profinet")
tm.flow(plc, hoist, speed_reference, protocol="profinet")
tm.flow(hoist, plc, drive_status, protocol="profinet")
tm.flow(operator, plc, joystick, label="cab joystick and master switches")
tm.flow(vision, cab_hmi, alerts, protocol="http")
tm.flow(cab_hmi, operator, alerts, label="on the panel")

tm.flow(vision, event_store, events, protocol="https")
tm.flow(event_store, safety_officer, events, protocol="https", label="incident review")

tm.flow(vendor_engineer, vendor_service, model_package, protocol="https")
tm.flow(ot_engineer, gateway, window, protocol="https", label="enables vendor account")
tm.flow(vendor_service, gateway, model_package, protocol="ipsec", label="maintenance window VPN")
tm.flow(gateway, model_dir, model_package, protocol="sftp")
tm.flow(model_dir, vision, model_package, protocol="local", label="loaded at restart")
tm.flow(vision, gateway, diagnostics, protocol="sftp")
tm.flow(gateway, vendor_service, diagnostics, protocol="ipsec", label="maintenance window VPN")
