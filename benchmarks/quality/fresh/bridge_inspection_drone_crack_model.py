"""Drone bridge inspection with crack and corrosion marking: the first design.

A state highway agency replaces part of its hands-on bridge inspections with
drone flights. Contracted pilot crews fly each assigned bridge and offload the
deck and girder photographs to a field laptop, which uploads them over HTTPS to
an upload portal in the agency's cloud tenant. A batch detection service tiles
the images and runs an in-house defect model (fine-tuned from a public crack
dataset) that marks cracks, spalling and corrosion with a confidence. Structural
engineers on the agency network review every marked defect over the images,
correct or reject marks, and only then rate the bridge and request repairs in
the bridge management system. Engineer-corrected marks feed the next training
set. Controls in this design: contractor sign-in and file-type checks on the
portal, agency SSO and roles in the review app, encrypted image storage, dataset
snapshots, and engineer sign-off before any rating is recorded.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone bridge inspection",
    profile=tg.RiskProfile.HIGH,
    description="Drone imagery of bridges, model-marked defects, engineer-reviewed ratings.",
)

# ---------------------------------------------------------------- data assets
mission = tg.Data(
    "Inspection assignment",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bridge id, location, flight plan and required views.",
)
images = tg.Data(
    "Bridge inspection images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Geotagged high-resolution photos of decks, girders and bearings.",
)
tiles = tg.Data("Image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Defect masks and scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
marked = tg.Data(
    "Marked defects",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reviewed = tg.Data(
    "Engineer-reviewed defects",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rating = tg.Data(
    "Condition rating and repair request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inventory = tg.Data("Bridge inventory", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
public_cracks = tg.Data(
    "Public crack image dataset", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
training_set = tg.Data(
    "Defect training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data(
    "Defect model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Contracted crews who fly the drones at each bridge.
    pilot = tm.add(tg.Actor("Contract drone pilot", role="contractor"))
    # The camera drones; photos are written to an SD card.
    drones = tm.add(tg.Device("Inspection drones"))
    # The crew's laptop: receives assignments, offloads and uploads photos.
    laptop = tm.add(tg.Device("Field laptop", description="Contractor-owned, one per crew."))

with tm.boundary("Agency cloud tenant", trust=tg.Trust.INTERNAL):
    # Where crews pick up assignments and upload photos.
    portal = tm.add(
        tg.Endpoint(
            "Image upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="agency-issued contractor accounts (username and password)"
                ),
                c.InputValidation(note="JPEG/DNG only, EXIF GPS must fall near the bridge"),
            },
        )
    )
    # Raw photos for the life of the inspection record.
    image_store = tm.add(
        tg.DataStore(
            "Inspection image store",
            stores={images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tiles new uploads, runs the model and writes the marks.
    detection = tm.add(tg.Service("Defect detection batch service"))
    # Marks cracks, spalling and corrosion on each tile.
    model = tm.add(
        tg.Model(
            "Crack and corrosion model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Segmentation network fine-tuned in-house from public crack data.",
        )
    )
    # Marked defects, before and after engineer review.
    defect_db = tm.add(tg.DataStore("Defect database", stores={marked, reviewed}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Public crack images plus engineer-reviewed agency marks.
        dataset = tm.add(
            tg.Dataset(
                "Defect training dataset",
                stores={training_set},
                controls={c.DataVersioning()},
            )
        )
        # Retrains the model each inspection season.
        training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
        # Versions of the model that the detection service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))

with tm.boundary("Agency network", trust=tg.Trust.INTERNAL):
    # Licensed engineers who review marks, rate bridges and order repairs.
    engineer = tm.add(tg.Actor("Structural engineer", role="engineer"))
    # Shows marks over the images; engineers accept, correct or reject them.
    review_app = tm.add(
        tg.Service(
            "Defect review app",
            controls={
                c.Authentication(method="agency SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="licensed structural engineer"),
            },
        )
    )
    # The agency's system of record for bridges, ratings and work orders.
    bms = tm.add(tg.DataStore("Bridge management system", stores={inventory, rating}))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Open crack datasets used to pre-train the model.
    public_data = tm.add(
        tg.DataSource(
            "Public crack datasets",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_cracks},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(portal, laptop, mission, protocol="https", label="download assignment")
tm.flow(laptop, pilot, mission, label="flight plan")
tm.flow(pilot, drones, mission, label="flies the mission")
tm.flow(drones, laptop, images, label="SD card offload")
tm.flow(laptop, portal, images, protocol="https", label="upload")
tm.flow(portal, image_store, images)

tm.flow(image_store, detection, images)
tm.flow(detection, model, tiles)
tm.flow(model, detection, detections)
tm.flow(detection, defect_db, marked)

tm.flow(defect_db, review_app, marked, protocol="https")
tm.flow(image_store, review_app, images, protocol="https")
tm.flow(review_app, engineer, marked, images, protocol="https")
tm.flow(engineer, review_app, reviewed, rating, protocol="https")
tm.flow(review_app, defect_db, reviewed, protocol="https")
tm.flow(bms, review_app, inventory, label="bridge elements to rate")
tm.flow(review_app, bms, rating, label="signed-off rating and repairs")

tm.flow(public_data, dataset, public_cracks, protocol="https", label="one-off download")
tm.flow(defect_db, dataset, reviewed, label="seasonal export")
tm.flow(image_store, dataset, images)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load current version")
