"""Retail shelf vision app: the first design, before any security review.

Store associates scan shelves with an app on their company phones. A small
in-house vision model on the phone flags empty facings and price tags that do
not match the planogram, and each detection creates a restocking or re-tagging
task in the store operations system. Low-confidence photos are uploaded to an
upload API in our cloud account, labeled by an internal team, and used by a
monthly job to retrain the model. The ML engineer publishes the new build to
the phones through the vendor's mobile device management (MDM) service.
Controls: store SSO sign-in, HTTPS for uploads and task calls, a KMS-encrypted
photo bucket, held-out evaluation and registry versioning of each new model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail shelf vision app",
    profile=tg.RiskProfile.LOW,
    description="On-phone shelf-gap and price-tag detection for store associates, "
    "retrained monthly from uploaded low-confidence photos.",
)

# ---------------------------------------------------------------- data assets
shelf_photo = tg.Data(
    "Shelf photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Camera frame of a shelf bay; shoppers or staff may be in the frame.",
)
detection = tg.Data(
    "Shelf detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Empty facings and mismatched price tags, with a confidence per box.",
)
planogram = tg.Data(
    "Planogram and price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which product belongs where in each bay, and its current shelf price.",
)
task = tg.Data(
    "Restocking task",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
capture = tg.Data(
    "Low-confidence capture",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo, model prediction, store, aisle, device id and associate id.",
)
labels = tg.Data(
    "Shelf labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labeled shelf images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
checkpoint = tg.Data(
    "Training checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint kept for the next month's fine-tuning.",
)
mobile_model = tg.Data(
    "Mobile model build",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantized TFLite build that ships inside the app's model bundle.",
)
release = tg.Data("Model release request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Store floor",
    trust=tg.Trust.INTERNAL,
    description="Company-owned, MDM-enrolled phones; they reach the cloud over "
    "store Wi-Fi or cellular.",
):
    # The user: scans bays during the shift and works the resulting tasks.
    associate = tm.add(tg.Actor("Store associate", role="store associate"))
    # One entry for the whole phone fleet running the app.
    phone = tm.add(
        tg.Device(
            "Associate phone app",
            fleet=True,
            controls={c.Authentication(method="store SSO")},
            description="The shelf app on each company phone; about 9,000 phones.",
        )
    )
    # The detector itself, executed on the phone's NPU.
    shelf_model = tm.add(
        tg.Model(
            "On-device shelf model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Small object detector; low-confidence frames are queued for upload.",
        )
    )

with tm.boundary("MDM vendor", trust=tg.Trust.PARTNER):
    # Pushes app and model updates to every enrolled phone.
    mdm = tm.add(
        tg.ExternalService(
            "Mobile device management",
            provides=tg.ExternalCategory.GENERIC,
            description="Vendor SaaS that manages the phone fleet and distributes app content.",
        )
    )

with tm.boundary("Retail cloud account", trust=tg.Trust.INTERNAL):
    # Receives the uploads from phones on any network, so it is public.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="store SSO token")},
        )
    )
    # Holds every uploaded capture until it is labeled (and after).
    photo_bucket = tm.add(
        tg.DataStore(
            "Capture bucket",
            stores={capture},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web labeling tool the internal team works in.
    labeling = tm.add(
        tg.Pipeline(
            "Labeling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Accumulated labeled images, appended to every month.
    dataset = tm.add(tg.Dataset("Shelf training set", stores={training_set, labels}))
    # Monthly fine-tuning job; pip-installs its dependencies when it starts.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="mAP on a held-out set of labeled bays")},
        )
    )
    # Where checkpoints and mobile builds are kept, by version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={checkpoint, mobile_model},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal team that draws the boxes and classes on uploaded photos.
    labeler = tm.add(tg.Actor("Labeling team", role="labeler"))
    # Runs the retraining and decides when a build goes to the phones.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Existing system of record for store tasks; the app only adds tasks to it.
    store_ops = tm.add(
        tg.Service(
            "Store operations system",
            description="Task lists for each store, also the source of planograms and prices.",
        )
    )

# ---------------------------------------------------------------- flows
# On the phone
tm.flow(associate, phone, shelf_photo, label="scans a bay")
tm.flow(phone, shelf_model, shelf_photo, protocol="local")
tm.flow(shelf_model, phone, detection, protocol="local")
tm.flow(phone, associate, detection, label="highlights gaps and wrong tags")
tm.flow(store_ops, phone, planogram, protocol="https", label="daily planogram sync")
tm.flow(phone, store_ops, task, protocol="https", label="creates task")
tm.flow(store_ops, phone, task, protocol="https", label="task list")

# Uploads and labeling
tm.flow(phone, upload_api, capture, protocol="https", label="low-confidence upload")
tm.flow(upload_api, photo_bucket, capture)
tm.flow(photo_bucket, labeling, capture)
tm.flow(labeling, labeler, capture, protocol="https")
tm.flow(labeler, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set, labels)

# Monthly retraining and release
tm.flow(dataset, training, training_set, labels)
tm.flow(registry, training, checkpoint, label="previous checkpoint")
tm.flow(training, registry, checkpoint, mobile_model)
tm.flow(ml_engineer, training, release, label="starts the monthly run")
tm.flow(registry, ml_engineer, mobile_model, label="downloads the build")
tm.flow(ml_engineer, mdm, mobile_model, release, protocol="https", label="publishes build")
tm.flow(mdm, phone, mobile_model, protocol="https", label="pushes model bundle")
tm.flow(phone, shelf_model, mobile_model, protocol="local", label="loads new build")
