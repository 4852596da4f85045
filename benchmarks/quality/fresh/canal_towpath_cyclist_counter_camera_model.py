"""Towpath cyclist and walker counter: the first design, before any security review.

The waterways trust wants to know how busy its towpaths are, to plan widening,
resurfacing and "share the space" signage and to support funding bids. About
120 solar-powered camera units on poles at towpath access points run a small
object detector on the device and count cyclists and walkers passing in each
direction; only 15-minute counts leave the unit, over a 4G modem with a
per-device certificate. Each unit also uploads a small random sample of frames
each day, which a contracted labelling firm annotates so the ML team can check
accuracy and retrain the detector, fine-tuned from open weights pulled from a
public model hub. New detector versions go from the model registry to the
cameras by over-the-air update. Counts land in a time-series database behind a
public usage dashboard that councils, cycling groups and the public can browse.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Towpath cyclist and walker counter",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Edge cameras count cyclists and walkers on canal towpaths; counts feed a public "
        "usage dashboard and sampled frames feed retraining."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Towpath video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live frames of people passing; identifiable at close range.",
)
detections = tg.Data(
    "Person and bicycle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes, classes and track ids per frame.",
)
counts = tg.Data(
    "Passage counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="15-minute counts by site, direction and class (cyclist, walker).",
)
sample_frames = tg.Data(
    "Sampled frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few random full-resolution frames per unit per day.",
)
labels = tg.Data("Frame annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
base_weights = tg.Data(
    "Open detector base weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of a small open-weights object detector.",
)
edge_model = tg.Data(
    "Edge detector model",
    format="onnx",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fine-tuned detector, quantised and exported for the camera's NPU.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
usage_stats = tg.Data(
    "Towpath usage statistics",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Daily and monthly totals and trends per towpath section.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Towpath sites", trust=tg.Trust.UNTRUSTED):
    # The pole-mounted camera unit itself: sensor, solar panel, battery and 4G modem.
    camera = tm.add(
        tg.Device(
            "Solar edge camera unit",
            fleet=True,
            description="About 120 units on poles at access points, reachable by anyone with a ladder.",
        )
    )
    # The detector that runs on the camera's NPU and finds people and bicycles.
    detector = tm.add(
        tg.Model(
            "On-device cyclist and walker detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Fine-tuned from an open-weights detector; runs on every frame.",
        )
    )
    # Firmware that tracks detections across a virtual line and aggregates counts.
    counter_app = tm.add(
        tg.Service(
            "Camera counting firmware",
            description="Tracks detections, counts line crossings, uploads counts and samples, installs model updates.",
        )
    )

with tm.boundary("Model hub", trust=tg.Trust.UNTRUSTED):
    # Public hub the base detector weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Labelling contractor", trust=tg.Trust.PARTNER):
    # The contracted firm's annotators who draw boxes on sampled frames.
    annotator = tm.add(tg.Actor("Contract annotator", role="labelling contractor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Councils, cycling groups and members of the public reading the dashboard.
    visitor = tm.add(tg.Actor("Dashboard visitor", role="public"))

with tm.boundary("Trust cloud", trust=tg.Trust.INTERNAL):
    # IoT endpoint the cameras publish their counts to.
    ingest = tm.add(tg.Endpoint("Count ingest endpoint", purpose=tg.EndpointPurpose.API))
    # Time-series store of every site's counts.
    count_db = tm.add(tg.DataStore("Count time-series database", stores={counts}))
    # Bucket where units drop their daily sampled frames.
    sample_store = tm.add(
        tg.DataStore(
            "Sampled frame bucket",
            stores={sample_frames},
            controls={
                c.EncryptionAtRest(key_management="cloud-managed keys"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Hosted annotation tool the contractor works in.
    labelling = tm.add(
        tg.Pipeline(
            "Annotation tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="contractor accounts with e-mail and password")},
        )
    )
    # Frames with their annotations, kept for training and accuracy checks.
    training_set = tm.add(
        tg.Dataset(
            "Labelled frame dataset",
            stores={sample_frames, labels},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Fine-tunes the detector and exports the edge model; uses open-source training libraries.
    training = tm.add(
        tg.Pipeline(
            "Detector fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True
        )
    )
    # Holds each exported edge model version.
    registry = tm.add(
        tg.ModelRegistry("Edge model registry", stores={edge_model}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model version to the camera fleet over the air.
    ota = tm.add(tg.Pipeline("OTA model rollout", stage=tg.Stage.DEPLOYMENT))
    # Public web dashboard built from the counts.
    dashboard = tm.add(tg.Endpoint("Public usage dashboard", purpose=tg.EndpointPurpose.API))

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # The trust's ML engineer who runs retraining and approves rollouts.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the camera.
tm.flow(camera, detector, frames, protocol="local")
tm.flow(detector, counter_app, detections, protocol="local")
tm.flow(counter_app, ingest, counts, protocol="mtls", label="MQTT over 4G")
tm.flow(camera, counter_app, sample_frames, protocol="local", label="random daily sample")
tm.flow(counter_app, sample_store, sample_frames, protocol="https", label="pre-signed upload")

# Counts to the public.
tm.flow(ingest, count_db, counts)
tm.flow(count_db, dashboard, counts, label="hourly aggregation")
tm.flow(dashboard, visitor, usage_stats, protocol="https")
tm.flow(
    visitor,
    dashboard,
    tg.Data("Dashboard filter", kind="records", sensitivity="public"),
    protocol="https",
)

# Labelling and retraining.
tm.flow(sample_store, labelling, sample_frames)
tm.flow(labelling, annotator, sample_frames, protocol="https")
tm.flow(annotator, labelling, labels, protocol="https")
tm.flow(labelling, training_set, sample_frames, labels)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training_set, training, sample_frames, labels)
tm.flow(ml_engineer, training, tg.Data("Training run config", kind="code", sensitivity="internal"))
tm.flow(training, registry, edge_model)

# Rollout to the fleet.
tm.flow(ml_engineer, ota, release, label="approves rollout")
tm.flow(registry, ota, edge_model)
tm.flow(ota, counter_app, edge_model, protocol="https", label="OTA job over 4G")
tm.flow(counter_app, detector, edge_model, protocol="local", label="install")
