"""Pool drowning detection: the first design, before any security review.

A municipal swimming pool in the EU gets underwater and overhead cameras on the
main and teaching pools. Their streams go over the pool's camera VLAN to an edge
server in the plant room, which runs our in-house detection model on every frame
to spot swimmers who are motionless underwater or struggling at the surface. An
alert manager on the same server raises alerts on the lifeguards' wristbands
(through the wristband vendor's radio base station) and on a poolside screen that
highlights the swimmer; a lifeguard acknowledges each alert on the wristband, and
unacknowledged alerts escalate to every wristband. Alert events and short clips are
kept on site for 30 days; clips are also uploaded to our cloud, where a contracted
annotation team labels them for retraining, and a reviewed release process pushes
new model versions back to the sites. Controls: HTTPS to the cloud, audit log of
alerts and acknowledgements, clip retention limit, model evaluation and approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pool drowning detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based detection of swimmers in distress, alerting lifeguards.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Pool video streams",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Live underwater and overhead footage of swimmers, children included.",
)
frames = tg.Data("Decoded frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Distress detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Bounding box, camera, zone and confidence for each swimmer at risk.",
)
alert = tg.Data(
    "Lifeguard alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_view = tg.Data(
    "Alert view with highlighted swimmer", kind="media", sensitivity=tg.Sensitivity.PII
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
incident = tg.Data(
    "Alert events and clips",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert time, zone, acknowledgement time and a 20-second clip.",
)
labels = tg.Data(
    "Distress labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled clip dataset", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_file = tg.Data("Detection model file", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Pool site network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Camera VLAN", trust=tg.Trust.INTERNAL):
        # Waterproof cameras mounted in the pool walls, looking across the bottom.
        underwater_cams = tm.add(tg.Device("Underwater cameras"))
        # Ceiling cameras covering the surface of each pool.
        overhead_cams = tm.add(tg.Device("Overhead cameras"))

    # Plant-room server: receives and decodes the streams, hosts the model.
    ingest = tm.add(
        tg.Service("Edge video ingest", description="Decodes the camera streams into frames.")
    )
    # Spots swimmers in distress in each frame.
    detector = tm.add(
        tg.Model(
            "Distress detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Thresholds detections, raises and escalates alerts, records acknowledgements.
    alert_manager = tm.add(
        tg.Service(
            "Alert manager",
            controls={
                c.AuditLogging(
                    retention_days=365, note="every alert and acknowledgement, timestamped"
                )
            },
        )
    )
    # On-site store of alert events and clips for incident reviews.
    event_store = tm.add(
        tg.DataStore(
            "Incident store",
            stores={incident},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Vendor wristbands that vibrate and show the zone; button to acknowledge.
    wristbands = tm.add(tg.Device("Lifeguard wristbands"))
    # Kiosk screen at the lifeguard chair showing the camera view of each alert.
    screen = tm.add(tg.Device("Poolside screen", fleet=False))
    # The people on duty who respond to alerts.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Our cloud account", trust=tg.Trust.INTERNAL):
    # Our own cloud account, where models are trained and released.
    training_data = tm.add(tg.Dataset("Labelled clip dataset store", stores={training_set}))
    # Turns uploaded clips into a labelling queue and the labelled dataset.
    labelling = tm.add(tg.Pipeline("Clip labelling", stage=tg.Stage.LABELING))
    # Retrains the detector on new labelled clips and evaluates it.
    training = tm.add(
        tg.Pipeline(
            "Detector training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall on staged distress drills must not drop")},
        )
    )
    # Holds released model versions for the sites.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model version to each site's edge server.
    release = tm.add(
        tg.Pipeline(
            "Model release",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML lead")},
        )
    )

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # Contracted annotators who mark distress episodes in the uploaded clips.
    annotator = tm.add(tg.Actor("Annotator", role="labeller"))

# ---------------------------------------------------------------- flows
tm.flow(underwater_cams, ingest, video, protocol="rtsp")
tm.flow(overhead_cams, ingest, video, protocol="rtsp")
tm.flow(ingest, detector, frames)
tm.flow(detector, alert_manager, detections)
tm.flow(ingest, alert_manager, frames, label="clip buffer")

tm.flow(alert_manager, wristbands, alert, label="paging radio via vendor base station")
tm.flow(wristbands, alert_manager, ack, label="paging radio via vendor base station")
tm.flow(alert_manager, screen, alert_view, protocol="http", label="kiosk browser page")
tm.flow(wristbands, lifeguard, alert, label="vibration and zone")
tm.flow(screen, lifeguard, alert_view)
tm.flow(lifeguard, wristbands, ack, label="acknowledge button")

tm.flow(alert_manager, event_store, incident)
tm.flow(event_store, labelling, incident, protocol="https", label="nightly clip upload")
tm.flow(labelling, annotator, incident, protocol="https")
tm.flow(annotator, labelling, labels, protocol="https")
tm.flow(labelling, training_data, training_set)
tm.flow(training_data, training, training_set)
tm.flow(training, registry, model_file)
tm.flow(registry, release, model_file)
tm.flow(release, detector, model_file, protocol="https", label="model update")
