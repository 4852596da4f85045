"""Pharmacy vaccine scheduling agent: the first design, before any security review.

Patients of a US pharmacy chain text the store number or open the web chat and talk
to an LLM-based agent. It answers vaccine eligibility questions from an index of
public immunization guidance, asks the pre-vaccination screening questions, and
books, moves or cancels appointments at any store through the pharmacy-management
SaaS API. A reminder scheduler texts patients the day before their appointment.
Pharmacists open a store dashboard to see the day's bookings and screening answers.
Everything we run sits in the pharmacy's cloud account; SMS goes through an SMS
provider and the model is a vendor-hosted LLM. Controls in this design: patients
confirm changes with a one-time code sent to their phone, the chat endpoint is rate
limited, the agent has a step limit, the SaaS key lives in a vault, transcripts are
encrypted at rest, and the dashboard uses staff SSO with store-scoped roles.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy vaccine scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="SMS and web chat agent that books vaccination appointments and collects screening answers.",
)

# ---------------------------------------------------------------- data assets
patient_message = tg.Data(
    "Patient message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text from SMS or web chat: name, date of birth, phone, health answers.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next reply or a structured tool call.",
)
guidance = tg.Data(
    "Immunization guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="CDC schedules, state pharmacist-administration rules, vaccine product notes.",
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
appointment_action = tg.Data(
    "Appointment action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Book, move or cancel, with patient details, store, slot and vaccine.",
)
appointments = tg.Data(
    "Appointment records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
screening = tg.Data(
    "Screening answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Allergies, pregnancy, immune status, prior reactions.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
reminder = tg.Data(
    "Reminder text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Store, time and vaccine of the next appointment.",
)
otp = tg.Data("One-time code", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
dashboard_request = tg.Data(
    "Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard_view = tg.Data(
    "Daily bookings view", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone or browser can start a conversation.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Public health sites the guidance index is built from.
    guidance_site = tm.add(
        tg.DataSource(
            "Public immunization guidance",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="CDC and state health department pages, fetched weekly.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Carrier-facing SMS gateway; delivers inbound texts to our webhook.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Hosted SMS API; inbound messages arrive as webhooks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Pharmacy SaaS vendor", trust=tg.Trust.PARTNER):
    # System of record for stores, schedules, patient profiles and appointments.
    saas = tm.add(
        tg.ExternalService(
            "Pharmacy-management SaaS",
            description="Multi-store pharmacy system with a scheduling REST API.",
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # One entry point for web chat and the SMS webhook.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Conversation endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per phone number or web session"),
                c.Authentication(method="SMS one-time code before any booking change"),
            },
        )
    )
    # Plans the conversation, retrieves guidance and calls the scheduling tool.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, moves and cancels on the patient's say-so; no staff approval.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Wraps the SaaS scheduling API for the agent.
    appointment_tool = tm.add(
        tg.Tool(
            "Appointment tool",
            capabilities={"read", "write", "delete"},
            description="Search slots, book, reschedule, cancel, attach screening answers.",
            controls={c.SecretsManagement(note="SaaS API key in the cloud secret manager")},
        )
    )
    # Eligibility knowledge the agent retrieves from.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Weekly job that fetches, chunks and embeds guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Keeps transcripts and screening answers for the dashboard and for disputes.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts, screening},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Texts every patient the day before their appointment.
    reminder_job = tm.add(tg.Service("Reminder scheduler"))
    # Per-store view of today's bookings and screening answers.
    dashboard = tm.add(
        tg.Service(
            "Store dashboard",
            controls={
                c.Authentication(method="staff SSO"),
                c.RBAC(note="pharmacists see their own store only"),
            },
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Reviews screening answers before giving the shot.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
# SMS channel
tm.flow(patient, sms_gateway, patient_message, protocol="sms", label="inbound text")
tm.flow(sms_gateway, chat_endpoint, patient_message, protocol="https", label="webhook")
tm.flow(chat_endpoint, sms_gateway, agent_reply, otp, protocol="https")
tm.flow(sms_gateway, patient, agent_reply, otp, reminder, protocol="sms")

# web chat channel
tm.flow(patient, chat_endpoint, patient_message, protocol="https", label="web chat")
tm.flow(chat_endpoint, patient, agent_reply, protocol="https")

# agent loop
tm.flow(chat_endpoint, agent, patient_message)
tm.flow(agent, chat_endpoint, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, guidance_index, patient_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, appointment_tool, appointment_action, screening)
tm.flow(appointment_tool, agent, appointments, label="tool result")
tm.flow(appointment_tool, saas, appointment_action, screening, protocol="https")
tm.flow(saas, appointment_tool, appointments, protocol="https")
tm.flow(agent, conversation_store, transcripts, screening)

# guidance ingestion
tm.flow(guidance_site, indexer, guidance, protocol="https", label="weekly fetch")
tm.flow(indexer, guidance_index, guidance_chunks)

# reminders
tm.flow(saas, reminder_job, appointments, protocol="https", label="tomorrow's appointments")
tm.flow(reminder_job, sms_gateway, reminder, protocol="https")

# pharmacist dashboard
tm.flow(saas, dashboard, appointments, protocol="https", label="today's bookings")
tm.flow(conversation_store, dashboard, screening)
tm.flow(dashboard, pharmacist, dashboard_view, protocol="https")
tm.flow(pharmacist, dashboard, dashboard_request, protocol="https", label="store and date")
