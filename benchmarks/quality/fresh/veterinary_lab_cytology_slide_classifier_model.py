"""Cytology slide pre-classification for a veterinary diagnostic lab: first design.

UK and EU clinics post cytology samples to our lab and fill in a requisition on the
clinic portal (owner details, the animal's signalment and history). Technicians
accession samples in the on-site LIMS and digitise slides on whole-slide scanners,
which upload the images to an object store in our cloud tenancy. A triage service
tiles each new slide, runs an in-house CNN that pre-classifies it (inflammatory,
neoplastic, suspect malignant, non-diagnostic) and writes a priority to the LIMS
worklist, so pathologists, often reading from home in the web viewer, open urgent
cases first; every slide is still read and reported by a pathologist. Confirmed
diagnoses are exported nightly as training labels, and trained PyTorch checkpoints
go to a model registry that serving loads from. Controls: portal and viewer
sign-in, role-based access and an audit trail in the LIMS, encrypted image storage
and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary cytology slide triage",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Pre-classifies digitised cytology slides from clinics and prioritises "
    "the pathologists' worklist.",
)

# ---------------------------------------------------------------- data assets
requisition = tg.Data(
    "Case requisition",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, vet, owner name and contact details, species, breed, age, "
    "sample site and clinical history.",
)
accession = tg.Data(
    "Accession details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accession number, slide barcode, species and sample site.",
)
slide_images = tg.Data(
    "Whole-slide images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Scanned cytology slides, including the label area with the accession barcode.",
)
tiles = tg.Data("Slide image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
class_scores = tg.Data(
    "Cytology class scores and priority",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-class probabilities, a heatmap of suspicious regions and a triage priority.",
)
worklist = tg.Data("Prioritised worklist", kind="records", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Pathology report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diagnoses = tg.Data(
    "Confirmed cytology diagnoses",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_tiles = tg.Data(
    "Labelled training tiles", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data("Training code and configuration", kind="code")
checkpoint = tg.Data(
    "Classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vets at customer clinics: submit cases and download reports.
    clinic_vet = tm.add(tg.Actor("Clinic veterinarian", role="referring vet"))
    # Our pathologists mostly read slides remotely, from home.
    pathologist = tm.add(tg.Actor("Veterinary pathologist", role="pathologist"))

with tm.boundary("Lab site network", trust=tg.Trust.INTERNAL):
    # Accessions samples, stains and loads slides into the scanners.
    technician = tm.add(tg.Actor("Lab technician", role="technician"))
    # Owns the classifier: prepares training runs and releases models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Digitises glass slides; two scanners at the lab site.
    scanner = tm.add(
        tg.Device(
            "Whole-slide scanner",
            description="Vendor scanner appliance that uploads finished scans to the cloud.",
        )
    )
    # System of record for cases, worklists and reports (on-premises).
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={requisition, accession, class_scores, worklist, report, diagnoses},
            description="Laboratory information system, hosted on a server at the lab site.",
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Lab cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clinics submit requisitions and fetch finished reports.
    portal = tm.add(
        tg.Endpoint(
            "Clinic portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password per clinic account")},
        )
    )
    # Holds every scanned slide for the viewer, triage and training.
    image_store = tm.add(
        tg.DataStore(
            "Slide image store",
            stores={slide_images},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up new scans, tiles them, calls the classifier, sets the priority.
    triage = tm.add(tg.Service("Slide triage service"))
    # The in-house CNN that pre-classifies slides; it only orders the queue.
    classifier = tm.add(
        tg.Model(
            "Cytology slide classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="ResNet-based tile classifier aggregated per slide.",
        )
    )
    # Web viewer where pathologists work the prioritised worklist and report.
    viewer = tm.add(
        tg.Service(
            "Pathology viewer",
            internet_facing=True,
            controls={c.Authentication(method="Entra ID SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joins confirmed diagnoses with their slides to make labelled tiles.
        label_export = tm.add(tg.Pipeline("Nightly label export", stage=tg.Stage.LABELING))
        # Labelled tiles from past cases.
        dataset = tm.add(tg.Dataset("Cytology training set", stores={training_tiles}))
        # GPU training job; installs its Python dependencies from PyPI at run time.
        training = tm.add(
            tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned checkpoints that the serving side loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# Case submission and reporting
tm.flow(clinic_vet, portal, requisition, protocol="https")
tm.flow(portal, lims, requisition, protocol="https")
tm.flow(lims, portal, report, protocol="https", label="finished reports")
tm.flow(portal, clinic_vet, report, protocol="https")

# Accessioning and scanning
tm.flow(technician, lims, accession, protocol="https")
tm.flow(scanner, image_store, slide_images, protocol="https", label="scan upload")

# Triage
tm.flow(image_store, triage, slide_images, label="new scan event")
tm.flow(lims, triage, accession, protocol="https", label="lookup by barcode")
tm.flow(triage, classifier, tiles)
tm.flow(classifier, triage, class_scores)
tm.flow(triage, lims, class_scores, protocol="https", label="priority to worklist")

# Pathologist review
tm.flow(lims, viewer, worklist, requisition, class_scores, protocol="https")
tm.flow(image_store, viewer, slide_images)
tm.flow(viewer, pathologist, worklist, slide_images, class_scores, protocol="https")
tm.flow(pathologist, viewer, report, protocol="https")
tm.flow(viewer, lims, report, diagnoses, protocol="https")

# Retraining
tm.flow(lims, label_export, diagnoses, protocol="https", label="nightly export")
tm.flow(image_store, label_export, slide_images)
tm.flow(label_export, dataset, training_tiles)
tm.flow(dataset, training, training_tiles)
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, checkpoint)
tm.flow(registry, classifier, checkpoint, label="deploy")
