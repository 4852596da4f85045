"""Veterinary lab slide reader: the first design, before any security review.

A veterinary diagnostic lab scans blood smear and cytology slides on a whole-slide
scanner in the lab. Scanned images go to an image store in the lab's cloud account,
where an inference service runs an in-house cell detection model over them and
drafts differential counts and morphology findings into the LIMS case. A
pathologist opens each case in the review application, checks the draft against
the slide images, corrects it and signs the report out; nothing reaches a clinic
unsigned. Vet clinics submit requisitions and download signed reports through the
lab's web portal with a clinic username and password. Pathologist corrections are
saved as annotations, and an ML engineer retrains the model from them every quarter
and publishes the new checkpoint to a model registry that the inference service
loads from. The LIMS and review application use role-based access; the portal and
all cloud traffic use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary lab slide reader",
    profile=tg.RiskProfile.LOW,
    description="Model-drafted haematology and cytology findings, signed out by pathologists.",
)

# ---------------------------------------------------------------- data assets
requisition = tg.Data(
    "Test requisition",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, owner name and contact, animal signalment, tests ordered, history.",
)
slide_images = tg.Data(
    "Whole-slide images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case_context = tg.Data(
    "Case context",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accession number, species, sample type and tests ordered.",
)
detections = tg.Data(
    "Cell detections and counts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_findings = tg.Data(
    "Draft findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed diagnostic report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
annotations = tg.Data(
    "Pathologist annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
checkpoint = tg.Data(
    "Cell detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vets and technicians at client clinics: order tests and read reports.
    clinic = tm.add(tg.Actor("Clinic veterinarian", role="client clinic"))

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # The whole-slide scanner in the lab; uploads each scanned slide.
    scanner = tm.add(
        tg.Device(
            "Whole-slide scanner",
            fleet=False,
            description="Vendor scanner with its upload agent on the lab PC.",
        )
    )
    # Board-certified pathologists: confirm every draft before release.
    pathologist = tm.add(tg.Actor("Pathologist", role="clinical pathologist"))
    # Builds and releases new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Lab cloud account", trust=tg.Trust.INTERNAL):
    # Client-facing web portal: requisitions in, signed reports out.
    portal = tm.add(
        tg.Endpoint(
            "Clinic portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="clinic username and password")},
        )
    )
    # System of record for cases, drafts and signed reports.
    lims = tm.add(
        tg.DataStore(
            "LIMS",
            stores={requisition, case_context, draft_findings, signed_report},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Object storage holding every scanned slide.
    image_store = tm.add(
        tg.DataStore(
            "Slide image store",
            stores={slide_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tiles each slide, runs the detector and writes the draft into the LIMS.
    inference = tm.add(
        tg.Service(
            "Slide inference service",
            description="GPU worker triggered when a new slide image lands in the store.",
        )
    )
    # The cell detection and classification model.
    detector = tm.add(
        tg.Model(
            "Cell detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Detects and classifies leukocytes, RBC morphology and cytology cell types.",
        )
    )
    # Where pathologists review draft against slide and sign out.
    review_app = tm.add(
        tg.Service(
            "Pathologist review app",
            controls={
                c.HumanInTheLoop(approver="signing pathologist"),
                c.RBAC(),
            },
        )
    )
    # Corrected cases collected for retraining.
    training_set = tm.add(tg.Dataset("Annotated slide set", stores={annotations, slide_images}))
    # Quarterly retraining job.
    training = tm.add(
        tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned checkpoints that serving loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={checkpoint}))

# ---------------------------------------------------------------- flows
tm.flow(clinic, portal, requisition, protocol="https", label="orders tests")
tm.flow(portal, lims, requisition, protocol="https")
tm.flow(scanner, image_store, slide_images, protocol="https", label="scan upload")

tm.flow(image_store, inference, slide_images, label="new slide")
tm.flow(lims, inference, case_context)
tm.flow(inference, detector, slide_images, label="image tiles")
tm.flow(detector, inference, detections)
tm.flow(inference, lims, draft_findings)

tm.flow(lims, review_app, case_context, draft_findings)
tm.flow(image_store, review_app, slide_images, label="slide viewer")
tm.flow(review_app, pathologist, draft_findings, slide_images, protocol="https")
tm.flow(
    pathologist,
    review_app,
    signed_report,
    annotations,
    protocol="https",
    label="corrects and signs",
)
tm.flow(review_app, lims, signed_report)

tm.flow(lims, portal, signed_report, protocol="https")
tm.flow(portal, clinic, signed_report, protocol="https", label="report download")

tm.flow(review_app, training_set, annotations)
tm.flow(image_store, training_set, slide_images)
tm.flow(training_set, training, annotations, slide_images)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, release, protocol="https", label="promotes version")
tm.flow(registry, inference, checkpoint, label="loads model")
tm.flow(inference, detector, checkpoint, id="inference->detector:deploy", label="deploy")
