"""Platform-end trespass detection: the first design, before any security review.

A railway operator adds video analytics to the CCTV cameras at the ends of its
station platforms, to spot people walking off the ramp onto the track. Cameras
stream over the station CCTV network to the existing video management system and
to an edge analytics server in the station equipment room, which runs the vendor's
detection model. An alert with a short clip goes to the station control room
console and to a client on the signaller's workstation in the signalling centre.
Control room staff check the live video and, if someone is on the track, phone the
signaller, who can put signals to danger and stop trains; nothing stops trains
automatically. The analytics vendor maintains the edge servers and updates the
model through a remote access VPN. Controls: staff verify each alert before acting,
staff consoles use the operator's directory login, the VPN needs a hardware token,
and the signalling interlocking keeps its own safety limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Platform-end trespass detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Video analytics on platform-end CCTV that alerts station and signalling staff "
        "to people on the track."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Platform-end video streams",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Live CCTV of platform ends and track, showing passengers and staff.",
)
recordings = tg.Data(
    "CCTV recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous recordings kept for incident investigation.",
)
detections = tg.Data(
    "Track detections",
    kind="model-output",
    description="Bounding boxes and confidence for people inside the track zone.",
)
alert = tg.Data(
    "Trespass alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Camera, platform, time and a ten-second clip of the detection.",
)
alert_log = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.PII)
zone_config = tg.Data(
    "Detection zones and thresholds",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_update = tg.Data(
    "Detection model update",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor-packaged model and analytics software release.",
)
maintenance = tg.Data(
    "Remote maintenance session",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
stop_request = tg.Data(
    "Request to stop trains",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
signal_command = tg.Data(
    "Signals to danger",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Analytics vendor", trust=tg.Trust.PARTNER):
    # The vendor's support engineer who patches the edge servers and ships model updates.
    vendor_engineer = tm.add(
        tg.Actor(
            "Analytics vendor support engineer", role="vendor support engineer", privileged=True
        )
    )

with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # Terminates the vendor's VPN and lets them onto the edge servers.
    vpn = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            controls={c.Authentication(method="vendor account password and hardware token")},
        )
    )

    with tm.boundary("Station CCTV network", trust=tg.Trust.INTERNAL):
        # Fixed cameras covering each platform end and the first metres of track.
        cameras = tm.add(
            tg.Device(
                "Platform-end CCTV cameras", description="IP cameras, one or two per platform end."
            )
        )
        # The existing video management system: live view and recording for all station CCTV.
        vms = tm.add(tg.Service("Video management system"))
        # Recorder disks behind the video management system.
        recorder = tm.add(tg.DataStore("CCTV recorder", stores={recordings}))
        # Vendor appliance in the equipment room that runs the analytics on the camera streams.
        edge = tm.add(
            tg.Service(
                "Edge analytics server",
                description="Vendor-maintained server; decodes streams, runs the model, raises alerts.",
            )
        )
        # The detector itself: finds people inside the configured track zones.
        detector = tm.add(
            tg.Model(
                "Track trespass detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                returns_scores=True,
                description="Vendor-trained person detector whose weights run on our edge server.",
            )
        )
        # Alerts and clips kept on the edge server for tuning and investigation.
        alert_store = tm.add(tg.DataStore("Alert history store", stores={alert_log}))

    with tm.boundary("Station control room", trust=tg.Trust.INTERNAL):
        # Station staff who watch the CCTV and handle the alerts.
        operator = tm.add(tg.Actor("Control room operator", role="station control room staff"))
        # Alarm and CCTV console where alerts pop up next to the live camera view.
        console = tm.add(
            tg.Service(
                "Control room alarm console",
                controls={
                    c.Authentication(method="operator directory login"),
                    c.HumanInTheLoop(approver="control room operator verifies on live video"),
                },
            )
        )

with tm.boundary("Signalling centre", trust=tg.Trust.RESTRICTED):
    # The signaller controlling trains through the station area.
    signaller = tm.add(tg.Actor("Signaller", role="signaller", privileged=True))
    # Alert client added to the signaller's workstation for this project.
    signaller_client = tm.add(
        tg.Service(
            "Signaller workstation alert client",
            controls={c.Authentication(method="operator directory login")},
        )
    )
    # Existing signalling control and interlocking; unchanged by this project.
    signalling = tm.add(
        tg.Service(
            "Signalling control system",
            controls={
                c.SafetyLimits(
                    limits="interlocking refuses conflicting routes and unsafe signal aspects"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, vms, video, protocol="rtsp")
tm.flow(vms, recorder, recordings)
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video, protocol="local", label="decoded frames")
tm.flow(detector, edge, detections, protocol="local")
tm.flow(edge, alert_store, alert_log)

tm.flow(edge, console, alert, protocol="https")
tm.flow(edge, signaller_client, alert, protocol="https")
tm.flow(vms, console, video, protocol="rtsp", label="live view for verification")
tm.flow(console, operator, alert, video, label="on the console screen")
tm.flow(operator, console, alert_log, label="acknowledges alert on the panel")
tm.flow(console, edge, alert_log, protocol="https", label="acknowledgement and outcome")
tm.flow(signaller_client, signaller, alert, label="on the workstation screen")

tm.flow(operator, signaller, stop_request, protocol="phone")
tm.flow(signaller, signalling, signal_command, label="sets signals to danger on the panel")

tm.flow(vendor_engineer, vpn, maintenance, model_update, zone_config, protocol="ipsec")
tm.flow(vpn, edge, maintenance, model_update, zone_config, protocol="ssh")
tm.flow(edge, vpn, alert_log, protocol="ssh", label="diagnostics and alert clips")
tm.flow(vpn, vendor_engineer, alert_log, protocol="ipsec")
