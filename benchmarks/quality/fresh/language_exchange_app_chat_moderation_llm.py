"""Language exchange app with LLM chat moderation: the first design, before any security review.

Learners are paired with native speakers of the language they study and chat with
them in our mobile app (EU and UK users, adults only). Messages go over a WebSocket
gateway to a chat service that stores them and delivers them to the partner. Every
message is also passed, with the last few messages of the conversation, to a
moderation service that asks a hosted LLM whether it is harassment, a scam (romance,
crypto, "investment" offers) or a request to move the chat off-platform (WhatsApp,
phone numbers, e-mail). Flags, and reports users file from the app, land in a flag
queue. A contracted trust & safety team works it in a moderator console and decides
on bans, which the account service applies; scam and off-platform flags also show
the recipient a safety tip straight away. Users sign in with e-mail and password or
Apple/Google; the gateway rate-limits senders, stores are encrypted, moderators use SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language exchange chat moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Learner and native-speaker chat, with an LLM flagging harassment, scams "
    "and off-platform requests for moderators who decide on bans.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Chat message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, voice-note transcripts and shared links between two users.",
)
conversation_history = tg.Data(
    "Conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Moderation instructions, the new message and the previous ten messages.",
)
moderation_verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Category (harassment, scam, off-platform, none), confidence and a reason.",
)
moderation_flag = tg.Data("Moderation flag", kind="records", sensitivity=tg.Sensitivity.PII)
user_report = tg.Data("User report", kind="records", sensitivity=tg.Sensitivity.PII)
safety_tip = tg.Data("Safety tip", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
ban_decision = tg.Data("Ban decision", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session_token = tg.Data("Session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
account = tg.Data(
    "User account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Profile, languages, country, age band, account status and ban history.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Learners: anyone can install the app and sign up, scammers included.
    learner = tm.add(tg.Actor("Learner", role="app user"))
    # Native speakers offering conversation practice; same app, same sign-up.
    native_speaker = tm.add(tg.Actor("Native speaker", role="app user"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that classifies messages; hosted by the vendor, called over its API.
    moderation_llm = tm.add(
        tg.LLM(
            "Moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model prompted to classify each message as "
            "harassment, scam, off-platform request or none.",
        )
    )

with tm.boundary("Trust and safety contractor", trust=tg.Trust.PARTNER):
    # Contracted moderators who decide on warnings and bans.
    moderator = tm.add(tg.Actor("Moderator", role="trust and safety moderator"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The app's single entry point: sign-in, WebSocket chat and in-app reports.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Sign in with Apple/Google"),
                c.RateLimiting(requests_per_minute=30, note="messages per user"),
            },
        )
    )
    # Delivers messages between the two partners and keeps the history.
    chat_service = tm.add(
        tg.Service(
            "Chat service",
            description="Delivers messages, stores them, forwards each to moderation and "
            "shows safety tips to the recipient.",
        )
    )
    # Builds the moderation prompt and turns verdicts into flags and tips.
    moderation_service = tm.add(
        tg.Service(
            "Moderation service",
            description="Calls the moderation LLM for every message; writes flags to the "
            "queue and asks the chat service to show a safety tip on scam and "
            "off-platform verdicts.",
        )
    )
    # Work queue of LLM flags and user reports for the moderators.
    flag_queue = tm.add(tg.DataStore("Flag queue", stores={moderation_flag, user_report}))
    # Web console where moderators read flagged conversations and decide.
    console = tm.add(
        tg.Service(
            "Moderator console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="moderator and senior moderator roles"),
                c.HumanInTheLoop(approver="trust and safety moderator"),
            },
        )
    )
    # Accounts, sessions and the ban list the gateway enforces.
    account_service = tm.add(
        tg.Service(
            "Account service",
            controls={c.AuditLogging(note="bans and unbans with moderator id")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # All conversations, kept for delivery, history and moderation context.
        message_store = tm.add(
            tg.DataStore(
                "Message store",
                stores={conversation_history},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # User profiles, password hashes and account status.
        account_db = tm.add(
            tg.DataStore(
                "Account database",
                stores={account, sign_in},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# sign-in
for user in (learner, native_speaker):
    tm.flow(user, gateway, sign_in, protocol="https")
    tm.flow(gateway, user, session_token, protocol="https")
tm.flow(gateway, account_service, sign_in)
tm.flow(account_service, account_db, account)
tm.flow(account_db, account_service, account, sign_in)
tm.flow(account_service, gateway, session_token, account, label="session and ban status")

# chat, both ways
tm.flow(learner, gateway, chat_message, user_report, protocol="wss")
tm.flow(gateway, learner, chat_message, safety_tip, protocol="wss")
tm.flow(native_speaker, gateway, chat_message, user_report, protocol="wss")
tm.flow(gateway, native_speaker, chat_message, safety_tip, protocol="wss")
tm.flow(gateway, chat_service, chat_message, user_report)
tm.flow(chat_service, gateway, chat_message, safety_tip, label="delivery")
tm.flow(chat_service, message_store, conversation_history)
tm.flow(message_store, chat_service, conversation_history, label="history on open")
tm.flow(chat_service, flag_queue, user_report)

# moderation
tm.flow(chat_service, moderation_service, chat_message)
tm.flow(message_store, moderation_service, conversation_history, label="last ten messages")
tm.flow(moderation_service, moderation_llm, moderation_prompt, protocol="https")
tm.flow(moderation_llm, moderation_service, moderation_verdict, protocol="https")
tm.flow(moderation_service, flag_queue, moderation_flag)
tm.flow(moderation_service, chat_service, safety_tip)

# moderator review and bans
tm.flow(flag_queue, console, moderation_flag, user_report)
tm.flow(message_store, console, conversation_history, label="flagged conversation")
tm.flow(console, moderator, moderation_flag, user_report, conversation_history, protocol="https")
tm.flow(moderator, console, ban_decision, protocol="https")
tm.flow(console, account_service, ban_decision)
