"""Parcel damage cameras: the first design, before any security review.

Overhead IP cameras above the sorting belts in our EU depots stream video to an
edge inference box on the depot network. A damage detector on the box flags
parcels that look crushed, torn or wet; the box matches each flag to the parcel
from the sortation system's barcode scan events, raises an alert on the depot
dashboard so a supervisor can pull the parcel, and uploads a short evidence clip
to the evidence API in our cloud account. The claims system, where customers file
damage claims and claims handlers decide them, fetches the clips by tracking number.
Clips sampled from the evidence store are labelled by the QA team, a training
pipeline retrains the detector, and depots pull new ONNX builds from the model
registry. Controls in this design: API keys per depot on the evidence API, KMS
encryption and a 180-day lifecycle rule on the evidence bucket, sign-in on the
claims system, a shared supervisor login on the dashboard and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Depot parcel damage cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Belt cameras and an edge detector that flag damaged parcels and keep clips for claims.",
)

# ---------------------------------------------------------------- data assets
belt_video = tg.Data(
    "Belt camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of the belts; shows address labels and, at times, workers' hands and faces.",
)
scan_events = tg.Data(
    "Parcel scan events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tracking number, belt, position and time from the sorter's barcode scanners.",
)
detections = tg.Data(
    "Damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding box, damage type (crushed, torn, wet) and confidence per parcel.",
)
alerts = tg.Data("Damage alerts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection = tg.Data(
    "Inspection outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The supervisor's confirmation or dismissal of an alert after pulling the parcel.",
)
evidence = tg.Data(
    "Damage evidence clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ten-second clip and stills around a detection, with tracking number and depot time.",
)
lookup = tg.Data("Evidence lookup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
claim = tg.Data(
    "Damage claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, contact details, tracking number, description and photos of the damage.",
)
claim_decision = tg.Data("Claim decision", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled damage images", kind="training-data", sensitivity=tg.Sensitivity.PII
)
detector_build = tg.Data(
    "Detector model build", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Senders and recipients who file a claim for a damaged parcel.
    customer = tm.add(tg.Actor("Customer", role="claimant"))

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # The cameras themselves: one per belt section, on the depot OT VLAN.
    cameras = tm.add(
        tg.Device(
            "Belt cameras", description="Fixed overhead PoE IP cameras above each sorting belt."
        )
    )
    # The existing sorter control system; the only source of which parcel is where.
    sortation = tm.add(
        tg.Service(
            "Sortation system", description="Existing sorter control with barcode scan tunnels."
        )
    )
    # Runs the detector next to the belts so video never leaves the depot in full.
    edge_box = tm.add(
        tg.Service(
            "Edge inference box",
            description="GPU box per depot: decodes streams, runs the detector, matches flags to "
            "scans, cuts clips and uploads them.",
        )
    )
    # The model that decides which parcels look damaged.
    detector = tm.add(
        tg.Model(
            "Parcel damage detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Object detector trained in-house on our own belt footage.",
        )
    )
    # Where supervisors see flagged parcels and record what they found.
    dashboard = tm.add(
        tg.Endpoint(
            "Depot alert dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared depot supervisor login")},
        )
    )
    # Pulls flagged parcels off the belt for inspection and repacking.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="shift supervisor"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Single way in and out of the evidence bucket, for depots and the claims system.
    evidence_api = tm.add(
        tg.Endpoint(
            "Evidence API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="per-depot API key for uploads; OAuth client credentials for the claims system"
                )
            },
        )
    )
    # Object storage for clips kept as claims evidence.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence, inspection},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180, note="bucket lifecycle rule"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Web labelling tool where QA staff mark damage on sampled clips.
        annotation = tm.add(tg.Pipeline("Clip annotation", stage=tg.Stage.LABELING))
        # Curated training images with their labels.
        training_set = tm.add(tg.Dataset("Damage training set", stores={training_images, labels}))
        # Retrains and exports the detector to ONNX for the edge boxes.
        training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
        # Holds the detector builds the depots pull.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={detector_build}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing claims case system with its customer web form; reads clips by tracking number.
    claims = tm.add(
        tg.Service(
            "Claims system",
            internet_facing=True,
            controls={
                c.Authentication(
                    method="customer accounts with e-mail and password; staff single sign-on"
                ),
                c.RBAC(),
            },
        )
    )
    # Decides damage claims, now with the clip in front of them.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # QA team members who label damage for training.
    annotator = tm.add(tg.Actor("QA annotator", role="quality analyst"))

# ---------------------------------------------------------------- flows
# depot: detection
tm.flow(cameras, edge_box, belt_video, protocol="rtsp")
tm.flow(sortation, edge_box, scan_events, protocol="mqtt")
tm.flow(edge_box, detector, belt_video, label="decoded frames")
tm.flow(detector, edge_box, detections)
tm.flow(edge_box, dashboard, alerts, protocol="https")
tm.flow(dashboard, supervisor, alerts, protocol="https")
tm.flow(supervisor, dashboard, inspection, protocol="https")

# depot to cloud: evidence
tm.flow(edge_box, evidence_api, evidence, detections, protocol="https")
tm.flow(dashboard, evidence_api, inspection, protocol="https")
tm.flow(evidence_api, evidence_store, evidence, inspection)
tm.flow(evidence_store, evidence_api, evidence, inspection)

# claims
tm.flow(customer, claims, claim, protocol="https")
tm.flow(claims, customer, claim_decision, protocol="https")
tm.flow(claims, evidence_api, lookup, protocol="https", label="clips by tracking number")
tm.flow(evidence_api, claims, evidence, inspection, protocol="https")
tm.flow(claims, handler, claim, evidence, protocol="https")
tm.flow(handler, claims, claim_decision, protocol="https")

# retraining
tm.flow(evidence_store, annotation, evidence, inspection, label="weekly sample of clips")
tm.flow(annotation, annotator, evidence, protocol="https")
tm.flow(annotator, annotation, labels, protocol="https")
tm.flow(annotation, training_set, training_images, labels)
tm.flow(training_set, training, training_images, labels)
tm.flow(training, registry, detector_build)
tm.flow(registry, edge_box, detector_build, protocol="https", label="nightly model pull")
