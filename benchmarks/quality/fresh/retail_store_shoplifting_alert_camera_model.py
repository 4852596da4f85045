"""In-store shoplifting alerts: the first design, before any security review.

A supermarket chain adds a video model to the CCTV it already runs in its stores.
Ceiling cameras stream to the store's recorder and to an edge analytics server in
the comms room, which runs the chain's own behaviour detection model on the frames
(concealment, bag stuffing, walking past the tills). Above a confidence threshold
it sends an alert with a short clip to the central alert service in the chain's
cloud tenancy, which pushes a notification through the handset vendor's push
service to the security staff's store handsets. A guard watches the clip before
approaching anyone and marks the alert confirmed or a false alarm. Outcomes and
clips are exported weekly into a labelled set the ML team retrains on; stores pull
released models from the registry. Handsets sign in with a device certificate and
each guard's own PIN, cloud links use TLS, and the recorder keeps footage 31 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail store shoplifting alert camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "CCTV behaviour model flagging suspected shoplifting to in-store security "
        "staff's handsets, retrained from the guards' alert outcomes."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Live CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Shoppers and staff on the sales floor, at the tills and at the exits.",
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Suspicious behaviour detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Person track, behaviour class and confidence score per camera.",
)
alert = tg.Data(
    "Shoplifting alert with clip",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Store, camera, aisle, time, score, a thumbnail and a 20-second clip.",
)
notification = tg.Data(
    "Alert push notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert id, aisle and a thumbnail of the person flagged.",
)
outcome = tg.Data(
    "Guard alert outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed, false alarm or not found, with a free-text note.",
)
training_clips = tg.Data(
    "Labelled incident clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data("Behaviour model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Store sales floor", trust=tg.Trust.UNTRUSTED):
    # Anyone can walk in; everyone in view of the cameras is recorded.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Existing ceiling cameras on the store's camera VLAN.
    cameras = tm.add(tg.Device("CCTV cameras", description="Fixed IP cameras, about 40 per store."))
    # Existing network video recorder: the store's evidential copy of the footage.
    recorder = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={footage},
            controls={c.RetentionLimits(days=31)},
        )
    )
    # Decodes the camera streams and runs the model next to the cameras.
    edge = tm.add(
        tg.Service(
            "Edge analytics server",
            description="One per store; raises an alert when a detection passes the threshold.",
        )
    )
    # Detects concealment and till-bypass behaviour in person tracks.
    model = tm.add(
        tg.Model(
            "Shoplifting behaviour detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Video action model over person tracks; trained by the chain's ML team.",
        )
    )
    # Store-issued handsets the security staff carry on the floor.
    handset = tm.add(
        tg.Device(
            "Security staff handset", description="Managed Android handset with the alerts app."
        )
    )
    # Decides whether to approach and records what happened.
    guard = tm.add(tg.Actor("Store security officer", role="security staff"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The handset platform's push notification service.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Chain cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives alerts from every store, notifies the handsets and serves the clips.
    alert_service = tm.add(
        tg.Service(
            "Central alert service",
            controls={
                c.Authentication(method="per-handset device certificate and each guard's own PIN"),
                c.HumanInTheLoop(
                    approver="store security officer, who watches the clip before approaching anyone"
                ),
            },
        )
    )
    # Alerts, clips and outcomes from all stores.
    alert_store = tm.add(
        tg.DataStore(
            "Alert and clip store",
            stores={alert, outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Clips with the guards' outcomes as labels.
        dataset = tm.add(tg.Dataset("Labelled incident clip set", stores={training_clips}))
        # Periodic retraining of the detector.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versions of the detector; stores pull the released one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Runs retraining and releases models to the stores.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(shopper, cameras, footage, label="seen on camera")
tm.flow(cameras, recorder, footage, protocol="rtsp")
tm.flow(cameras, edge, footage, protocol="rtsp")
tm.flow(edge, model, frames)
tm.flow(model, edge, detections)

tm.flow(edge, alert_service, alert, protocol="https")
tm.flow(alert_service, alert_store, alert, outcome)
tm.flow(alert_service, push, notification, protocol="https")
tm.flow(push, handset, notification, protocol="https")
tm.flow(handset, alert_service, outcome, protocol="https", label="clip request and outcome")
tm.flow(alert_service, handset, alert, protocol="https", label="clip")
tm.flow(handset, guard, alert, label="on screen")
tm.flow(guard, handset, outcome, label="taps outcome")

tm.flow(alert_store, dataset, training_clips, label="weekly export")
tm.flow(dataset, training, training_clips)
tm.flow(ml_engineer, training, release, label="starts run and approves release")
tm.flow(training, registry, weights)
tm.flow(registry, edge, weights, protocol="https", label="store pulls released model")
