"""Hill farm lambing camera alerts: the first design, before any security review.

Infrared cameras in the lambing shed stream over the farm LAN to a small edge box
in the farm office, where a detector model watches the pens through the night and
flags a ewe that appears to be in difficult labour. Each detection goes, with a
short clip, to our cloud alerting service, which wakes the shepherd's phone app
through a mobile push provider. The shepherd watches the clip, checks the pen and
marks the alert real or false; the marked clips are kept for a retraining job run
between seasons, and an ML engineer publishes each new detector version to a
registry that the edge box downloads from. Controls in this design: HTTPS off the
farm, a per-box API key, app sign-in with e-mail and password, a "cameras
offline" alert when the box stops sending heartbeats, encrypted cloud storage
and versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hill farm lambing camera alerts",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Night-time detection of difficult lambings from shed cameras, "
    "with alerts to the shepherd's phone.",
)

# ---------------------------------------------------------------- data assets
shed_video = tg.Data(
    "Shed camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Infrared video of the lambing pens; farm staff appear in it while they work.",
)
detection = tg.Data(
    "Difficult labour detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pen number, camera, confidence and time of a suspected difficult lambing.",
)
alert_event = tg.Data(
    "Lambing alert event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_clip = tg.Data(
    "Alert video clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The 30 seconds of video around a detection.",
)
heartbeat = tg.Data("Edge box heartbeat", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
notification = tg.Data(
    "Lambing alert notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Push message naming the pen, sent to the shepherd's phone.",
)
device_token = tg.Data(
    "Push device token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The phone's push token, registered by the app at sign-in.",
)
shepherd_feedback = tg.Data(
    "Shepherd alert feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Real or false alarm, and what was found in the pen.",
)
labelled_clips = tg.Data(
    "Labelled lambing clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Labour detector weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
release_approval = tg.Data("Detector release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site network", trust=tg.Trust.INTERNAL):
    # The reason for the system: fixed IR cameras over the lambing pens.
    cameras = tm.add(
        tg.Device(
            "Lambing shed cameras",
            fleet=True,
            description="Six PoE infrared IP cameras on the farm LAN, streaming RTSP.",
        )
    )
    # Runs the detector next to the cameras, so farm broadband only carries alerts.
    edge_box = tm.add(
        tg.Service(
            "Shed edge box",
            description="Small fanless PC in the farm office: pulls the streams, runs "
            "the detector, buffers clips and phones home to the alerting service.",
        )
    )
    # The model itself, loaded into the edge box's inference runtime.
    detector = tm.add(
        tg.Model(
            "Difficult labour detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Video action detector fine-tuned on lambing footage; a missed "
            "difficult birth can cost a ewe or her lambs.",
        )
    )

with tm.boundary("Alerting cloud", trust=tg.Trust.INTERNAL):
    # Receives alerts from the box and fans them out to phones.
    alert_service = tm.add(
        tg.Service(
            "Alerting service",
            description="Takes alert events and clips from edge boxes, sends push "
            "notifications, serves clips to the app and records feedback.",
            controls={
                c.Authentication(
                    method="per-box API key for edge boxes; e-mail and password for the app"
                ),
                c.FailClosed(
                    fallback="no heartbeat from the edge box for 5 minutes sends a "
                    "'cameras offline' alert to the shepherd's phone"
                ),
            },
        )
    )
    # Alert history, clips and the shepherd's marks; also the source of training examples.
    event_store = tm.add(
        tg.DataStore(
            "Alert and clip store",
            stores={alert_event, alert_clip, shepherd_feedback, device_token},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
        # Clips with the shepherd's real/false marks, for the next season's model.
        training_set = tm.add(tg.Dataset("Lambing clip training set", stores={labelled_clips}))
        # Retrains the detector between lambing seasons.
        training = tm.add(tg.Pipeline("Detector retraining job", stage=tg.Stage.TRAINING))
        # Holds released detector versions for edge boxes to download.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={detector_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile OS push service: the only way to wake the phone at night.
    push = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shepherd's own phone, on mobile data or the farmhouse Wi-Fi.
    phone = tm.add(
        tg.Device(
            "Shepherd's phone app",
            fleet=False,
            description="Our app on the shepherd's own smartphone.",
        )
    )
    # Who acts on the alert.
    shepherd = tm.add(tg.Actor("Shepherd", role="shepherd"))

with tm.boundary("Company office network", trust=tg.Trust.INTERNAL):
    # Builds and releases detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the farm
tm.flow(cameras, edge_box, shed_video, protocol="rtsp", label="live streams")
tm.flow(edge_box, detector, shed_video, label="frames")
tm.flow(detector, edge_box, detection)

# Farm to cloud
tm.flow(edge_box, alert_service, alert_event, alert_clip, protocol="https")
tm.flow(edge_box, alert_service, heartbeat, protocol="https", label="every minute")
tm.flow(alert_service, event_store, alert_event, alert_clip)

# Cloud to the shepherd
tm.flow(alert_service, push, notification, device_token, protocol="https")
tm.flow(push, phone, notification, protocol="https")
tm.flow(phone, shepherd, notification, label="on screen")
tm.flow(phone, alert_service, device_token, protocol="https", label="app registration")
tm.flow(alert_service, phone, alert_clip, protocol="https", label="clip playback")
tm.flow(shepherd, phone, shepherd_feedback, label="touchscreen")
tm.flow(phone, alert_service, shepherd_feedback, protocol="https")
tm.flow(alert_service, event_store, shepherd_feedback, device_token)
tm.flow(event_store, alert_service, alert_clip, device_token, label="lookups")

# Retraining and release
tm.flow(event_store, training_set, labelled_clips, label="end-of-season export")
tm.flow(training_set, training, labelled_clips)
tm.flow(training, registry, detector_weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="publishes version")
tm.flow(registry, edge_box, detector_weights, protocol="https", label="model download")
tm.flow(edge_box, detector, detector_weights, label="load")
