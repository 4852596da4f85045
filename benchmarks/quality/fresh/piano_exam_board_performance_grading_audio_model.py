"""Piano performance exam marking assistant: the first design, before any security review.

A graded music exam board runs recorded piano exams. Teachers (or parents, for
private candidates) enter candidates and upload a video recording of the exam
through the board's candidate portal. In the board's cloud account a
preprocessing job extracts the audio and computes features, and an in-house
audio model suggests a mark for each section (pieces, scales, sight-reading)
with a short rationale. Freelance examiners, working from home, listen to every
recording in the examiner portal, see the suggested marks and confirm or change
them; only confirmed marks become results, which the portal then shows to
teachers. Confirmed marks and recordings are exported each month into a training
set from which the ML team retrains the model. Candidates are mostly children in
the UK and Ireland. Controls in this design: sign-in on both portals (examiners
with SSO and MFA), examiners see only exams allocated to them, storage is
encrypted, and a new model version must pass an evaluation before promotion.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Piano exam performance grading assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="An audio model suggests section marks for recorded piano exams; "
    "examiners confirm every mark.",
)

# ---------------------------------------------------------------- data assets
entry = tg.Data(
    "Candidate entry details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate name, date of birth, grade, teacher and candidate number.",
)
recording = tg.Data(
    "Exam performance recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Video with audio of the candidate playing the whole exam.",
)
audio_features = tg.Data(
    "Audio features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-section spectrograms, note onsets and tempo curves.",
)
suggested_marks = tg.Data(
    "Suggested section marks",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A suggested mark and rationale per section, keyed by candidate number.",
)
confirmed_marks = tg.Data(
    "Examiner-confirmed marks and comments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
results = tg.Data("Exam result and mark form", kind="records", sensitivity=tg.Sensitivity.PII)
training_examples = tg.Data(
    "Marked recordings for training",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past recordings paired with the marks examiners confirmed.",
)
weights = tg.Data(
    "Mark suggestion model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enters candidates, uploads the exam video and reads the result.
    teacher = tm.add(tg.Actor("Teacher or parent", role="exam entrant"))
    # Freelance examiner marking from home on their own computer.
    examiner = tm.add(tg.Actor("Examiner", role="freelance examiner"))

with tm.boundary("Exam board cloud account", trust=tg.Trust.INTERNAL):
    # Public web app for entries, uploads and results.
    candidate_portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload accepts MP4 and MOV up to 2 GB only"),
            },
        )
    )
    # Where examiners listen, see the suggestions and confirm marks.
    examiner_portal = tm.add(
        tg.Endpoint(
            "Examiner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="board SSO with MFA"),
                c.RBAC(note="examiners see only the exams allocated to them"),
            },
        )
    )
    # Entries, suggested marks, confirmed marks and results.
    exams_db = tm.add(
        tg.DataStore(
            "Exam entries and results database",
            stores={entry, suggested_marks, confirmed_marks, results},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the uploaded exam videos.
    recording_store = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Extracts the audio track and computes features for each new upload.
    preprocessing = tm.add(
        tg.Pipeline(
            "Audio preprocessing job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="ffmpeg and librosa in a container, triggered by new uploads.",
        )
    )
    # Runs the model and writes its suggestions next to the entry.
    suggestion_service = tm.add(
        tg.Service(
            "Mark suggestion service",
            description="Scores each section and stores the suggestion for the examiner.",
        )
    )
    # The audio model itself; its output is only ever a suggestion.
    model = tm.add(
        tg.Model(
            "Piano performance marking model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts a mark per exam section from audio features.",
            controls={
                c.HumanInTheLoop(approver="the examiner allocated the exam, for every mark"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of confirmed marks with their recordings.
        training_set = tm.add(
            tg.Dataset("Marked performance training set", stores={training_examples})
        )
        # Retrains the model on the latest export.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="must match examiner marks on a held-out set")},
            )
        )
        # Versions of the model checkpoint, one promoted to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs training and promotes a new version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(teacher, candidate_portal, entry, recording, protocol="https")
tm.flow(candidate_portal, exams_db, entry)
tm.flow(candidate_portal, recording_store, recording)

tm.flow(recording_store, preprocessing, recording)
tm.flow(preprocessing, suggestion_service, audio_features)
tm.flow(exams_db, suggestion_service, entry, label="grade and syllabus")
tm.flow(suggestion_service, model, audio_features)
tm.flow(model, suggestion_service, suggested_marks)
tm.flow(suggestion_service, exams_db, suggested_marks)

tm.flow(exams_db, examiner_portal, entry, suggested_marks)
tm.flow(recording_store, examiner_portal, recording, label="streamed for listening")
tm.flow(examiner_portal, examiner, recording, suggested_marks, protocol="https")
tm.flow(examiner, examiner_portal, confirmed_marks, protocol="https")
tm.flow(examiner_portal, exams_db, confirmed_marks, results)

tm.flow(exams_db, candidate_portal, results)
tm.flow(candidate_portal, teacher, results, protocol="https")

tm.flow(exams_db, training_set, confirmed_marks, label="monthly export")
tm.flow(recording_store, training_set, recording, label="monthly export")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
