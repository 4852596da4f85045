"""Prescription-ready SMS agent: the first design, before any security review.

A US pharmacy chain texts patients when a prescription is ready. A scheduled job
reads newly filled prescriptions from the dispensing system and sends a templated
text through the SMS provider. Patients can reply: the provider posts each reply
to our inbound webhook, which finds the patient by the sender's phone number and
hands the message to an LLM agent (a vendor-hosted model under a BAA). The agent
answers questions about collection (which store, opening hours, what to bring),
looks up the prescription's status, reschedules home deliveries in the delivery
system and hands clinical questions or anything it cannot handle to a pharmacist
queue. Replies go out through the same SMS provider; conversations are logged.
It runs in the chain's cloud account; the dispensing and delivery systems stay in
the pharmacy data centre. Pharmacists use the corporate SSO with MFA. HIPAA applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy prescription-ready SMS agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Texts patients when prescriptions are ready, answers replies about "
    "collection and delivery, and reschedules deliveries.",
)

# ---------------------------------------------------------------- data assets
rx_records = tg.Data(
    "Prescription records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient, phone number, medication, fill status, store, delivery flag.",
)
ready_batch = tg.Data(
    "Newly filled prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
ready_text = tg.Data(
    "Prescription ready text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Templated SMS: first name, store and pickup window; no drug name.",
)
patient_reply = tg.Data("Patient SMS reply", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
inbound_webhook = tg.Data(
    "Inbound SMS webhook call",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Sender number, message body and provider message id.",
)
agent_task = tg.Data(
    "Patient message with record context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
llm_output = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
status_call = tg.Data(
    "Prescription status lookup", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
status_result = tg.Data(
    "Prescription status", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
reschedule_call = tg.Data(
    "Delivery reschedule call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
delivery_records = tg.Data(
    "Delivery bookings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Address, slot, driver route and the prescriptions in the bag.",
)
reschedule_result = tg.Data(
    "Reschedule result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
handoff_call = tg.Data("Pharmacist handoff", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
handoff_case = tg.Data("Pharmacist case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
pharmacist_reply = tg.Data(
    "Pharmacist reply", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
reply_call = tg.Data("Outbound SMS reply", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
reply_text = tg.Data("Agent SMS reply", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
send_receipt = tg.Data("SMS send receipt", kind="tool-result")
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
sms_api_key = tg.Data("SMS provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients on their own phones; anyone can text the number.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Messaging platform that owns the short code, sends texts and posts replies to us.
    sms_provider = tm.add(tg.ExternalService("SMS messaging platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with; vendor signed a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention tier")},
        )
    )

with tm.boundary("Pharmacy cloud account", trust=tg.Trust.INTERNAL):
    # Scheduled job that finds newly filled prescriptions and sends the ready text.
    notifier = tm.add(
        tg.Service(
            "Ready notification job",
            controls={c.SecretsManagement(note="SMS API key in the cloud secret manager")},
        )
    )
    # Receives reply webhooks from the SMS platform and identifies the patient.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="sender phone number matched to the patient record"),
            },
        )
    )
    # The LLM agent that answers replies and acts through its tools.
    agent = tm.add(
        tg.Agent(
            "Prescription reply agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of the texting patient's prescriptions and store details.
    status_tool = tm.add(
        tg.Tool(
            "Prescription status tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database role")},
        )
    )
    # Moves a home delivery to another slot.
    delivery_tool = tm.add(tg.Tool("Delivery reschedule tool", capabilities={"write"}))
    # Puts the conversation in the pharmacist queue for a person to answer.
    handoff_tool = tm.add(tg.Tool("Pharmacist handoff tool", capabilities={"write"}))
    # Sends the agent's answer back to the patient as a text.
    sms_tool = tm.add(
        tg.Tool(
            "SMS reply tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement(note="SMS API key in the cloud secret manager")},
        )
    )
    # Every inbound and outbound message and the agent's tool calls.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Pharmacy data centre", trust=tg.Trust.RESTRICTED):
    # System of record for prescriptions and fills.
    pms = tm.add(
        tg.DataStore(
            "Pharmacy dispensing system",
            stores={rx_records},
            controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
        )
    )
    # Home delivery bookings and driver routes.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery management system",
            stores={delivery_records},
            controls={c.EncryptionAtRest()},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Pharmacists who pick up handed-off conversations.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # Web queue of handed-off conversations; pharmacists reply from here.
    queue = tm.add(
        tg.Endpoint(
            "Pharmacist message queue",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Ready notification.
tm.flow(pms, notifier, ready_batch, protocol="https", label="scheduled export every 15 minutes")
tm.flow(notifier, sms_provider, ready_text, sms_api_key, protocol="https")
tm.flow(sms_provider, patient, ready_text, protocol="sms")

# Patient replies.
tm.flow(patient, sms_provider, patient_reply, protocol="sms")
tm.flow(sms_provider, webhook, inbound_webhook, protocol="https", label="inbound message webhook")
tm.flow(pms, webhook, rx_records, protocol="https", label="patient lookup by phone number")
tm.flow(webhook, agent, agent_task)
tm.flow(webhook, transcript_store, transcripts)

# Reasoning.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# Status lookups.
tm.flow(agent, status_tool, status_call)
tm.flow(status_tool, pms, status_call, protocol="https")
tm.flow(pms, status_tool, rx_records, protocol="https")
tm.flow(status_tool, agent, status_result)

# Delivery rescheduling.
tm.flow(agent, delivery_tool, reschedule_call)
tm.flow(delivery_tool, delivery_db, delivery_records, protocol="https")
tm.flow(delivery_db, delivery_tool, delivery_records, protocol="https")
tm.flow(delivery_tool, agent, reschedule_result)

# Handoff to a pharmacist.
tm.flow(agent, handoff_tool, handoff_call)
tm.flow(handoff_tool, queue, handoff_case, protocol="https")
tm.flow(queue, pharmacist, handoff_case, protocol="https")
tm.flow(pharmacist, queue, pharmacist_reply, protocol="https")
tm.flow(queue, sms_provider, pharmacist_reply, protocol="https")

# Replies to the patient.
tm.flow(agent, sms_tool, reply_call)
tm.flow(sms_tool, sms_provider, reply_text, sms_api_key, protocol="https")
tm.flow(sms_provider, sms_tool, send_receipt, protocol="https")
tm.flow(sms_tool, agent, send_receipt)
tm.flow(sms_provider, patient, reply_text, pharmacist_reply, protocol="sms")
tm.flow(agent, transcript_store, transcripts)
