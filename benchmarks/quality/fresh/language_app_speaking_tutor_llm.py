"""Speaking tutor: a language learning app's LLM conversation partner (first design).

Learners (adults and teenagers aged 16+, mostly in the EU) hold spoken practice
conversations with a tutor in the mobile app. The app streams their speech to our
conversation API in the cloud; a tutor session service sends the audio to a speech
vendor for transcription, scores pronunciation with our own scoring model, and asks a
hosted LLM for the tutor's next turn, with grammar and pronunciation corrections and
an updated note on the learner's progress. The reply is voiced by the vendor's
text-to-speech and played back in the app; learners can read their progress notes.
Lesson plans and tutor instructions are written by our linguists. Recordings are
kept, with linguists' labels, to retrain the pronunciation model.
Controls in this design: app sign-in (e-mail and password, or Apple/Google sign-in),
per-learner rate limits, TLS to and from the cloud, vendor API keys in a vault, the
LLM vendor's content moderation, encryption at rest on our stores and versioned
model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language app speaking tutor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Spoken conversation practice with an LLM tutor that corrects learners "
    "and keeps notes on their progress.",
)

# ---------------------------------------------------------------- data assets
speech = tg.Data(
    "Learner speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The learner's voice, recorded by the app during a practice conversation.",
)
utterance = tg.Data("Learner utterance transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
tutor_prompt = tg.Data(
    "Tutor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tutor instructions, the lesson plan, the learner's notes, pronunciation "
    "scores and the conversation so far.",
)
tutor_reply = tg.Data(
    "Tutor reply and corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The tutor's next turn, grammar and pronunciation corrections and a "
    "suggested update to the learner's progress note.",
)
tutor_audio = tg.Data("Tutor speech audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data("Pronunciation scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
notes = tg.Data(
    "Learner progress notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-learner notes: level, recurring mistakes, topics covered, goals.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
lessons = tg.Data(
    "Lesson plans and tutor instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
recordings = tg.Data(
    "Labelled learner recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Learner speech clips with linguists' pronunciation labels.",
)
labels = tg.Data("Pronunciation labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
scorer_weights = tg.Data(
    "Pronunciation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person practising; anyone can create a free account.
    learner = tm.add(tg.Actor("Learner", role="learner"))
    # The iOS/Android app on the learner's own phone: records speech, plays the tutor.
    app = tm.add(tg.Device("Learner mobile app", fleet=True))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech, called per conversation turn.
    speech_api = tm.add(
        tg.ExternalService(
            "Speech recognition and synthesis API",
            provides=tg.ExternalCategory.MODEL_API,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The tutor's language model: a general chat model behind the vendor's API.
    tutor_llm = tm.add(
        tg.LLM(
            "Tutor LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content moderation on prompts and replies")},
        )
    )

with tm.boundary("App cloud", trust=tg.Trust.INTERNAL):
    # Public API the app talks to: sign-in, conversation turns, progress notes.
    conversation_api = tm.add(
        tg.Endpoint(
            "Conversation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Sign in with Apple or Google"),
                c.RateLimiting(requests_per_minute=30, note="per learner account"),
            },
        )
    )
    # Runs each conversation turn: transcribe, score, prompt the LLM, voice the reply.
    session = tm.add(
        tg.Service(
            "Tutor session service",
            description="Orchestrates a turn and writes the LLM's note update to the learner's notes.",
            controls={
                c.SecretsManagement(note="speech and LLM vendor API keys in the cloud vault")
            },
        )
    )
    # Our own model that rates how close each phoneme is to a native speaker's.
    scorer = tm.add(
        tg.Model(
            "Pronunciation scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # The tutor's memory of each learner, read at the start of every session.
    notes_store = tm.add(
        tg.DataStore(
            "Learner notes database",
            stores={notes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every turn is kept so learners can review past conversations.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Curriculum: lesson plans and the tutor's system instructions per level.
    lesson_store = tm.add(tg.DataStore("Lesson plan catalogue", stores={lessons}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Recordings kept from sessions, labelled by linguists, to retrain the scorer.
        recording_set = tm.add(
            tg.Dataset(
                "Pronunciation training set",
                stores={recordings, labels},
                purpose=tg.DatasetPurpose.TRAINING,
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Monthly retraining of the pronunciation scorer.
        training = tm.add(tg.Pipeline("Scorer retraining", stage=tg.Stage.TRAINING))
        # Versioned releases of the scorer, deployed to the cloud service.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={scorer_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Language experts who write lessons and label recordings.
    linguist = tm.add(tg.Actor("Linguist", role="content staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(learner, app, speech, label="speaks")
tm.flow(app, conversation_api, speech, protocol="https", controls={tls})
tm.flow(conversation_api, session, speech)

tm.flow(session, speech_api, speech, protocol="https", label="transcribe")
tm.flow(speech_api, session, utterance, protocol="https")
tm.flow(session, scorer, speech, utterance, protocol="grpc")
tm.flow(scorer, session, scores, protocol="grpc")

tm.flow(notes_store, session, notes, label="learner notes")
tm.flow(lesson_store, session, lessons)
tm.flow(session, tutor_llm, tutor_prompt, protocol="https")
tm.flow(tutor_llm, session, tutor_reply, protocol="https")
tm.flow(session, notes_store, notes, label="updated progress note")
tm.flow(session, transcript_store, transcripts)

tm.flow(session, speech_api, tutor_reply, protocol="https", label="synthesise")
tm.flow(speech_api, session, tutor_audio, protocol="https")
tm.flow(session, conversation_api, tutor_audio, tutor_reply, scores)
tm.flow(conversation_api, app, tutor_audio, tutor_reply, scores, protocol="https", controls={tls})
tm.flow(app, learner, tutor_audio, tutor_reply, scores, label="plays and shows")

tm.flow(notes_store, conversation_api, notes, label="progress page")
tm.flow(transcript_store, conversation_api, transcripts, label="conversation history")
tm.flow(conversation_api, app, notes, transcripts, protocol="https", controls={tls})

tm.flow(linguist, lesson_store, lessons, protocol="https", label="edits curriculum")
tm.flow(session, recording_set, recordings, label="keeps session clips")
tm.flow(linguist, recording_set, labels, protocol="https", label="labels clips")
tm.flow(recording_set, training, recordings, labels)
tm.flow(training, registry, scorer_weights)
tm.flow(registry, scorer, scorer_weights, label="deploy")
