"""Wellbeing chat companion: the first design, before any security review.

A consumer wellbeing app for users in the EU and the US. Users sign in on the
mobile app and chat with a companion that talks about mood, stress and sleep.
The app calls our chat API in the production cloud; a conversation orchestrator
loads the user's recent conversation history, builds a prompt and sends it to a
general-purpose LLM hosted by a vendor. An in-house safety classifier screens
every user message and every completion. When it detects a crisis (self-harm,
suicidal intent) the orchestrator opens an escalation case and a counsellor in
a partner call centre takes over the conversation from their console.
Controls in this design: sign-in through a hosted identity provider, per-user
rate limits on the chat API, the input/output safety classifier, TLS on every
external hop, KMS encryption of the history store, a signed DPA and vendor
review for the LLM provider, and audit logs of escalations.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wellbeing chat companion",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Consumer mental-wellbeing chat companion with crisis escalation to human counsellors.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "User sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session_token = tg.Data("Session token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
message = tg.Data(
    "User message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text about the user's mood and mental health: GDPR special-category data.",
)
prompt = tg.Data(
    "Companion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System persona, a summary of past conversations, recent turns and the new message.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
reply = tg.Data("Companion reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
verdict = tg.Data(
    "Safety verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Crisis / disallowed-content labels and a risk score per message.",
)
history = tg.Data(
    "Conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Every turn of every conversation, kept to personalise later replies.",
)
case = tg.Data(
    "Crisis escalation case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Transcript excerpt, risk score, user contact details and country.",
)
counsellor_msg = tg.Data("Counsellor message", kind="records", sensitivity=tg.Sensitivity.REGULATED)
counsellor_notes = tg.Data(
    "Counsellor case notes", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
safety_events = tg.Data("Safety event log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("User devices", trust=tg.Trust.UNTRUSTED):
    # The person using the companion; anyone can install the app and sign up.
    user = tm.add(tg.Actor("App user", role="consumer"))
    # Our iOS/Android app: renders the chat and holds the session token.
    app = tm.add(tg.Device("Mobile app", description="Consumer iOS and Android app."))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-in (email, Apple, Google); issues the session tokens the API checks.
    idp = tm.add(tg.ExternalService("Hosted identity provider", provides="identity-provider"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Public entry point of the backend: checks the token, applies per-user quotas.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC tokens from the hosted identity provider"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs each turn: safety check, history lookup, LLM call, safety check, escalation.
    orchestrator = tm.add(
        tg.Service(
            "Conversation orchestrator",
            description="Builds prompts from history, calls the LLM, routes crises to escalation.",
            controls={
                c.Guardrails(note="every message and completion goes through the safety classifier")
            },
        )
    )
    # Decides whether a message or a reply is a crisis or disallowed content.
    classifier = tm.add(
        tg.Model(
            "Safety classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned text classifier; a crisis label triggers escalation.",
        )
    )
    # Opens cases with the call centre and relays counsellor messages back into the chat.
    escalation = tm.add(
        tg.Service(
            "Escalation service",
            description="Creates crisis cases in the partner's system and bridges the live chat.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Long-term store of all turns, read back to personalise replies.
        history_store = tm.add(
            tg.DataStore(
                "Conversation history store",
                stores={history},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Record of classifier hits and escalations, for the safety team and regulators.
        event_log = tm.add(tg.DataStore("Safety event store", stores={safety_events}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes the companion's replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model, US and EU regions.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor states no training on API data")
            },
        )
    )

with tm.boundary("Partner call centre", trust=tg.Trust.PARTNER):
    # The partner's case-handling console where counsellors pick up escalations.
    console = tm.add(
        tg.Service(
            "Counsellor console",
            description="Partner-operated web app for crisis cases and live chat.",
            controls={c.Authentication(method="partner SSO")},
        )
    )
    # Trained crisis counsellors employed by the partner.
    counsellor = tm.add(tg.Actor("Crisis counsellor", role="partner counsellor"))

# ---------------------------------------------------------------- flows
tm.flow(user, app, credentials, label="sign in")
tm.flow(app, idp, credentials, protocol="https")
tm.flow(idp, app, session_token, protocol="https")

tm.flow(user, app, message, label="types message")
tm.flow(app, chat_api, message, session_token, protocol="https")
tm.flow(chat_api, orchestrator, message)

tm.flow(orchestrator, classifier, message, label="screen input")
tm.flow(orchestrator, classifier, completion, label="screen output")
tm.flow(classifier, orchestrator, verdict)

tm.flow(history_store, orchestrator, history, label="load history")
tm.flow(orchestrator, history_store, history, label="append turn")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, chat_api, reply)
tm.flow(chat_api, app, reply, protocol="https")
tm.flow(app, user, reply, label="shows reply")

tm.flow(orchestrator, escalation, case, label="crisis detected")
tm.flow(orchestrator, event_log, safety_events)
tm.flow(escalation, event_log, safety_events)
tm.flow(escalation, console, case, message, protocol="https")
tm.flow(console, counsellor, case, message)
tm.flow(counsellor, console, counsellor_msg, counsellor_notes)
tm.flow(console, escalation, counsellor_msg, counsellor_notes, protocol="https")
tm.flow(escalation, orchestrator, counsellor_msg, label="counsellor joins chat")
