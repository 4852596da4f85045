"""Aligner progress photo check: the first design, before any security review.

Patients in clear-aligner treatment take five mouth photos a week with a cheek
retractor in our iOS/Android app. The app uploads them over HTTPS to the patient
API in our AWS production VPC, which stores them in an encrypted photo bucket.
A preprocessing service rejects blurred or badly framed sets and crops the rest;
an in-house vision model then scores aligner fit (gaps, unseated trays) and how far
each tooth has moved against the treatment plan for the current aligner stage.
On-track cases are told automatically, through a push notification, to move to the
next aligner; off-track or poor-fit cases are flagged to the supervising
orthodontist, a contracted clinician who reviews them in a web portal (password
with TOTP, role-based access) and records a decision in the treatment record.
Those decisions and the photos are exported weekly as labels to retrain the model,
which is promoted from a model registry. Patients sign in with e-mail and password.
The company serves US patients through partner orthodontists, so HIPAA applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aligner treatment progress photo model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Weekly mouth-photo check of aligner fit and tooth movement, "
    "flagging off-track cases to the supervising orthodontist.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Weekly intraoral progress photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Five retractor photos per week (front, left, right, upper, lower).",
)
crops = tg.Data(
    "Normalised dental arch crops",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
)
prediction = tg.Data(
    "Fit and tooth movement prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-tooth movement estimates, an aligner-seating score and a fit class.",
)
plan = tg.Data(
    "Treatment plan and aligner stage",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assessment = tg.Data(
    "Weekly progress assessment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
flagged = tg.Data("Flagged off-track case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
decision = tg.Data(
    "Orthodontist review decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Continue, repeat the stage, book a refinement scan or see the patient.",
)
status = tg.Data("Patient progress status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
notification = tg.Data(
    "Progress push notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="'Time to switch to aligner 8' or 'please wait for your orthodontist'.",
)
sign_in = tg.Data(
    "Patient sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
training_examples = tg.Data(
    "Labelled progress photo examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
weights = tg.Data(
    "Progress model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint file.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person in treatment; the model's results decide when they change aligners.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Our mobile app on the patient's own phone: guided capture and upload of photos.
    app = tm.add(
        tg.Device(
            "Patient aligner app",
            fleet=True,
            description="iOS/Android app on the patient's smartphone with a guided camera.",
        )
    )

with tm.boundary("Partner orthodontic practices", trust=tg.Trust.PARTNER):
    # Contracted clinician legally responsible for the treatment; reviews flagged cases.
    orthodontist = tm.add(tg.Actor("Supervising orthodontist", role="orthodontist"))

with tm.boundary("Push notification vendor", trust=tg.Trust.PARTNER):
    # Apple/Google push delivery to the app; we only hand it the message text.
    push = tm.add(tg.ExternalService("Mobile push notification service"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public API the app talks to: sign-in, photo upload, progress status.
    patient_api = tm.add(
        tg.Endpoint(
            "Patient API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Quality gate: rejects blurred, dark or badly framed photo sets, then crops the arches.
    preprocess = tm.add(
        tg.Service(
            "Photo quality and preprocessing service",
            controls={c.InputValidation(note="blur, exposure and framing checks")},
        )
    )
    # The vision model that judges aligner fit and tooth movement.
    model = tm.add(
        tg.Model(
            "Aligner fit and progress model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN comparing this week's photos with the planned tooth positions.",
        )
    )
    # Compares predictions with the plan, decides on-track vs flag, notifies the patient.
    assessor = tm.add(
        tg.Service(
            "Progress assessment service",
            description="On-track cases advance automatically; off-track or poor fit is flagged.",
        )
    )
    # Web portal where orthodontists work through their flagged-case queue.
    portal = tm.add(
        tg.Endpoint(
            "Orthodontist review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="orthodontists see the patients of their own practice"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for every uploaded photo set.
        photo_store = tm.add(
            tg.DataStore(
                "Progress photo bucket",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )
        # System of record for treatment: plan, stages, assessments, clinician decisions.
        treatment_db = tm.add(
            tg.DataStore(
                "Treatment record database",
                stores={plan, assessment, decision, sign_in},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )

with tm.boundary("ML training environment", trust=tg.Trust.INTERNAL):
    # Weekly export of photos with orthodontist decisions as labels.
    dataset = tm.add(tg.Dataset("Labelled progress photo set", stores={training_examples}))
    # Retrains and evaluates the progress model.
    training = tm.add(
        tg.Pipeline(
            "Progress model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versioned checkpoints; the promoted version is loaded by serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(patient, app, photos, label="guided in-app camera capture")
tm.flow(app, patient_api, sign_in, protocol="https", controls={tls})
tm.flow(app, patient_api, photos, protocol="https", controls={tls})
tm.flow(patient_api, treatment_db, sign_in, label="credential check")
tm.flow(patient_api, photo_store, photos)
tm.flow(photo_store, preprocess, photos, label="new upload event")
tm.flow(preprocess, assessor, crops)
tm.flow(assessor, model, crops)
tm.flow(model, assessor, prediction)
tm.flow(treatment_db, assessor, plan)
tm.flow(assessor, treatment_db, assessment)

tm.flow(assessor, push, notification, protocol="https")
tm.flow(push, app, notification, protocol="https")
tm.flow(treatment_db, patient_api, status, plan)
tm.flow(patient_api, app, status, protocol="https", controls={tls})
tm.flow(app, patient, status, notification)

tm.flow(assessor, portal, flagged)
tm.flow(photo_store, portal, photos)
tm.flow(treatment_db, portal, plan)
tm.flow(portal, orthodontist, flagged, photos, plan, protocol="https")
tm.flow(orthodontist, portal, decision, protocol="https")
tm.flow(portal, treatment_db, decision)

tm.flow(treatment_db, dataset, decision, label="weekly export")
tm.flow(photo_store, dataset, photos, label="weekly export")
tm.flow(dataset, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
