"""Lido drowning detection: the first design, before any security review.

An outdoor public lido fits underwater cameras along the pool walls and overhead
cameras on the lighting masts. Their video streams, over a dedicated camera VLAN,
to an edge video server in the plant room, where a vendor-supplied detection model
looks for swimmers who stay motionless under water. A detection goes to an alert
dispatcher that buzzes the lifeguards' smartwatches with the pool zone and a
thumbnail; lifeguards acknowledge on the watch. The edge server records all footage
to an on-site archive that keeps it for 30 days, and the duty manager reviews and
exports clips after an incident from a review console (individual staff logins,
role-based access, an export log). The camera vendor pushes new model versions over
HTTPS from its cloud to an installer on the edge server, and receives device health
telemetry. The watches warn lifeguards when the dispatcher's heartbeat stops.
Swimmers include children; the lido is in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lido drowning detection cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based detection of motionless swimmers that alerts lifeguards' smartwatches.",
)

# ---------------------------------------------------------------- data assets
swimmer_presence = tg.Data(
    "Swimmers in the pool",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What the cameras see: bathers, children among them.",
)
underwater_video = tg.Data("Underwater video stream", kind="media", sensitivity=tg.Sensitivity.PII)
overhead_video = tg.Data("Overhead video stream", kind="media", sensitivity=tg.Sensitivity.PII)
frames = tg.Data(
    "Decoded video frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Frames from both camera sets, time-aligned per pool zone.",
)
detection = tg.Data(
    "Motionless swimmer detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pool zone, track id, seconds submerged and a cropped snapshot.",
)
alert = tg.Data(
    "Lifeguard alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Zone, time and thumbnail shown on the watch, with a vibration pattern.",
)
heartbeat = tg.Data("Dispatcher heartbeat", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
recorded_footage = tg.Data(
    "Recorded pool footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="All camera footage, kept 30 days for incident review.",
)
alert_log = tg.Data("Alert log", kind="logs", sensitivity=tg.Sensitivity.PII)
incident_clips = tg.Data("Incident clips", kind="media", sensitivity=tg.Sensitivity.PII)
review_request = tg.Data("Footage search and export request", kind="records")
model_package = tg.Data(
    "Detection model update package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="New model weights and thresholds published by the camera vendor.",
)
health_telemetry = tg.Data(
    "Device health telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera uptime, GPU load, model version and alert counts.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool (public area)", trust=tg.Trust.UNTRUSTED):
    # The people being watched over; they never interact with the system directly.
    swimmer = tm.add(tg.Actor("Swimmer", role="member of the public"))

with tm.boundary("Lido site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Camera VLAN", trust=tg.Trust.RESTRICTED):
        # Sealed underwater units along the pool walls: see swimmers below the surface.
        underwater_cams = tm.add(tg.Device("Underwater cameras", fleet=True))
        # Mast-mounted units: see the surface and cover glare the underwater units miss.
        overhead_cams = tm.add(tg.Device("Overhead cameras", fleet=True))

    # Plant-room GPU box: decodes streams, runs the model, records footage.
    edge_server = tm.add(
        tg.Service(
            "Edge video server",
            description="Decodes all camera streams, runs detection per zone and records footage.",
        )
    )
    # The vendor's detector; weights are delivered to us and run on the edge server.
    detector = tm.add(
        tg.Model(
            "Drowning detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained detector of swimmers motionless under water for over 10 s.",
        )
    )
    # Turns detections into watch alerts and tracks acknowledgements.
    dispatcher = tm.add(
        tg.Service(
            "Alert dispatcher",
            description="Sends alerts to every on-duty watch and re-alerts until acknowledged.",
            controls={
                c.FailClosed(
                    fallback="watches buzz and show 'detection offline' when the heartbeat "
                    "stops for 15 s; lifeguards fall back to standard scanning"
                )
            },
        )
    )
    # Installs model versions the vendor publishes.
    installer = tm.add(
        tg.Pipeline(
            "Model update installer",
            stage=tg.Stage.DEPLOYMENT,
            description="Agent on the edge server that downloads and activates new model versions.",
        )
    )
    # On-site recorder: 30 days of footage for incident review.
    archive = tm.add(
        tg.DataStore(
            "Footage archive",
            stores={recorded_footage, alert_log},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Where the duty manager finds and exports footage after an incident.
    console = tm.add(
        tg.Service(
            "Incident review console",
            controls={
                c.Authentication(method="individual staff username and password"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Poolside staff", trust=tg.Trust.INTERNAL):
    # Worn by each lifeguard on duty, on the site Wi-Fi.
    watches = tm.add(tg.Device("Lifeguard smartwatches", fleet=True))
    # Acts on alerts.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # Reviews incidents and hands clips to insurers or the coroner.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

with tm.boundary("Camera vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet management service: publishes model updates, collects health data.
    vendor = tm.add(
        tg.ExternalService(
            "Vendor update service",
            description="The camera vendor's cloud portal for model releases and fleet health.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(swimmer, underwater_cams, swimmer_presence, label="filmed in the pool")
tm.flow(swimmer, overhead_cams, swimmer_presence, label="filmed in the pool")
tm.flow(underwater_cams, edge_server, underwater_video, protocol="rtsp")
tm.flow(overhead_cams, edge_server, overhead_video, protocol="rtsp")

tm.flow(edge_server, detector, frames, protocol="local")
tm.flow(detector, edge_server, detection, protocol="local")
tm.flow(edge_server, dispatcher, detection, protocol="local")
tm.flow(dispatcher, watches, alert, heartbeat, protocol="wss")
tm.flow(watches, dispatcher, acknowledgement, protocol="wss")
tm.flow(watches, lifeguard, alert, label="vibration and on-screen alert")
tm.flow(lifeguard, watches, acknowledgement, label="tap to acknowledge")

tm.flow(edge_server, archive, recorded_footage)
tm.flow(dispatcher, archive, alert_log)
tm.flow(duty_manager, console, review_request, protocol="https")
tm.flow(archive, console, recorded_footage, alert_log)
tm.flow(console, duty_manager, incident_clips, protocol="https")

tm.flow(vendor, installer, model_package, protocol="https", label="model release")
tm.flow(installer, detector, model_package, protocol="local", label="activate new version")
tm.flow(edge_server, vendor, health_telemetry, protocol="https")
