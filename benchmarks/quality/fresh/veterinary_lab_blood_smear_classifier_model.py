"""Blood smear cell classifier for a veterinary diagnostic laboratory: the first design.

Vet clinics order haematology tests and read the reports on the lab's results
portal. In the lab (in the US), technicians stain blood smears and load them into
a digital slide scanner, which writes the images to a network share. A
classification service tiles each image, takes the species from the LIMS, and
runs an in-house CNN that classifies white cells and flags blasts and blood
parasites. Technicians review every classified cell in a web app, correct it and
confirm the differential before it is written to the LIMS and released. Their
corrections feed a versioned training set; a data scientist retrains in the lab's
cloud project from a public pretrained backbone and a public smear dataset, and
a model is released only after validation against manual counts. Staff sign in
with their lab directory accounts, clinics with e-mail and password; the LIMS
keeps an audit trail. No human health data: HIPAA does not apply.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary blood smear classifier",
    profile=tg.RiskProfile.HIGH,
    description="Classifies blood cells on smear images; technicians confirm before results are released.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Test order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, animal's name, species, breed, age, clinical notes, owner's name.",
)
report = tg.Data(
    "Haematology report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Released results with the differential count and comments, per animal and owner.",
)
sample_info = tg.Data(
    "Sample accession and species", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
slides = tg.Data("Stained smear slides", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
images = tg.Data(
    "Blood smear images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whole-slide images named by accession number.",
)
tiles = tg.Data("Cell image tiles", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
predictions = tg.Data(
    "Cell class probabilities", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Preliminary differential",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Classified cells with probabilities and flags, awaiting a technician.",
)
review = tg.Data(
    "Technician corrections and confirmation",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
result = tg.Data(
    "Confirmed differential count",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labelled_cells = tg.Data(
    "Labelled cell tiles",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
public_cells = tg.Data(
    "Public blood smear dataset", kind="training-data", sensitivity=tg.Sensitivity.PUBLIC
)
backbone = tg.Data("Pretrained CNN backbone", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
weights = tg.Data(
    "Cell classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training config and release approval", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vets and nurses at client clinics who order tests and read reports.
    clinic = tm.add(tg.Actor("Veterinary clinic staff", role="client clinic"))
    # Where the pretrained backbone is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))
    # An academic dataset of annotated canine and feline smears, used to bootstrap training.
    public_data = tm.add(
        tg.DataSource(
            "Public smear image dataset",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_cells},
        )
    )

with tm.boundary("Lab DMZ", trust=tg.Trust.INTERNAL):
    # The clinics' way in: submit orders, download released reports.
    portal = tm.add(
        tg.Endpoint(
            "Clinic results portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="clinic account e-mail and password")},
        )
    )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Prepares, scans and reviews the smears; signs off every result.
    technician = tm.add(tg.Actor("Lab technician", role="laboratory technician"))
    # The lab's system of record for accessions, results and reports.
    lims = tm.add(
        tg.DataStore(
            "Laboratory information system",
            stores={order, sample_info, result, report},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Two digital slide scanners on the bench.
    scanner = tm.add(tg.Device("Digital slide scanner", fleet=False))
    # Network share the scanners write whole-slide images to.
    image_store = tm.add(tg.DataStore("Smear image share", stores={images}))
    # Tiles images, looks up the species, runs the model, builds the draft differential.
    classify = tm.add(tg.Service("Cell classification service"))
    # The CNN: one class per white-cell type plus blast and parasite flags.
    model = tm.add(
        tg.Model(
            "Blood cell classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned from a public backbone; its counts drive treatment of animals.",
            controls={
                c.ModelValidation(note="agreement with manual 100-cell counts before release")
            },
        )
    )
    # Where technicians see each cell, correct its class and confirm the count.
    review_app = tm.add(
        tg.Service(
            "Smear review web app",
            controls={
                c.Authentication(method="lab directory account"),
                c.RBAC(),
                c.HumanInTheLoop(approver="lab technician"),
            },
        )
    )

with tm.boundary("Lab ML cloud project", trust=tg.Trust.INTERNAL):
    # Technician-confirmed cells, kept versioned for retraining.
    dataset = tm.add(
        tg.Dataset("Labelled cell dataset", stores={labelled_cells}, controls={c.DataVersioning()})
    )
    # GPU training job; installs its Python packages at run time.
    training = tm.add(
        tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds every trained version; serving loads the one marked released.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Lab office", trust=tg.Trust.INTERNAL):
    # Builds and releases the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(clinic, portal, order, protocol="https")
tm.flow(portal, clinic, report, protocol="https")
tm.flow(portal, lims, order, protocol="https")
tm.flow(lims, portal, report, protocol="https", label="released reports")

tm.flow(technician, scanner, slides, label="loads slides by hand")
tm.flow(scanner, image_store, images, protocol="smb")
tm.flow(image_store, classify, images, protocol="smb")
tm.flow(lims, classify, sample_info, protocol="https")
tm.flow(classify, model, tiles)
tm.flow(model, classify, predictions)
tm.flow(classify, review_app, draft, tiles)

tm.flow(review_app, technician, draft, tiles, protocol="https")
tm.flow(technician, review_app, review, protocol="https")
tm.flow(review_app, lims, result, protocol="https")
tm.flow(review_app, dataset, labelled_cells, protocol="https")

tm.flow(public_data, training, public_cells, protocol="https")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, labelled_cells)
tm.flow(scientist, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, classify, weights, protocol="https", label="load released version")
tm.flow(classify, model, weights, label="deploy")
