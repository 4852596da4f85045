"""Fleet driver fatigue camera: the first design, before any security review.

A European haulier fits every truck with an in-cab camera unit. A detection model
running on the unit watches the driver's face and hands for drowsiness and phone
use, sounds an alert in the cab, and uploads each event with a short video clip
over the cellular link to the company's fleet cloud. Safety managers at the
depots review the clips in a web portal, confirm or dismiss each event and send
coaching notes to the driver's account. Confirmed and dismissed events are curated
into a training set; the model is retrained monthly, versioned in a registry and
pushed back to the camera units over the air once an ML engineer approves it.
Controls in this design: the ingest API authenticates each unit with a per-device
key, uploads and downloads use HTTPS, clips are encrypted at rest, the portal uses
company SSO, a safety manager reviews every event before any coaching happens, and
models are versioned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fleet driver fatigue camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "In-cab drowsiness and phone-use detection with cloud review, driver coaching "
        "and retraining from reviewed events."
    ),
)

# ---------------------------------------------------------------- data assets
cab_video = tg.Data(
    "In-cab video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous camera frames of the driver's face and hands.",
)
detection = tg.Data("Detection result", kind="model-output", sensitivity=tg.Sensitivity.PII)
cab_alert = tg.Data("In-cab alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
event_clip = tg.Data(
    "Safety event with clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Event type, score, GPS position, truck and driver id, and a 10-second clip.",
)
verdict = tg.Data(
    "Review verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="The safety manager's confirm or dismiss decision on an event.",
)
coaching = tg.Data("Coaching note", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data(
    "Coaching acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Truck cab",
    trust=tg.Trust.UNTRUSTED,
    description="Company hardware, but physically in the truck and on a cellular link.",
):
    # The person being monitored; also the one who gets alerts and coaching.
    driver = tm.add(tg.Actor("Driver", role="truck driver"))
    # One camera unit per truck: captures video, buffers clips, uploads events.
    camera = tm.add(
        tg.Device(
            "In-cab camera unit",
            fleet=True,
            description="Dash-mounted camera with an NPU, SD-card buffer and LTE modem.",
        )
    )
    # The detector that runs on the unit itself so alerts work without coverage.
    edge_model = tm.add(
        tg.Model(
            "On-device fatigue detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Flags eye closure, yawning, head nodding and handheld phone use.",
        )
    )

with tm.boundary("Fleet cloud", trust=tg.Trust.INTERNAL):
    # Receives events and clips from every camera unit in the fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Event ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Keeps every uploaded event, clip, verdict and coaching note.
    clip_store = tm.add(
        tg.DataStore(
            "Event and clip store",
            stores={event_clip, verdict, coaching, acknowledgement},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where safety managers watch clips, decide, and coach drivers.
    portal = tm.add(
        tg.Service(
            "Safety review portal",
            description="Web app for event review and the drivers' coaching inbox.",
            controls={
                c.Authentication(method="company SSO (OIDC)"),
                c.HumanInTheLoop(approver="depot safety manager"),
            },
        )
    )
    # Pushes approved model versions to the camera units.
    ota = tm.add(
        tg.Service(
            "OTA update service",
            description="Schedules model downloads to camera units, truck by truck.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Turns reviewed events into labelled clips for training.
        curation = tm.add(tg.Pipeline("Training data curation", stage=tg.Stage.LABELING))
        # The accumulated labelled clips the detector is retrained on.
        train_set = tm.add(tg.Dataset("Fatigue training set", stores={training_clips}))
        # Monthly retraining job on GPU instances.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds each trained model version before it goes to the fleet.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Depot offices", trust=tg.Trust.INTERNAL):
    # Reviews events and coaches the drivers of their depot.
    manager = tm.add(tg.Actor("Safety manager", role="safety manager"))
    # Owns the training runs and approves releases to the fleet.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on the truck
tm.flow(driver, camera, cab_video, label="camera capture")
tm.flow(camera, edge_model, cab_video, protocol="local")
tm.flow(edge_model, camera, detection, protocol="local")
tm.flow(camera, driver, cab_alert, label="audible alert")

# upload and review
tm.flow(camera, ingest, event_clip, protocol="https", label="event upload over LTE")
tm.flow(ingest, clip_store, event_clip)
tm.flow(clip_store, portal, event_clip, coaching, acknowledgement)
tm.flow(portal, manager, event_clip, acknowledgement, protocol="https")
tm.flow(manager, portal, verdict, coaching, protocol="https")
tm.flow(portal, clip_store, verdict, coaching, acknowledgement)
tm.flow(portal, driver, coaching, protocol="https", label="coaching inbox")
tm.flow(driver, portal, acknowledgement, protocol="https")

# retraining
tm.flow(clip_store, curation, event_clip, verdict, label="reviewed events")
tm.flow(curation, train_set, training_clips)
tm.flow(train_set, training, training_clips)
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, weights)

# release to the fleet
tm.flow(ml_engineer, ota, release_approval, protocol="https", label="approves rollout")
tm.flow(registry, ota, weights)
tm.flow(ota, camera, weights, protocol="https", label="model download over LTE")
tm.flow(camera, edge_model, weights, protocol="local", label="load new model")
