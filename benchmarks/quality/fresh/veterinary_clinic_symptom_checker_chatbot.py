"""Veterinary symptom checker chatbot: the first design, before any security review.

A group of veterinary practices in the UK and Ireland puts a chat widget on its
website. Pet owners describe what is wrong with their animal; an LLM agent asks
follow-up questions, grounds its advice in triage protocols written by the group's
clinical lead, tells the owner how urgent it looks, and books an emergency or a
routine appointment in the practice management system (a vendor's SaaS). For an
emergency it also texts the on-call vet through an SMS provider, and every reply
repeats the clinic's emergency phone number. The agent runs in the group's cloud
account and calls a hosted LLM over the vendor's API. Owners do not sign in: the
booking tool matches the owner's phone number and pet name to the client record.
Controls in this design: TLS everywhere, a per-IP rate limit on the chat API, a
step limit on the agent, the PMS API key in the cloud secret manager, encrypted
transcript storage and role-based access for staff reading transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary symptom checker chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web chatbot that triages pet symptoms and books appointments at the practice group's clinics.",
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data(
    "Owner symptom message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the animal's symptoms, plus the owner's name, phone number and pet name.",
)
reply = tg.Data(
    "Triage reply and urgency",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Follow-up questions, the urgency level (emergency, same day, routine) and advice.",
)
prompt = tg.Data(
    "Agent prompt with protocols",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and the retrieved triage protocol sections.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
protocols = tg.Data(
    "Triage protocols",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species-specific red-flag lists and urgency guidance written by the clinical lead.",
)
protocol_chunks = tg.Data(
    "Protocol chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
slot_query = tg.Data(
    "Slot availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
slots = tg.Data("Free appointment slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, slot, urgency, owner phone number, pet name and symptom summary.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
client_records = tg.Data(
    "Client and pet records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Owners' contact details and address, pets' clinical history and the appointment book.",
)
confirmation_sms = tg.Data("Booking confirmation text", sensitivity=tg.Sensitivity.PII)
emergency_request = tg.Data(
    "Emergency alert request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
emergency_alert = tg.Data(
    "Emergency case alert",
    sensitivity=tg.Sensitivity.PII,
    description="Text to the on-call vet: species, symptoms, booked slot and the owner's number.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
pms_key = tg.Data("PMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the practice website can open the chat, no account needed.
    owner = tm.add(tg.Actor("Pet owner", role="client"))

with tm.boundary("Chatbot cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per client IP, at the API gateway")
            },
        )
    )
    # Runs the conversation, decides urgency and which tools to call.
    agent = tm.add(
        tg.Agent(
            "Symptom triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books appointments and sends emergency alerts without staff approval.",
            controls={c.CircuitBreaker(max_steps=12, note="agent framework iteration limit")},
        )
    )
    # Lets the agent ground urgency advice in the group's own protocols.
    protocol_index = tm.add(tg.VectorStore("Triage protocol index", stores={protocol_chunks}))
    # Chunks and embeds protocol documents when the clinical lead uploads new versions.
    indexer = tm.add(
        tg.Pipeline(
            "Protocol indexing pipeline", stage=tg.Stage.INGESTION, third_party_packages=True
        )
    )
    # Read-only look-up of free slots at the owner's chosen clinic.
    slot_tool = tm.add(tg.Tool("Appointment availability tool", capabilities={"read"}))
    # Writes the appointment into the PMS and texts the owner a confirmation.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.SecretsManagement(note="PMS API key held in the cloud secret manager"),
                c.Authentication(
                    method="owner's phone number and pet name matched to the PMS client record"
                ),
            },
        )
    )
    # Pages the on-call vet when the agent judges the case an emergency.
    alert_tool = tm.add(tg.Tool("Emergency alert tool", capabilities={"send-messages"}))
    # Keeps conversations for clinical review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # The practice group's system of record for clients, pets and appointments.
    pms = tm.add(
        tg.ExternalService(
            "Practice management system",
            description="Vendor-hosted SaaS; the chatbot uses its REST API with one integration key.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers booking confirmations and emergency alerts as text messages.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Reception staff manage the appointment book and read chatbot transcripts.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))
    # Writes and updates the triage protocols.
    clinical_lead = tm.add(tg.Actor("Clinical lead vet", role="clinical lead"))
    # Receives emergency alerts on their phone out of hours.
    on_call_vet = tm.add(tg.Actor("On-call vet", role="veterinary surgeon"))

# ---------------------------------------------------------------- flows
tm.flow(owner, chat_api, owner_message, protocol="https")
tm.flow(chat_api, agent, owner_message)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, owner, reply, protocol="https")

tm.flow(agent, protocol_index, owner_message, label="similarity query")
tm.flow(protocol_index, agent, protocol_chunks, label="retrieved protocol sections")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, pms, slot_query, pms_key, protocol="https")
tm.flow(pms, slot_tool, slots, protocol="https")
tm.flow(slot_tool, agent, slots)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pms, booking_request, pms_key, protocol="https")
tm.flow(
    pms,
    booking_tool,
    client_records,
    booking_result,
    protocol="https",
    label="client match and booking",
)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, sms, confirmation_sms, protocol="https")
tm.flow(sms, owner, confirmation_sms, protocol="sms")

tm.flow(agent, alert_tool, emergency_request)
tm.flow(alert_tool, sms, emergency_alert, protocol="https")
tm.flow(sms, on_call_vet, emergency_alert, protocol="sms")

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, reception, transcripts, protocol="https", label="transcript review")
tm.flow(reception, pms, client_records, protocol="https", label="manages appointments")
tm.flow(pms, reception, client_records, protocol="https")

tm.flow(clinical_lead, indexer, protocols, protocol="https", label="uploads protocol documents")
tm.flow(indexer, protocol_index, protocol_chunks)
