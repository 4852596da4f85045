"""Embassy visa appointment chatbot: the first design, before any security review.

The visa section of an EU member state's embassy puts a chatbot on its public
website. Applicants ask about visa types, documents and fees; the chatbot answers
from the published visa guidance, which a nightly job indexes into a vector store.
When an applicant wants a biometric appointment, the chatbot asks for passport
number, nationality and travel dates, looks up free slots and books one in the
consular appointment system in the ministry's restricted network. Answers are
written by a hosted LLM reached over its vendor's API. Every conversation is
logged, and consular staff read the logs in a staff console.
Controls in this design: rate limiting on the chat endpoint, a step cap on the
agent, format checks in the booking tool, a vendor review of the LLM provider,
encrypted conversation logs kept 90 days, and smart-card sign-in with roles for
the staff console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Embassy visa appointment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot that answers visa questions and books biometric appointments.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Applicant chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; includes passport number, nationality and travel dates when booking.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and retrieved guidance passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data("Published visa guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
passages = tg.Data(
    "Guidance passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
search = tg.Data("Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
slot_query = tg.Data(
    "Slot availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
slots = tg.Data("Free appointment slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, passport number, nationality, travel dates and the chosen slot.",
)
confirmation = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appointments = tg.Data(
    "Visa appointment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
log_search = tg.Data("Log search request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the world can open the chat; most are genuine visa applicants.
    applicant = tm.add(tg.Actor("Visa applicant", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes every answer; reached over the vendor's API, data stays in an EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="ministry cloud procurement review, EU data residency")
            },
        )
    )

with tm.boundary("Ministry cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point the website's chat widget calls.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Decides whether to answer from guidance or to look up and book a slot.
    agent = tm.add(
        tg.Agent(
            "Visa chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
            description="Books on the applicant's say-so in the chat; no staff approval per booking.",
        )
    )
    # Holds the published guidance the chatbot answers from.
    index = tm.add(tg.VectorStore("Guidance index", stores={passages}))
    # Nightly job that chunks and embeds the guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Read-only lookup of free biometric appointment slots.
    slot_tool = tm.add(tg.Tool("Slot lookup tool", capabilities={"read"}))
    # Creates the appointment in the consular system.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"write"},
            controls={
                c.InputValidation(note="passport number format, dates in the future, slot exists")
            },
        )
    )
    # Every conversation, for staff follow-up and complaints.
    logs = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Web console where consular staff read conversation logs.
    console = tm.add(
        tg.Endpoint(
            "Staff log console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="ministry smart card with PIN"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Ministry website", trust=tg.Trust.INTERNAL):
    # The embassy's own published visa pages, the source of truth for answers.
    pages = tm.add(
        tg.DataSource("Visa guidance pages", origin=tg.Origin.INTERNAL, provides={guidance})
    )

with tm.boundary("Consular network", trust=tg.Trust.RESTRICTED):
    # System of record for biometric appointments, used by the visa section.
    appointment_system = tm.add(tg.DataStore("Consular appointment system", stores={appointments}))

with tm.boundary("Embassy staff network", trust=tg.Trust.INTERNAL):
    # Visa section staff who follow up on conversations.
    staff = tm.add(tg.Actor("Consular staff", role="visa officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, chat, message, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, index, search, label="similarity search")
tm.flow(index, agent, passages, label="retrieved guidance")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, slot_tool, slot_query)
tm.flow(slot_tool, appointment_system, slot_query, protocol="https")
tm.flow(appointment_system, slot_tool, slots, protocol="https")
tm.flow(slot_tool, agent, slots)
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, appointment_system, booking, protocol="https")
tm.flow(appointment_system, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)

tm.flow(agent, chat, reply)
tm.flow(chat, applicant, reply, protocol="https")
tm.flow(agent, logs, transcripts)

tm.flow(staff, console, log_search, protocol="https")
tm.flow(logs, console, transcripts)
tm.flow(console, staff, transcripts, protocol="https")

tm.flow(pages, indexer, guidance, protocol="https", label="nightly crawl")
tm.flow(indexer, index, passages)
