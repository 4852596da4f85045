"""Dental recall SMS agent: the first design, before any security review.

A UK dental group texts patients when their check-up or hygiene recall is due. A
nightly job pulls the due recalls from the cloud practice management system (PMS)
and sends the reminders through an SMS gateway. Patients book by replying: the
gateway posts each reply to our webhook, and an LLM agent (a hosted model API)
reads it, finds free slots in the PMS, books or reschedules the appointment and
answers simple questions about fees and opening times from a practice FAQ.
Anything clinical (pain, swelling, treatment questions) is handed to the
reception team's inbox instead. A patient is identified only by the mobile
number the reply comes from. The agent runs in the group's cloud account; the
PMS API key is scoped to appointments, the agent is capped at a few steps per
reply, conversations are encrypted and deleted after six months, staff sign in to
the inbox with MFA, and the model vendor has a UK GDPR processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental recall SMS agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Recall reminders by SMS; an LLM agent books appointments from patients' replies.",
)

# ---------------------------------------------------------------- data assets
recall_sms = tg.Data(
    "Recall reminder SMS",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient's first name, practice name and a prompt to reply to book.",
)
patient_reply = tg.Data(
    "Patient SMS reply",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the patient's phone, with the sending mobile number.",
)
agent_reply = tg.Data("Agent SMS answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far, tool results and the new reply.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_call = tg.Data(
    "Slot search and booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Patient looked up by mobile number; search, book, move or cancel a slot.",
)
slots = tg.Data(
    "Free slots and appointment details", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
patient_records = tg.Data(
    "Patient records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Demographics, contact details, dental history and treatment plans.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
appointments = tg.Data("Appointment book", sensitivity=tg.Sensitivity.PII, kind="records")
due_recalls = tg.Data(
    "Due recall list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, mobile number, recall type and practice for each patient due.",
)
faq = tg.Data("Fees and opening times", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
handoff = tg.Data(
    "Clinical handoff note",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The patient's message about symptoms or treatment, and their number.",
)
transcripts = tg.Data(
    "SMS conversation transcripts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Whole conversations; patients sometimes describe symptoms in them.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients on their own phones; anyone who can text the number looks like one.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Carrier-facing SMS API: sends our messages and posts inbound replies to us.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Commercial SMS API with a UK long number for the dental group.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads replies and decides which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API (UK/EU region).",
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice management system: the source of truth for patients and diaries.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_records, appointments},
            description="Cloud dental PMS used by all practices in the group, reached by its API.",
        )
    )

with tm.boundary("Group cloud account", trust=tg.Trust.INTERNAL):
    # Receives the gateway's inbound-SMS webhook and starts an agent turn.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # The LLM agent that handles each conversation and books without a person.
    agent = tm.add(
        tg.Agent(
            "Recall booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, moves and cancels appointments and answers non-clinical questions.",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Agent tool over the PMS appointments API.
    booking_tool = tm.add(
        tg.Tool(
            "PMS booking tool",
            capabilities={"read", "write"},
            description="Finds the patient by mobile number, lists free slots, books or moves.",
            controls={
                c.LeastPrivilegeTools(
                    note="PMS API key scoped to appointments and contact details"
                ),
                c.SecretsManagement(note="API key in the cloud secret manager"),
            },
        )
    )
    # Agent tool that posts clinical or unclear messages to the reception inbox.
    handoff_tool = tm.add(tg.Tool("Reception handoff tool", capabilities={"send-messages"}))
    # Non-clinical answers come only from this curated list.
    faq_store = tm.add(tg.DataStore("Practice FAQ", stores={faq}))
    # Keeps each conversation so the agent has context across replies.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )
    # Nightly job that finds due recalls and sends the reminders.
    recall_job = tm.add(tg.Service("Nightly recall job"))
    # Web inbox where reception picks up handed-off conversations.
    inbox = tm.add(
        tg.Service(
            "Reception inbox",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Reception staff at each practice, who handle clinical questions and exceptions.
    reception = tm.add(tg.Actor("Reception team", role="receptionist"))

# ---------------------------------------------------------------- flows
# Outbound recalls
tm.flow(pms, recall_job, due_recalls, protocol="https", label="due recalls")
tm.flow(recall_job, sms_gateway, recall_sms, protocol="https")
tm.flow(sms_gateway, patient, recall_sms, agent_reply, protocol="sms")

# Inbound replies
tm.flow(patient, sms_gateway, patient_reply, protocol="sms")
tm.flow(sms_gateway, webhook, patient_reply, protocol="https", label="inbound SMS webhook")
tm.flow(webhook, agent, patient_reply)
tm.flow(agent, sms_gateway, agent_reply, protocol="https")

# Agent reasoning and context
tm.flow(conversations, agent, transcripts, label="conversation history")
tm.flow(agent, conversations, transcripts)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(faq_store, agent, faq)

# Booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, slots)
tm.flow(booking_tool, pms, booking_call, protocol="https")
tm.flow(pms, booking_tool, slots, protocol="https")

# Clinical handoff
tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, inbox, handoff)
tm.flow(inbox, reception, handoff, transcripts, protocol="https")
tm.flow(reception, pms, appointments, protocol="https", label="books by hand after a call")
