"""Hedge maze visitor tracking: the first design, before any security review.

A hedge maze attraction puts cameras on poles throughout the maze. An edge server in
the site's plant room decodes the camera streams and runs an open-weights person
detector and tracker (weights downloaded from a public model hub) that follows
visitors through each section. An analytics service turns the tracks into live
section counts, and a separation model flags a child whose track has drifted away
from the group it entered with. Separation alerts are spoken to maze staff over
the site's DMR radios, with the section and a description, and staff confirm over
the radio when the child is back with their group. An admission controller sets how
many visitors per minute the entry turnstile lets in, from the section counts, within
a fixed clamp, and the duty manager watches counts and alerts on a control-room
dashboard (username and password) and can override the rate. Alert snapshots are
kept for 30 days. Everything runs on the site network; nothing goes to the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedge maze attraction visitor tracking camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Cameras and models that count visitors per maze section, spot separated children "
        "and guide staff to them by radio, and set the entry gate's admission rate."
    ),
)

# ---------------------------------------------------------------- data assets
visitor_video = tg.Data(
    "Maze camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of visitors, children included, in every maze section.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
tracks = tg.Data(
    "Visitor tracks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-person track ids, positions, section, estimated child or adult, group id.",
)
section_counts = tg.Data(
    "Section occupancy counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
separation_alert = tg.Data(
    "Separated child alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Section, last position, clothing description and a snapshot of the child.",
)
radio_call = tg.Data(
    "Staff radio call",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Text-to-speech call giving the section and a description of the child.",
)
found_ack = tg.Data(
    "Child reunited acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
admission_rate = tg.Data(
    "Admission rate setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rate_override = tg.Data(
    "Manager admission override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard_view = tg.Data(
    "Control room dashboard view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Live counts, open alerts with snapshots, current admission rate.",
)
alert_snapshots = tg.Data(
    "Alert snapshots and tracks", kind="media", sensitivity=tg.Sensitivity.PII
)
detector_weights = tg.Data(
    "Person detector weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint of an open-weights person detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Maze grounds", trust=tg.Trust.UNTRUSTED):
    # Families and groups walking the maze; they are what the cameras see.
    visitor = tm.add(tg.Actor("Maze visitor", role="visitor"))

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights detector was downloaded from at install time.
    model_hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # PoE cameras on poles covering each section of the maze.
    cameras = tm.add(tg.Device("Maze cameras", fleet=True))
    # Pulls the camera streams and decodes frames for the detector.
    ingest = tm.add(tg.Service("Video ingest service"))
    # Finds and follows every person in the frames.
    detector = tm.add(
        tg.Model(
            "Person detection and tracking model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Turns tracks into per-section counts and hands tracks to the separation model.
    analytics = tm.add(tg.Service("Crowd analytics service"))
    # Flags a child track that has drifted away from the group it entered with.
    separation_model = tm.add(
        tg.Model(
            "Separated child detection model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Scores how far and how long a child track has been apart from its group.",
        )
    )
    # Sets the turnstile's admissions per minute from the section counts.
    admission_controller = tm.add(
        tg.Service(
            "Admission rate controller",
            controls={c.SafetyLimits(limits="admission rate clamped to 0-12 visitors per minute")},
        )
    )
    # The entry gate that admits visitors at the rate it is given.
    turnstile = tm.add(tg.Device("Entry turnstile", fleet=False))
    # Turns a separation alert into a spoken call and takes staff acknowledgements.
    dispatch = tm.add(tg.Service("Staff dispatch service"))
    # Text-to-speech DMR gateway between the dispatch service and the staff radios.
    radio_gateway = tm.add(tg.Service("DMR radio gateway"))
    # Live counts, alerts and the admission override for the duty manager.
    dashboard = tm.add(
        tg.Service(
            "Control room dashboard",
            controls={c.Authentication(method="username and password")},
        )
    )
    # Snapshots and tracks behind each alert, for follow-up and incident reports.
    snapshot_store = tm.add(
        tg.DataStore(
            "Alert snapshot store",
            stores={alert_snapshots},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Maze staff on site", trust=tg.Trust.INTERNAL):
    # Hand-held radios the maze marshals carry.
    radios = tm.add(tg.Device("Staff radios", fleet=True))
    # Marshals who go to the child and reunite them with their group.
    marshal = tm.add(tg.Actor("Maze marshal", role="maze staff"))
    # Runs the attraction for the day from the control room.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, cameras, visitor_video, label="seen on camera")
tm.flow(cameras, ingest, visitor_video, protocol="rtsp")
tm.flow(model_hub, detector, detector_weights, protocol="https", label="downloaded at install")
tm.flow(ingest, detector, frames)
tm.flow(detector, analytics, tracks)
tm.flow(analytics, separation_model, tracks)
tm.flow(separation_model, analytics, separation_alert)

tm.flow(analytics, admission_controller, section_counts)
tm.flow(admission_controller, turnstile, admission_rate, protocol="http")
tm.flow(turnstile, admission_controller, section_counts, label="entries counted")

tm.flow(analytics, dispatch, separation_alert)
tm.flow(dispatch, radio_gateway, radio_call)
tm.flow(radio_gateway, radios, radio_call, protocol="dmr")
tm.flow(radios, radio_gateway, found_ack, protocol="dmr")
tm.flow(radios, marshal, radio_call)
tm.flow(marshal, radios, found_ack)
tm.flow(radio_gateway, dispatch, found_ack)
tm.flow(dispatch, snapshot_store, alert_snapshots)

tm.flow(analytics, dashboard, section_counts, separation_alert)
tm.flow(dispatch, dashboard, found_ack)
tm.flow(snapshot_store, dashboard, alert_snapshots)
tm.flow(dashboard, duty_manager, dashboard_view, protocol="https")
tm.flow(duty_manager, dashboard, rate_override, protocol="https")
tm.flow(dashboard, admission_controller, rate_override)
