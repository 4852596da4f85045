"""Speech emotion call scoring: the first design, before any security review.

A debt-collection agency operating in the EU scores its recorded collection calls
for customer distress and for agent compliance. Each night an ingestion job pulls the
previous day's call recordings and metadata from the hosted dialler over SFTP into an
encrypted recording store. A batch scoring service runs three in-house models on the
agency's GPU servers: a speech model transcribes the audio, an emotion-recognition
model scores the audio for distress, and a compliance classifier flags the scripted
disclosures the agent missed. Supervisors see scores, flags, transcripts and audio in
an internal dashboard (SSO, team-scoped roles) and correct wrong labels there. Each
quarter the corrected labels, with the matching audio and transcripts, are
snapshotted into a versioned training set; the models are retrained, evaluated on a
held-out set, and an ML engineer promotes them from the model registry to scoring.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Speech emotion call scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Distress and compliance scoring of recorded debt-collection calls.",
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Call recordings",
    sensitivity="regulated",
    kind="media",
    description="Customer and agent voices; calls discuss debts, income, health and hardship.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
call_metadata = tg.Data(
    "Call metadata",
    sensitivity="pii",
    kind="records",
    description="Account number, agent id, campaign, timestamps and call outcome.",
)
transcripts = tg.Data("Call transcripts", sensitivity="regulated", kind="documents")
distress_scores = tg.Data(
    "Distress scores",
    sensitivity="pii",
    kind="model-output",
    description="Per-call and per-segment emotion scores; high scores mark possibly vulnerable customers.",
)
compliance_flags = tg.Data(
    "Compliance flags",
    sensitivity="pii",
    kind="model-output",
    description="Missed mandatory disclosures, per agent; used in agent performance reviews.",
)
corrected_labels = tg.Data(
    "Supervisor-corrected labels",
    sensitivity="confidential",
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Quarterly training snapshot",
    sensitivity="regulated",
    kind="training-data",
    description="Audio, transcripts and corrected labels for the quarter.",
)
weights = tg.Data(
    "Model weights",
    sensitivity="confidential",
    format="pickle",
    description="PyTorch checkpoints for the speech, emotion and compliance models.",
)
release_approval = tg.Data("Release approval", sensitivity="internal", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Dialler vendor", trust="partner"):
    # Hosted outbound dialler that records every collection call.
    dialler = tm.add(
        tg.DataSource("Dialler", origin="vendor", provides={recordings, call_metadata})
    )

with tm.boundary("Agency data centre", trust="internal"):
    # Nightly job that pulls yesterday's recordings from the dialler.
    ingestion = tm.add(tg.Pipeline("Recording ingestion job", stage="ingestion"))
    # Holds the audio for scoring, supervisor playback and training.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings, call_metadata},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
        )
    )
    # Batch job that runs the three models over each new call and stores the results.
    scoring = tm.add(tg.Service("Batch scoring service"))
    # In-house speech-to-text model (fine-tuned on our own calls).
    asr = tm.add(tg.Model("Speech transcription model", task="generative", origin="in-house"))
    # Scores distress from the audio; supervisors use it to route vulnerable customers.
    emotion = tm.add(
        tg.Model(
            "Emotion recognition model",
            task="classifier",
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Flags missed scripted disclosures in the transcript; feeds agent performance reviews.
    compliance = tm.add(
        tg.Model(
            "Compliance classifier",
            task="classifier",
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Transcripts, scores and flags per call, read by the dashboard.
    results_store = tm.add(
        tg.DataStore(
            "Scoring results database",
            stores={transcripts, distress_scores, compliance_flags},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
        )
    )
    # Web app where supervisors review calls and correct labels.
    dashboard = tm.add(
        tg.Service(
            "Supervisor dashboard",
            controls={c.Authentication(method="SSO"), c.RBAC(note="supervisors see their teams")},
        )
    )

    with tm.boundary("ML platform", trust="internal"):
        # Versioned quarterly snapshot of corrected labels with their audio and transcripts.
        label_set = tm.add(
            tg.Dataset(
                "Corrected-label training set",
                stores={corrected_labels, training_set},
                controls={c.DataVersioning()},
            )
        )
        # Quarterly retraining of the three models, with a held-out evaluation.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage="training",
                controls={c.ModelValidation(note="held-out accuracy must not regress")},
            )
        )
        # Stores each model version; scoring loads the promoted versions.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust="internal"):
    # Team leads who review scores and correct labels.
    supervisor = tm.add(tg.Actor("Supervisor", role="collections supervisor"))
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(dialler, ingestion, recordings, call_metadata, protocol="sftp", label="nightly pull")
tm.flow(ingestion, recording_store, recordings, call_metadata)

# scoring
tm.flow(recording_store, scoring, recordings, call_metadata)
tm.flow(scoring, asr, recordings)
tm.flow(asr, scoring, transcripts)
tm.flow(scoring, emotion, recordings)
tm.flow(emotion, scoring, distress_scores)
tm.flow(scoring, compliance, transcripts)
tm.flow(compliance, scoring, compliance_flags)
tm.flow(scoring, results_store, transcripts, distress_scores, compliance_flags)

# supervisors
tm.flow(results_store, dashboard, transcripts, distress_scores, compliance_flags)
tm.flow(recording_store, dashboard, recordings, label="playback")
tm.flow(
    dashboard,
    supervisor,
    recordings,
    transcripts,
    distress_scores,
    compliance_flags,
    protocol="https",
)
tm.flow(supervisor, dashboard, corrected_labels, protocol="https")
tm.flow(dashboard, label_set, corrected_labels)

# quarterly retraining
tm.flow(recording_store, label_set, training_set, label="quarterly audio snapshot")
tm.flow(results_store, label_set, training_set, label="quarterly transcript snapshot")
tm.flow(label_set, retraining, training_set, corrected_labels)
tm.flow(ml_engineer, retraining, release_approval, label="starts run, approves promotion")
tm.flow(retraining, registry, weights)
tm.flow(registry, asr, weights, label="load promoted version")
tm.flow(registry, emotion, weights, label="load promoted version")
tm.flow(registry, compliance, weights, label="load promoted version")
