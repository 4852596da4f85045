"""Retail loss prevention vision: the first design, before any security review.

A European retailer puts an edge box in the back office of each store. It reads
the in-store CCTV cameras (self-checkout lanes and aisles), keeps a rolling
72-hour footage buffer and runs a video detector, fine-tuned from an open-weights
action-recognition model, to flag likely shoplifting. Each alert and its short
clip go to the incident API in the retailer's cloud, which pushes them to the
handhelds of the store's security staff; staff confirm or dismiss, and nobody is
approached on the model's word alone. Confirmed clips are kept for police requests
(handled by loss prevention investigators) and exported weekly to fine-tune the
detector centrally; an ML engineer approves each release before it is pushed to
the edge boxes. Users sign in with corporate SSO and see only their own stores;
clip access is audit-logged and the incident store is encrypted with the cloud KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail loss prevention vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-store CCTV shoplifting detection on edge boxes, with staff alerts "
    "and central retraining from confirmed incidents.",
)

# ---------------------------------------------------------------- data assets
live_video = tg.Data(
    "Live CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of shoppers and staff from the store cameras.",
)
frames = tg.Data("Sampled video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Behaviour class, confidence, bounding boxes and timestamps per person track.",
)
alert = tg.Data(
    "Alert with clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A 20-second clip, the camera, the location in the store and the detection.",
)
verdict = tg.Data(
    "Staff verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed or dismissed, with an optional note from the security staff.",
)
incident_clips = tg.Data(
    "Confirmed incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Clips and verdicts of confirmed incidents, kept as evidence for police requests.",
)
footage = tg.Data(
    "Rolling footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The last 72 hours of every camera, overwritten continuously.",
)
evidence = tg.Data(
    "Evidence package",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Clips and incident report handed to the police on request.",
)
export_request = tg.Data("Incident search and export request", sensitivity=tg.Sensitivity.INTERNAL)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # IP cameras on the store's CCTV VLAN; the video the whole system starts from.
    cameras = tm.add(
        tg.Device("CCTV cameras", fleet=True, description="Ceiling and self-checkout cameras.")
    )
    # Store security staff decide whether to act on an alert.
    staff = tm.add(tg.Actor("Store security staff", role="security staff"))
    # Managed handhelds on the store Wi-Fi: where alerts are seen and verdicts given.
    handheld = tm.add(
        tg.Device(
            "Security handheld app",
            fleet=True,
            description="Company phones with the loss-prevention app.",
        )
    )

    with tm.boundary("Edge box", trust=tg.Trust.INTERNAL):
        # Reads the camera streams, cuts clips and raises alerts.
        edge_service = tm.add(
            tg.Service(
                "Edge video service",
                description="Decodes streams, samples frames, tracks people and builds alerts.",
            )
        )
        # The shoplifting detector, running on the edge box's GPU.
        detector = tm.add(
            tg.Model(
                "Shoplifting detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Video action model fine-tuned on confirmed incidents.",
                controls={c.HumanInTheLoop(approver="store security staff")},
            )
        )
        # Local recording so that an alert clip can include the seconds before it.
        buffer = tm.add(tg.DataStore("Rolling footage buffer", stores={footage}))

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Central API for alerts, verdicts and investigator searches.
    incident_api = tm.add(
        tg.Endpoint(
            "Incident API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="staff and investigators see only their stores' incidents"),
                c.AuditLogging(retention_days=365, note="clip views and exports"),
            },
        )
    )
    # Evidence store for confirmed incidents.
    incident_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={incident_clips},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataMinimization(
                    note="dismissed alerts deleted; confirmed clips kept 180 days unless on legal hold"
                ),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Confirmed and dismissed clips with their verdicts, for fine-tuning.
        training_set = tm.add(tg.Dataset("Incident training set", stores={training_clips}))
        # Fine-tunes the detector on the training set.
        fine_tuning = tm.add(tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING))
        # Versions of the detector.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes an approved model to every store's edge box.
        deployment = tm.add(
            tg.Pipeline(
                "Edge deployment pipeline",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Answers police requests and reviews incidents across stores.
    investigator = tm.add(tg.Actor("Loss prevention investigator", role="investigator"))
    # Owns the detector and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives evidence packages for confirmed incidents.
    police = tm.add(tg.Actor("Police", role="law enforcement"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_service, live_video, protocol="rtsp")
tm.flow(edge_service, buffer, footage, protocol="local", label="recording")
tm.flow(buffer, edge_service, footage, protocol="local", label="pre-roll for clips")
tm.flow(edge_service, detector, frames, protocol="local")
tm.flow(detector, edge_service, detections, protocol="local")

tm.flow(edge_service, incident_api, alert, protocol="https")
tm.flow(incident_api, handheld, alert, protocol="https", label="push notification")
tm.flow(handheld, staff, alert, label="shows alert and clip")
tm.flow(staff, handheld, verdict, label="confirm or dismiss")
tm.flow(handheld, incident_api, verdict, protocol="https")
tm.flow(incident_api, incident_store, incident_clips, protocol="https")
tm.flow(incident_store, incident_api, incident_clips, protocol="https")

tm.flow(investigator, incident_api, export_request, protocol="https")
tm.flow(incident_api, investigator, incident_clips, protocol="https")
tm.flow(investigator, police, evidence, protocol="https", label="secure share link")

tm.flow(incident_store, training_set, incident_clips, label="weekly export")
tm.flow(training_set, fine_tuning, training_clips)
tm.flow(fine_tuning, registry, weights)
tm.flow(ml_engineer, deployment, approval, label="approves release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, detector, weights, protocol="https", label="over-the-air update")
