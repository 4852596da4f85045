"""Aqua park drowning watch: the first design, before any security review.

An open-water inflatable aqua park on a lake runs a camera system that helps the
lifeguards spot swimmers in difficulty. Cameras on poles along the pontoons stream
video over the park's camera network to an edge server in the lifeguard hut, where
a vendor-trained detection model flags people who go under, stop moving or
struggle in the water between the inflatables. An alert service turns detections
into alerts on the lifeguard tower screens and into radio calls to the lifeguards'
handsets through a radio gateway. Short clips around each alert are kept for
incident review; the operations manager labels missed and false alerts in an
office console and uploads them to the vendor, whose update service sends new
model versions back. Controls in this design: individual console accounts, a
30-day clip retention, an alert log, kept previous model versions for rollback,
a watchdog that marks zones unwatched when a camera or the model stops, a vendor
review and lifeguard training that the system only assists visual scanning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aqua park lifeguard camera watch",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cameras and a detection model alert lifeguards by screen and radio "
    "to swimmers in difficulty on an open-water inflatable course.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of guests (many of them children) on and around the inflatables.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Distress detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes, zone, seconds submerged and confidence per tracked swimmer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Lifeguard alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Zone, time and a snapshot of the swimmer flagged.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
radio_alert = tg.Data(
    "Radio alert call",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alert tone and synthesised voice naming the zone, sent to the lifeguard talkgroup.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video either side of each alert.",
)
labelled_clips = tg.Data(
    "Labelled incident clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Clips of missed and false alerts, marked by the manager, for the vendor to retrain on.",
)
alert_history = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
zones = tg.Data(
    "Detection zone configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Watched zones per camera and the seconds-submerged threshold for an alert.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
weights = tg.Data("Detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Detection vendor", trust=tg.Trust.PARTNER):
    # The supplier of the camera analytics: retrains the model and ships updates.
    vendor = tm.add(
        tg.ExternalService(
            "Vendor model update service",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Receives labelled clips and publishes new model versions to the park.",
            controls={
                c.SupplierAssessment(note="data processing agreement and security questionnaire")
            },
        )
    )

with tm.boundary("Lakeside camera network", trust=tg.Trust.INTERNAL):
    # The eyes of the system: PoE cameras on poles along the pontoons, on their own VLAN.
    cameras = tm.add(
        tg.Device(
            "Course cameras",
            description="Eight fixed cameras covering the inflatable course and the deep-water edge.",
        )
    )

with tm.boundary("Lifeguard hut", trust=tg.Trust.INTERNAL):
    # Decodes the streams, runs the model per frame and records clips.
    edge = tm.add(
        tg.Service(
            "Edge video analytics server",
            description="GPU box in the lifeguard hut; tracks swimmers across frames.",
        )
    )
    # The detector itself: flags a person submerged or struggling too long.
    model = tm.add(
        tg.Model(
            "Distress detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor-trained detector and tracker, delivered as ONNX weights.",
        )
    )
    # Holds the model version the edge server loads, and the previous one.
    model_store = tm.add(
        tg.ModelRegistry(
            "Edge model store",
            stores={weights},
            controls={c.ModelVersioning(note="previous version kept for rollback")},
        )
    )
    # Turns detections into alerts, tracks acknowledgements, watches the feeds.
    alerts = tm.add(
        tg.Service(
            "Alert service",
            description="Applies zone thresholds, de-duplicates, and re-sends unacknowledged alerts.",
            controls={
                c.AuditLogging(retention_days=365),
                c.FailClosed(
                    fallback="a silent camera or model marks its zone unwatched on the tower "
                    "screens and a radio call tells lifeguards to scan it by eye"
                ),
            },
        )
    )
    # Keeps the clips around each alert for incident review and vendor retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={clips},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Bridges the alert service to the park's DMR radio system.
    gateway = tm.add(
        tg.Service(
            "Radio alert gateway",
            description="Repeater-connected box that plays alert tones and zone calls on the talkgroup.",
        )
    )

with tm.boundary("Lake and towers", trust=tg.Trust.INTERNAL):
    # Where the alert is seen: a screen in each lifeguard tower.
    tower_screen = tm.add(
        tg.Device(
            "Lifeguard tower alert screen",
            description="Touchscreen in each tower showing live alerts with the snapshot.",
            controls={
                c.UserTraining(
                    note="lifeguards trained that alerts assist, never replace, scanning"
                )
            },
        )
    )
    # Where the alert is heard: handsets carried by lifeguards on the water.
    radios = tm.add(
        tg.Device("Lifeguard radios", description="DMR handhelds on the park talkgroup.")
    )
    # The people who respond.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Park office network", trust=tg.Trust.INTERNAL):
    # Web console for configuring zones, reviewing alerts and labelling clips.
    console = tm.add(
        tg.Service(
            "Operations console",
            description="Web app on a small server in the park office, used from the office PC.",
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Configures the system and sends clips to the vendor.
    manager = tm.add(
        tg.Actor("Operations manager", role="park operations manager", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, model, frames, protocol="local")
tm.flow(model, edge, detections, protocol="local")
tm.flow(model_store, model, weights, protocol="local", label="loaded at start-up")
tm.flow(edge, alerts, detections, protocol="local")
tm.flow(edge, clip_store, clips, protocol="local")

tm.flow(alerts, tower_screen, alert, protocol="wss")
tm.flow(tower_screen, alerts, ack, protocol="wss")
tm.flow(tower_screen, lifeguard, alert, label="on the screen")
tm.flow(lifeguard, tower_screen, ack, label="touchscreen")
tm.flow(alerts, gateway, radio_alert, protocol="http")
tm.flow(gateway, radios, radio_alert, protocol="dmr")
tm.flow(radios, lifeguard, radio_alert, label="heard on the radio")

tm.flow(manager, console, zones, labelled_clips, protocol="https")
tm.flow(console, manager, alert_history, clips, protocol="https")
tm.flow(console, alerts, zones, protocol="http")
tm.flow(alerts, console, alert_history, protocol="http")
tm.flow(clip_store, console, clips, protocol="http")
tm.flow(console, vendor, labelled_clips, protocol="https", label="manual upload")
tm.flow(vendor, model_store, weights, protocol="https", label="model update download")
