"""Teledermatology lesion urgency model: the first design, before any security review.

Patients of a US hospital sign in to the hospital's phone app, photograph a skin
lesion and answer a short symptom questionnaire. The intake API in the hospital's
cloud tenant stores the photos and sends them to a cloud inference service, where
a classifier rates how urgent the case looks. The score only orders the
dermatologists' review queue: a dermatologist looks at every case and makes every
diagnosis, which is written to the EHR and sent back to the patient in the app.
The classifier is a vendor's pre-trained dermatology base model, fine-tuned by the
hospital's data scientists on de-identified archived images in the research
environment, registered there and deployed to the inference service.
Controls: patient-portal sign-in, upload checks, encrypted photo storage, SSO,
roles and audit logs for clinicians, de-identified training data and a clinical
evaluation of each model version before deployment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Teledermatology lesion urgency model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Patients' lesion photos are scored for urgency to order the dermatologists' review queue.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Lesion photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Phone photos of a skin lesion, often showing face or body.",
)
questionnaire = tg.Data(
    "Symptom questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Lesion location, duration, changes, bleeding, itching; patient MRN.",
)
receipt = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
score = tg.Data(
    "Urgency score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
queue = tg.Data("Ordered review queue", kind="records", sensitivity=tg.Sensitivity.REGULATED)
diagnosis = tg.Data(
    "Dermatologist diagnosis and care plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome = tg.Data("Review outcome message", kind="records", sensitivity=tg.Sensitivity.REGULATED)
archive_images = tg.Data(
    "Archived dermatology images with diagnoses",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clinical and dermoscopic images from past cases, with confirmed diagnoses.",
)
training_images = tg.Data(
    "De-identified training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labels = tg.Data(
    "Diagnosis labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Vendor base model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint downloaded from the vendor's model portal.",
)
tuned_model = tg.Data(
    "Fine-tuned urgency model",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned classifier.",
)
run_config = tg.Data("Fine-tuning configuration", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person whose lesion is assessed.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The hospital's app on the patient's own phone: camera capture and questionnaire.
    app = tm.add(
        tg.Device(
            "Patient phone app",
            fleet=True,
            description="Hospital-branded iOS/Android app; uploads photos and shows results.",
        )
    )

with tm.boundary("Base model vendor", trust=tg.Trust.PARTNER):
    # Where the pre-trained dermatology base model comes from, under licence.
    vendor_hub = tm.add(
        tg.ExternalService(
            "Vendor model portal",
            provides="model-hub",
            description="Licensed download of the vendor's pre-trained skin-image base model.",
        )
    )

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives submissions from the app and returns status and outcomes to it.
    intake = tm.add(
        tg.Endpoint(
            "Teledermatology intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="patient portal password and SMS one-time code"),
                c.InputValidation(note="image type, size and resolution checks on upload"),
            },
        )
    )
    # Keeps every submitted photo for the dermatologists and the medical record.
    photo_store = tm.add(
        tg.DataStore(
            "Lesion photo store",
            stores={photos, questionnaire},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Cloud inference service that runs the classifier for each new submission.
    inference = tm.add(
        tg.Endpoint(
            "Cloud inference service",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
        )
    )
    # The urgency classifier; it orders the queue and never diagnoses.
    classifier = tm.add(
        tg.Model(
            "Lesion urgency classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Vendor base model fine-tuned in-house; scores urgency from 0 to 1.",
            controls={
                c.ModelValidation(note="clinical evaluation against a held-out set before deploy"),
                c.ModelVersioning(),
            },
        )
    )
    # Orders cases by urgency and shows them to dermatologists; records their decisions.
    worklist = tm.add(
        tg.Service(
            "Dermatology review worklist",
            description="Web worklist ordered by urgency score; dermatologists open, diagnose and close cases.",
            controls={
                c.Authentication(method="hospital SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(
                    approver="the reviewing dermatologist",
                    note="a dermatologist makes every diagnosis; the score only orders the queue",
                ),
            },
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Clinicians who review every case and make every diagnosis.
    dermatologist = tm.add(tg.Actor("Dermatologist", role="clinician"))
    # The record of care; diagnoses and plans land here.
    ehr = tm.add(
        tg.DataStore(
            "Electronic health record",
            stores={diagnosis},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )
    # Years of clinical and dermoscopic images; the source of fine-tuning data.
    archive = tm.add(
        tg.DataStore(
            "Dermatology image archive",
            stores={archive_images},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Research environment", trust=tg.Trust.RESTRICTED):
    # Staff who fine-tune and release the classifier.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))
    # The de-identified export of the archive used for fine-tuning.
    training_set = tm.add(
        tg.Dataset(
            "Fine-tuning image set",
            stores={training_images, labels},
            controls={c.DataMinimization(note="de-identified at export: no names, MRNs or dates")},
        )
    )
    # Fine-tunes the vendor base model on the hospital's images.
    fine_tuning = tm.add(
        tg.Pipeline(
            "Fine-tuning pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="PyTorch training job on research GPUs.",
        )
    )
    # Holds each fine-tuned version until it is deployed.
    registry = tm.add(tg.ModelRegistry("Research model registry", stores={tuned_model}))

# ---------------------------------------------------------------- flows
# patient intake
tm.flow(patient, app, photos, questionnaire, label="takes photos, answers questions")
tm.flow(app, intake, photos, questionnaire, protocol="https")
tm.flow(intake, app, receipt, outcome, protocol="https")
tm.flow(app, patient, receipt, outcome, label="shown in the app")
tm.flow(intake, photo_store, photos, questionnaire)

# scoring and review
tm.flow(intake, inference, photos, protocol="https")
tm.flow(inference, classifier, photos)
tm.flow(classifier, inference, score)
tm.flow(inference, worklist, score, protocol="https")
tm.flow(photo_store, worklist, photos, questionnaire)
tm.flow(worklist, dermatologist, queue, photos, questionnaire, protocol="https")
tm.flow(dermatologist, worklist, diagnosis, protocol="https")
tm.flow(worklist, ehr, diagnosis, protocol="https", label="FHIR write")
tm.flow(worklist, intake, outcome, protocol="https")

# fine-tuning and deployment
tm.flow(
    archive, training_set, training_images, labels, protocol="sftp", label="de-identified export"
)
tm.flow(vendor_hub, fine_tuning, base_weights, protocol="https")
tm.flow(training_set, fine_tuning, training_images, labels)
tm.flow(data_scientist, fine_tuning, run_config)
tm.flow(fine_tuning, registry, tuned_model)
tm.flow(registry, classifier, tuned_model, protocol="https", label="deploy")
