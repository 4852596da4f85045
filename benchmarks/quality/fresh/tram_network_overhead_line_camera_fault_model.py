"""Tram overhead line camera fault detection: the first design, before any security review.

Service trams carry a roof-mounted camera rig that films the overhead contact line
(contact wire, droppers, registration arms, insulators) in ordinary passenger service,
tagging each frame with the tram's GNSS position. At the end of each duty the rig
offloads its footage over the depot Wi-Fi to an offload gateway, which forwards it to
the operator's cloud tenancy. An ingestion pipeline matches frames to mast and span
numbers from the asset management system, and a nightly detection job runs an in-house
wear and fault detector over them. Detections land in a review queue; overhead line
engineers sign in to a review console (corporate SSO with MFA, role-based access),
confirm or reject each one, and only confirmed faults become work orders in the asset
management system for the maintenance crews. Reviewed detections become labels for
retraining, and models are versioned in a registry. Uploads and internal calls use
HTTPS; the rigs authenticate with a per-vehicle API key; the footage bucket is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tram overhead line camera fault detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Roof cameras on service trams film the overhead line; a detector flags wear and "
        "faults, engineers confirm them and work orders go to the maintenance crews."
    ),
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Overhead line footage",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Upward-facing video frames of the line; street scenes and windows appear at the edges.",
)
position = tg.Data(
    "Tram GNSS position and timestamps",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
frames = tg.Data(
    "Located line frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Frames matched to mast and span numbers.",
)
asset_register = tg.Data(
    "Overhead line asset register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mast, span and section locations with equipment types.",
)
detections = tg.Data(
    "Wear and fault detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Fault class, confidence, bounding box and mast number per frame.",
)
review_decision = tg.Data(
    "Engineer review decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
work_order = tg.Data(
    "Maintenance work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
work_order_ref = tg.Data(
    "Work order reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tram fleet", trust=tg.Trust.INTERNAL):
    # One rig per fitted tram: cameras, lighting and an onboard recorder with GNSS.
    camera_rig = tm.add(
        tg.Device(
            "Roof-mounted line camera rig",
            fleet=True,
            description="Records the overhead line in passenger service and buffers footage on an SSD.",
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Receives the day's footage over depot Wi-Fi when a tram stables overnight.
    offload = tm.add(
        tg.Service(
            "Depot footage offload gateway",
            description="Accepts uploads from the rigs and forwards them to the cloud tenancy.",
            controls={c.Authentication(method="per-vehicle API key")},
        )
    )

with tm.boundary("Operator cloud tenancy", trust=tg.Trust.INTERNAL):
    # Cuts footage into frames and locates each one on the network.
    ingestion = tm.add(
        tg.Pipeline(
            "Footage ingestion pipeline",
            stage=tg.Stage.INGESTION,
            description="Decodes video, drops blurred frames, matches GNSS to mast and span.",
        )
    )
    # Object storage for the located frames, kept for trend analysis of wire wear.
    frame_store = tm.add(
        tg.DataStore(
            "Line frame store",
            stores={frames},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Runs the detector over the previous day's frames.
    detection_job = tm.add(
        tg.Service(
            "Nightly fault detection job",
            description="Batch inference over new frames; writes detections to the review queue.",
        )
    )
    # The model itself: wear, dropper, registration and insulator faults.
    detector = tm.add(
        tg.Model(
            "Overhead line fault detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned in-house on the operator's own line imagery.",
        )
    )
    # Detections waiting for an engineer.
    review_queue = tm.add(tg.DataStore("Detection review queue", stores={detections}))
    # Where engineers look at each detection next to its frame and decide.
    console = tm.add(
        tg.Endpoint(
            "Defect review console",
            purpose=tg.EndpointPurpose.API,
            description="Web console; a confirmed detection raises a work order, a rejected one is closed.",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="overhead line engineers only"),
                c.HumanInTheLoop(approver="an overhead line engineer confirms each detection"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Frames with engineers' confirm or reject decisions, for retraining.
        label_set = tm.add(
            tg.Dataset("Reviewed detection dataset", stores={frames, review_decision})
        )
        # Monthly retraining on the reviewed detections.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versioned detector checkpoints; the job loads the version marked for production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for assets and maintenance work.
    eam = tm.add(
        tg.Service(
            "Enterprise asset management system",
            description="Holds the asset register and the maintenance work order queue.",
        )
    )
    engineer = tm.add(tg.Actor("Overhead line engineer", role="maintenance engineer"))
    crew = tm.add(tg.Actor("Overhead line maintenance crew", role="maintenance crew"))
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera_rig, offload, footage, position, protocol="https", label="depot Wi-Fi offload")
tm.flow(offload, ingestion, footage, position, protocol="https")
tm.flow(eam, ingestion, asset_register, protocol="https", label="nightly asset export")
tm.flow(ingestion, frame_store, frames)

tm.flow(frame_store, detection_job, frames)
tm.flow(registry, detection_job, weights, label="load production version")
tm.flow(detection_job, detector, frames)
tm.flow(detector, detection_job, detections)
tm.flow(detection_job, review_queue, detections)

tm.flow(review_queue, console, detections)
tm.flow(frame_store, console, frames)
tm.flow(console, engineer, detections, frames, protocol="https")
tm.flow(engineer, console, review_decision, protocol="https")
tm.flow(console, review_queue, review_decision, label="close reviewed detection")
tm.flow(console, eam, work_order, protocol="https", label="confirmed faults")
tm.flow(eam, console, work_order_ref, protocol="https")
tm.flow(eam, crew, work_order, protocol="https", label="crew work queue")

tm.flow(console, label_set, review_decision)
tm.flow(frame_store, label_set, frames)
tm.flow(label_set, training, frames, review_decision)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="marks version for production")
