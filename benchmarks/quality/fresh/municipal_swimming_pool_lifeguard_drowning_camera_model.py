"""Pool drowning-detection cameras: the first design, before any security review.

A leisure trust fits underwater and overhead cameras to the main pool of a
municipal leisure centre. An edge video server in the plant room decodes the
streams and runs a vendor-trained detection model that spots swimmers who stop
moving or sink; an alert dispatcher then buzzes the lifeguards' smartwatches and
lights the poolside display with the camera zone, escalating if nobody
acknowledges. Rolling footage sits on a network video recorder for 14 days;
after an incident the duty manager reviews clips and the alert timeline from an
office console, files the incident record, and sends false-alarm clips to the
vendor so it can improve the model. The vendor pushes model updates to a local
model store and receives health telemetry. The system is an aid: lifeguards keep
scanning the water, and a camera or server fault alerts the watches. Staff sign
in to the console individually; footage access is role-based.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pool drowning-detection cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Underwater camera model that detects swimmers in distress and alerts "
        "lifeguards' wearables; footage reviewed after incidents."
    ),
)

# ---------------------------------------------------------------- data assets
pool_video = tg.Data(
    "Pool camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Underwater and overhead footage of swimmers, children included.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Distress detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera zone, track id, time under water and confidence per swimmer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
distress_alert = tg.Data(
    "Distress alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pool zone, camera and time, pushed to watches and the poolside display.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alert_log = tg.Data(
    "Alert and acknowledgement log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
incident_clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
incident_report = tg.Data(
    "Incident report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Who was involved, first aid given, outcome; kept for claims.",
)
clip_request = tg.Data(
    "Footage review request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
false_alarm_clips = tg.Data(
    "Labelled false-alarm and incident clips",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Clips the duty manager marks as false alarm or true incident.",
)
model_artifact = tg.Data(
    "Detection model weights", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
telemetry = tg.Data("System health telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
maintenance = tg.Data(
    "Vendor remote maintenance session",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The vendor's engineers log in to the edge server to diagnose faults.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vendor cloud", trust=tg.Trust.PARTNER):
    # The camera system vendor: trains the model, ships updates, supports the box.
    vendor = tm.add(
        tg.ExternalService(
            "Vendor cloud portal",
            provides="model-hub",
            description="Publishes model updates, collects telemetry and clips, runs remote support.",
        )
    )

with tm.boundary("Leisure centre network", trust=tg.Trust.INTERNAL):
    # Poolside staff who respond to alerts.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # Reviews incidents and footage; owns the incident record.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Office PC application for looking back at alerts and footage.
    review_console = tm.add(
        tg.Service(
            "Incident review console",
            description="Office application for replaying clips and the alert timeline.",
            controls={
                c.Authentication(method="individual staff username and password"),
                c.RBAC(note="only duty managers and the safety lead may view footage"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Pool safety VLAN", trust=tg.Trust.INTERNAL):
        # The sensors: underwater cameras along the pool walls plus overhead domes.
        cameras = tm.add(tg.Device("Pool cameras", fleet=True))
        # Plant-room box: decodes streams, runs the model, decides when to alert.
        edge_server = tm.add(
            tg.Service(
                "Edge video server",
                description="Decodes the camera streams and runs the detection model on each frame.",
                controls={
                    c.FailClosed(
                        fallback=(
                            "a camera or server fault sends a fault alert to the watches and "
                            "poolside display; lifeguards continue visual scanning"
                        )
                    ),
                    c.ImpactAssessment(
                        basis="vital interests and legitimate interests; DPIA signed off by the DPO"
                    ),
                },
            )
        )
        # The vendor-trained detector, loaded from the local model store.
        model = tm.add(
            tg.Model(
                "Distress detection model",
                task=tg.Task.DETECTOR,
                high_stakes=True,
                description="Vendor-trained detector of motionless or sinking swimmers.",
            )
        )
        # Holds the current and previous model versions for rollback.
        model_store = tm.add(
            tg.ModelRegistry(
                "Local model store",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Pushes alerts, waits for acknowledgement, escalates to the display.
        dispatcher = tm.add(
            tg.Service(
                "Alert dispatcher",
                description="Sends alerts to the watches; escalates to the poolside display after 10 seconds.",
            )
        )
        # Lifeguards' smartwatches on the pool Wi-Fi.
        watches = tm.add(tg.Device("Lifeguard smartwatches", fleet=True))
        # Large screen by the lifeguard chair showing the alert zone.
        display = tm.add(tg.Device("Poolside alert display", fleet=False))
        # Network video recorder with the rolling footage buffer.
        nvr = tm.add(
            tg.DataStore(
                "Network video recorder",
                stores={pool_video},
                controls={c.RetentionLimits(days=14), c.RBAC()},
            )
        )
        # Alerts, acknowledgements, saved clips and incident reports.
        incident_store = tm.add(
            tg.DataStore(
                "Incident record store",
                stores={alert_log, incident_clips, incident_report},
                controls={c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
# detection
tm.flow(cameras, edge_server, pool_video, protocol="rtsp")
tm.flow(edge_server, model, frames, protocol="local")
tm.flow(model, edge_server, detections, protocol="local")
tm.flow(edge_server, nvr, pool_video, label="continuous recording")
tm.flow(edge_server, dispatcher, distress_alert)

# alerting
tm.flow(dispatcher, watches, distress_alert, protocol="mqtts")
tm.flow(watches, lifeguard, distress_alert, label="vibration and zone on the wrist")
tm.flow(lifeguard, watches, acknowledgement, label="pressed on the watch")
tm.flow(watches, dispatcher, acknowledgement, protocol="mqtts")
tm.flow(dispatcher, display, distress_alert, protocol="http", label="escalation")
tm.flow(dispatcher, incident_store, alert_log)
tm.flow(nvr, incident_store, incident_clips, label="clip saved on each alert")

# review after an incident
tm.flow(duty_manager, review_console, clip_request, incident_report)
tm.flow(review_console, nvr, clip_request, protocol="https")
tm.flow(nvr, review_console, incident_clips, protocol="https")
tm.flow(incident_store, review_console, alert_log, incident_clips, protocol="https")
tm.flow(review_console, incident_store, incident_report, incident_clips, protocol="https")
tm.flow(review_console, duty_manager, incident_clips, alert_log)

# vendor
tm.flow(
    review_console, vendor, false_alarm_clips, protocol="https", label="clips for model improvement"
)
tm.flow(vendor, model_store, model_artifact, protocol="https", label="model update")
tm.flow(model_store, edge_server, model_artifact, label="load current version")
tm.flow(edge_server, vendor, telemetry, protocol="https")
tm.flow(vendor, edge_server, maintenance, protocol="ssh", label="remote support")
