"""Blood donor appointment assistant: the first design, before any security review.

The national blood service adds a chat assistant to the donor website and the donor
app. Signed-in donors ask it to book, move or cancel a donation appointment at a
donor session, and ask eligibility questions ("I had a tattoo in March", "I take
blood pressure tablets"). An LLM agent, running in the service's cloud tenancy,
answers eligibility questions from an index of the clinical team's donor guidance
and books through a tool that calls the existing session and appointment system
in the on-premises donor data centre. The language model is a vendor-hosted API.
A separate scheduler sends appointment reminders by SMS through a messaging
provider. Controls in this design: TLS on external connections, donor account
sign-in and rate limits on the chat API, the vendor's content filter, a step cap
on the agent, a tool account scoped to the appointments API, donation-interval
rules enforced by the session system, encryption and role-based access on donor
records, and a 90-day retention on chat transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donor appointment assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat assistant that books donation appointments, answers eligibility "
    "questions from clinical guidance and sends SMS reminders.",
)

# ---------------------------------------------------------------- data assets
donor_message = tg.Data(
    "Donor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text; eligibility questions often disclose medication, travel, "
    "illness, tattoos or sexual history.",
)
assistant_reply = tg.Data(
    "Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
guidance_docs = tg.Data(
    "Donor eligibility guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Clinical team's donor selection guidelines, as published to donors.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Prompt with guidance and booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
booking_request = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Donor id, session id, slot, and book / move / cancel.",
)
booking_result = tg.Data(
    "Available slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
donor_record = tg.Data(
    "Donor record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contact details, blood group, donation history, deferrals.",
)
appointment = tg.Data("Donation appointment", kind="records", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data(
    "Appointment reminder SMS",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number, first name, session venue and time.",
)
delivery_status = tg.Data("SMS delivery status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Donors and would-be donors on the website or the donor app.
    donor = tm.add(tg.Actor("Donor", role="blood donor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model is bought as a hosted API, not run by us.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial messaging gateway that delivers reminders to donors' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Blood service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for the website widget and the donor app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="donor account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Decides whether to answer from guidance or to call the booking tool.
    agent = tm.add(
        tg.Agent(
            "Donor assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, moves and cancels appointments once the donor says yes "
            "in the chat; no staff review.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # The only way the agent touches appointments.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete"},
            description="Finds slots at nearby sessions and books, moves or cancels "
            "the donor id passed in by the agent.",
            controls={
                c.LeastPrivilegeTools(note="service account limited to the appointments API")
            },
        )
    )
    # RAG index the agent searches for eligibility answers.
    guidance_index = tm.add(tg.VectorStore("Eligibility guidance index", stores={guidance_chunks}))
    # Rebuilds the index whenever the clinical team publishes new guidance.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))
    # Conversations kept for complaint handling and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcript},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Nightly job that texts donors two days before their appointment.
    reminder_service = tm.add(tg.Service("Reminder scheduler"))

with tm.boundary("Donor data centre", trust=tg.Trust.RESTRICTED):
    # Existing system of record for donor sessions and appointments.
    session_system = tm.add(
        tg.Service(
            "Session and appointment system",
            controls={
                c.PolicyEnforcement(
                    rules="refuses bookings inside the minimum interval since the "
                    "donor's last donation"
                ),
                c.AuditLogging(),
            },
        )
    )
    # Existing donor database behind the session system.
    donor_db = tm.add(
        tg.DataStore(
            "Donor database",
            stores={donor_record, appointment},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Clinical staff who own and publish donor selection guidance.
    clinical_author = tm.add(tg.Actor("Clinical guidance editor", role="clinical staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(donor, chat_api, donor_message, protocol="https", controls={tls})
tm.flow(chat_api, agent, donor_message)
tm.flow(agent, guidance_index, donor_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, session_system, booking_request, protocol="https", controls={tls})
tm.flow(session_system, booking_tool, booking_result, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_result)
tm.flow(session_system, donor_db, appointment, label="writes bookings")
tm.flow(donor_db, session_system, donor_record, appointment, label="reads donor and slots")
tm.flow(agent, transcripts, transcript)
tm.flow(agent, chat_api, assistant_reply)
tm.flow(chat_api, donor, assistant_reply, protocol="https", controls={tls})

tm.flow(clinical_author, indexer, guidance_docs, label="publishes guidance")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(donor_db, reminder_service, appointment, label="tomorrow's and next day's appointments")
tm.flow(reminder_service, sms_gateway, reminder, protocol="https", controls={tls})
tm.flow(sms_gateway, donor, reminder, protocol="sms")
tm.flow(sms_gateway, reminder_service, delivery_status, protocol="https", label="delivery webhook")
