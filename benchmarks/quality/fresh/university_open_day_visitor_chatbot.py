"""University open day visitor chatbot: the first design, before any security review.

Prospective students and parents use a chat widget on the open day web pages to ask
about courses, accommodation and the day's timetable, and to book campus tours.
An LLM agent in the university's cloud tenancy answers from an index of the public
CMS pages (re-indexed hourly), using a model hosted by an LLM vendor. To book, it
calls a tool that reserves a tour slot in the booking database and has an e-mail
provider send a confirmation; visitors do not sign in. Events staff manage slots
and booking lists in an admin portal behind university SSO.
Controls: rate limiting on the chat API, the vendor's content filter, capacity
checks in the booking tool, SSO with MFA on the portal, encryption at rest on the
booking database and TLS on every external link.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "University open day visitor chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public chatbot answering open day questions and booking campus tours.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors often give their name, school, grades or a child's details.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, retrieved pages and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
pages = tg.Data(
    "Course, accommodation and timetable pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
chunks = tg.Data(
    "Open day content chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data(
    "Tour booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail address, party size and chosen tour slot.",
)
booking_result = tg.Data(
    "Booking result and slot availability", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Tour bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
slots = tg.Data("Tour slots and capacity", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students (many aged 16-17) and parents, anonymous, on any device.
    visitor = tm.add(tg.Actor("Prospective student or parent", role="visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; it writes every answer.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the tour confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public API the website's chat widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: retrieves open day content, answers, and books tours by itself.
    agent = tm.add(
        tg.Agent(
            "Open day assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from the content index and books tours once the visitor confirms in chat.",
        )
    )
    # Retrieval index over the public open day content.
    index = tm.add(tg.VectorStore("Open day content index", stores={chunks}))
    # Re-indexes the CMS pages hourly during open day season.
    indexer = tm.add(tg.Pipeline("Content indexing pipeline", stage=tg.Stage.INGESTION))
    # The agent's only tool that changes anything: reserves tour places.
    booking_tool = tm.add(
        tg.Tool(
            "Tour booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="refuses full slots and more than four people per booking"
                )
            },
        )
    )
    # System of record for the day's tours and who booked them.
    booking_db = tm.add(
        tg.DataStore(
            "Tour booking database",
            stores={bookings, slots},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Kept so the recruitment team can improve answers after the day.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Staff web app for slots and booking lists; published so staff can use it off campus.
    portal = tm.add(
        tg.Service(
            "Tour admin portal",
            internet_facing=True,
            controls={tg.controls.Authentication(method="university SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("University corporate network", trust=tg.Trust.INTERNAL):
    # Runs the open day events and tours.
    staff = tm.add(tg.Actor("Events team member", role="events staff"))
    # The website CMS, where marketing publishes course and open day pages.
    cms = tm.add(tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={pages}))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, question, protocol="https")
tm.flow(chat_api, visitor, answer, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer)

tm.flow(agent, index, question, label="similarity query")
tm.flow(index, agent, chunks, label="retrieved content")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="reserve place")
tm.flow(booking_db, booking_tool, slots, label="availability")
tm.flow(booking_tool, mailer, confirmation, protocol="https")
tm.flow(mailer, visitor, confirmation, protocol="smtp+starttls")

tm.flow(cms, indexer, pages, protocol="https", label="hourly re-index")
tm.flow(indexer, index, chunks)

tm.flow(staff, portal, slots, protocol="https", label="edits tour slots")
tm.flow(portal, booking_db, slots)
tm.flow(booking_db, portal, bookings, label="booking list")
tm.flow(portal, staff, bookings, protocol="https")
