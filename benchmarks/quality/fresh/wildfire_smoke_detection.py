"""Wildfire smoke detection: the first design, before any security review.

The utility has pan-tilt cameras on towers across its service territory. At each
tower an edge box pulls frames from the cameras and runs a smoke-detection model
(an open-weights detector fine-tuned in-house). A detection, with the frame that
triggered it, goes over the cellular modem to the cloud alert API, authenticated
with a per-device API key. The alert service stores it and puts it on the
console of the fire-watch dispatchers (corporate SSO), who confirm or dismiss
each alert; every disposition is audit-logged. Each quarter the confirmed and
dismissed alerts become labels, a training job fine-tunes the detector from the
public pretrained checkpoint, evaluates it on a held-out set and stores it in
the model registry; after an ML engineer approves, the OTA service pushes the
new model to every edge box over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wildfire smoke detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Edge smoke detection on utility tower cameras, with dispatcher confirmation "
        "and quarterly retraining pushed over the air."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Landscape views; can incidentally show homes, roads and people.",
)
detection = tg.Data(
    "Smoke detection",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Bounding box, confidence score, camera id, bearing and timestamp.",
)
alert = tg.Data(
    "Smoke alert with frame",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
disposition = tg.Data(
    "Alert disposition",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="feedback",
    description="Confirmed or dismissed, by which dispatcher, with a note.",
)
labels = tg.Data(
    "Smoke labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labeled frames", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
pretrained = tg.Data(
    "Pretrained detector checkpoint",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch .pt checkpoint downloaded from the public hub.",
)
edge_model = tg.Data(
    "Edge smoke model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Tower sites",
    trust=tg.Trust.UNTRUSTED,
    description="Unattended towers, physically reachable; cellular backhaul on a public carrier.",
):
    # The cameras that watch the horizon; they stream to the edge box on site.
    cameras = tm.add(tg.Device("Tower cameras", fleet=True))
    # One box per tower: runs the detector and talks to the cloud over cellular.
    edge_box = tm.add(
        tg.Device(
            "Edge inference box",
            fleet=True,
            description="Industrial PC with a GPU and an LTE modem; receives OTA model updates.",
        )
    )
    # The smoke detector itself, running on the edge box.
    detector = tm.add(
        tg.Model(
            "Smoke detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="A missed fire can grow unchecked; false alarms tie up dispatchers.",
        )
    )

with tm.boundary("Public internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained detector checkpoint comes from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Utility cloud", trust=tg.Trust.INTERNAL):
    # Receives detections from every tower.
    alert_api = tm.add(
        tg.Endpoint(
            "Alert ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Deduplicates detections across cameras and raises alerts to dispatch.
    alert_service = tm.add(tg.Service("Alert service"))
    # Every alert, its frame and how it was resolved.
    alert_db = tm.add(
        tg.DataStore(
            "Alert database",
            stores={alert, disposition},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The dispatchers' web app for reviewing alerts.
    console = tm.add(
        tg.Service(
            "Dispatcher console",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Turns each quarter's dispositions into labeled frames.
        labeling = tm.add(tg.Pipeline("Label export", stage=tg.Stage.LABELING))
        # The growing set of labeled frames used for training.
        training_set = tm.add(tg.Dataset("Smoke training set", stores={training_images, labels}))
        # Quarterly fine-tuning and evaluation on a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="recall and false-alarm rate on a held-out set")},
            )
        )
        # Versioned edge models ready for rollout.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={edge_model}, controls={c.ModelVersioning()})
        )
        # Pushes an approved model to the whole fleet.
        ota = tm.add(
            tg.Pipeline(
                "OTA model rollout",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML engineer")},
            )
        )

with tm.boundary("Dispatch center", trust=tg.Trust.INTERNAL):
    # Fire-watch staff who decide whether an alert is real smoke.
    dispatcher = tm.add(tg.Actor("Fire-watch dispatcher", role="dispatcher"))
    # Owns training and approves each rollout.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# at the tower
tm.flow(cameras, edge_box, frames, protocol="rtsp", label="video stream")
tm.flow(edge_box, detector, frames, protocol="local")
tm.flow(detector, edge_box, detection, protocol="local")

# to the cloud and the dispatchers
tm.flow(edge_box, alert_api, detection, alert, protocol="https", label="over cellular")
tm.flow(alert_api, alert_service, alert)
tm.flow(alert_service, alert_db, alert)
tm.flow(alert_db, console, alert, disposition)
tm.flow(console, dispatcher, alert, protocol="https")
tm.flow(dispatcher, console, disposition, protocol="https", label="confirm or dismiss")
tm.flow(console, alert_db, disposition)

# quarterly retraining
tm.flow(alert_db, labeling, alert, disposition, label="quarterly export")
tm.flow(labeling, training_set, training_images, labels)
tm.flow(training_set, training, training_images, labels)
tm.flow(model_hub, training, pretrained, protocol="https", label="base checkpoint")
tm.flow(training, registry, edge_model)

# rollout
tm.flow(ml_engineer, ota, approval, label="approves rollout")
tm.flow(registry, ota, edge_model)
tm.flow(ota, edge_box, edge_model, protocol="https", label="over-the-air update")
tm.flow(
    edge_box,
    detector,
    edge_model,
    protocol="local",
    label="load new model",
    id="edge-box->detector:model",
)
