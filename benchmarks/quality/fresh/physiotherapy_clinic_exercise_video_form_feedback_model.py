"""Exercise form feedback for a physiotherapy clinic group: the first design.

Patients of our clinics get a home-exercise programme from their physiotherapist.
In the clinic's patient app they film themselves doing each exercise; the app
uploads the clip to our upload API in the clinic cloud. A feedback service cuts
the clip into frames, runs an open-weights pose estimation model to get body
keypoints, and an in-house form model compares them with the prescribed exercise
from the practice management system. The patient gets short form cues in the app;
the assessment is written to the patient's record for the physiotherapist, who
reviews clips in a clinician dashboard and corrects the model's form labels.
Corrected clips become training data for a monthly retraining of the form model.
Controls in this design: app sign-in with e-mail and password, TLS on uploads,
size and type checks on clips, encrypted video storage, SSO with MFA and roles
for clinic staff, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Physiotherapy exercise video form feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Patients film home exercises; a pose and form model returns form cues "
    "and flags clips for their physiotherapist.",
)

# ---------------------------------------------------------------- data assets
exercise_video = tg.Data(
    "Exercise video clip",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Patient filmed at home, often in underwear or shorts, face visible.",
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.REGULATED)
keypoints = tg.Data("Pose keypoints", kind="features", sensitivity=tg.Sensitivity.REGULATED)
form_assessment = tg.Data(
    "Form assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-repetition form labels (e.g. knee valgus, trunk lean) with confidence.",
)
form_cues = tg.Data("Form feedback cues", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
programme = tg.Data(
    "Home exercise programme",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prescribed exercises, sets, reps and contraindications per patient.",
)
patient_record = tg.Data(
    "Patient clinical record", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
physio_labels = tg.Data(
    "Physiotherapist form labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
form_weights = tg.Data(
    "Form model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
pose_weights = tg.Data("Pose model weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle")
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient filming their exercises at home.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # The clinic's patient app on the patient's own phone: records and uploads clips.
    app = tm.add(tg.Device("Patient phone app", fleet=True, description="iOS and Android app."))
    # Public model hub the pose estimation weights are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # SaaS practice management system: the clinics' system of record for patients.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={programme, patient_record, form_assessment},
            controls={c.EncryptionAtRest(key_management="vendor-managed")},
        )
    )

with tm.boundary("Clinic cloud", trust=tg.Trust.INTERNAL):
    # Receives clip uploads from the app and returns the feedback to it.
    upload_api = tm.add(
        tg.Endpoint(
            "Clip upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="MP4 only, at most 200 MB and 2 minutes"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Object storage holding every uploaded clip.
    video_store = tm.add(
        tg.DataStore(
            "Exercise video store",
            stores={exercise_video},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates decoding, pose estimation, form scoring and writing results back.
    feedback_service = tm.add(
        tg.Service(
            "Feedback service",
            description="Decodes clips with ffmpeg, calls both models, phrases the cues.",
        )
    )
    # Open-weights pose estimator: frames in, body keypoints out.
    pose_model = tm.add(
        tg.Model("Pose estimation model", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # In-house classifier judging each repetition's form against the prescribed exercise.
    form_model = tm.add(
        tg.Model(
            "Exercise form model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Temporal classifier over keypoint sequences, one head per exercise.",
        )
    )
    # Web dashboard where physiotherapists watch clips, read assessments and correct labels.
    dashboard = tm.add(
        tg.Service(
            "Clinician dashboard",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Clips and their physiotherapist labels, kept for retraining.
        training_set = tm.add(
            tg.Dataset("Form training set", stores={training_clips, physio_labels})
        )
        # Monthly retraining of the form model on the labelled clips.
        training = tm.add(tg.Pipeline("Form model retraining", stage=tg.Stage.TRAINING))
        # Holds the form model versions and the downloaded pose model.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={form_weights, pose_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Treating physiotherapist: prescribes exercises, reviews clips, corrects labels.
    physio = tm.add(tg.Actor("Physiotherapist", role="clinician"))
    # Builds and releases the models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(patient, app, exercise_video, label="records exercise")
tm.flow(app, upload_api, exercise_video, protocol="https", controls=tls)
tm.flow(upload_api, video_store, exercise_video)
tm.flow(upload_api, feedback_service, exercise_video, label="new clip event")
tm.flow(video_store, feedback_service, exercise_video)
tm.flow(pms, feedback_service, programme, protocol="https", label="prescribed exercise")
tm.flow(feedback_service, pose_model, frames)
tm.flow(pose_model, feedback_service, keypoints)
tm.flow(feedback_service, form_model, keypoints)
tm.flow(form_model, feedback_service, form_assessment)
tm.flow(feedback_service, pms, form_assessment, protocol="https", label="writes to record")
tm.flow(feedback_service, upload_api, form_cues)
tm.flow(upload_api, app, form_cues, protocol="https", controls=tls)
tm.flow(app, patient, form_cues)

tm.flow(physio, pms, programme, label="prescribes exercises")
tm.flow(
    physio, dashboard, physio_labels, protocol="https", controls=tls, label="corrects form labels"
)
tm.flow(video_store, dashboard, exercise_video)
tm.flow(pms, dashboard, form_assessment, patient_record, protocol="https")
tm.flow(dashboard, physio, exercise_video, form_assessment, protocol="https", controls=tls)
tm.flow(dashboard, training_set, training_clips, physio_labels, label="corrected clips")

tm.flow(training_set, training, training_clips, physio_labels)
tm.flow(training, registry, form_weights)
tm.flow(model_hub, registry, pose_weights, protocol="https", label="one-off download")
tm.flow(ml_engineer, registry, release_approval, label="promotes version")
tm.flow(registry, form_model, form_weights, label="deploy")
tm.flow(registry, pose_model, pose_weights, label="deploy")
