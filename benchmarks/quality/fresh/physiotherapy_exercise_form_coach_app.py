"""Physiotherapy exercise form coach: the first design, before any security review.

A US outpatient physical therapy clinic group gives its patients a mobile app for
the home exercise programmes their physiotherapists prescribe. While the patient
exercises, the phone camera feeds an open-weights pose estimation model on the
device; an in-house form model compares the keypoints with the prescribed
exercise and gives spoken and on-screen corrections. Raw video never leaves the
phone: the app uploads only session summaries (reps, form scores, pain rating)
to the clinic's cloud API. Physiotherapists review progress summaries in a web
portal, adjust programmes, and the portal files a progress note in the clinic's
EHR. The form model is trained in-house on reference clips recorded and labelled
by clinic physiotherapists, and the app downloads model updates from a bucket.
Patients sign in through a hosted identity provider with e-mail and password,
staff through clinic SSO with MFA; patient data is encrypted and audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Physiotherapy exercise form coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="On-device exercise form feedback for patients, with progress review by physiotherapists.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Camera video",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Live frames of the patient exercising at home; processed on the phone only.",
)
keypoints = tg.Data("Pose keypoints", sensitivity=tg.Sensitivity.REGULATED, kind="features")
feedback = tg.Data(
    "Form feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
patient_login = tg.Data(
    "Patient credentials and tokens", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
staff_login = tg.Data("Staff SSO tokens", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
session_summary = tg.Data(
    "Exercise session summaries",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Per exercise: reps, form scores, flagged faults, pain rating, timestamps.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
progress = tg.Data("Progress summaries", sensitivity=tg.Sensitivity.REGULATED, kind="records")
programme = tg.Data(
    "Exercise programme",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Prescribed exercises, sets, reps, limits of movement, linked to the patient.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
progress_note = tg.Data("EHR progress note", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
reference_clips = tg.Data(
    "Labelled reference clips",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Clinic staff and consenting volunteers performing exercises, labelled correct or by fault.",
)
pose_weights = tg.Data(
    "Pose model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="unknown",
    description="TFLite file of a published open-weights pose model.",
)
form_weights = tg.Data(
    "Form model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Patient phone", trust=tg.Trust.UNTRUSTED):
    # The patient exercising at home in front of the phone.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The iOS/Android app on the patient's own phone; runs both models locally.
    app = tm.add(
        tg.Device(
            "Patient app",
            fleet=True,
            controls={
                c.DataMinimization(note="video is processed in memory and never stored or uploaded")
            },
        )
    )
    # Estimates body keypoints from each camera frame.
    pose_model = tm.add(
        tg.Model(
            "Pose estimation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Published single-person pose model, run with TFLite on the phone.",
        )
    )
    # Compares keypoint sequences with the prescribed exercise and names form faults.
    form_model = tm.add(
        tg.Model(
            "Form assessment model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Sequence classifier per exercise; wrong feedback can lead to injury.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pose model weights were downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted customer identity service for patient accounts (BAA signed).
    idp = tm.add(
        tg.ExternalService(
            "Patient identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("EHR vendor", trust=tg.Trust.PARTNER):
    # The clinic's existing electronic health record, where progress notes belong.
    ehr = tm.add(
        tg.ExternalService("Clinic EHR", description="SaaS EHR reached through its REST API.")
    )

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # Mobile backend: programmes down, session summaries up.
    api = tm.add(
        tg.Endpoint(
            "Clinic API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC access token from the patient identity provider"),
                c.InputValidation(),
            },
        )
    )
    # Turns session summaries into weekly progress summaries per patient.
    progress_svc = tm.add(tg.Service("Progress service"))
    # Programmes, session summaries and progress summaries for every patient.
    patient_db = tm.add(
        tg.DataStore(
            "Patient programme database",
            stores={programme, session_summary, progress},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Web app where physiotherapists review progress and edit programmes.
    portal = tm.add(
        tg.Service(
            "Physiotherapist portal",
            controls={
                c.Authentication(method="clinic SSO (OIDC) with MFA"),
                c.RBAC(note="physiotherapists see patients of their own clinic"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Bucket the app downloads pose and form model files from.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model distribution bucket",
            stores={pose_weights, form_weights},
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reference clips recorded in the clinic, labelled by physiotherapists.
        clips = tm.add(tg.Dataset("Reference clip dataset", stores={reference_clips}))
        # Trains and exports the form model per exercise.
        training = tm.add(
            tg.Pipeline("Form model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Prescribes programmes, reviews progress, labels reference clips.
    physio = tm.add(tg.Actor("Physiotherapist", role="clinician"))

# ---------------------------------------------------------------- flows
# on the phone
tm.flow(patient, app, video, protocol="local", label="camera")
tm.flow(app, pose_model, video, protocol="local")
tm.flow(pose_model, form_model, keypoints, protocol="local")
tm.flow(form_model, app, feedback, protocol="local")
tm.flow(app, patient, feedback, programme, protocol="local", label="spoken and on-screen cues")

# sign-in and sync with the clinic
tm.flow(app, idp, patient_login, protocol="https")
tm.flow(idp, app, patient_login, protocol="https")
tm.flow(app, api, patient_login, session_summary, protocol="https")
tm.flow(api, app, programme, protocol="https")
tm.flow(api, progress_svc, session_summary)
tm.flow(progress_svc, patient_db, session_summary, progress)
tm.flow(patient_db, progress_svc, session_summary)
tm.flow(patient_db, api, programme)

# physiotherapist review
tm.flow(physio, portal, staff_login, programme, protocol="https", label="adjusts programme")
tm.flow(portal, physio, progress, session_summary, protocol="https")
tm.flow(patient_db, portal, progress, session_summary, programme)
tm.flow(portal, patient_db, programme)
tm.flow(portal, ehr, progress_note, protocol="https")

# models
tm.flow(physio, clips, reference_clips, label="records and labels reference clips")
tm.flow(clips, training, reference_clips)
tm.flow(training, model_bucket, form_weights)
tm.flow(hub, model_bucket, pose_weights, protocol="https")
tm.flow(model_bucket, app, pose_weights, form_weights, protocol="https", label="model update")
tm.flow(app, pose_model, pose_weights, protocol="local", label="load")
tm.flow(app, form_model, form_weights, protocol="local", label="load")
