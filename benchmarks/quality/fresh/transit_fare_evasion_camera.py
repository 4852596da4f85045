"""Transit fare-evasion detection: the first design, before any security review.

A city metro operator (an EU transit agency) adds cameras over its fare gates.
An edge box in each station runs a vision model on the camera streams and flags
people who jump or tailgate through a gate. Each detection, with a ten-second
clip, is posted over HTTPS (per-station API key) to a detection service in the
agency's cloud account, which stores clips for 30 days in an encrypted bucket.
Revenue inspectors get alerts on agency handheld devices and confirm or reject
each one; nothing is fined without an inspector's decision. Revenue-protection
analysts see trends in a web dashboard behind the agency SSO. Once a month the
inspector-confirmed clips become labels for retraining; the new model goes to a
registry and edge boxes pull it from there. Monthly aggregate evasion figures
per station are published on the city open-data portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Transit fare-evasion camera detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Edge vision model at metro fare gates, inspector alerts and monthly retraining.",
)

# ---------------------------------------------------------------- data assets
gate_video = tg.Data(
    "Fare-gate video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of passengers passing the gates.",
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detection = tg.Data(
    "Evasion detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Gate, time, event type (jump or tailgate) and confidence.",
)
clip = tg.Data(
    "Detection clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Ten seconds of video around a detection; shows faces.",
)
alert = tg.Data("Inspector alert", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Inspector confirmation",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Confirmed or rejected, with the inspector's id and any penalty notice number.",
)
training_set = tg.Data(
    "Labelled clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
trends = tg.Data("Evasion trends", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
figures = tg.Data("Aggregate evasion figures", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # The sensors: IP cameras mounted over each gate line.
    cameras = tm.add(tg.Device("Fare-gate cameras", fleet=True))
    # Runs inference locally so continuous video never leaves the station.
    edge_box = tm.add(
        tg.Device(
            "Station edge box",
            fleet=True,
            description="One GPU box per station; uploads only detection clips.",
            controls={c.DataMinimization(note="only 10 s clips around detections are uploaded")},
        )
    )
    # The vision model itself, loaded on every edge box.
    detector = tm.add(
        tg.Model(
            "Evasion detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Pose and tracking model that flags jumps and tailgating.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where edge boxes post detections.
    ingest = tm.add(
        tg.Endpoint(
            "Detection ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-station API key")},
        )
    )
    # Aggregates detections, routes alerts to inspectors, collects their verdicts.
    detection_service = tm.add(
        tg.Service(
            "Detection service",
            controls={
                c.Authentication(method="agency SSO (OIDC)"),
                c.HumanInTheLoop(approver="a revenue inspector confirms before any penalty"),
            },
        )
    )
    # Keeps detections and clips for inspectors and for retraining.
    clip_store = tm.add(
        tg.DataStore(
            "Clip and detection store",
            stores={clip, detection, confirmation},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Web dashboard for the revenue-protection team.
    dashboard = tm.add(
        tg.Service(
            "Revenue dashboard",
            controls={c.Authentication(method="agency SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Inspector-confirmed clips, collected for the monthly retrain.
        label_set = tm.add(tg.Dataset("Confirmed clip dataset", stores={training_set}))
        # Monthly fine-tune of the detector on the new labels.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions that edge boxes pull.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Field mobile network", trust=tg.Trust.UNTRUSTED):
    # Agency-issued handhelds on the public mobile network.
    handheld = tm.add(tg.Device("Inspector handheld", fleet=True))
    # Acts on alerts and confirms or rejects them.
    inspector = tm.add(tg.Actor("Revenue inspector", role="inspector"))

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Watches trends and plans inspection rosters.
    analyst = tm.add(tg.Actor("Revenue-protection analyst", role="analyst"))

with tm.boundary("City open-data platform", trust=tg.Trust.PARTNER):
    # Run by the city IT department; the agency uploads monthly figures.
    portal = tm.add(tg.ExternalService("City open-data portal"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Journalists, councillors and the public read the figures.
    public = tm.add(tg.Actor("Member of the public", role="public"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_box, gate_video, protocol="rtsp")
tm.flow(edge_box, detector, frames, protocol="local")
tm.flow(detector, edge_box, detection, protocol="local")
tm.flow(edge_box, ingest, detection, clip, protocol="https")
tm.flow(ingest, detection_service, detection, clip)
tm.flow(detection_service, clip_store, detection, clip)
tm.flow(clip_store, detection_service, detection, clip)

tm.flow(detection_service, handheld, alert, clip, protocol="https", label="live alert")
tm.flow(handheld, detection_service, confirmation, protocol="https", label="verdict")
tm.flow(handheld, inspector, alert, clip)
tm.flow(inspector, handheld, confirmation)
tm.flow(detection_service, clip_store, confirmation, id="verdicts", label="store verdict")

tm.flow(clip_store, dashboard, detection, confirmation)
tm.flow(dashboard, analyst, trends, clip, protocol="https")
tm.flow(analyst, dashboard, trends, protocol="https", label="filters and queries")

tm.flow(clip_store, label_set, training_set, label="monthly export of confirmed clips")
tm.flow(label_set, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, edge_box, weights, protocol="https", label="model pull")
tm.flow(edge_box, detector, weights, protocol="local", id="model-load", label="load model")

tm.flow(detection_service, portal, figures, protocol="https", label="monthly upload")
tm.flow(portal, public, figures, protocol="https")
