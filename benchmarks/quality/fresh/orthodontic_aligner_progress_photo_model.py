"""Orthodontic aligner progress photos: the first design, before any security review.

Patients in clear-aligner treatment take photos of their teeth each week with our
phone app, which uploads them to a patient API in our cloud account. A fit
assessment service runs an in-house vision model on each new set of photos and
compares it with the patient's treatment plan: when the aligners seat well and
the teeth track the plan, the app tells the patient to move on to the next
aligner; otherwise the case is flagged for the treating orthodontist. Orthodontists
review flagged cases in a web dashboard (clinic SSO with MFA, role-based access,
audit log), look at the photos and message the patient through the app; a push
provider only tells the phone that something new is waiting. Review outcomes
become labels for retraining the model, which an ML engineer runs and publishes
to a model registry. Photos and records are encrypted at rest with KMS keys;
patients sign in with e-mail and password. US provider, so HIPAA applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Orthodontic aligner progress photo model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Weekly intraoral photos checked by a model; orthodontists review flagged cases.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Intraoral progress photos",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Five guided shots per week; they often show the patient's face.",
)
assessment = tg.Data(
    "Aligner fit assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Seating and tracking scores per tooth, and on-track or flagged.",
)
treatment_plan = tg.Data(
    "Patient record and treatment plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
progress_result = tg.Data(
    "Progress result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the patient sees: move to the next aligner, or wait for the clinic.",
)
flagged_case = tg.Data("Flagged case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
messages = tg.Data(
    "Clinician-patient messages", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
notification = tg.Data(
    "Push notification",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'You have a new message' or 'your check-in is ready'; no clinical content.",
)
review_labels = tg.Data(
    "Review outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_photos = tg.Data(
    "Labelled training photos", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
weights = tg.Data("Fit model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_job = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient in aligner treatment, at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Our iOS/Android app on patients' own phones; guides the photo capture.
    phone_app = tm.add(
        tg.Device("Patient phone app", description="Camera guide, upload, results and messages.")
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # APNs/FCM: wakes the app when a result or message is waiting.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Cloud production", trust=tg.Trust.INTERNAL):
    # The only thing the app talks to: uploads, results, messages.
    patient_api = tm.add(
        tg.Endpoint(
            "Patient API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password, then a refresh token kept on the phone"
                ),
                tg.controls.InputValidation(note="JPEG/HEIC only, 15 MB per photo, 5 photos"),
            },
        )
    )
    # Picks up each new photo set, calls the model, applies the treatment plan rules.
    fit_service = tm.add(
        tg.Service(
            "Fit assessment service",
            description="Compares model output with the planned stage; flags or clears the week.",
        )
    )
    # The vision model that judges aligner seating and tooth tracking.
    fit_model = tm.add(
        tg.Model(
            "Aligner fit model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="CNN over the five views; on-track clears the patient to switch aligners.",
        )
    )
    # Stores and relays clinician-patient conversations and automated results.
    messaging = tm.add(tg.Service("Messaging service"))
    # Where orthodontists work the flagged-case queue.
    dashboard = tm.add(
        tg.Service(
            "Clinician review dashboard",
            controls={
                tg.controls.Authentication(method="clinic SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="orthodontists see only their own practice's patients"),
                tg.controls.AuditLogging(retention_days=2190),
                tg.controls.HumanInTheLoop(
                    approver="treating orthodontist", note="flagged cases only"
                ),
            },
        )
    )

    with tm.boundary("Clinical data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for every uploaded photo, kept for the clinical record.
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={photos},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Patient records, treatment plans, assessments and messages.
        records_db = tm.add(
            tg.DataStore(
                "Patient records database",
                stores={treatment_plan, assessment, messages},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
    # Reviewed photo sets with the orthodontist's verdict, for retraining.
    training_set = tm.add(tg.Dataset("Fit training set", stores={training_photos, review_labels}))
    # Quarterly retraining job; installs its Python dependencies at run time.
    training = tm.add(
        tg.Pipeline("Fit model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned checkpoints that serving loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # Runs training and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Treating orthodontist, reviewing from the practice.
    orthodontist = tm.add(tg.Actor("Orthodontist", role="clinician", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(patient, phone_app, photos, label="takes weekly photos")
tm.flow(phone_app, patient, progress_result, messages, label="shows results")
tm.flow(phone_app, patient_api, photos, messages, protocol="https")
tm.flow(patient_api, phone_app, progress_result, messages, protocol="https")
tm.flow(patient_api, photo_store, photos)

tm.flow(photo_store, fit_service, photos, label="new photo set")
tm.flow(records_db, fit_service, treatment_plan, label="planned stage")
tm.flow(fit_service, fit_model, photos)
tm.flow(fit_model, fit_service, assessment)
tm.flow(fit_service, records_db, assessment)
tm.flow(fit_service, messaging, progress_result, label="on-track result")
tm.flow(fit_service, dashboard, flagged_case, label="flagged for review")

tm.flow(messaging, patient_api, progress_result, messages)
tm.flow(patient_api, messaging, messages, label="patient replies")
tm.flow(messaging, records_db, messages)
tm.flow(messaging, push, notification, protocol="https")
tm.flow(push, phone_app, notification, protocol="https")

tm.flow(orthodontist, dashboard, messages, review_labels, protocol="https")
tm.flow(dashboard, orthodontist, flagged_case, photos, assessment, protocol="https")
tm.flow(photo_store, dashboard, photos)
tm.flow(records_db, dashboard, treatment_plan, messages)
tm.flow(dashboard, messaging, messages, label="clinician message")
tm.flow(messaging, dashboard, messages, label="patient replies")
tm.flow(dashboard, records_db, treatment_plan, label="plan changes")

tm.flow(dashboard, training_set, review_labels, label="review outcomes")
tm.flow(photo_store, training_set, training_photos, label="reviewed photo sets")
tm.flow(training_set, training, training_photos, review_labels)
tm.flow(ml_engineer, training, training_job, label="starts a run")
tm.flow(training, registry, weights)
tm.flow(registry, fit_model, weights, label="deploy")
