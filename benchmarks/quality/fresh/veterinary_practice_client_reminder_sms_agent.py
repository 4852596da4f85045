"""Veterinary practice client reminder SMS agent: the first design, before any security review.

A chain of veterinary practices sends vaccination and annual check-up reminders
to pet owners by SMS. A nightly scheduler reads the reminders that fall due from
the practice management system (PMS, hosted by its vendor) and hands them to an
LLM agent, which writes each message and sends it through our SMS provider.
Owners reply by SMS; the provider posts each reply to our webhook, the agent
matches the sender's phone number to a client record and answers, and books or
moves appointments in the PMS through its API. When a reply describes urgent
symptoms the agent passes it to the practice's nurse queue, and a nurse calls
the owner back. The agent's language model is hosted by an LLM vendor.
Controls in this design: TLS on every API call, staff SSO on the nurse queue,
a step limit on the agent, a PMS API key scoped to clients and appointments,
and encrypted storage of conversations.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary practice client reminder SMS agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that sends pet vaccination reminders by SMS, answers replies, "
    "books appointments in the PMS and escalates urgent symptoms to a nurse.",
)

# ---------------------------------------------------------------- data assets
due_reminders = tg.Data(
    "Due vaccination and check-up reminders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, mobile number, pet name, species and the vaccine or check-up due.",
)
reminder_job = tg.Data("Reminder job", kind="records", sensitivity=tg.Sensitivity.PII)
outbound_sms = tg.Data("Outbound SMS text", kind="documents", sensitivity=tg.Sensitivity.PII)
sms_call = tg.Data("Send SMS tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
client_reply = tg.Data(
    "Client SMS reply",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the owner, with the sender's phone number.",
)
llm_prompt = tg.Data(
    "Agent prompt with client context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, client and pet details, free slots.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
phone_lookup = tg.Data(
    "Sender phone number lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
client_record = tg.Data(
    "Client and pet record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owner contact details, pets, vaccination history and clinical notes summary.",
)
booking_call = tg.Data(
    "Appointment booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data(
    "Appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
free_slots = tg.Data("Free appointment slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
escalation_call = tg.Data(
    "Urgent symptom handoff", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
urgent_case = tg.Data(
    "Urgent symptom case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Owner, pet, the reply text and the agent's summary of the symptoms.",
)
case_outcome = tg.Data("Case handled note", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("SMS conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
callback = tg.Data("Nurse call-back", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Pet owners on their own phones; anyone can text the practice number.
    owner = tm.add(tg.Actor("Pet owner", role="client"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our messages and posts inbound replies to our webhook.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            provides=tg.ExternalCategory.GENERIC,
            description="Commercial SMS API with a long number per practice.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with; we call it over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our prompts")},
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practices' system of record for clients, pets and appointments.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_record, appointment, free_slots, due_reminders},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Reminder platform VPC", trust=tg.Trust.INTERNAL):
    # Nightly job that picks the reminders falling due and queues them for the agent.
    scheduler = tm.add(tg.Service("Nightly reminder scheduler"))
    # Receives the SMS provider's webhook calls for inbound replies.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="sender phone number matched to the client record")},
        )
    )
    # Writes reminders, reads replies, decides what to answer, book or escalate.
    agent = tm.add(
        tg.Agent(
            "Reminder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=365)},
        )
    )
    # Finds the client and pets for the phone number a message came from.
    lookup_tool = tm.add(tg.Tool("Client lookup tool", capabilities={"read"}))
    # Books, moves or cancels appointments through the PMS API.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="PMS API key scoped to clients and appointments")},
        )
    )
    # Sends the agent's messages through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Send SMS tool", capabilities={"send-messages"}))
    # Hands urgent symptom replies to the nurse queue of the client's practice.
    escalation_tool = tm.add(tg.Tool("Nurse escalation tool", capabilities={"write"}))
    # Keeps each SMS thread so the agent sees the conversation so far.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web queue where nurses see and close urgent cases.
    nurse_queue = tm.add(
        tg.Service(
            "Nurse triage queue",
            controls={c.Authentication(method="practice SSO with MFA")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Veterinary nurse at the practice who calls owners back about urgent symptoms.
    nurse = tm.add(tg.Actor("Veterinary nurse", role="clinical staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# outbound reminders
tm.flow(pms, scheduler, due_reminders, protocol="https", controls={tls}, label="nightly due list")
tm.flow(scheduler, agent, reminder_job)
tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_gateway, outbound_sms, protocol="https", controls={tls})
tm.flow(sms_gateway, owner, outbound_sms, protocol="sms")

# inbound replies
tm.flow(owner, sms_gateway, client_reply, protocol="sms")
tm.flow(sms_gateway, webhook, client_reply, protocol="https", controls={tls}, label="webhook")
tm.flow(webhook, agent, client_reply)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, conversation_store, transcripts)
tm.flow(conversation_store, agent, transcripts, label="thread history")

# client lookup
tm.flow(agent, lookup_tool, phone_lookup)
tm.flow(lookup_tool, pms, phone_lookup, protocol="https", controls={tls})
tm.flow(pms, lookup_tool, client_record, protocol="https", controls={tls})
tm.flow(lookup_tool, agent, client_record)

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, pms, appointment, protocol="https", controls={tls})
tm.flow(pms, booking_tool, free_slots, appointment, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_result)

# urgent symptoms
tm.flow(agent, escalation_tool, escalation_call)
tm.flow(escalation_tool, nurse_queue, urgent_case)
tm.flow(nurse_queue, nurse, urgent_case, protocol="https", controls={tls})
tm.flow(nurse, nurse_queue, case_outcome, protocol="https", controls={tls})
tm.flow(nurse, owner, callback, protocol="phone call")
