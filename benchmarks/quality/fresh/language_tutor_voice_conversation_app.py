"""Language tutor voice conversations: the first design, before any security review.

Learners, many of them pupils at partner schools in the EU, practise a foreign
language by talking to an AI tutor in our phone app. The app streams their
speech over a WebSocket to our conversation API; a tutor orchestrator sends the
audio to a hosted speech-to-text vendor, builds a prompt from the lesson plan,
the conversation so far and the learner's remembered weak points, and asks a
hosted LLM for a reply that answers and corrects mistakes. The reply is spoken
back through a hosted text-to-speech voice. After each lesson the orchestrator
has the LLM update the learner's weak-point notes in a memory store, and saves
the transcript. A nightly job turns transcripts into progress scores, which
teachers at partner schools see for their own classes on a web dashboard that
signs them in through their school's identity provider. Learners sign in with
e-mail and password; the API has per-learner quotas to cap vendor cost.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Language tutor voice conversations",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Spoken conversation practice with an LLM tutor that remembers each learner.",
)

# ---------------------------------------------------------------- data assets
learner_audio = tg.Data(
    "Learner speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The learner's voice, recorded on the phone during a lesson.",
)
transcript_turn = tg.Data(
    "Learner utterance transcript", kind="prompt", sensitivity=tg.Sensitivity.PII
)
tutor_prompt = tg.Data(
    "Tutor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tutor instructions, lesson plan, conversation history and weak-point notes.",
)
tutor_reply = tg.Data(
    "Tutor reply and corrections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
tutor_audio = tg.Data("Tutor speech", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
weak_points = tg.Data(
    "Learner weak-point notes",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="LLM-written notes on each learner's recurring mistakes, with embeddings.",
)
lesson_transcripts = tg.Data(
    "Lesson transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
progress = tg.Data(
    "Class progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-pupil lesson counts, scores and common mistakes, grouped by class.",
)
roster = tg.Data(
    "Class roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil names, school e-mail addresses and class membership.",
)
teacher_login = tg.Data(
    "Teacher sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Adults and school pupils practising a language.
    learner = tm.add(tg.Actor("Learner", role="learner"))
    # Our iOS and Android app: records speech and plays the tutor back.
    phone_app = tm.add(tg.Device("Learner phone app", fleet=True))

with tm.boundary("Partner schools", trust=tg.Trust.PARTNER):
    # Teachers follow their own classes' progress.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # Each school's own SSO (Google Workspace or Microsoft Entra).
    school_idp = tm.add(
        tg.ExternalService(
            "School identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Transcribes learner speech, including accented and non-native speech.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Speaks the tutor's replies in a native voice.
    tts = tm.add(
        tg.Model(
            "Text-to-speech model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Holds the conversation, corrects mistakes and writes the weak-point notes.
    tutor_llm = tm.add(tg.LLM("Tutor LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Tutor backend", trust=tg.Trust.INTERNAL):
    # Where the app connects: sign-in, lesson sessions and the audio stream.
    conversation_api = tm.add(
        tg.Endpoint(
            "Conversation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(
                    requests_per_minute=30, note="plus a daily speaking-minutes quota"
                ),
            },
        )
    )
    # Runs a lesson: transcribe, remember, prompt, speak.
    orchestrator = tm.add(
        tg.Service(
            "Tutor orchestrator",
            description="Builds each prompt and updates the learner's memory after the lesson.",
        )
    )
    # Nightly scoring of transcripts into per-class progress.
    progress_job = tm.add(tg.Pipeline("Nightly progress job", stage=tg.Stage.PREPROCESSING))
    # What teachers open in the browser.
    teacher_dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="OIDC through the school's identity provider"),
                tg.controls.RBAC(note="a teacher sees only the classes on their roster"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The tutor's long-term memory of each learner.
        memory = tm.add(
            tg.VectorStore(
                "Learner memory store",
                stores={weak_points},
                memory=True,
                controls={
                    tg.controls.PermissionAwareRetrieval(
                        note="every query is filtered by learner id"
                    )
                },
            )
        )
        # Every lesson's text, kept for progress scoring and support.
        transcript_db = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={lesson_transcripts},
                controls={tg.controls.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Rosters and progress that the dashboard reads.
        progress_db = tm.add(tg.DataStore("Progress database", stores={progress, roster}))

# ---------------------------------------------------------------- flows
# Learner and app
tm.flow(learner, phone_app, learner_audio, label="speaks")
tm.flow(phone_app, learner, tutor_audio, tutor_reply, label="plays and shows")
tm.flow(phone_app, conversation_api, learner_audio, protocol="wss")
tm.flow(conversation_api, phone_app, tutor_audio, tutor_reply, protocol="wss")

# A lesson turn
tm.flow(conversation_api, orchestrator, learner_audio)
tm.flow(orchestrator, conversation_api, tutor_audio, tutor_reply)
tm.flow(orchestrator, stt, learner_audio, protocol="https")
tm.flow(stt, orchestrator, transcript_turn, protocol="https")
tm.flow(memory, orchestrator, weak_points, label="learner's weak points")
tm.flow(orchestrator, tutor_llm, tutor_prompt, protocol="https")
tm.flow(tutor_llm, orchestrator, tutor_reply, protocol="https")
tm.flow(orchestrator, tts, tutor_reply, protocol="https")
tm.flow(tts, orchestrator, tutor_audio, protocol="https")

# After the lesson
tm.flow(orchestrator, memory, weak_points, label="updated weak points")
tm.flow(orchestrator, transcript_db, lesson_transcripts)

# Teachers
tm.flow(transcript_db, progress_job, lesson_transcripts)
tm.flow(progress_db, progress_job, roster)
tm.flow(progress_job, progress_db, progress)
tm.flow(school_idp, teacher_dashboard, teacher_login, protocol="https", label="OIDC sign-in")
tm.flow(teacher, teacher_dashboard, roster, protocol="https", label="uploads class roster")
tm.flow(teacher_dashboard, teacher, progress, protocol="https")
tm.flow(teacher_dashboard, progress_db, roster)
tm.flow(progress_db, teacher_dashboard, progress, roster)
