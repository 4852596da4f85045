"""Fitness app injury-aware LLM coach: the first design, before any security review.

Users of our fitness app (mostly in the EU) log workouts, connect a wearable and
write free-text notes about injuries and pain. An LLM coach agent chats with
them and adapts their training plan: it reads their workout logs, heart-rate
data and injury notes through a read-only record tool, writes plan changes
through a plan tool, and when a question looks like a real injury it escalates
it through a tool to the company's own physiotherapists. The coach calls a
hosted LLM from a vendor that was reviewed and signed a no-retention agreement.
A sync job pulls heart-rate data from wearable vendors' clouds with OAuth tokens
kept in a vault. Physiotherapists answer escalations from an internal console
with SSO, roles and an audit log. The app API needs a sign-in and is rate
limited; the athlete database is encrypted at rest, and the coach's agent loop
is capped at a fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fitness app injury coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM coach that adapts training plans from workouts, heart rate and injury notes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Coach chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
coach_reply = tg.Data("Coach reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
workouts = tg.Data("Workout logs", sensitivity=tg.Sensitivity.PII, kind="records")
heart_rate = tg.Data(
    "Wearable heart-rate data",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Health data (GDPR Article 9): resting and exercise heart rate, HRV.",
)
injury_notes = tg.Data(
    "Injury notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Users' free-text notes about injuries, pain and medical history.",
)
plan = tg.Data(
    "Training plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
system_prompt = tg.Data(
    "Coach system prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="instructions"
)
llm_prompt = tg.Data(
    "Coach LLM prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, chat history, and the user's workouts, heart rate and injury notes.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.REGULATED, kind="model-output")
record_query = tg.Data(
    "Athlete record query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
record_result = tg.Data(
    "Athlete record result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
plan_change = tg.Data("Plan change", sensitivity=tg.Sensitivity.PII, kind="tool-call")
escalation = tg.Data(
    "Physio escalation",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-call",
    description="The user's question, the coach's summary and the relevant injury notes.",
)
physio_answer = tg.Data(
    "Physiotherapist answer", sensitivity=tg.Sensitivity.REGULATED, kind="documents"
)
history = tg.Data("Coach chat history", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
oauth_tokens = tg.Data(
    "Wearable OAuth tokens", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # App users on their phones.
    user = tm.add(tg.Actor("App user", role="athlete"))

with tm.boundary("Wearable vendors", trust=tg.Trust.PARTNER):
    # Garmin/Fitbit-style clouds that the user links through OAuth.
    wearable_cloud = tm.add(
        tg.DataSource("Wearable vendor cloud", origin=tg.Origin.VENDOR, provides={heart_rate})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted coach LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention, EU region")},
        )
    )

with tm.boundary("App backend", trust=tg.Trust.INTERNAL):
    # Backend for the mobile app: sign-in, logging workouts, chat.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, or Sign in with Apple/Google"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # The LLM coach: plans, calls tools, replies to the user.
    coach = tm.add(
        tg.Agent(
            "Coach agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Adapts the plan on its own; escalates injury questions to physios.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Reads the user's own workouts, heart rate and injury notes for the coach.
    record_tool = tm.add(tg.Tool("Athlete record tool", capabilities={"read"}))
    # Writes changes to the user's training plan.
    plan_tool = tm.add(tg.Tool("Training plan tool", capabilities={"read", "write"}))
    # Opens a case in the physio queue.
    escalation_tool = tm.add(tg.Tool("Physio escalation tool", capabilities={"send-messages"}))
    # Pulls heart-rate data from linked wearable accounts every few hours.
    wearable_sync = tm.add(
        tg.Pipeline(
            "Wearable sync job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="OAuth refresh tokens in a vault")},
        )
    )
    # Past conversations, fed back into the coach's context.
    history_store = tm.add(tg.DataStore("Chat history store", stores={history}))

    with tm.boundary("Health data tier", trust=tg.Trust.RESTRICTED):
        # Workouts, heart rate, injury notes and training plans per user.
        athlete_db = tm.add(
            tg.DataStore(
                "Athlete database",
                stores={workouts, heart_rate, injury_notes, plan},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web console where physios see escalated cases and answer them.
    physio_console = tm.add(
        tg.Service(
            "Physio console",
            controls={
                c.Authentication(method="OIDC SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Physiotherapists employed by the company.
    physio = tm.add(tg.Actor("Physiotherapist", role="clinician"))

# ---------------------------------------------------------------- flows
# Logging and linking a wearable.
tm.flow(user, app_api, workouts, injury_notes, protocol="https")
tm.flow(app_api, athlete_db, workouts, injury_notes)
tm.flow(athlete_db, app_api, plan, workouts)
tm.flow(app_api, user, plan, protocol="https")
tm.flow(user, app_api, oauth_tokens, protocol="https", label="links wearable account")
tm.flow(app_api, wearable_sync, oauth_tokens)
tm.flow(wearable_sync, wearable_cloud, oauth_tokens, protocol="https")
tm.flow(wearable_cloud, wearable_sync, heart_rate, protocol="https")
tm.flow(wearable_sync, athlete_db, heart_rate)

# Chatting with the coach.
tm.flow(user, app_api, chat_message, protocol="https", label="coach chat")
tm.flow(app_api, coach, chat_message)
tm.flow(history_store, coach, history)
tm.flow(coach, llm, llm_prompt, system_prompt, protocol="https")
tm.flow(llm, coach, completion, protocol="https")
tm.flow(coach, record_tool, record_query)
tm.flow(record_tool, athlete_db, record_query)
tm.flow(athlete_db, record_tool, workouts, heart_rate, injury_notes)
tm.flow(record_tool, coach, record_result)
tm.flow(coach, plan_tool, plan_change)
tm.flow(plan_tool, athlete_db, plan)
tm.flow(athlete_db, plan_tool, plan)
tm.flow(plan_tool, coach, plan)
tm.flow(coach, history_store, history)
tm.flow(coach, app_api, coach_reply)
tm.flow(app_api, user, coach_reply, protocol="https", label="coach reply")

# Escalation to a physiotherapist.
tm.flow(coach, escalation_tool, escalation)
tm.flow(escalation_tool, physio_console, escalation, protocol="https")
tm.flow(physio_console, physio, escalation, protocol="https")
tm.flow(physio, physio_console, physio_answer, protocol="https")
tm.flow(physio_console, app_api, physio_answer, protocol="https")
tm.flow(app_api, user, physio_answer, protocol="https", label="physio reply")
