"""Veterinary symptom triage chatbot: the first design, before any security review.

A UK and Irish chain of vet clinics puts a chat widget on its public website.
Pet owners, who do not sign in, describe their animal's symptoms and give their
name and mobile number. An LLM agent in the chain's cloud account asks follow-up
questions, grounds its advice in triage guidance written by the clinical lead
vets, tells the owner how urgently to come in, then books the slot they pick
straight into the practice management system (a vendor SaaS), which texts a
confirmation. The agent calls a hosted LLM from a model vendor. Controls: HTTPS,
a per-IP rate limit and message check on the chat API, a step limit on the agent,
a booking API key scoped to online booking and kept in the secret manager,
encrypted transcripts, and MFA sign-in for staff to the practice system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary clinic symptom triage chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chatbot that triages pet symptoms, advises how urgently to visit "
        "and books an appointment slot at one of the chain's clinics."
    ),
)

# ---------------------------------------------------------------- data assets
owner_message = tg.Data(
    "Owner chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Symptoms, pet name, species and age, owner name and mobile number.",
)
chat_reply = tg.Data(
    "Triage reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Follow-up questions, the urgency advice and the offered slots.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply to the owner, or a tool call the agent should make.",
)
guidance_docs = tg.Data(
    "Clinical triage guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Symptom-by-symptom urgency protocols written by the clinical lead vets.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
slot_query = tg.Data("Slot search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data(
    "Free appointment slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, slot, owner name and mobile, pet details and a triage summary.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data(
    "Appointment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
confirmation_sms = tg.Data("Appointment confirmation text", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website; not signed in.
    owner = tm.add(tg.Actor("Pet owner", role="website visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that runs the conversation and decides the urgency advice.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Practice management vendor", trust=tg.Trust.PARTNER):
    # The chain's system of record for clients, patients and the appointment diary.
    pms = tm.add(
        tg.ExternalService(
            "Practice management system",
            description="Veterinary PMS SaaS: appointment diary, client and patient records.",
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the appointment confirmations the PMS asks for.
    sms = tm.add(
        tg.ExternalService("SMS gateway", description="Bulk SMS provider used by the PMS.")
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # The public API the website chat widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per client IP"),
                c.InputValidation(note="message length and character set only"),
            },
        )
    )
    # Runs the conversation: retrieves guidance, calls the LLM, calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books the slot the owner picks in the chat without staff involvement.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Looks up free slots at a clinic in the PMS diary.
    slot_tool = tm.add(
        tg.Tool(
            "Slot availability tool",
            capabilities={"read"},
            description="Reads free slots for a clinic and appointment type from the PMS API.",
        )
    )
    # Writes the chosen appointment into the PMS diary.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write"},
            description="Creates an online-booking appointment and client record in the PMS.",
            controls={
                c.LeastPrivilegeTools(note="PMS API key limited to the online-booking scope"),
                c.SecretsManagement(note="API key in the cloud secret manager"),
            },
        )
    )
    # Keeps conversations for clinical audit and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Triage guidance, chunked and embedded, for the agent to ground its advice.
    guidance_index = tm.add(tg.VectorStore("Triage guidance index", stores={guidance_chunks}))
    # Re-embeds the guidance whenever the clinical leads publish a new version.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Writes and maintains the urgency protocols.
    clinical_lead = tm.add(tg.Actor("Clinical lead vet", role="clinical lead"))
    # Sees the booked appointments and prepares for the visit.
    reception = tm.add(tg.Actor("Clinic receptionist", role="reception staff"))

# ---------------------------------------------------------------- flows
tm.flow(owner, chat_api, owner_message, protocol="https")
tm.flow(chat_api, agent, owner_message)
tm.flow(agent, guidance_index, owner_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, pms, slot_query, protocol="https")
tm.flow(pms, slot_tool, free_slots, protocol="https")
tm.flow(slot_tool, agent, free_slots)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, pms, appointment, protocol="https")
tm.flow(pms, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, chat_reply)
tm.flow(chat_api, owner, chat_reply, protocol="https")

tm.flow(pms, sms, confirmation_sms, protocol="https")
tm.flow(sms, owner, confirmation_sms, protocol="sms")
tm.flow(pms, reception, appointment, protocol="https", label="day list")

tm.flow(clinical_lead, indexer, guidance_docs, protocol="https", label="publishes guidance")
tm.flow(indexer, guidance_index, guidance_chunks)
