"""Ballet school posture feedback: the first design, before any security review.

Fixed cameras in the school's studios record classes and practice sessions. A recorder
in the studio cuts the recordings into per-class clips and uploads them to the school's
cloud storage. An analysis worker runs an open-weights pose estimation model over each
clip and passes the body keypoints to an in-house model that scores posture and alignment
per exercise (turnout, spine, shoulders) and drafts feedback. Class teachers review,
correct and approve the feedback in a web app; students and their parents, most of the
students being children, then see the approved feedback with the clips. Teachers'
corrections are exported each term to retrain the feedback model, which a contracted ML
engineer runs and publishes to a model registry. The web app signs in with e-mail and
password and has teacher, student and parent roles; the clip and feedback stores use the
cloud provider's encryption at rest and clips are deleted after a term.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ballet school posture feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Posture and alignment feedback for ballet students from studio recordings.",
)

# ---------------------------------------------------------------- data assets
camera_stream = tg.Data(
    "Studio camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Live video of classes, mostly children in practice clothes.",
)
clips = tg.Data(
    "Practice clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Per-class recordings tagged with the class, date and students present.",
)
keypoints = tg.Data(
    "Pose keypoints",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Body joint positions per frame for each student in a clip.",
)
posture_scores = tg.Data(
    "Posture scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per-exercise alignment scores and the feedback points they trigger.",
)
draft_feedback = tg.Data(
    "Draft feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scores and suggested feedback per student, awaiting the teacher.",
)
approved_feedback = tg.Data(
    "Approved feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Feedback a teacher has checked, edited and published.",
)
corrections = tg.Data(
    "Teacher corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Where the teacher changed a score or feedback point, with the clip time.",
)
training_examples = tg.Data(
    "Training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Keypoint sequences paired with teacher corrections, exported each term.",
)
model_artifact = tg.Data(
    "Feedback model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the posture feedback model.",
)
training_run = tg.Data(
    "Training run configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reviews and approves feedback for their classes, from the studio or home.
    teacher = tm.add(tg.Actor("Class teacher", role="teacher"))
    # Students (older ones with their own login) watch their clips and feedback.
    student = tm.add(tg.Actor("Student", role="student"))
    # Parents see their child's approved feedback and clips.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # External contractor who retrains and publishes the feedback model each term.
    ml_engineer = tm.add(tg.Actor("Contract ML engineer", role="ML contractor", privileged=True))

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # The source of all footage: one fixed camera per studio.
    cameras = tm.add(
        tg.Device(
            "Studio cameras",
            fleet=True,
            description="IP cameras on the studio walls, streaming to the recorder.",
        )
    )
    # Records to the timetable and uploads per-class clips.
    recorder = tm.add(
        tg.Service(
            "Studio recorder",
            description="Small NVR in the office; cuts clips by timetable slot and uploads them.",
        )
    )

with tm.boundary("School cloud tenancy", trust=tg.Trust.INTERNAL):
    # Holds the uploaded clips for analysis and playback.
    clip_store = tm.add(
        tg.DataStore(
            "Practice clip store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=120, note="clips deleted after one term"),
            },
        )
    )
    # Runs both models over each new clip and writes the draft feedback.
    worker = tm.add(
        tg.Service(
            "Posture analysis worker",
            description="Picks up each new clip, runs pose estimation, then the feedback model.",
        )
    )
    # Off-the-shelf body pose estimator: turns frames into keypoints.
    pose_model = tm.add(
        tg.Model(
            "Pose estimation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights human pose model, downloaded once and run unchanged.",
        )
    )
    # The school's own model: scores alignment and picks the feedback points.
    feedback_model = tm.add(
        tg.Model(
            "Posture feedback model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores turnout, spine and shoulder alignment per exercise from keypoints.",
        )
    )
    # Draft and approved feedback, teacher corrections and keypoints.
    feedback_db = tm.add(
        tg.DataStore(
            "Feedback database",
            stores={keypoints, draft_feedback, approved_feedback, corrections},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The one web app teachers, students and parents use.
    web_app = tm.add(
        tg.Endpoint(
            "Feedback web app",
            purpose=tg.EndpointPurpose.API,
            description="Teachers review drafts for their classes; students and parents see approved feedback and clips.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="teacher, student and parent roles"),
                c.HumanInTheLoop(
                    approver="class teacher",
                    note="feedback is shown to students and parents once a teacher approves it",
                ),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.RESTRICTED):
        # Each term's export of keypoints with teacher corrections.
        training_set = tm.add(
            tg.Dataset(
                "Posture training set",
                stores={training_examples},
                purpose=tg.DatasetPurpose.TRAINING,
            )
        )
        # Retrains the feedback model on the new corrections.
        training = tm.add(
            tg.Pipeline(
                "Termly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Keeps the feedback model versions the worker loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# recording and upload
tm.flow(cameras, recorder, camera_stream, protocol="rtsp")
tm.flow(recorder, clip_store, clips, protocol="https", label="per-class clip upload")

# analysis
tm.flow(clip_store, worker, clips)
tm.flow(worker, pose_model, clips, label="decoded frames")
tm.flow(pose_model, worker, keypoints)
tm.flow(worker, feedback_model, keypoints)
tm.flow(feedback_model, worker, posture_scores)
tm.flow(worker, feedback_db, keypoints, draft_feedback)

# teacher review
tm.flow(feedback_db, web_app, draft_feedback, approved_feedback)
tm.flow(clip_store, web_app, clips, label="clip playback")
tm.flow(web_app, teacher, draft_feedback, clips, protocol="https")
tm.flow(teacher, web_app, approved_feedback, corrections, protocol="https")
tm.flow(web_app, feedback_db, approved_feedback, corrections)

# students and parents
tm.flow(web_app, student, approved_feedback, clips, protocol="https")
tm.flow(web_app, parent, approved_feedback, clips, protocol="https")

# termly retraining
tm.flow(feedback_db, training_set, training_examples, label="termly export")
tm.flow(ml_engineer, training, training_run, protocol="ssh")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, model_artifact)
tm.flow(registry, feedback_model, model_artifact, label="deploy")
