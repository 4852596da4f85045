"""Bridge inspection: drone imagery and a crack and spalling detection model.

A highways authority's inspection contractor flies drones along the decks, piers
and soffits of the authority's bridges. The pilot offloads the images from the
drone's SD card to a field laptop and uploads them, with the flight record, to
the authority's upload portal (contractor accounts with password and MFA). A
batch detection job in the authority's cloud tenancy runs an in-house vision
model that marks cracks and spalling on each image. Bridge inspectors, signed in
through the authority's SSO, review every marked defect next to the image in a
review app, confirm or reject it and set a repair priority; only confirmed
defects are written to the bridge asset management system. Once a year the data
team exports the verified defects and their images into a training set,
fine-tunes the model from a public pretrained backbone, evaluates it against a
held-out set of bridges and, after an ML engineer's sign-off, deploys the new
version from the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridge inspection crack detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Drone images of bridges are screened by a defect detection model; inspectors "
        "verify each defect and set repair priorities; the model is retrained yearly."
    ),
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Bridge inspection images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description=(
        "High-resolution stills of bridge structure with GPS position; vehicles on the "
        "road below appear incidentally."
    ),
)
flight_record = tg.Data(
    "Flight record",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bridge id, flight log, pilot and date of the inspection flight.",
)
detections = tg.Data(
    "Candidate defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crack and spalling masks per image with confidence scores.",
)
review_view = tg.Data(
    "Defect review worklist",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images with overlaid detections and the bridge's defect history.",
)
verified_defects = tg.Data(
    "Verified defects",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Inspector-confirmed or rejected defects with type, extent and location.",
)
priorities = tg.Data(
    "Repair priorities",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
asset_records = tg.Data(
    "Bridge asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bridge inventory, structural elements and past defects.",
)
training_examples = tg.Data(
    "Defect training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Image tiles with verified defect masks from the year's inspections.",
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Public segmentation backbone checkpoint (PyTorch .pth).",
)
model_artifact = tg.Data(
    "Crack detection model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
release_signoff = tg.Data("Model release sign-off", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained backbone for fine-tuning is downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Inspection contractor", trust=tg.Trust.PARTNER):
    # The contractor's inspection drone; stores images on its SD card.
    drone = tm.add(
        tg.Device("Inspection drone", fleet=True, description="Camera drone with RTK GPS.")
    )
    # Contractor laptop used on site to offload and upload the images.
    laptop = tm.add(tg.Device("Contractor field laptop", fleet=True))
    # The licensed pilot who flies the mission and uploads the results.
    pilot = tm.add(tg.Actor("Drone pilot", role="contractor pilot"))

with tm.boundary("Authority cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web portal through which the contractor delivers each inspection.
    portal = tm.add(
        tg.Endpoint(
            "Inspection upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="contractor user accounts with password and MFA"),
                c.InputValidation(note="file type and size checks on upload"),
            },
        )
    )
    # Object storage for raw inspection images.
    image_store = tm.add(
        tg.DataStore(
            "Inspection image store",
            stores={images, flight_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model over each newly uploaded inspection.
    detection_job = tm.add(
        tg.Service(
            "Defect detection batch job",
            description="Tiles each image, runs the model and stores candidate defects.",
        )
    )
    # The vision model that marks cracks and spalling.
    model = tm.add(
        tg.Model(
            "Crack and spalling detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Segmentation network fine-tuned on the authority's verified defects.",
        )
    )
    # Web app where inspectors verify each detection and set priorities.
    review_app = tm.add(
        tg.Service(
            "Defect review app",
            controls={
                c.Authentication(method="authority SSO (OIDC) with MFA"),
                c.HumanInTheLoop(
                    approver="bridge inspector",
                    note="every detected defect is confirmed or rejected before it is recorded",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Authority's system of record for bridges, defects and works programmes.
    asset_system = tm.add(
        tg.DataStore(
            "Bridge asset management system",
            stores={asset_records, verified_defects, priorities},
            controls={c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Yearly snapshot of verified defects and their image tiles.
        training_set = tm.add(
            tg.Dataset("Defect training set", stores={training_examples}, purpose="training")
        )
        # Yearly fine-tuning and evaluation run.
        training = tm.add(
            tg.Pipeline(
                "Yearly retraining pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out bridges, recall per defect type")},
            )
        )
        # Stores each trained checkpoint with its version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Authority corporate network", trust=tg.Trust.INTERNAL):
    # Inspectors verify defects and set repair priorities.
    inspector = tm.add(tg.Actor("Bridge inspector", role="inspector"))
    # Data team engineer who runs retraining and signs off releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Capture and delivery
tm.flow(drone, laptop, images, protocol="usb", label="SD card offload")
tm.flow(laptop, portal, images, protocol="https")
tm.flow(pilot, portal, flight_record, protocol="https")
tm.flow(portal, image_store, images, flight_record)

# Detection
tm.flow(image_store, detection_job, images, label="batch after each upload")
tm.flow(detection_job, model, images)
tm.flow(model, detection_job, detections)
tm.flow(detection_job, review_app, detections)

# Verification by inspectors
tm.flow(image_store, review_app, images)
tm.flow(asset_system, review_app, asset_records)
tm.flow(review_app, inspector, review_view, protocol="https")
tm.flow(inspector, review_app, verified_defects, priorities, protocol="https")
tm.flow(review_app, asset_system, verified_defects, priorities)

# Yearly retraining
tm.flow(asset_system, training_set, verified_defects, label="yearly export")
tm.flow(image_store, training_set, images, label="yearly export")
tm.flow(training_set, training, training_examples)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_signoff, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, label="yearly deploy")
