"""Caries detection on bitewing X-rays: the first design, before any security review.

A chain of dental practices in the EU wants a second pair of eyes on bitewings.
When a dentist takes bitewings with the intraoral sensor, the practice imaging
software saves them to the practice image archive and uploads them over HTTPS to
an inference endpoint in the chain's cloud tenant. An in-house detection model
outlines likely caries lesions with a confidence for each, and the overlay comes
back to the imaging software. The dentist accepts or rejects each marking and
always makes the diagnosis and treatment plan; the findings and that feedback are
kept in a findings store. Every quarter an export job strips patient identifiers
from archived bitewings into a training set, contracted dentists at an annotation
company outline lesions in a hosted labeling tool, and an ML engineer retrains
the model and registers it before it is deployed. The endpoint checks a
per-practice API key, traffic is TLS, the findings store is encrypted, and the
regulatory validation of each model version gates its release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental bitewing caries detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Marks likely caries on bitewing X-rays for dentists across a chain of practices.",
)

# ---------------------------------------------------------------- data assets
bitewings = tg.Data(
    "Bitewing X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM bitewings with patient name, date of birth and practice in the header.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
analysis_request = tg.Data(
    "Analysis request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The bitewings of one visit, with the patient's chart number and tooth layout.",
)
findings = tg.Data(
    "Caries findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Lesion outlines per tooth surface with a confidence for each.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dentist_feedback = tg.Data(
    "Dentist accept/reject feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
)
deidentified_images = tg.Data(
    "De-identified bitewings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="DICOM headers stripped; the radiographs themselves are unchanged.",
)
lesion_labels = tg.Data(
    "Lesion annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Caries model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the segmentation network.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dental practice network", trust=tg.Trust.INTERNAL):
    # The clinician who takes the X-rays and makes the diagnosis.
    dentist = tm.add(tg.Actor("Dentist", role="clinician"))
    # Captures the bitewings; plugged into the operatory PC over USB.
    sensor = tm.add(tg.Device("Intraoral X-ray sensor", fleet=True))
    # The practice's imaging software: shows the images and the overlay, calls the cloud.
    imaging = tm.add(
        tg.Service(
            "Practice imaging software",
            description="Vendor imaging suite with our upload plug-in installed at each practice.",
        )
    )
    # Where each practice keeps its radiographs as part of the clinical record.
    archive = tm.add(
        tg.DataStore(
            "Practice image archive (PACS)",
            stores={bitewings},
            controls={c.EncryptionAtRest(key_management="practice server disk encryption")},
        )
    )

with tm.boundary("Chain cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from every practice and returns the overlay.
    endpoint = tm.add(
        tg.Endpoint(
            "Caries inference endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.Authentication(method="per-practice API key")},
        )
    )
    # The detector itself; the dentist confirms or rejects every marking.
    model = tm.add(
        tg.Model(
            "Caries detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="U-Net style lesion segmentation on bitewings.",
            controls={
                c.HumanInTheLoop(approver="the treating dentist confirms each marking"),
            },
        )
    )
    # Keeps what the model said and what the dentist did with it, for post-market follow-up.
    findings_store = tm.add(
        tg.DataStore(
            "Findings store",
            stores={findings, dentist_feedback},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.RESTRICTED):
        # Pulls archived bitewings quarterly and strips the DICOM identifiers.
        export = tm.add(
            tg.Pipeline(
                "De-identification export",
                stage=tg.Stage.INGESTION,
                controls={c.DataMinimization(note="DICOM header tags removed")},
            )
        )
        # The images and annotations the model is trained on.
        training_set = tm.add(
            tg.Dataset(
                "Bitewing training set",
                stores={deidentified_images, lesion_labels},
                purpose="training",
            )
        )
        # Hosted annotation tool that the contracted dentists log into.
        labeling = tm.add(
            tg.Pipeline(
                "Lesion labeling tool",
                stage=tg.Stage.LABELING,
                controls={c.Authentication(method="e-mail and password")},
            )
        )
        # Retrains the network on the labeled set and runs the validation suite.
        training = tm.add(
            tg.Pipeline(
                "Training and validation pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="sensitivity/specificity on a held-out set")},
            )
        )
        # Holds each trained version until it is released to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )
    # Trains the model and releases a version to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Annotation company", trust=tg.Trust.PARTNER):
    # Contracted dentists who outline lesions on the de-identified images.
    annotator = tm.add(tg.Actor("Contract annotator", role="contract dentist annotator"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(sensor, imaging, bitewings, protocol="usb")
tm.flow(imaging, archive, bitewings, protocol="dicom")
tm.flow(archive, imaging, bitewings, protocol="dicom", label="prior images")
tm.flow(dentist, imaging, dentist_feedback, label="requests analysis, accepts or rejects markings")
tm.flow(imaging, dentist, bitewings, findings, label="overlay on screen")

tm.flow(imaging, endpoint, analysis_request, dentist_feedback, protocol="https", controls={tls})
tm.flow(endpoint, imaging, findings, protocol="https", controls={tls})
tm.flow(endpoint, model, analysis_request)
tm.flow(model, endpoint, findings)
tm.flow(endpoint, findings_store, findings, dentist_feedback)

tm.flow(archive, export, bitewings, protocol="https", controls={tls}, label="quarterly export")
tm.flow(export, training_set, deidentified_images)
tm.flow(training_set, labeling, deidentified_images)
tm.flow(labeling, annotator, deidentified_images, protocol="https", controls={tls})
tm.flow(annotator, labeling, lesion_labels, protocol="https", controls={tls})
tm.flow(labeling, training_set, lesion_labels)
tm.flow(training_set, training, deidentified_images, lesion_labels)
tm.flow(training, registry, model_weights)
tm.flow(ml_engineer, registry, release_approval, label="marks version released")
tm.flow(registry, model, model_weights, label="deploy")
