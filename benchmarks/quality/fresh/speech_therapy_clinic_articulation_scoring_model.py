"""Articulation scoring for home speech practice: the first design, before any security review.

A children's speech and language therapy clinic (UK, private practice) gives families a
home practice app. A parent opens the day's word list on the family phone or tablet and
the child says each practice word into it; the app uploads the recordings to the clinic's
cloud tenancy (UK region) over HTTPS, where parents sign in with e-mail and password.
A scoring worker runs an in-house articulation model over each recording and stores a
per-word accuracy score in the progress database. Therapists sign in to a web dashboard
with the clinic's Microsoft 365 accounts (MFA), listen back to recordings, see progress
charts, correct scores they disagree with and set each child's next word list.
Corrected scores and their recordings are exported monthly into an annotated training
set; an ML engineer retrains the model, checks it against held-out therapist ratings
and registers the new version, which the scoring worker loads. Storage is encrypted
with the cloud provider's managed keys and dashboard access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Speech therapy clinic articulation scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores children's home practice recordings for articulation accuracy and shows "
        "progress to the clinic's therapists."
    ),
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Practice word recordings",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Short audio clips of a child saying target words; voice and health context.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
word_list = tg.Data(
    "Practice word list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The child's current target sounds and words, set by the therapist.",
)
child_profile = tg.Data(
    "Child therapy profile",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, diagnosis notes and therapy goals.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scores = tg.Data(
    "Articulation scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-word accuracy score and the phonemes the model judged misarticulated.",
)
progress_report = tg.Data(
    "Progress report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Charts of scores over time per target sound, with recordings to play back.",
)
corrections = tg.Data(
    "Therapist score corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Annotated practice recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recordings paired with therapist ratings, for retraining.",
)
model_artifact = tg.Data(
    "Articulation model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned acoustic scoring model.",
)
training_run = tg.Data(
    "Training run configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hyperparameters, data snapshot and the go-ahead to register the result.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Family homes", trust=tg.Trust.UNTRUSTED):
    # The parent runs practice sessions with the child at home.
    parent = tm.add(tg.Actor("Parent", role="parent of a child in therapy"))
    # The clinic's app, installed on the family's own phone or tablet.
    app = tm.add(
        tg.Device(
            "Home practice app",
            fleet=True,
            description="Mobile app on the family's phone or tablet; records and uploads clips.",
        )
    )

with tm.boundary("Clinic cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the app signs in, fetches the word list and uploads recordings.
    upload_api = tm.add(
        tg.Endpoint(
            "Practice upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="parent e-mail and password"),
                c.InputValidation(note="audio format, length and size checked on upload"),
            },
        )
    )
    # Holds every uploaded clip; the dashboard plays them back to therapists.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up new recordings from a queue and has the model score them.
    scoring_worker = tm.add(
        tg.Service(
            "Scoring worker",
            description="Queue-driven worker: loads the registered model, scores each new clip.",
        )
    )
    # The articulation model itself: fine-tuned in-house from a speech encoder.
    model = tm.add(
        tg.Model(
            "Articulation scoring model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores each phoneme of a target word as correct or misarticulated.",
        )
    )
    # The clinic's record of each child's word lists and scores.
    progress_db = tm.add(
        tg.DataStore(
            "Progress database",
            stores={child_profile, word_list, scores, corrections},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The therapists' web application.
    dashboard = tm.add(
        tg.Endpoint(
            "Therapist dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            returns_scores=True,
            controls={
                c.Authentication(method="clinic Microsoft 365 sign-in with MFA"),
                c.RBAC(note="therapist and clinic admin roles"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of corrected recordings used for retraining.
        annotated_set = tm.add(
            tg.Dataset("Annotated training set", stores={training_set}, purpose="training")
        )
        # Retrains the model and checks it against held-out therapist ratings.
        training = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="agreement with held-out therapist ratings")},
            )
        )
        # Versions of the model the scoring worker can load.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Clinic office", trust=tg.Trust.INTERNAL):
    # Reviews scores, corrects them and sets the next words.
    therapist = tm.add(tg.Actor("Speech and language therapist", role="clinician"))
    # Contract ML engineer who retrains and registers models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Home practice
tm.flow(upload_api, app, word_list, protocol="https", label="today's word list")
tm.flow(app, parent, word_list, label="shown on screen")
tm.flow(parent, app, recordings, label="child says the words into the handset")
tm.flow(app, upload_api, recordings, protocol="https")
tm.flow(upload_api, recording_store, recordings)
tm.flow(progress_db, upload_api, word_list)

# Scoring
tm.flow(recording_store, scoring_worker, recordings)
tm.flow(scoring_worker, model, recordings)
tm.flow(model, scoring_worker, scores)
tm.flow(scoring_worker, progress_db, scores)

# Therapist review
tm.flow(therapist, dashboard, corrections, word_list, protocol="https")
tm.flow(dashboard, therapist, progress_report, protocol="https")
tm.flow(progress_db, dashboard, child_profile, scores, word_list)
tm.flow(dashboard, progress_db, corrections, word_list)
tm.flow(recording_store, dashboard, recordings, label="playback")

# Retraining
tm.flow(progress_db, annotated_set, corrections, label="monthly export")
tm.flow(recording_store, annotated_set, recordings, label="monthly export")
tm.flow(annotated_set, training, training_set)
tm.flow(ml_engineer, training, training_run)
tm.flow(training, registry, model_artifact)
tm.flow(registry, scoring_worker, model_artifact, label="load registered version")
tm.flow(scoring_worker, model, model_artifact, label="deploy")
