"""Video relay quality monitor: the first design, before any security review.

Deaf customers place video relay calls from our app: they sign to an interpreter
in one of our interpreting centres, who voices the call to a hearing party on the
telephone network and signs the replies back. With the customer's consent, given
in the app at the start of each call, the relay platform records the session.
Each night a sampling job picks a sample of consented recordings, has the voice
leg transcribed by a cloud speech-to-text vendor, and runs an in-house model that
scores interpreting quality (accuracy, omissions, lag). Supervisors watch the
sampled sessions with their scores in a review console and write feedback that
interpreters read there. Recordings sit in an encrypted store and a purge job
deletes them after 30 days; staff sign in to the console through the company
SSO with MFA. The platform runs in our EU cloud region; scores are used for
coaching and are reviewed by a supervisor before an interpreter sees them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video relay interpreting quality monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores interpreting quality on a sample of consented relay call recordings.",
)

# ---------------------------------------------------------------- data assets
signed_video = tg.Data(
    "Customer sign language video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the deaf customer signing; reveals their disability.",
)
interpreter_video = tg.Data(
    "Interpreter signed video", kind="media", sensitivity=tg.Sensitivity.PII
)
voice_audio = tg.Data("Hearing party voice audio", kind="media", sensitivity=tg.Sensitivity.PII)
interpreter_voice = tg.Data(
    "Interpreter voiced audio", kind="media", sensitivity=tg.Sensitivity.PII
)
consent = tg.Data(
    "Recording consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
recording = tg.Data(
    "Session recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Both legs of the call, video and audio, with the interpreter's rendition.",
)
session_meta = tg.Data(
    "Session metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer account, interpreter id, called number, times, consent flag.",
)
transcript = tg.Data("Voice leg transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
score = tg.Data(
    "Interpreting quality score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-session score with flagged segments, about one named interpreter.",
)
feedback = tg.Data(
    "Supervisor feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Coaching notes about an interpreter's session.",
)
purge = tg.Data("Deletion request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The deaf customer, calling from the relay app on their phone or laptop.
    customer = tm.add(tg.Actor("Deaf customer", role="relay service user"))

with tm.boundary("Telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever the customer calls: a doctor's surgery, a bank, a friend.
    hearing_party = tm.add(tg.Actor("Hearing party", role="called party"))

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Cloud ASR, so the model can compare the voice leg with the signed rendition.
    stt = tm.add(
        tg.Model(
            "Cloud speech-to-text",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor transcription API, EU region.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The company SSO that staff already use for e-mail and rostering.
    idp = tm.add(tg.ExternalService("Company SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Interpreting centres", trust=tg.Trust.INTERNAL):
    # Qualified sign language interpreters relaying the calls.
    interpreter = tm.add(tg.Actor("Interpreter", role="interpreter"))
    # Team supervisors who review sampled sessions and coach interpreters.
    supervisor = tm.add(tg.Actor("QA supervisor", role="supervisor"))

with tm.boundary("Relay cloud (EU region)", trust=tg.Trust.INTERNAL):
    # Connects the video and phone legs, captures consent, records consented calls.
    platform = tm.add(
        tg.Service(
            "Video relay platform",
            internet_facing=True,
            description="WebRTC media server and SIP gateway to the telephone network.",
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
            },
        )
    )
    # Nightly: picks the sample of consented sessions and runs the scoring.
    sampler = tm.add(
        tg.Service(
            "Nightly QA sampling job",
            description="Takes about 2% of consented sessions per interpreter per week.",
        )
    )
    # The in-house quality model: compares the signed and voiced renditions.
    quality_model = tm.add(
        tg.Model(
            "Interpreting quality model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Scores accuracy, omissions and lag of an interpreter's rendition.",
            controls={
                c.HumanInTheLoop(approver="the QA supervisor reviews each score before feedback"),
            },
        )
    )
    # Scores and supervisor feedback, kept per interpreter.
    score_store = tm.add(
        tg.DataStore(
            "QA score database",
            stores={score, feedback, session_meta},
            controls={c.RBAC()},
        )
    )
    # Where supervisors watch sessions and interpreters read their feedback.
    console = tm.add(
        tg.Endpoint(
            "QA review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Deletes recordings once they are 30 days old.
    purge_job = tm.add(tg.Service("Daily recording purge job"))

    with tm.boundary("Recording vault", trust=tg.Trust.RESTRICTED):
        # Consented session recordings and their metadata, for 30 days.
        recordings = tm.add(
            tg.DataStore(
                "Session recording store",
                stores={recording, session_meta, consent},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=30),
                },
            )
        )

# ---------------------------------------------------------------- flows
# the live call
tm.flow(customer, platform, signed_video, protocol="srtp")
tm.flow(customer, platform, consent, protocol="https", label="consent at call start")
tm.flow(platform, customer, interpreter_video, protocol="srtp")
tm.flow(hearing_party, platform, voice_audio, protocol="pstn")
tm.flow(platform, hearing_party, interpreter_voice, protocol="pstn")
tm.flow(platform, interpreter, signed_video, voice_audio, protocol="srtp")
tm.flow(interpreter, platform, interpreter_video, interpreter_voice, protocol="srtp")

# recording
tm.flow(platform, recordings, recording, session_meta, consent)

# nightly scoring
tm.flow(recordings, sampler, recording, session_meta, label="nightly sample")
tm.flow(sampler, stt, voice_audio, interpreter_voice, protocol="https")
tm.flow(stt, sampler, transcript, protocol="https")
tm.flow(sampler, quality_model, recording, transcript)
tm.flow(quality_model, sampler, score)
tm.flow(sampler, score_store, score, session_meta)

# review and feedback
tm.flow(console, idp, sign_in, protocol="oidc")
tm.flow(idp, console, sign_in, protocol="oidc")
tm.flow(recordings, console, recording, label="playback of sampled session")
tm.flow(score_store, console, score, feedback, session_meta)
tm.flow(console, supervisor, recording, score, protocol="https")
tm.flow(supervisor, console, feedback, protocol="https")
tm.flow(console, score_store, feedback)
tm.flow(console, interpreter, feedback, score, protocol="https")

# retention
tm.flow(purge_job, recordings, purge, label="delete recordings older than 30 days")
