"""Shelf-edge price label audit: the first design, before any security review.

A supermarket chain's leased shelf-scanning robots drive each store's aisles
overnight and photograph every shelf-edge label. They upload the photos over the
store Wi-Fi to an upload API in our retail cloud (each robot has its own API key),
into an encrypted image bucket. A nightly audit job runs our in-house label
detection and OCR model on the photos and compares each price and barcode with the
point-of-sale price file exported from head office. Wrong or missing labels go to
an exceptions database; staff open the list in a task app (company SSO) in the
morning and mark each label fixed. Sampled photos go to an annotation vendor, and
confirmed misreads join the training set; the model is retrained monthly and an
ML engineer promotes ONNX versions from a registry. The robot vendor's cloud
manages the fleet and pushes firmware.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shelf-edge price label audit",
    profile=tg.RiskProfile.LOW,
    description="Overnight robot photos of shelf labels, read by OCR and checked against POS prices.",
)

# ---------------------------------------------------------------- data assets
shelf_images = tg.Data(
    "Shelf photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution aisle photos; night-shift staff can appear in frame.",
)
robot_telemetry = tg.Data("Robot telemetry and scan logs", kind="logs")
robot_commands = tg.Data(
    "Robot missions and firmware",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aisle routes, scan schedules and firmware updates pushed by the vendor.",
)
label_reads = tg.Data(
    "Label reads",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detected label boxes with OCR'd price, unit price and barcode.",
)
price_file = tg.Data(
    "POS price file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Current shelf price per SKU and store, including next week's promotions.",
)
exceptions = tg.Data(
    "Label exception list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per store and aisle: wrong price, missing label, unreadable label.",
)
fix_status = tg.Data("Fix confirmations", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
annotation_batch = tg.Data(
    "Photos for annotation", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
annotations = tg.Data(
    "Label annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Label training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Label reader model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # The leased robots that drive the aisles after closing and take the photos.
    robot = tm.add(
        tg.Device(
            "Shelf-scanning robot",
            fleet=True,
            description="One or two per store, on the store Wi-Fi, managed by the vendor.",
        )
    )
    # Store associates who get the morning fix list and confirm each fix.
    associate = tm.add(tg.Actor("Store associate", role="store staff"))

with tm.boundary("Robot vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet management: plans missions, pushes firmware, collects telemetry.
    fleet_cloud = tm.add(
        tg.ExternalService(
            "Robot fleet management",
            description="The robotics vendor's SaaS that runs and updates the robots.",
        )
    )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced annotators who draw label boxes and transcribe prices for training.
    annotators = tm.add(tg.Actor("Annotation vendor", role="labeler"))

with tm.boundary("Merchandising HQ", trust=tg.Trust.INTERNAL):
    # The nightly export of shelf prices from the point-of-sale pricing system.
    pos_prices = tm.add(
        tg.DataSource(
            "POS price export",
            origin=tg.Origin.INTERNAL,
            provides={price_file},
            description="Flat file written by the pricing system at 01:00 for every store.",
        )
    )
    # Owns the model: trains it and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Retail cloud", trust=tg.Trust.INTERNAL):
    # Where robots send their photos at the end of each run.
    upload_api = tm.add(
        tg.Endpoint(
            "Image upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-robot API key")},
        )
    )
    # Raw photos, kept 30 days for re-runs and annotation sampling.
    image_bucket = tm.add(
        tg.DataStore(
            "Shelf image bucket",
            stores={shelf_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly batch: runs the model on every photo and compares reads with prices.
    audit_job = tm.add(
        tg.Service(
            "Price audit job",
            description="Matches each read to a SKU by barcode and flags price mismatches.",
        )
    )
    # Our detector plus OCR head that finds labels and reads their text.
    label_model = tm.add(
        tg.Model(
            "Label detection and OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned from an open-source detector and text recogniser.",
        )
    )
    # The morning to-do list per store, and the fix status staff report back.
    exceptions_db = tm.add(tg.DataStore("Exceptions database", stores={exceptions, fix_status}))
    # Backend of the store task app on staff handhelds.
    task_app = tm.add(
        tg.Endpoint(
            "Store task app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Annotated photos plus confirmed misreads from the stores.
        dataset = tm.add(tg.Dataset("Label training set", stores={training_set, annotations}))
        # Monthly retraining job; installs the detector's open-source dependencies.
        training = tm.add(
            tg.Pipeline("Label model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned ONNX exports that the audit job loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# overnight scan
tm.flow(fleet_cloud, robot, robot_commands, protocol="https", label="missions and firmware")
tm.flow(robot, fleet_cloud, robot_telemetry, protocol="https")
tm.flow(robot, upload_api, shelf_images, protocol="https")
tm.flow(upload_api, image_bucket, shelf_images)

# nightly audit
tm.flow(image_bucket, audit_job, shelf_images)
tm.flow(pos_prices, audit_job, price_file, protocol="sftp", label="nightly price file")
tm.flow(audit_job, label_model, shelf_images)
tm.flow(label_model, audit_job, label_reads)
tm.flow(audit_job, exceptions_db, exceptions)

# morning fixes in store
tm.flow(exceptions_db, task_app, exceptions)
tm.flow(task_app, associate, exceptions, protocol="https")
tm.flow(associate, task_app, fix_status, protocol="https")
tm.flow(task_app, exceptions_db, fix_status)

# training loop
tm.flow(image_bucket, annotators, annotation_batch, protocol="https", label="weekly sample")
tm.flow(annotators, dataset, annotations, protocol="https")
tm.flow(exceptions_db, dataset, fix_status, label="confirmed misreads")
tm.flow(image_bucket, dataset, shelf_images, label="photos of confirmed misreads")
tm.flow(dataset, training, training_set, annotations)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, label_model, model_artifact, label="load at job start")
