"""Blood donation van appointment chatbot: the first design, before any security review.

Donors chat with an assistant on the blood service's website and donor app to find a
mobile donation session (a donation van at a workplace, school or village hall), book,
move or cancel a slot, and ask whether they can give (travel, tattoos, medication,
recent illness). An LLM agent in the blood service's cloud tenancy answers eligibility
questions from the published donor guidelines, retrieved from a vector index, and calls
two first-party tools: one that lists sessions with free slots and one that books into
the donor management system in the blood service's data centre. The language model is
hosted by a vendor. A daily reminder job texts donors the day before their slot through
an SMS provider. Donors sign in to their donor account before booking; traffic to the
vendor, the SMS provider and the data centre uses HTTPS; the donor management system is
encrypted at rest with role-based staff access and audit logs; the chat endpoint is
rate limited and the vendor's content filter screens prompts and completions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood donation van appointment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat assistant that books donors into mobile donation sessions, answers "
    "eligibility questions from the donor guidelines and sends slot reminders.",
)

# ---------------------------------------------------------------- data assets
donor_message = tg.Data(
    "Donor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text; donors often describe medication, illness, travel or "
    "pregnancy when asking whether they can give.",
)
bot_answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with guideline passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, retrieved guideline passages and "
    "tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or a tool call chosen by the model.",
)
guidelines = tg.Data(
    "Donor eligibility guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guideline_vectors = tg.Data(
    "Guideline chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
passages = tg.Data(
    "Retrieved guideline passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
slot_search = tg.Data(
    "Session search request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
slot_list = tg.Data(
    "Sessions with free slots",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Van location, date, opening hours and free slot times.",
)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Book, move or cancel: donor id, session id and slot time.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
session_plan = tg.Data(
    "Mobile session plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Where each van goes, when, and how many chairs it has.",
)
donor_record = tg.Data(
    "Donor record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, contact details, date of birth, blood group, donation history, "
    "deferrals and appointments.",
)
appointment_update = tg.Data("Appointment update", kind="records", sensitivity=tg.Sensitivity.PII)
due_appointments = tg.Data(
    "Next-day appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Donor name, mobile number, session address and slot time.",
)
reminder = tg.Data("Appointment reminder text", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every conversation, kept for complaints and to improve the prompts.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who give blood, or want to.
    donor = tm.add(tg.Actor("Donor", role="blood donor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; we call it through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the reminder texts to donors' phones.
    sms = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Blood service cloud tenancy", trust=tg.Trust.INTERNAL):
    # What the website's chat widget and the donor app talk to.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="donor account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation: retrieves guidance, calls the LLM and the booking tools.
    agent = tm.add(
        tg.Agent(
            "Donor assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers eligibility questions from the retrieved guidelines and "
            "books, moves or cancels slots after the donor confirms the slot in the chat.",
        )
    )
    # Lets the agent quote the current guidelines rather than the model's memory.
    index = tm.add(tg.VectorStore("Guidelines vector index", stores={guideline_vectors}))
    # Re-indexes the guidelines whenever the clinical team publishes a new version.
    indexer = tm.add(tg.Pipeline("Guidelines indexing pipeline", stage=tg.Stage.INGESTION))
    # Read-only lookup of mobile sessions near a postcode, with free slots.
    session_tool = tm.add(
        tg.Tool("Session finder tool", capabilities={"read"}, origin="first-party")
    )
    # Writes appointments into the donor management system.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write", "delete"},
            origin="first-party",
            description="Books, moves or cancels a slot for a donor id given by the agent.",
        )
    )
    # Conversation history for complaints handling and prompt improvement.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Texts each donor the day before their appointment.
    reminder_job = tm.add(tg.Service("Daily reminder job"))

with tm.boundary("Blood service data centre", trust=tg.Trust.RESTRICTED):
    # System of record for donors, sessions and appointments (existing system).
    donor_db = tm.add(
        tg.DataStore(
            "Donor management system",
            stores={donor_record, session_plan},
            controls={
                c.EncryptionAtRest(key_management="data centre HSM"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Publishes the donor selection guidelines the chatbot answers from.
    guideline_docs = tm.add(tg.DataStore("Donor guidelines library", stores={guidelines}))
    # Clinical staff who maintain the guidelines.
    clinical_team = tm.add(tg.Actor("Donor selection clinician", role="clinical staff"))
    # Plans van routes and session capacity.
    planner = tm.add(tg.Actor("Session planner", role="operations staff"))

# ---------------------------------------------------------------- flows
tm.flow(donor, chat, donor_message, protocol="https")
tm.flow(chat, donor, bot_answer, protocol="https")
tm.flow(chat, agent, donor_message)
tm.flow(agent, chat, bot_answer)

tm.flow(agent, index, donor_message, label="similarity query")
tm.flow(index, agent, passages)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, session_tool, slot_search)
tm.flow(session_tool, agent, slot_list)
tm.flow(session_tool, donor_db, slot_search, protocol="https", label="donor system API")
tm.flow(donor_db, session_tool, slot_list, protocol="https", label="donor system API")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, donor_db, appointment_update, protocol="https", label="donor system API")
tm.flow(donor_db, booking_tool, donor_record, protocol="https", label="donor system API")

tm.flow(agent, transcript_store, transcripts)

tm.flow(clinical_team, guideline_docs, guidelines, protocol="https", label="publishes new version")
tm.flow(guideline_docs, indexer, guidelines, protocol="https")
tm.flow(indexer, index, guideline_vectors)

tm.flow(planner, donor_db, session_plan, protocol="https", label="plans sessions")

tm.flow(donor_db, reminder_job, due_appointments, protocol="https", label="daily export")
tm.flow(reminder_job, sms, reminder, protocol="https")
tm.flow(sms, donor, reminder, protocol="sms")
