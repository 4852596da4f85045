"""Pronunciation coach app: the first design, before any security review.

Learners of a language-learning mobile app (iOS and Android, sold in the EU and
elsewhere) read sentences aloud. A small ONNX scoring model shipped with the app
gives an instant score on the phone. The recording is then uploaded over HTTPS to
a feedback API in our cloud account, which checks the learner's OAuth token, rate
limits and validates the audio. A self-hosted speech assessment model (fine-tuned
from open weights) scores each phoneme, and a hosted LLM, under a data processing
agreement, turns those scores into detailed coaching text. Learners who opt in
let us keep their recordings: they go, keyed by a pseudonymous id and tagged with
the consent record, into an encrypted bucket, are labelled by a contracted
annotation vendor, and feed retraining of both models. New model versions are
evaluated, versioned in a registry and shipped to phones through the CDN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pronunciation coach app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Mobile pronunciation scoring and AI feedback, with opt-in data donation.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Reading recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of the learner's voice reading a given sentence.",
)
instant_score = tg.Data("Instant score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
phoneme_scores = tg.Data(
    "Phoneme scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Recognised phonemes, timings and per-phoneme scores.",
)
feedback_prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target sentence, phoneme scores, learner level and native language.",
)
llm_feedback = tg.Data(
    "LLM feedback text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
detailed_feedback = tg.Data(
    "Detailed feedback", kind="model-output", sensitivity=tg.Sensitivity.PII
)
profile = tg.Data(
    "Learner profile and consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account, age band, progress history and the data-donation consent flag.",
)
donated = tg.Data(
    "Donated recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
annotations = tg.Data("Phonetic annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Labelled training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
speech_weights = tg.Data(
    "Speech model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
device_weights = tg.Data("On-device model file", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Learner devices", trust=tg.Trust.UNTRUSTED):
    # The person practising; anyone can install the app and sign up.
    learner = tm.add(tg.Actor("Learner", role="learner"))
    # The app on learners' phones: records audio, shows scores and feedback.
    app = tm.add(tg.Device("Mobile app", fleet=True))
    # Small scoring model bundled with the app for instant, offline scores.
    device_model = tm.add(
        tg.Model("On-device scoring model", task=tg.Task.REGRESSOR, returns_scores=True)
    )

with tm.boundary("Cloud production", trust=tg.Trust.INTERNAL):
    # Public API the app uploads recordings to.
    feedback_api = tm.add(
        tg.Endpoint(
            "Feedback API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0 access token from app login"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="audio codec, sample rate and a 15-second cap"),
            },
        )
    )
    # Runs the speech model, then the LLM, and decides whether to keep the recording.
    orchestrator = tm.add(tg.Service("Feedback orchestrator"))
    # Larger GPU-served model that scores each phoneme of the recording.
    speech_model = tm.add(
        tg.Model(
            "Speech assessment model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights speech model fine-tuned on our labelled recordings.",
        )
    )
    # Accounts, progress and consent choices.
    profile_db = tm.add(
        tg.DataStore(
            "Learner database",
            stores={profile, detailed_feedback},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that writes the coaching text from the phoneme scores.
    llm = tm.add(
        tg.LLM(
            "Hosted feedback LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no retention or training on inputs")},
        )
    )

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Contracted phoneticians who label donated recordings.
    annotator = tm.add(tg.Actor("Vendor annotator", role="annotator"))

with tm.boundary("ML data platform", trust=tg.Trust.RESTRICTED):
    # Bucket of recordings kept with consent, for model improvement.
    recording_store = tm.add(
        tg.DataStore(
            "Donated recording bucket",
            stores={donated, phoneme_scores},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataMinimization(note="keyed by pseudonymous id; no name or e-mail"),
                c.ProvenanceTracking(note="each object tagged with its consent record id"),
            },
        )
    )
    # Exports recordings to the annotation vendor and collects the labels.
    labeling = tm.add(tg.Pipeline("Annotation pipeline", stage=tg.Stage.LABELING))
    # Curated recordings plus labels used for retraining.
    dataset = tm.add(tg.Dataset("Pronunciation training set", stores={training_set}))
    # Fine-tunes the speech model and distils the on-device model from it.
    training = tm.add(tg.Pipeline("Training pipeline", stage=tg.Stage.FINE_TUNING))
    # Versioned model artifacts that serving and the app CDN pull from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={speech_weights, device_weights},
            controls={
                c.ModelVersioning(),
                c.ModelValidation(note="held-out pronunciation benchmark before promotion"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# On the phone
tm.flow(learner, app, recording, profile, protocol="local", label="reads aloud, consent choice")
tm.flow(app, device_model, recording, protocol="local")
tm.flow(device_model, app, instant_score, protocol="local")
tm.flow(app, learner, instant_score, detailed_feedback, protocol="local")

# Cloud feedback
tm.flow(app, feedback_api, recording, profile, protocol="https")
tm.flow(feedback_api, app, detailed_feedback, protocol="https")
tm.flow(feedback_api, orchestrator, recording)
tm.flow(orchestrator, feedback_api, detailed_feedback)
tm.flow(feedback_api, profile_db, profile, label="account and consent settings")
tm.flow(orchestrator, speech_model, recording)
tm.flow(speech_model, orchestrator, phoneme_scores)
tm.flow(orchestrator, llm, feedback_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_feedback, protocol="https")
tm.flow(profile_db, orchestrator, profile, label="level and consent flag")
tm.flow(orchestrator, profile_db, detailed_feedback, label="progress history")

# Data donation and retraining
tm.flow(orchestrator, recording_store, donated, phoneme_scores, label="only with consent")
tm.flow(recording_store, labeling, donated)
tm.flow(labeling, annotator, donated, protocol="https", label="annotation tasks")
tm.flow(annotator, labeling, annotations, protocol="https")
tm.flow(labeling, dataset, training_set, annotations)
tm.flow(dataset, training, training_set, annotations)
tm.flow(training, registry, speech_weights, device_weights)
tm.flow(registry, speech_model, speech_weights, label="deploy")
tm.flow(registry, device_model, device_weights, protocol="https", label="model update via CDN")
