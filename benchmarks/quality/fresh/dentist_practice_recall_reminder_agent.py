"""Recall reminder agent for a dental practice: first design.

A mixed NHS and private dental practice in England wants its check-up recalls
handled automatically. Each night a recall job reads the practice management
system (the vendor's cloud PMS, through its API) for patients whose recall date
has passed or falls in the next four weeks. An LLM agent, run by the practice's
IT supplier in its cloud tenancy, writes each patient a reminder and sends it by
text message and e-mail through an SMS gateway and an e-mail delivery service.
Patients answer in their own words; the providers post the replies to our
webhook, and the agent reads them, looks up free check-up slots and books one in
the PMS, or hands the conversation to reception when it cannot. Reception staff
follow handed-over conversations in a dashboard. The booking tool only books
free check-up slots, the PMS API key is scoped to appointments and kept in the
cloud secrets manager, the agent stops after 15 steps per conversation, SMS
webhooks are checked against the gateway's request signature, and traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental practice recall reminder agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Finds patients due for check-ups in the PMS, reminds them by text and e-mail "
        "and books check-up slots from their replies."
    ),
)

# ---------------------------------------------------------------- data assets
patient_records = tg.Data(
    "Patient dental records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Demographics, contact details, treatment history and recall intervals.",
)
appointment_book = tg.Data(
    "Appointment book",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
recall_list = tg.Data(
    "Recall list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, e-mail, dentist, recall type and due date of each patient due.",
)
reminder = tg.Data("Recall reminder message", sensitivity=tg.Sensitivity.PII)
patient_reply = tg.Data("Patient reply message", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
slot_query = tg.Data("Slot query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data("Free check-up slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
reception_reply = tg.Data("Reception reply", sensitivity=tg.Sensitivity.PII)
send_request = tg.Data("Send message request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
conversations = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every reminder and reply per patient, with the agent's actions and handover flags.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients receive reminders and answer on their own phones and mailboxes.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Sends the texts and forwards replies to the practice's number.
    sms = tm.add(tg.ExternalService("SMS gateway"))
    # Sends the e-mails and parses replies to the recall mailbox.
    email = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's language model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice's system of record for patients and the appointment book.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_records, appointment_book},
            controls={
                c.EncryptionAtRest(key_management="PMS vendor managed keys"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("IT supplier cloud tenancy", trust=tg.Trust.INTERNAL):
    # Works out who is due each night.
    recall_job = tm.add(
        tg.Service(
            "Nightly recall job",
            description="Queries the PMS for patients due a check-up and queues them for the agent.",
        )
    )
    # Writes reminders, reads replies and books slots.
    agent = tm.add(
        tg.Agent(
            "Recall agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Matches each reply to the patient by the phone number or e-mail address the "
                "reminder went to, offers free slots and books the one the patient picks."
            ),
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Posted to by the SMS gateway and the e-mail service when a patient replies.
    webhook = tm.add(tg.Endpoint("Reply webhook", purpose=tg.EndpointPurpose.API))
    # Reads free check-up slots from the appointment book.
    availability_tool = tm.add(
        tg.Tool("Slot availability tool", capabilities={"read"}),
    )
    # Books the chosen slot in the PMS.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="books only free check-up slots of the patient's recall type; never moves or cancels an existing appointment"
                ),
                c.LeastPrivilegeTools(note="PMS API key scoped to appointments"),
                c.SecretsManagement(note="PMS API key in the cloud secrets manager"),
            },
        )
    )
    # Sends reminders and replies by text or e-mail.
    sender_tool = tm.add(tg.Tool("Message sender tool", capabilities={"send-messages"}))
    # Keeps each patient's thread so the agent can follow the conversation.
    conversation_store = tm.add(tg.DataStore("Conversation store", stores={conversations}))
    # Where reception sees threads the agent handed over.
    dashboard = tm.add(
        tg.Endpoint(
            "Reception dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual staff username and password")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Receptionists pick up conversations the agent cannot handle.
    reception = tm.add(tg.Actor("Receptionist", role="reception staff"))

# ---------------------------------------------------------------- flows
# finding who is due and reminding them
tm.flow(pms, recall_job, recall_list, protocol="https", label="nightly recall query")
tm.flow(recall_job, agent, recall_list)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, sender_tool, send_request)
tm.flow(sender_tool, sms, reminder, reception_reply, protocol="https")
tm.flow(sender_tool, email, reminder, reception_reply, protocol="https")
tm.flow(sms, patient, reminder, reception_reply, protocol="sms")
tm.flow(email, patient, reminder, reception_reply, protocol="smtp")

# replies
tm.flow(patient, sms, patient_reply, protocol="sms")
tm.flow(patient, email, patient_reply, protocol="smtp")
tm.flow(
    sms,
    webhook,
    patient_reply,
    protocol="https",
    label="inbound SMS webhook",
    controls={c.MessageIntegrity(note="gateway request signature checked")},
)
tm.flow(email, webhook, patient_reply, protocol="https", label="inbound e-mail webhook")
tm.flow(webhook, agent, patient_reply)
tm.flow(agent, conversation_store, conversations)
tm.flow(conversation_store, agent, conversations)

# booking
tm.flow(agent, availability_tool, slot_query)
tm.flow(availability_tool, pms, slot_query, protocol="https")
tm.flow(pms, availability_tool, free_slots, protocol="https")
tm.flow(availability_tool, agent, free_slots)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pms, booking_request, protocol="https")
tm.flow(pms, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

# reception
tm.flow(conversation_store, dashboard, conversations)
tm.flow(dashboard, reception, conversations, protocol="https")
tm.flow(reception, dashboard, reception_reply, protocol="https")
tm.flow(dashboard, sender_tool, reception_reply)
