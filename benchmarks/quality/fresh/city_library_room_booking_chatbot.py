"""City library room booking chatbot: the first design, before any security review.

A chat assistant on the city library's website answers questions about opening
hours, branches and room facilities, and books study rooms and meeting spaces.
Library members sign in in the chat with their library card number and PIN,
checked against the library management system; community group organisers who
hold no card can chat and ask for a meeting space. An LLM agent, running on the
city's web platform and calling a hosted LLM, answers from an index of the
library's web pages and uses two tools on the existing room booking system: one
reads availability, one creates and cancels bookings. Study rooms are booked
directly; community group requests for meeting spaces wait for staff approval.
The booking system sends confirmation e-mails through the city's e-mail provider.
The chat endpoint is rate limited, all links use TLS and staff use role-based
access. Members' data are EU personal data under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City library room booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat assistant that answers library questions and books rooms.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
card_pin = tg.Data(
    "Library card number and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, card number, e-mail address, branch and borrower status.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, retrieved pages and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
pages = tg.Data(
    "Library web pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Opening hours, branch pages, room descriptions and booking rules.",
)
page_chunks = tg.Data(
    "Page chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data("Room availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Room, time slot, card number or group name, contact e-mail, or a cancellation.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_records = tg.Data(
    "Room bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
staff_decision = tg.Data(
    "Meeting space approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Card holders booking study rooms or asking about the library.
    member = tm.add(tg.Actor("Library member", role="member"))
    # Residents booking meeting spaces for clubs, charities and associations.
    organiser = tm.add(tg.Actor("Community group organiser", role="community group organiser"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model with function calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("City e-mail provider", trust=tg.Trust.PARTNER):
    # The city's transactional e-mail service.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("City web platform", trust=tg.Trust.INTERNAL):
    # Chat API behind the website widget; signs members in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that answers questions and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from the page index, checks availability and books on the "
            "user's confirmation in the chat.",
        )
    )
    # Read-only lookup of free rooms and slots.
    availability_tool = tm.add(tg.Tool("Room availability tool", capabilities={"read"}))
    # Creates and cancels bookings in the booking system.
    booking_tool = tm.add(
        tg.Tool(
            "Room booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.HumanInTheLoop(
                    approver="branch library staff",
                    note="meeting-space requests from community groups only; study-room "
                    "bookings by members go ahead directly",
                ),
            },
        )
    )
    # Index of the public web pages the agent answers from.
    page_index = tm.add(tg.VectorStore("Library page index", stores={page_chunks}))
    # Re-crawls and embeds the library's pages each night.
    indexer = tm.add(tg.Pipeline("Nightly page indexing job", stage=tg.Stage.INGESTION))
    # The library's own website content.
    website = tm.add(
        tg.DataSource("Library website CMS", origin=tg.Origin.INTERNAL, provides={pages})
    )
    # Conversation history for support and service improvement.
    chat_logs = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Library systems", trust=tg.Trust.RESTRICTED):
    # Existing library management system: member accounts and PIN checks.
    lms = tm.add(tg.DataStore("Library management system", stores={member_record}))
    # Existing room booking system: rooms, calendars, bookings.
    booking_system = tm.add(
        tg.DataStore(
            "Room booking system",
            stores={booking_records},
            controls={
                c.RBAC(),
                c.PolicyEnforcement(
                    rules="refuses double bookings and more than two study-room hours per card per day"
                ),
            },
        )
    )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Branch staff who manage rooms and approve meeting-space requests.
    staff = tm.add(tg.Actor("Branch library staff", role="library staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, chat_api, chat_message, card_pin, protocol="https", controls={tls})
tm.flow(chat_api, member, reply, protocol="https", controls={tls})
tm.flow(organiser, chat_api, chat_message, protocol="https", controls={tls})
tm.flow(chat_api, organiser, reply, protocol="https", controls={tls})
tm.flow(chat_api, lms, card_pin, protocol="https", label="PIN check")
tm.flow(lms, chat_api, member_record, protocol="https")

tm.flow(chat_api, agent, chat_message, member_record)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, page_index, chat_message, label="similarity query")
tm.flow(page_index, agent, page_chunks)
tm.flow(agent, chat_logs, transcripts)

tm.flow(website, indexer, pages, protocol="https", label="nightly crawl")
tm.flow(indexer, page_index, page_chunks)

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, agent, availability)
tm.flow(availability_tool, booking_system, availability_query, protocol="https")
tm.flow(booking_system, availability_tool, availability, protocol="https")
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_system, booking_request, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")

tm.flow(staff, booking_system, staff_decision, protocol="https", label="approves requests")
tm.flow(booking_system, staff, booking_records, protocol="https")
tm.flow(booking_system, mailer, confirmation, protocol="https")
tm.flow(mailer, member, confirmation, protocol="smtp")
tm.flow(mailer, organiser, confirmation, protocol="smtp")
