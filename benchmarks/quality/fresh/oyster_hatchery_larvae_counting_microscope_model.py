"""Oyster larvae counting: the first design, before any security review.

Hatchery technicians take a sample from each larval tank, put it under the lab
microscope and photograph it with the attached camera. A capture app on the lab PC
uploads the images with the tank and dilution details to the hatchery's web app in
its own cloud account, where a detector fine-tuned from public open weights counts
and sizes the larvae. A recommendation service combines the counts with tank records
and water-quality readings to suggest algae feeding rates, screen sizes and tank
transfers, which a technician accepts or overrides on a tablet. The hatchery
biologist labels archived images and retrains the model a few times a season.
Controls in this design: individual e-mail and password logins, HTTPS everywhere,
encrypted and backed-up cloud storage, versioned model files, a count check against
manual counts before a new model is used, and a technician deciding every change.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Oyster hatchery larvae counting microscope model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Counts and sizes oyster larvae from microscope images and recommends "
        "feeding rates and tank transfers to hatchery technicians."
    ),
)

# ---------------------------------------------------------------- data assets
micro_images = tg.Data(
    "Larvae microscope images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of a counting slide, several per tank sample.",
)
sample_details = tg.Data(
    "Sample details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tank id, sample volume, dilution and technician initials.",
)
counts = tg.Data(
    "Larvae counts and size distribution",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Larvae per mL, shell length histogram, share of eyed larvae.",
)
readings = tg.Data(
    "Water-quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, salinity and dissolved oxygen per tank every 10 minutes.",
)
tank_records = tg.Data(
    "Tank records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Spawn batch, tank volume, count history, feeding and transfer log.",
)
recommendations = tg.Data(
    "Feeding and transfer recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Algae cells per mL to feed, screen size, tanks to split or transfer.",
)
decisions = tg.Data(
    "Technician decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted or overridden recommendation, with the feed actually given.",
)
annotations = tg.Data("Larvae annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Annotated larvae images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Public detector base weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PyTorch checkpoint of an open object detector.",
)
model_weights = tg.Data(
    "Larvae counter weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The hatchery's fine-tuned PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hatchery site network", trust=tg.Trust.INTERNAL):
    # The microscope camera is where every count starts.
    camera = tm.add(
        tg.Device("Microscope camera", fleet=False, description="USB camera on the lab microscope.")
    )
    # The lab PC's capture app bundles images with the sample details and uploads them.
    capture_app = tm.add(
        tg.Service("Lab PC capture app", description="Desktop app on the shared lab PC.")
    )
    # Technicians sample tanks, read the counts and decide feeding and transfers.
    technician = tm.add(tg.Actor("Hatchery technician", role="technician"))
    # The biologist labels images, retrains and releases the model.
    biologist = tm.add(tg.Actor("Hatchery biologist", role="biologist", privileged=True))
    # The logger gives the recommendation service each tank's water conditions.
    logger = tm.add(
        tg.Device(
            "Water-quality logger",
            fleet=False,
            description="Multi-probe logger on the tank room manifold, pushing readings.",
        )
    )

with tm.boundary("Hatchery cloud account", trust=tg.Trust.INTERNAL):
    # The one web app technicians, the lab PC and the logger talk to.
    web_app = tm.add(
        tg.Endpoint(
            "Hatchery web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app and API on a public URL, used from tablets and the lab PC.",
            controls={c.Authentication(method="individual e-mail and password accounts")},
        )
    )
    # The counting model: finds, counts and measures larvae in each image.
    counter = tm.add(
        tg.Model(
            "Larvae counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open object detector fine-tuned on the hatchery's own slides.",
        )
    )
    # Turns counts, tank records and readings into feeding and transfer suggestions.
    recommender = tm.add(
        tg.Service(
            "Recommendation service",
            description="Applies the hatchery's feeding tables and growth curves to the counts.",
            controls={
                c.HumanInTheLoop(
                    approver="the technician on shift accepts or overrides each recommendation"
                )
            },
        )
    )
    # The hatchery's record of every tank, also used for batch reporting.
    tank_db = tm.add(
        tg.DataStore(
            "Tank records database",
            stores={tank_records, counts, readings, decisions},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly automated snapshots"),
            },
        )
    )
    # Every uploaded image is kept, for audits of counts and for retraining.
    image_archive = tm.add(
        tg.DataStore(
            "Image archive",
            stores={micro_images, sample_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Browser labelling tool the biologist draws larvae boxes in.
    annotation_tool = tm.add(tg.Pipeline("Annotation tool", stage=tg.Stage.LABELING))
    # The growing set of labelled slides the model is trained on.
    dataset = tm.add(tg.Dataset("Annotated image set", stores={training_set}))
    # Fine-tuning job started by the biologist on a rented GPU instance.
    training = tm.add(
        tg.Pipeline(
            "Fine-tuning job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Installs the detector library from the package index at start.",
            controls={
                c.ModelValidation(
                    note="biologist compares counts with manual counts on held-out slides"
                )
            },
        )
    )
    # Bucket of model versions the web app loads the counter from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_weights},
            controls={c.ModelVersioning(note="bucket versioning on")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the base detector weights come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(camera, capture_app, micro_images, protocol="usb")
tm.flow(technician, capture_app, sample_details)
tm.flow(capture_app, web_app, micro_images, sample_details, protocol="https")
tm.flow(web_app, capture_app, counts, protocol="https")
tm.flow(logger, web_app, readings, protocol="https")

tm.flow(web_app, counter, micro_images)
tm.flow(counter, web_app, counts)
tm.flow(web_app, image_archive, micro_images, sample_details)
tm.flow(web_app, tank_db, counts, readings, decisions)
tm.flow(tank_db, recommender, tank_records, counts, readings)
tm.flow(recommender, web_app, recommendations)
tm.flow(web_app, technician, counts, recommendations, tank_records, protocol="https")
tm.flow(technician, web_app, decisions, protocol="https")

tm.flow(image_archive, annotation_tool, micro_images)
tm.flow(biologist, annotation_tool, annotations, protocol="https")
tm.flow(annotation_tool, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training, registry, model_weights)
tm.flow(training, biologist, counts, protocol="https", label="held-out count comparison")
tm.flow(registry, counter, model_weights, label="load released version")
