"""Veterinary blood smear classifier: the first design, before any security review.

Partner veterinary clinics that have a digital slide scanner upload whole-slide
images of blood smears to our lab's clinic integration API; the lab order itself
(animal signalment, owner name, clinic) arrives from the clinic's practice
management software, which a vendor hosts for the clinic. A classification
service in our lab cloud tiles each slide and runs an in-house cell classifier
that counts and labels leukocytes, red cell morphology and blood parasites. Every
case is reviewed and signed out by a lab pathologist in a review app on the lab
network before a delivery service pushes the report back to the practice
software. Pathologists' corrections become training labels; an ML engineer
retrains the classifier and publishes it to a model registry the service loads
from. Clinics authenticate with per-clinic API keys over HTTPS, staff sign in
through the lab's SSO, and the slide store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary blood smear classifier",
    profile=tg.RiskProfile.LOW,
    description="Cell classification of clinic blood smears, signed out by lab pathologists.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Lab order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, requesting vet, animal signalment and the owner's name.",
)
slide = tg.Data(
    "Whole-slide image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
classification = tg.Data(
    "Cell classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-cell labels, differential counts and flagged regions.",
)
report = tg.Data(
    "Signed-out haematology report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_view = tg.Data("Case review view", kind="documents", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Corrected cell labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Classifier checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
train_config = tg.Data("Training run configuration", kind="instructions")
ack = tg.Data("Delivery acknowledgement", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Partner clinics", trust=tg.Trust.PARTNER):
    # The clinics' own slide scanners, which upload digitised smears to us.
    scanner = tm.add(
        tg.Device(
            "Clinic slide scanner",
            fleet=True,
            description="Slide scanners in partner clinics, uploading through the scanner vendor's client.",
        )
    )

with tm.boundary("Practice software vendor", trust=tg.Trust.PARTNER):
    # Where orders come from and where finished reports must end up.
    pims = tm.add(
        tg.ExternalService(
            "Clinic practice management software",
            description="Cloud practice management system each clinic uses; lab integration via its API.",
        )
    )

with tm.boundary("Lab cloud", trust=tg.Trust.INTERNAL):
    # The one entry point for clinics: orders and slide uploads.
    api = tm.add(
        tg.Endpoint(
            "Clinic integration API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-clinic API key")},
        )
    )
    # Keeps every uploaded slide for review and for later training.
    slide_store = tm.add(
        tg.DataStore(
            "Slide image store",
            stores={slide},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tiles each slide, runs the classifier and records the result.
    classifier_svc = tm.add(
        tg.Service(
            "Classification service", description="Tiles slides and batches them to the model."
        )
    )
    # The model at the heart of the system.
    model = tm.add(
        tg.Model(
            "Blood cell classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN that labels cells on each tile, with a confidence per cell.",
            controls={
                c.HumanInTheLoop(approver="lab pathologist signs out every case"),
            },
        )
    )
    # System of record for cases, results and reports.
    lims = tm.add(
        tg.DataStore(
            "Laboratory information system",
            stores={order, classification, report},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Sends signed-out reports back to the practice software.
    delivery = tm.add(tg.Service("Result delivery service"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Pathologist-corrected cells, the training data for the next version.
        label_set = tm.add(tg.Dataset("Annotated cell dataset", stores={labels, slide}))
        # Retrains the classifier on demand.
        training = tm.add(
            tg.Pipeline("Classifier training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the classifier the service can load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Pathologists review the model's calls and sign out cases.
    pathologist = tm.add(tg.Actor("Lab pathologist", role="veterinary clinical pathologist"))
    review_app = tm.add(
        tg.Service(
            "Pathology review app",
            description="Slide viewer with the model's cell overlays and a sign-out form.",
            controls={c.Authentication(method="lab SSO with MFA"), c.RBAC()},
        )
    )
    # Runs training and publishes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pims, api, order, protocol="https", label="new lab order")
tm.flow(scanner, api, slide, protocol="https", label="slide upload")
tm.flow(api, lims, order)
tm.flow(api, slide_store, slide)

tm.flow(slide_store, classifier_svc, slide)
tm.flow(registry, classifier_svc, weights, label="load model version")
tm.flow(classifier_svc, model, slide, label="slide tiles")
tm.flow(model, classifier_svc, classification)
tm.flow(classifier_svc, lims, classification)

tm.flow(lims, review_app, order, classification)
tm.flow(slide_store, review_app, slide)
tm.flow(review_app, pathologist, review_view, protocol="https")
tm.flow(pathologist, review_app, report, labels, protocol="https", label="corrections and sign-out")
tm.flow(review_app, lims, report)
tm.flow(review_app, label_set, labels)
tm.flow(slide_store, label_set, slide)

tm.flow(lims, delivery, report)
tm.flow(delivery, pims, report, protocol="https", label="result push")
tm.flow(pims, delivery, ack, protocol="https", label="delivery acknowledgement")

tm.flow(ml_engineer, training, train_config, protocol="ssh")
tm.flow(label_set, training, labels, slide)
tm.flow(training, registry, weights)
