"""University exam invigilation webcam flagging model: the first design, before any security review.

During remote exams students sit the paper on the university's online exam platform
while a proctoring client on their own laptop records the webcam, microphone and
screen and uploads the recordings to the university's cloud tenant. After each exam
a batch analysis pipeline decodes the recordings into frame features (face presence,
gaze, a second person, a phone, switching windows) and an in-house detection model
scores each session and marks time ranges of possible misconduct. Flagged sessions
and clips go to the academic integrity panel in a review portal; the panel, not the
model, decides, the student is notified and can appeal under the academic
regulations, and outcomes are written to the student record system. Panel decisions
also become labels for retraining. Students and staff sign in with university SSO
and MFA; recordings are encrypted at rest and deleted after 180 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University exam invigilation webcam flagging model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Flags possible misconduct in remote-exam webcam and screen recordings for an academic integrity panel.",
)

# ---------------------------------------------------------------- data assets
exam_paper = tg.Data("Exam paper", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answers = tg.Data("Exam answers", kind="records", sensitivity=tg.Sensitivity.PII)
webcam_recording = tg.Data(
    "Webcam and microphone recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Video and audio of the student in their home for the whole exam, including the ID card shown at the start.",
)
screen_recording = tg.Data(
    "Screen recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Capture of the student's screen and the list of open windows.",
)
frame_features = tg.Data(
    "Session frame features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-second face count, gaze direction, detected objects, audio voice activity, window switches.",
)
flag_scores = tg.Data("Misconduct flag scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
flagged_sessions = tg.Data(
    "Flagged sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student, exam, flagged time ranges, scores and links to clips.",
)
panel_decision = tg.Data("Panel decision", kind="records", sensitivity=tg.Sensitivity.PII)
allegation_notice = tg.Data(
    "Misconduct allegation notice", kind="documents", sensitivity=tg.Sensitivity.PII
)
outcome = tg.Data("Academic misconduct outcome", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Panel review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Flagging model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The student sits the exam from home; some have every reason to beat the proctoring.
    student = tm.add(tg.Actor("Student", role="student"))
    # Proctoring client installed on the student's own laptop: records and uploads.
    client = tm.add(
        tg.Device(
            "Proctoring client on student laptop",
            fleet=True,
            description="Desktop app on the student's own Windows or macOS laptop.",
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Existing online exam platform that serves papers and collects answers.
    exam_platform = tm.add(
        tg.Endpoint(
            "Online exam platform",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="university SSO (SAML) with MFA")},
        )
    )
    # Upload API the proctoring client sends recordings to.
    ingest = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-session upload token issued after SSO sign-in")},
        )
    )
    # Object storage for raw recordings.
    recording_store = tm.add(
        tg.DataStore(
            "Exam recording store",
            stores={webcam_recording, screen_recording},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
                c.RBAC(),
            },
        )
    )
    # Post-exam batch job: decodes recordings, extracts features, calls the model.
    analysis = tm.add(tg.Pipeline("Post-exam analysis pipeline", stage=tg.Stage.PREPROCESSING))
    # The misconduct detector.
    flag_model = tm.add(
        tg.Model(
            "Misconduct flagging model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores each second of a session for possible misconduct; flags ranges above a threshold.",
        )
    )
    # Flags waiting for the panel, and their review status.
    flag_store = tm.add(
        tg.DataStore(
            "Flag case store",
            stores={flagged_sessions, panel_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Portal where panel members watch clips and record decisions.
    portal = tm.add(
        tg.Service(
            "Integrity panel review portal",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="academic integrity panel decides every case"),
                c.Contestability(note="appeal under the academic regulations"),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Past sessions' features with the panel's decisions as labels.
        training_set = tm.add(
            tg.Dataset("Labelled session dataset", stores={frame_features, labels})
        )
        # Periodic retraining run by the learning-technology ML team.
        training = tm.add(tg.Pipeline("Flagging model retraining", stage=tg.Stage.TRAINING))
        # Versioned checkpoints of the flagging model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Academic staff on the integrity panel.
    panel = tm.add(tg.Actor("Academic integrity panel", role="panel member"))
    # The university's student record system, where misconduct outcomes are kept.
    student_records = tm.add(tg.DataStore("Student record system", stores={outcome}))

# ---------------------------------------------------------------- flows
# sitting the exam
tm.flow(exam_platform, student, exam_paper, protocol="https")
tm.flow(student, exam_platform, answers, protocol="https")
tm.flow(
    student,
    client,
    webcam_recording,
    screen_recording,
    protocol="local",
    label="captured on the laptop",
)
tm.flow(client, ingest, webcam_recording, screen_recording, protocol="https")
tm.flow(ingest, recording_store, webcam_recording, screen_recording)

# scoring after the exam
tm.flow(recording_store, analysis, webcam_recording, screen_recording, label="nightly batch")
tm.flow(analysis, flag_model, frame_features)
tm.flow(flag_model, analysis, flag_scores)
tm.flow(analysis, flag_store, flagged_sessions)
tm.flow(analysis, training_set, frame_features, label="features of reviewed sessions")

# panel review
tm.flow(flag_store, portal, flagged_sessions)
tm.flow(recording_store, portal, webcam_recording, screen_recording, label="flagged clips")
tm.flow(portal, panel, flagged_sessions, webcam_recording, screen_recording, protocol="https")
tm.flow(panel, portal, panel_decision, protocol="https")
tm.flow(portal, flag_store, panel_decision)
tm.flow(portal, student, allegation_notice, protocol="smtp")
tm.flow(portal, student_records, outcome)
tm.flow(portal, training_set, labels)

# retraining
tm.flow(training_set, training, frame_features, labels)
tm.flow(training, registry, weights)
tm.flow(registry, flag_model, weights, label="deploy")
