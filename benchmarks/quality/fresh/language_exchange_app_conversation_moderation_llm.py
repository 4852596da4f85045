"""Language exchange app: conversation moderation with an LLM (first design).

Learners install our mobile app, are paired with native speakers of the language
they study and talk in one-to-one text chats and voice calls. Many users are
teenagers aged 16 and 17, most of them in the EU. Every text message, and every
voice call transcribed in short segments by a hosted speech-to-text API, goes to
a moderation service that asks a hosted LLM whether it is harassment, a scam, a
request to pay or move off the platform, or otherwise against the guidelines.
On a clear violation the moderation service mutes the sender automatically for
24 hours. Users can report a partner and appeal a mute; trust and safety
moderators work the reports and appeals in a web console. The backend runs in
our cloud account; sign-in is e-mail and password or Sign in with Apple/Google,
the chat gateway is rate limited, message history is encrypted at rest, the
moderation decisions are logged, and appeals are reviewed by a person.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Language exchange conversation moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM moderation of learner-to-learner text and voice chats, "
    "with automatic mutes, reports and appeals.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail and password, or an Apple/Google identity token.",
)
session = tg.Data("Session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
message = tg.Data(
    "Chat message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text between two learners, often including a minor's words.",
)
history = tg.Data(
    "Conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
voice = tg.Data("Voice call audio", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Voice transcript segments", kind="records", sensitivity=tg.Sensitivity.PII)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Moderation guidelines, the new message or transcript segment "
    "and the last ten turns of the conversation.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Category (harassment, scam, off-platform payment, none), severity and reason.",
)
mute = tg.Data("Mute decision", kind="records", sensitivity=tg.Sensitivity.PII)
delivery = tg.Data("Delivery decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data("Mute notice", kind="records", sensitivity=tg.Sensitivity.PII)
profile = tg.Data(
    "User profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, languages, country, pairing preferences, mute status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report = tg.Data("User report", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Mute appeal", kind="records", sensitivity=tg.Sensitivity.PII)
case = tg.Data(
    "Moderation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged messages with context, the verdict, reports and appeals.",
)
decision_log = tg.Data("Moderation decision log", kind="logs", sensitivity=tg.Sensitivity.PII)
moderator_action = tg.Data(
    "Moderator action",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Uphold, lift a mute, or ban an account.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any learner, including 16- and 17-year-olds and people posing as learners.
    learner = tm.add(tg.Actor("Learner", role="app user"))
    # Our iOS/Android app on the learner's own phone.
    app = tm.add(tg.Device("Learner mobile app", description="iOS and Android app."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that classifies each message against our guidelines.
    llm = tm.add(
        tg.LLM(
            "Moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted general-purpose LLM prompted to moderate chat messages.",
            controls={tg.controls.SupplierAssessment(note="DPA signed, zero-retention API tier")},
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming transcription, so voice calls can be moderated like text.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the app: sign-in, chat, reports and appeals.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password, or Sign in with Apple/Google"
                ),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Stores and delivers messages between the two paired learners.
    messaging = tm.add(
        tg.Service(
            "Messaging service",
            description="Holds each message until moderation answers or 1.5 s pass, then delivers it.",
        )
    )
    # WebRTC relay for voice calls; forks the audio to transcription.
    relay = tm.add(tg.Service("Voice media relay"))
    # Builds the prompt, calls the LLM and applies the verdict (deliver, hide, mute).
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Hides flagged messages and mutes the sender for 24 h on a "
            "high-severity verdict, without a person in the loop.",
            controls={
                tg.controls.AuditLogging(retention_days=365),
                tg.controls.Contestability(note="muted users can appeal in the app"),
            },
        )
    )
    # Accounts, profiles, age and mute status; issues sessions.
    accounts = tm.add(tg.Service("Account service"))
    # Web console where trust and safety staff work reports and appeals.
    console = tm.add(
        tg.Service(
            "Moderator console",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Queue of moderation cases: flagged content, reports, appeals and decisions.
    cases = tm.add(
        tg.DataStore("Moderation case queue", stores={case, report, appeal, decision_log})
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Message history for both sides of every conversation.
        store = tm.add(
            tg.DataStore(
                "Message store",
                stores={history},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Account database with dates of birth and mute status.
        users = tm.add(
            tg.DataStore(
                "User database",
                stores={profile, credentials},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Trust and safety office", trust=tg.Trust.INTERNAL):
    # Staff who review reports, appeals and automatic mutes.
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))

# ---------------------------------------------------------------- flows
# The learner uses the app on their own phone.
tm.flow(learner, app, message, credentials, report, appeal, label="typed in the app")
tm.flow(learner, app, voice, label="spoken into the app")
tm.flow(app, learner, message, notice, label="shown in the app")
tm.flow(app, learner, voice, label="played in the app")

# Sign-in and text chat.
tm.flow(app, gateway, credentials, protocol="https", label="sign-in")
tm.flow(gateway, accounts, credentials)
tm.flow(accounts, users, profile, credentials, label="lookup and update")
tm.flow(users, accounts, profile, credentials)
tm.flow(accounts, gateway, session)
tm.flow(gateway, app, session, protocol="https")
tm.flow(app, gateway, message, session, protocol="wss")
tm.flow(gateway, messaging, message)
tm.flow(messaging, store, history)
tm.flow(store, messaging, history)
tm.flow(messaging, gateway, message, notice)
tm.flow(gateway, app, message, notice, protocol="wss")

# Voice calls.
tm.flow(app, relay, voice, protocol="dtls-srtp")
tm.flow(relay, app, voice, protocol="dtls-srtp")
tm.flow(relay, stt, voice, protocol="wss")
tm.flow(stt, relay, transcript, protocol="wss")
tm.flow(relay, moderation, transcript)

# Moderation.
tm.flow(messaging, moderation, message, history, label="new message with recent turns")
tm.flow(moderation, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation, verdict, protocol="https")
tm.flow(moderation, messaging, delivery, label="deliver or hide")
tm.flow(moderation, accounts, mute, label="automatic mute")
tm.flow(accounts, users, mute)
tm.flow(moderation, cases, case, decision_log)

# Reports and appeals.
tm.flow(app, gateway, report, appeal, session, protocol="https")
tm.flow(gateway, moderation, report, appeal)
tm.flow(moderation, cases, report, appeal)
tm.flow(moderator, console, moderator_action, protocol="https")
tm.flow(cases, console, case, report, appeal, decision_log)
tm.flow(console, moderator, case, report, appeal, protocol="https")
tm.flow(console, cases, moderator_action)
tm.flow(console, accounts, moderator_action, label="lift mute or ban")
