"""Supermarket shelf-gap cameras: the first design, before any security review.

Fixed cameras on the shelf edges and ceilings of each store stream video over the
store's camera VLAN to an edge server in the back office. The edge server runs an
in-house detector that finds empty facings and reads the shelf-edge price labels,
compares the label prices with the store's price file (synced nightly from head
office pricing) and sends restock and relabel tasks to a cloud task service, which
pushes them to staff handsets. Staff sign in to the handset app with their staff
number and PIN, and mark tasks done. A sample of frames goes to a cloud archive,
encrypted at rest, where an outside labelling vendor annotates it; nightly training
evaluates the new model before registering it, and an ML engineer approves each
rollout to the stores. Shoppers walk through the camera view, so frames hold
images of people (stores in the UK and EU).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket shelf-gap cameras",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Shelf cameras and an edge model that spot empty shelf gaps and price-label "
        "errors and send restock tasks to store staff handsets."
    ),
)

# ---------------------------------------------------------------- data assets
shelf_video = tg.Data(
    "Shelf camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Shelf views; shoppers and staff passing are in frame.",
)
detections = tg.Data(
    "Gap and label detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes of empty facings and the label text and price read.",
)
price_file = tg.Data(
    "Store price file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Current shelf prices and planogram positions for the store.",
)
tasks = tg.Data(
    "Restock and relabel tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aisle, bay, product and what to do; a still of the shelf is attached.",
)
task_updates = tg.Data("Task status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_signin = tg.Data(
    "Staff number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sampled_frames = tg.Data(
    "Sampled shelf frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="About 1% of frames, uploaded for retraining; faces are not blurred.",
)
annotations = tg.Data(
    "Shelf annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_approval = tg.Data("Rollout approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Several hundred fixed cameras per store, pointed at the shelves.
    cameras = tm.add(
        tg.Device("Shelf cameras", description="PoE IP cameras on the store's camera VLAN.")
    )
    # Back-office box that decodes the streams and runs the detector.
    edge_server = tm.add(
        tg.Service(
            "In-store edge server",
            description="Decodes the camera streams, runs the detector every few minutes "
            "per bay and compares label prices with the price file.",
        )
    )
    # Finds empty facings and reads shelf-edge labels in each frame.
    detector = tm.add(
        tg.Model(
            "Shelf gap and label detector",
            task=tg.Task.DETECTOR,
            description="Object detector with a label-text reader, trained in-house.",
        )
    )
    # Local copy of today's prices, so checks work if the WAN link drops.
    price_cache = tm.add(tg.DataStore("Store price file cache", stores={price_file}))
    # Rugged Android handhelds the staff already carry for stock work.
    handsets = tm.add(tg.Device("Staff handsets", description="Android handhelds on store Wi-Fi."))
    # Shelf-fillers and department leads who act on the tasks.
    staff = tm.add(tg.Actor("Store colleague", role="store staff"))

with tm.boundary("Head office systems", trust=tg.Trust.INTERNAL):
    # The chain's pricing system, the source of truth for shelf prices.
    pricing = tm.add(tg.DataSource("Central pricing system", provides={price_file}))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Turns detections into tasks, tracks them and pushes them to handsets.
    task_service = tm.add(
        tg.Service(
            "Store task service",
            controls={c.Authentication(method="staff number and PIN on the handset app")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Sampled frames with their annotations, for retraining.
        frame_archive = tm.add(
            tg.Dataset(
                "Shelf frame archive",
                stores={sampled_frames, annotations},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Nightly retraining; new weights must beat the current model on a held-out set.
        training = tm.add(
            tg.Pipeline(
                "Nightly detector training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="mAP on a held-out set of store frames")},
            )
        )
        # Versioned store of the trained detector weights.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Pushes an approved model version out to every store's edge server.
        rollout = tm.add(tg.Pipeline("Edge rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model; approves each rollout to the stores.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Labelling vendor", trust=tg.Trust.PARTNER):
    # Outsourced annotators draw boxes and transcribe labels in the vendor's tool.
    annotation = tm.add(tg.Pipeline("Vendor annotation", stage=tg.Stage.LABELING))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_server, shelf_video, protocol="rtsp")
tm.flow(edge_server, detector, shelf_video, label="decoded frames")
tm.flow(detector, edge_server, detections)

tm.flow(pricing, price_cache, price_file, protocol="sftp", label="nightly price sync")
tm.flow(price_cache, edge_server, price_file, label="price lookup")

tm.flow(edge_server, task_service, tasks, protocol="https")
tm.flow(staff, handsets, staff_signin, task_updates, label="typed on the handset")
tm.flow(handsets, task_service, staff_signin, task_updates, protocol="https")
tm.flow(task_service, handsets, tasks, protocol="https", label="push")
tm.flow(handsets, staff, tasks, label="shown on the handset")

tm.flow(edge_server, frame_archive, sampled_frames, protocol="https", label="frame sampling")
tm.flow(frame_archive, annotation, sampled_frames, protocol="https")
tm.flow(annotation, frame_archive, annotations, protocol="https")
tm.flow(frame_archive, training, sampled_frames, annotations)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, rollout, release_approval, protocol="https", label="approves rollout")
tm.flow(registry, rollout, model_artifact)
tm.flow(rollout, detector, model_artifact, protocol="https", label="deploy to stores")
