"""Dentist recall SMS booking agent: the first design, before any security review.

A US dental group with eleven practices wants to fill its hygiene chairs. Each night a
recall job reads from the practice management system (PMS) the patients due for a check-up
and texts each one a short reminder (first name and practice only) through a commercial
SMS gateway. Patients text back; the gateway posts each reply to our inbound webhook, which
matches it to the patient by the sender's phone number and hands it to an LLM agent. The
agent, running in the group's cloud tenancy with a hosted model covered by a BAA, reads
free slots, books the check-up in the PMS through the PMS integration API and texts the
confirmation back. Anything it cannot handle (clinical questions, complaints, cancellations)
goes to the front-desk inbox, where staff signed in with SSO and MFA pick it up. The PMS
runs in the group's central office and is reached over a site-to-site VPN; gateway, PMS and
model credentials sit in the cloud secrets manager, and stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dentist recall SMS booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Sends recall reminders by SMS, reads patients' replies and books check-ups in the PMS.",
)

# ---------------------------------------------------------------- data assets
recall_query = tg.Data("Recall due query", kind="records")
recall_list = tg.Data(
    "Recall due list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patients due for recall: name, mobile number, practice, last hygiene visit.",
)
reminder = tg.Data("Recall reminder SMS", kind="records", sensitivity=tg.Sensitivity.REGULATED)
patient_reply = tg.Data(
    "Patient SMS reply",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text from the patient's phone, with the sender's number.",
)
agent_sms = tg.Data("Agent SMS answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
conversation = tg.Data(
    "SMS conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reminders, replies and agent answers per patient, with conversation state.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the conversation so far, the patient's name and the tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool choices", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
slot_query = tg.Data("Free slot query", kind="tool-call")
slots = tg.Data("Free hygiene slots", kind="tool-result")
booking_call = tg.Data(
    "Appointment booking request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
booking_result = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
send_call = tg.Data("Outbound SMS request", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
patient_records = tg.Data(
    "Patient and appointment records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Demographics, contact details, recall dates, appointment book and dental history.",
)
appointment = tg.Data("Booked appointment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
handoff = tg.Data("Front-desk handoff", kind="records", sensitivity=tg.Sensitivity.REGULATED)
staff_note = tg.Data(
    "Staff reply and resolution", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Patients receive reminders and reply from their own phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS gateway provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway: sends our texts and posts inbound replies to our webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent uses, under a business associate agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention option enabled")},
        )
    )

with tm.boundary("Dental group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Nightly job that pulls the recall list and sends the first reminder.
    recall_job = tm.add(
        tg.Service(
            "Nightly recall job",
            controls={
                c.DataMinimization(note="reminder text carries only first name and practice name"),
                c.SecretsManagement(
                    note="gateway and PMS API credentials in the cloud secrets manager"
                ),
            },
        )
    )
    # Receives inbound SMS from the gateway; matches the sender's number to the recall list.
    webhook = tm.add(
        tg.Endpoint("Inbound SMS webhook", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # LLM agent that reads replies, offers slots, books and answers.
    agent = tm.add(tg.Agent("Recall booking agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Reads free hygiene slots at the patient's practice.
    slot_tool = tm.add(tg.Tool("Slot availability tool", capabilities={"read"}))
    # Books the check-up in the PMS appointment book.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="PMS API key in the cloud secrets manager")},
        )
    )
    # Sends the agent's answers back to the patient through the gateway.
    sms_tool = tm.add(
        tg.Tool(
            "SMS send tool",
            capabilities={"send-messages", "network-egress"},
            controls={c.SecretsManagement(note="gateway auth token in the cloud secrets manager")},
        )
    )
    # Conversation history and state per patient, and the handoff queue.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={conversation, handoff, staff_note},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web inbox where front-desk staff read handoffs and reply to patients.
    inbox = tm.add(
        tg.Endpoint(
            "Front-desk inbox",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Central office", trust=tg.Trust.INTERNAL):
    # Vendor-supplied API in front of the PMS, used by the recall job and the tools.
    pms_api = tm.add(
        tg.Service(
            "PMS integration API",
            controls={
                c.RBAC(note="integration user limited to patients, recall lists and appointments")
            },
        )
    )
    # The practice management system: the group's record of patients and appointments.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={patient_records},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(note="PMS audit trail of record access and changes"),
            },
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Front-desk staff at each practice who take over what the agent hands off.
    front_desk = tm.add(tg.Actor("Front-desk staff", role="receptionist"))

# ---------------------------------------------------------------- flows
# nightly reminders
tm.flow(recall_job, pms_api, recall_query, protocol="https")
tm.flow(pms_api, recall_job, recall_list, protocol="https")
tm.flow(pms, pms_api, patient_records, label="reads")
tm.flow(pms_api, pms, appointment, label="writes")
tm.flow(recall_job, conversation_store, conversation, label="opens a conversation per patient")
tm.flow(recall_job, sms_gateway, reminder, protocol="https")
tm.flow(sms_gateway, patient, reminder, protocol="sms")

# patient replies
tm.flow(patient, sms_gateway, patient_reply, protocol="sms")
tm.flow(sms_gateway, webhook, patient_reply, protocol="https", label="inbound SMS webhook")
tm.flow(conversation_store, webhook, conversation, label="match sender number")
tm.flow(webhook, agent, patient_reply, conversation)

# agent reasoning and tools
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, pms_api, slot_query, protocol="https")
tm.flow(pms_api, slot_tool, slots, protocol="https")
tm.flow(slot_tool, agent, slots)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, pms_api, appointment, protocol="https")
tm.flow(pms_api, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, sms_tool, send_call)
tm.flow(sms_tool, sms_gateway, agent_sms, protocol="https")
tm.flow(sms_gateway, patient, agent_sms, protocol="sms", id="sms-gateway->patient:answer")
tm.flow(agent, conversation_store, conversation, handoff)

# front desk
tm.flow(conversation_store, inbox, conversation, handoff)
tm.flow(inbox, front_desk, conversation, handoff, protocol="https")
tm.flow(front_desk, inbox, staff_note, protocol="https")
tm.flow(inbox, conversation_store, staff_note)
tm.flow(inbox, sms_tool, send_call, label="staff reply to patient")
