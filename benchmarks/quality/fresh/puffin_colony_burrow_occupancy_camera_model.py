"""Puffin burrow occupancy model: the first design, before any security review.

A seabird reserve puts motion-triggered trail cameras on a sample of puffin burrows
in the island colony. Rangers swap the SD cards weekly, copy them onto the field
station laptop and upload the frames over the station's satellite link to the
reserve's cloud project. Volunteers draw boxes on a sample of frames in a web
labelling app; rangers add burrowscope checks of which burrows hold an egg or chick.
A training job fine-tunes an open-weights object detector, downloaded from a public
model hub, on those labels, and stores each version in a model registry. A nightly
job runs the detector over new frames, tracks birds going in and out of each burrow,
and estimates occupancy, feeding visits and breeding success. The reserve ecologist
reviews and signs off the figures before they go into the annual report.
Controls: HTTPS uploads, upload checks on camera id and timestamps, double labelling
with spot checks, evaluation against burrowscope counts, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Puffin burrow occupancy model",
    profile=tg.RiskProfile.LOW,
    description="Counts puffins at burrows from trail cameras and estimates breeding success.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Trail camera frames",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Motion-triggered stills of burrow entrances, several thousand a week.",
)
camera_meta = tg.Data(
    "Camera metadata",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Camera id, burrow id, timestamp and battery level for each frame.",
)
card_log = tg.Data("SD card swap log", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
labels = tg.Data(
    "Puffin bounding-box labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
ground_truth = tg.Data(
    "Burrowscope ground-truth counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Per-burrow egg and chick checks made by rangers with a burrow camera.",
)
base_weights = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
weights = tg.Data("Puffin detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
approval = tg.Data("Detector release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
detections = tg.Data("Puffin detections", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
estimates = tg.Data(
    "Occupancy and breeding success estimates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
signed_off = tg.Data(
    "Signed-off annual figures", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Island colony", trust=tg.Trust.UNTRUSTED, description="Open ground visitors walk past."
):
    # The sensors: battery trail cameras strapped to stakes at burrow entrances.
    cameras = tm.add(tg.Device("Burrow trail cameras", fleet=True))

with tm.boundary("Island field station", trust=tg.Trust.INTERNAL):
    # Collects the SD cards and makes the burrowscope checks.
    ranger = tm.add(tg.Actor("Ranger", role="field ranger"))
    # The only computer on the island; uploads over the satellite link.
    laptop = tm.add(tg.Device("Field station laptop", fleet=False))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the reserve's volunteer scheme, labelling from home.
    volunteer = tm.add(tg.Actor("Volunteer labeller", role="volunteer"))
    # Where the open-weights base detector is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Reserve cloud project", trust=tg.Trust.INTERNAL):
    # Receives uploads, checks them and files frames by camera and date.
    ingestion = tm.add(
        tg.Pipeline(
            "Frame ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="known camera ids, sane timestamps, JPEG only")},
        )
    )
    # Every frame kept for the season and the years after, for re-analysis.
    archive = tm.add(
        tg.DataStore(
            "Camera frame archive",
            stores={frames, camera_meta},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web app where volunteers box puffins on sampled frames.
    labelling = tm.add(
        tg.Pipeline(
            "Volunteer labelling app",
            stage=tg.Stage.LABELING,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Frames with agreed volunteer boxes, the detector's training data.
    train_set = tm.add(
        tg.Dataset(
            "Labelled training set",
            stores={frames, labels},
            controls={
                c.DataSanitization(
                    note="each frame boxed by two volunteers; ecologist spot-checks 10%"
                )
            },
        )
    )
    # Rangers' burrowscope checks, kept apart to evaluate each detector version.
    eval_set = tm.add(
        tg.Dataset("Burrowscope evaluation set", stores={ground_truth}, purpose="evaluation")
    )
    # Fine-tunes the base detector; open-source training stack.
    training = tm.add(
        tg.Pipeline("Detector training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the fine-tuned detector.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The detector: finds puffins (adults, with fish, pufflings) in each frame.
    detector = tm.add(
        tg.Model(
            "Puffin burrow detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={c.ModelValidation(note="compared with burrowscope counts before release")},
        )
    )
    # Runs the detector, tracks in/out movements and computes the season's estimates.
    counting = tm.add(
        tg.Service(
            "Nightly burrow counting job",
            description="Detections to burrow visits, occupancy, feeding rate and fledging estimate.",
            controls={
                c.HumanInTheLoop(
                    approver="reserve ecologist, before figures go into the annual report"
                )
            },
        )
    )
    # The season's per-burrow and colony-level figures.
    results = tm.add(tg.DataStore("Estimates database", stores={estimates, signed_off}))

with tm.boundary("Reserve office", trust=tg.Trust.INTERNAL):
    # Owns the model and the figures; writes the annual report.
    ecologist = tm.add(tg.Actor("Reserve ecologist", role="ecologist", privileged=True))

# ---------------------------------------------------------------- flows
# Field collection.
tm.flow(
    cameras, laptop, frames, camera_meta, protocol="usb", label="SD cards copied at the station"
)
tm.flow(ranger, laptop, card_log, label="card swaps typed in by hand")
tm.flow(
    laptop,
    ingestion,
    frames,
    camera_meta,
    card_log,
    protocol="https",
    label="weekly upload over satellite link",
)
tm.flow(ingestion, archive, frames, camera_meta)
tm.flow(ranger, eval_set, ground_truth, protocol="https", label="burrowscope check sheets")

# Labelling.
tm.flow(archive, labelling, frames, label="sampled frames")
tm.flow(labelling, volunteer, frames, protocol="https")
tm.flow(volunteer, labelling, labels, protocol="https")
tm.flow(labelling, train_set, frames, labels)

# Training and release.
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(train_set, training, frames, labels)
tm.flow(eval_set, training, ground_truth, label="evaluation")
tm.flow(training, registry, weights)
tm.flow(ecologist, registry, approval, protocol="https", label="approves a version")
tm.flow(registry, detector, weights, label="deploy approved version")

# Nightly counting.
tm.flow(archive, counting, frames, camera_meta, label="nightly batch of new frames")
tm.flow(counting, detector, frames)
tm.flow(detector, counting, detections)
tm.flow(counting, results, estimates)

# Review for the annual report.
tm.flow(results, ecologist, estimates, protocol="https")
tm.flow(ecologist, results, signed_off, protocol="https")
