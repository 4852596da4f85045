"""Speaking tutor for a language-learning app: the first design, before any security review.

Learners (adults and teenagers, many in the EU) practise speaking in the mobile
app: the app records their voice through the phone microphone and streams it to
our session API over a WebSocket. A tutor orchestrator in our cloud transcribes
the audio with an open-weights speech model on our own GPU nodes, builds a prompt
from the lesson scenario, the learner's level and (for premium learners) a summary
of their past conversations, and asks a hosted LLM to correct the learner and
continue the role-play. The reply is voiced by a vendor text-to-speech API and
streamed back. Premium learners' transcripts are kept to personalise later
lessons and can be reviewed in the app. Learners sign in with e-mail and password
or Apple/Google; the API has per-user quotas; stores are encrypted at rest; raw
audio clips are deleted after 30 days; the LLM vendor was reviewed and has its
content filter on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language-learning speaking tutor",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Voice conversation practice: speech-to-text, an LLM tutor that corrects and "
        "replies, text-to-speech; premium history personalises lessons."
    ),
)

# ---------------------------------------------------------------- data assets
speech = tg.Data(
    "Learner speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice recording of each learner turn, 16 kHz Opus.",
)
transcript = tg.Data(
    "Learner utterance transcript", kind="model-output", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Tutor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Scenario instructions, learner level, memory summary, recent turns and the "
    "new transcript.",
)
reply = tg.Data(
    "Tutor reply and corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Corrections of the learner's sentence and the tutor's next line.",
)
reply_audio = tg.Data("Tutor reply audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
scenarios = tg.Data(
    "Lesson scenarios and prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
profile = tg.Data(
    "Learner profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, age band, native and target language, level, subscription tier.",
)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
history = tg.Data(
    "Conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Premium learners' past transcripts, corrections and a running summary of "
    "recurring mistakes.",
)
history_request = tg.Data("Past lessons request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person practising speaking.
    learner = tm.add(tg.Actor("Learner", role="app user"))
    # Our iOS/Android app on the learner's phone: microphone capture and playback.
    app = tm.add(
        tg.Device(
            "Learner's phone app",
            fleet=True,
            description="iOS and Android app; records the microphone and plays the tutor's voice.",
        )
    )

with tm.boundary("App cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for speaking sessions and past-lesson review.
    session_api = tm.add(
        tg.Endpoint(
            "Speaking session API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, or Sign in with Apple / Google; OAuth access tokens"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs each conversational turn: STT, prompt assembly, LLM call, TTS.
    orchestrator = tm.add(
        tg.Service(
            "Tutor orchestrator",
            description="Builds the prompt for each turn and stores premium learners' turns.",
            controls={c.SecretsManagement()},
        )
    )
    # Accounts, levels and subscription tier.
    accounts = tm.add(
        tg.DataStore(
            "Account database",
            stores={profile, sign_in},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Authored lesson role-plays and the system prompt templates.
    content = tm.add(tg.DataStore("Lesson content store", stores={scenarios}))
    # Premium learners' conversation memory used to personalise lessons.
    history_store = tm.add(
        tg.DataStore(
            "Learner history store",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Raw audio kept for transcription retries and quality review.
    audio_bucket = tm.add(
        tg.DataStore(
            "Audio clip bucket",
            stores={speech},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )

    with tm.boundary("GPU inference nodes", trust=tg.Trust.INTERNAL):
        # Open-weights speech recognition model served on our own GPUs.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Whisper-family model, multilingual, served with an inference server.",
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plays the tutor.
    tutor_llm = tm.add(
        tg.LLM(
            "Tutor LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter on prompts and completions"),
                c.SupplierAssessment(note="DPA signed; no training on our data"),
            },
        )
    )

with tm.boundary("Speech synthesis vendor", trust=tg.Trust.PARTNER):
    # Turns the tutor's reply into a native-speaker voice.
    tts = tm.add(tg.ExternalService("Text-to-speech API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Writes the role-play scenarios and the tutor's instructions.
    editor = tm.add(tg.Actor("Curriculum editor", role="content staff"))

# ---------------------------------------------------------------- flows
# the learner speaks and hears the tutor
tm.flow(learner, app, speech, label="microphone")
tm.flow(app, learner, reply_audio, reply, label="speaker and screen")
tm.flow(app, session_api, speech, protocol="wss")
tm.flow(session_api, app, reply_audio, reply, protocol="wss")

# sign-in and past lessons
tm.flow(app, session_api, sign_in, protocol="https", label="sign-in")
tm.flow(session_api, accounts, sign_in, label="verify sign-in")
tm.flow(accounts, session_api, profile)
tm.flow(app, session_api, history_request, protocol="https", label="review past lessons")
tm.flow(session_api, history_store, history_request)
tm.flow(history_store, session_api, history)
tm.flow(session_api, app, history, protocol="https", label="past lessons")

# one conversational turn
tm.flow(session_api, orchestrator, speech)
tm.flow(orchestrator, audio_bucket, speech)
tm.flow(orchestrator, stt, speech, protocol="grpc")
tm.flow(stt, orchestrator, transcript, protocol="grpc")
tm.flow(accounts, orchestrator, profile)
tm.flow(content, orchestrator, scenarios)
tm.flow(history_store, orchestrator, history, label="premium memory summary")
tm.flow(orchestrator, tutor_llm, prompt, protocol="https")
tm.flow(tutor_llm, orchestrator, reply, protocol="https")
tm.flow(orchestrator, tts, reply, protocol="https")
tm.flow(tts, orchestrator, reply_audio, protocol="https")
tm.flow(orchestrator, history_store, transcript, reply, label="premium learners only")
tm.flow(orchestrator, session_api, reply, reply_audio)

# content authoring
tm.flow(editor, content, scenarios, protocol="https", label="CMS")
