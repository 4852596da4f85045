"""Diabetic foot ulcer photo grading: the first design.

A community podiatry service follows patients with diabetic foot ulcers between
clinic visits. Patients, and district nurses on home visits, photograph the wound
with the service's mobile app; the app uploads the photo to an API in the
service's cloud tenancy (patients sign in with NHS login, nurses with staff SSO).
A grading service runs an in-house image classifier that grades the ulcer, compares
the grade with the wound's history and flags wounds that are getting worse.
Podiatrists work through the flagged wounds in a review portal on the NHS network,
confirm or correct the grade and write it to the community EPR. Confirmed grades
become labels for retraining, which an ML engineer releases through a registry.
Photos and assessments are encrypted at rest; a DPIA covers the processing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Diabetic foot ulcer photo grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Grades diabetic foot ulcer photos from a patient app and flags worsening wounds to podiatrists.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Wound photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
photo_meta = tg.Data(
    "Photo details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="NHS number, wound site, date taken and who took it.",
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grade = tg.Data(
    "Ulcer grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Predicted grade with the model's confidence.",
)
flag = tg.Data("Worsening wound flag", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
history = tg.Data(
    "Wound grade history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmed = tg.Data(
    "Clinician-confirmed grade",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
epr_entry = tg.Data(
    "EPR wound assessment entry", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
demographics = tg.Data("Patient demographics", kind="records", sensitivity=tg.Sensitivity.PII)
training_images = tg.Data(
    "Training images", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data("Grading model weights", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients photograph their own foot between clinic visits.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # District nurses photograph the wound on home visits.
    nurse = tm.add(tg.Actor("District nurse", role="district nurse"))
    # The service's app on patients' own phones and nurses' work phones: captures and uploads.
    app = tm.add(
        tg.Device(
            "Wound photo app",
            description="iOS and Android phone app; guides the framing of the photo.",
        )
    )

with tm.boundary("Podiatry service cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only way in from the app.
    upload_api = tm.add(
        tg.Endpoint(
            "Photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="NHS login for patients; staff SSO with MFA for district nurses"
                ),
                c.InputValidation(note="JPEG or HEIC only, size and dimension limits"),
            },
        )
    )
    # Keeps every uploaded photo: clinicians view them and training reuses them.
    photo_store = tm.add(
        tg.DataStore(
            "Wound photo store",
            stores={photo, photo_meta},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the model on each new photo and decides whether the wound is worse.
    grading = tm.add(
        tg.Service(
            "Grading service",
            description="Grades each new photo and compares it with the wound's previous grades.",
            controls={
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); health or social care, Art. 9(2)(h)"
                )
            },
        )
    )
    # The ulcer grading classifier itself.
    model = tm.add(
        tg.Model(
            "Ulcer grading model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned in-house on the service's own graded photos.",
        )
    )
    # Grades, flags and history per wound, for the portal and for retraining.
    assessments = tm.add(
        tg.DataStore(
            "Wound assessment database",
            stores={grade, flag, history, confirmed},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where podiatrists see the flagged wounds and confirm or correct grades.
    portal = tm.add(
        tg.Service(
            "Clinician review portal",
            controls={
                c.Authentication(method="NHS smartcard"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="the reviewing podiatrist",
                    note="confirms each grade before it is written to the EPR",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Confirmed grades with their photos, stripped of identifiers.
        train_set = tm.add(
            tg.Dataset(
                "Graded photo training set",
                stores={training_images, confirmed},
                controls={c.DataMinimization(note="NHS number and EXIF data removed")},
            )
        )
        # Retrains the classifier each quarter.
        training = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds model versions; serving loads the released one from here.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelValidation(note="held-out clinical test set before release")},
            )
        )

with tm.boundary("NHS network", trust=tg.Trust.INTERNAL):
    # Reviews flagged wounds and owns the clinical decision.
    podiatrist = tm.add(tg.Actor("Podiatrist", role="clinician"))
    # Trains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("EPR supplier", trust=tg.Trust.PARTNER):
    # The service's system of record; the portal reads demographics and writes assessments.
    epr = tm.add(tg.DataStore("Community EPR", stores={epr_entry, demographics}))

# ---------------------------------------------------------------- flows
tm.flow(patient, app, photo)
tm.flow(nurse, app, photo, photo_meta)
tm.flow(app, upload_api, photo, photo_meta, protocol="https")
tm.flow(upload_api, app, receipt, protocol="https")
tm.flow(upload_api, photo_store, photo, photo_meta)

tm.flow(photo_store, grading, photo, photo_meta)
tm.flow(grading, model, photo)
tm.flow(model, grading, grade)
tm.flow(assessments, grading, history)
tm.flow(grading, assessments, grade, flag)

tm.flow(assessments, portal, grade, flag, history)
tm.flow(photo_store, portal, photo)
tm.flow(portal, podiatrist, grade, flag, history, photo, protocol="https", label="review worklist")
tm.flow(podiatrist, portal, confirmed, protocol="https")
tm.flow(portal, assessments, confirmed)
tm.flow(portal, epr, epr_entry, protocol="https")
tm.flow(epr, portal, demographics, protocol="https")

tm.flow(assessments, train_set, confirmed, label="quarterly export")
tm.flow(photo_store, train_set, training_images, label="quarterly export")
tm.flow(train_set, training, training_images, confirmed)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, model, weights, label="deploy")
