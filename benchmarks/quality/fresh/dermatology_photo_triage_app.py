"""Dermatology photo triage app: the first design, before any security review.

Patients of our US telehealth service photograph a skin lesion in our mobile
app and answer a short questionnaire. A triage service in our cloud stores the
photos, runs our in-house image model, which rates urgency and suggests likely
conditions, and opens a case in the patient's record. A contracted board-certified
dermatologist reviews every case in the review portal within two days; cases the
model rates urgent are fast-tracked, with a page to the on-call dermatologist and
a push notification to the patient through a messaging vendor. Photos stay in the
patient's record, and de-identified copies with the dermatologists' diagnoses
are used to retrain the model, which is validated before release. Logins need
MFA, PHI stores are encrypted and access to the record is role-based and logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dermatology photo triage app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Patient-submitted skin lesion photos triaged by a model and "
    "reviewed by a dermatologist; photos reused to improve the model.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Lesion photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Close-up and context photos of the lesion, often with face or body visible.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
questionnaire = tg.Data(
    "Symptom questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Age, lesion location, duration, changes, itching or bleeding, history.",
)
triage_result = tg.Data(
    "Triage result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Urgency level and the top suggested conditions with confidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Dermatology case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
assessment = tg.Data(
    "Dermatologist assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Diagnosis, urgency decision and care plan.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
urgent_alert = tg.Data(
    "Urgent case alert",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Page to the on-call dermatologist and push message to the patient.",
)
training_images = tg.Data(
    "De-identified training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
diagnosis_labels = tg.Data(
    "Diagnosis labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Triage model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients with a skin concern, on their own phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Our iOS/Android app: camera capture, questionnaire, results and messages.
    app = tm.add(
        tg.Device(
            "Patient mobile app",
            description="Captures photos with framing guidance and uploads them.",
        )
    )

with tm.boundary("Clinician devices", trust=tg.Trust.PARTNER):
    # Contracted dermatologists, working from their own laptops.
    dermatologist = tm.add(tg.Actor("Dermatologist", role="dermatologist"))

with tm.boundary("Messaging vendor", trust=tg.Trust.PARTNER):
    # Push notifications to patients and pages to the on-call dermatologist.
    notifier = tm.add(tg.ExternalService("Push and paging service"))

with tm.boundary("Telehealth cloud", trust=tg.Trust.INTERNAL):
    # The app's backend API.
    patient_api = tm.add(
        tg.Endpoint(
            "Patient API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="patient account with SMS one-time code"),
                c.InputValidation(note="image type, size and resolution checks"),
            },
        )
    )
    # Orchestrates a submission: stores photos, calls the model, opens and routes the case.
    triage_service = tm.add(
        tg.Service(
            "Triage service",
            controls={
                c.HumanInTheLoop(
                    approver="dermatologist",
                    note="every case within two days; urgent ones fast-tracked",
                )
            },
        )
    )
    # In-house image classifier: urgency rating plus likely conditions.
    triage_model = tm.add(
        tg.Model(
            "Lesion triage model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN on the photos plus questionnaire answers.",
        )
    )
    # Web portal where dermatologists work the review queue.
    review_portal = tm.add(
        tg.Endpoint(
            "Dermatologist review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with MFA")},
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the original photos, referenced from the record.
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # The patient's electronic health record: cases, triage results, assessments.
        ehr = tm.add(
            tg.DataStore(
                "Patient record",
                stores={case_record, triage_result, assessment, questionnaire},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Copies reviewed cases into the training set, stripping identifiers and EXIF.
    curation = tm.add(
        tg.Pipeline(
            "Training data curation",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="de-identification and EXIF stripping")},
        )
    )
    # Reviewed images with the dermatologists' diagnoses as labels.
    training_set = tm.add(
        tg.Dataset("Lesion training set", stores={training_images, diagnosis_labels})
    )
    # Monthly retraining, with a clinical validation run before release.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="sensitivity on a held-out, dermatologist-labelled set")
            },
        )
    )
    # Versioned model checkpoints that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# submission and triage
tm.flow(patient, app, photos, questionnaire)
tm.flow(app, patient_api, photos, questionnaire, protocol="https")
tm.flow(patient_api, triage_service, photos, questionnaire)
tm.flow(triage_service, photo_store, photos)
tm.flow(triage_service, triage_model, photos, questionnaire)
tm.flow(triage_model, triage_service, triage_result)
tm.flow(triage_service, ehr, case_record, triage_result, questionnaire)
tm.flow(triage_service, patient_api, triage_result, label="urgency and next steps")
tm.flow(patient_api, app, triage_result, assessment, protocol="https")
tm.flow(app, patient, triage_result, assessment)

# urgent fast track
tm.flow(triage_service, notifier, urgent_alert, protocol="https")
tm.flow(notifier, dermatologist, urgent_alert, label="page")
tm.flow(notifier, app, urgent_alert, label="push notification")

# dermatologist review
tm.flow(ehr, review_portal, case_record, triage_result, questionnaire)
tm.flow(photo_store, review_portal, photos)
tm.flow(review_portal, dermatologist, case_record, triage_result, photos, protocol="https")
tm.flow(dermatologist, review_portal, assessment, protocol="https")
tm.flow(review_portal, ehr, assessment)
tm.flow(ehr, patient_api, assessment, label="patient views their record")

# model improvement
tm.flow(photo_store, curation, photos)
tm.flow(ehr, curation, assessment, label="reviewed diagnoses")
tm.flow(curation, training_set, training_images, diagnosis_labels)
tm.flow(training_set, training, training_images, diagnosis_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, triage_model, model_weights, label="deploy")
