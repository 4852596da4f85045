"""Skatepark fall and injury detection: the first design, before any security review.

The council's skatepark already has CCTV cameras recording to a site NVR. An edge box
in the park's cabinet reads the same camera streams and runs a fall detection model
(an open-weights pose model the council's supplier fine-tuned) that spots someone
who falls and stays down. A detection goes to the council's cloud alerting service,
which pushes an alert with a snapshot to the on-call park ranger through a
notification provider; the ranger acknowledges it and attends. A clip around each
detection is copied to an incident clip store and kept for 90 days for incident
review; the parks safety officer reviews clips and ranger reports in a portal
behind council SSO, and marks each alert true or false. Marked clips are used to
fine-tune the model, which is deployed to the edge box from a model registry.
The NVR keeps 31 days of footage; a DPIA covers the scheme.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Skatepark injury incident camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects falls and injuries on the council skatepark's cameras, alerts the on-call "
        "ranger and keeps incident footage for review."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Camera video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Park users, many of them children, identifiable on camera.",
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Fall detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera, bounding box, time on the ground and confidence.",
)
alert = tg.Data(
    "Incident alert with snapshot",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where and when, with a still of the person on the ground.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ack = tg.Data("Ranger acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clip = tg.Data(
    "Incident clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Footage from 30 s before to 2 min after a detection.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report = tg.Data(
    "Incident report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The ranger's account of the injury and the help given.",
)
alert_log = tg.Data("Alert history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Alert review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="True fall, false alarm (a trick, someone sitting down) per clip.",
)
weights = tg.Data(
    "Fall detection model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Skatepark site", trust=tg.Trust.INTERNAL):
    # Existing CCTV cameras covering the bowl, street section and ramps.
    cameras = tm.add(tg.Device("Park CCTV cameras", fleet=True))
    # Existing recorder: the full footage, kept for 31 days.
    nvr = tm.add(
        tg.DataStore(
            "Site NVR",
            stores={video},
            controls={c.RetentionLimits(days=31)},
        )
    )
    # Edge box in the park cabinet: decodes streams, runs the model, applies the "down for 20 s" rule.
    edge = tm.add(
        tg.Service(
            "Edge inference service",
            controls={
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); vital interests for injury alerts"
                ),
                c.FailClosed(
                    fallback="missed heartbeats for 5 minutes page the on-call ranger that detection is down"
                ),
            },
        )
    )
    # The detector itself.
    model = tm.add(
        tg.Model(
            "Fall detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights pose model fine-tuned on skatepark falls; runs on the edge box.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Turns detections into alerts to the on-call ranger and tracks acknowledgement.
    alerting = tm.add(
        tg.Service(
            "Alerting service",
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # Clips kept for incident review.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={clip},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
                c.RBAC(),
            },
        )
    )
    # Incident reports and the alert history.
    incident_log = tm.add(
        tg.DataStore(
            "Incident report log",
            stores={report, alert_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where rangers file reports and the safety officer reviews incidents.
    portal = tm.add(
        tg.Endpoint(
            "Incident review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed clips with their true/false labels.
        training_set = tm.add(
            tg.Dataset(
                "Reviewed clip dataset",
                stores={clip, labels},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Periodic fine-tuning run by the supplier's engineer.
        fine_tune = tm.add(
            tg.Pipeline(
                "Fine-tuning pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="recall on held-out falls checked before release")
                },
            )
        )
        # Versions of the model that can go to the edge box.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Push and SMS delivery to the ranger's phone.
    notifier = tm.add(tg.ExternalService("Push and SMS notification service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # On call on a council phone, usually out on the parks estate.
    ranger = tm.add(tg.Actor("On-call park ranger", role="park ranger"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Reviews incidents, follows up and labels alerts.
    officer = tm.add(tg.Actor("Parks safety officer", role="safety officer"))

# ---------------------------------------------------------------- flows
# on site
tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, model, frames)
tm.flow(model, edge, detections)
tm.flow(nvr, edge, clip, protocol="rtsp", label="clip around the detection")

# alerting
tm.flow(edge, alerting, alert, protocol="https")
tm.flow(edge, clip_store, clip, protocol="https")
tm.flow(alerting, notifier, alert, protocol="https")
tm.flow(notifier, ranger, alert, protocol="https", label="push notification, SMS fallback")
tm.flow(ranger, alerting, ack, protocol="https")
tm.flow(alerting, incident_log, alert_log)

# incident review
tm.flow(ranger, portal, report, protocol="https")
tm.flow(portal, incident_log, report)
tm.flow(incident_log, portal, report, alert_log)
tm.flow(clip_store, portal, clip)
tm.flow(portal, officer, clip, report, protocol="https")
tm.flow(officer, portal, labels, protocol="https")

# retraining and deployment
tm.flow(portal, training_set, clip, labels, label="reviewed clips")
tm.flow(training_set, fine_tune, clip, labels)
tm.flow(fine_tune, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="deploy to the edge box")
