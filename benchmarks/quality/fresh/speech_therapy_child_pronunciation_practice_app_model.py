"""Child pronunciation practice: the first design, before any security review.

Speech and language therapists (SLTs) at UK and EU clinics set children aged 4 to 11
home practice on target sounds. A parent installs our tablet app, creates the child's
profile and gives consent; the child says the practice words aloud and the app uploads
each recording to our practice API. A session service runs our own pronunciation
scoring model, which returns per-phoneme accuracy scores, turns them into stars and
feedback for the child, and saves recordings and scores. Therapists see progress and
play recordings back in a clinic dashboard. They also label a sample of recordings
whose parents opted in; the labels go into a training set, a nightly job retrains the
model and an ML engineer deploys new versions from the registry. First-design controls:
TLS, parent password sign-in, clinic SSO with MFA and roles for therapists, encrypted
recording storage, a consent flag on each training recording, and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Child pronunciation practice",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tablet app scoring children's speech practice for their speech and language therapist.",
)

# ---------------------------------------------------------------- data assets
child_profile = tg.Data(
    "Child profile and consent",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="First name, age, clinic, parent contact and the parent's consent choices.",
)
practice_plan = tg.Data(
    "Practice plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Target sounds and word lists the therapist assigns to a child.",
)
recording = tg.Data(
    "Child speech recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="A few seconds of a child saying one practice word (WAV).",
)
scores = tg.Data(
    "Pronunciation scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-phoneme accuracy scores for one attempt.",
)
feedback = tg.Data("Practice feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
progress = tg.Data(
    "Progress records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Phoneme labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Scoring model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Deployment approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Family home", trust=tg.Trust.UNTRUSTED):
    # The child doing the practice; too young to hold an account.
    child = tm.add(tg.Actor("Child", role="patient"))
    # Account holder: installs the app, sets up the profile, gives consent.
    parent = tm.add(tg.Actor("Parent", role="account holder"))
    # Our app on the family's tablet: records attempts, shows feedback.
    tablet_app = tm.add(
        tg.Device("Family tablet app", fleet=True, description="iPad and Android tablet app.")
    )

with tm.boundary("Clinic network", trust=tg.Trust.PARTNER):
    # SLT who sets practice, reviews progress and labels recordings.
    therapist = tm.add(tg.Actor("Speech and language therapist", role="clinician"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Entry point for the tablet app.
    practice_api = tm.add(
        tg.Endpoint(
            "Practice API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="parent e-mail and password; child profile picked on the tablet"
                )
            },
        )
    )
    # Runs one practice session: scoring, feedback, saving results.
    session_service = tm.add(
        tg.Service(
            "Practice session service",
            description="Calls the scoring model and maps scores to stars and hints.",
        )
    )
    # Our acoustic model scoring each phoneme of the target word.
    scorer = tm.add(
        tg.Model(
            "Pronunciation scoring model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Wav2vec-style encoder fine-tuned on child speech, served on CPU.",
        )
    )
    # Web dashboard for therapists.
    dashboard = tm.add(
        tg.Endpoint(
            "Therapist dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="clinic SSO via OIDC with MFA"),
                tg.controls.RBAC(note="therapists see the children on their own caseload"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for every recorded attempt.
        recording_store = tm.add(
            tg.DataStore(
                "Recording store",
                stores={recording},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Profiles, practice plans, scores and progress.
        progress_db = tm.add(
            tg.DataStore(
                "Progress database",
                stores={child_profile, practice_plan, scores, progress},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Therapists label opted-in recordings phoneme by phoneme.
        labeling = tm.add(tg.Pipeline("Recording labeling", stage=tg.Stage.LABELING))
        # Labelled child speech used for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Child speech training set",
                stores={recording, labels},
                controls={tg.controls.ProvenanceTracking(note="parent consent flag per recording")},
            )
        )
        # Nightly fine-tuning job.
        training = tm.add(
            tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model checkpoints.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Deploys approved checkpoints to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(parent, tablet_app, child_profile, label="sets up profile and consent")
tm.flow(child, tablet_app, recording, label="says the word")
tm.flow(tablet_app, child, feedback, practice_plan, label="stars and hints")
tm.flow(tablet_app, practice_api, child_profile, recording, protocol="https", controls={tls})
tm.flow(practice_api, tablet_app, practice_plan, feedback, protocol="https", controls={tls})

tm.flow(practice_api, session_service, recording)
tm.flow(practice_api, progress_db, child_profile)
tm.flow(session_service, practice_api, feedback, practice_plan)
tm.flow(session_service, scorer, recording)
tm.flow(scorer, session_service, scores)
tm.flow(session_service, recording_store, recording)
tm.flow(session_service, progress_db, scores, progress)
tm.flow(progress_db, session_service, practice_plan)

tm.flow(therapist, dashboard, practice_plan, protocol="https", controls={tls})
tm.flow(dashboard, therapist, progress, scores, recording, protocol="https", controls={tls})
tm.flow(dashboard, progress_db, practice_plan)
tm.flow(progress_db, dashboard, progress, scores, child_profile)
tm.flow(recording_store, dashboard, recording, label="playback")

tm.flow(recording_store, labeling, recording, label="opted-in sample")
tm.flow(therapist, labeling, labels, protocol="https", controls={tls})
tm.flow(labeling, training_set, recording, labels)
tm.flow(training_set, training, recording, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="approves version")
tm.flow(registry, scorer, weights, label="deploy")
