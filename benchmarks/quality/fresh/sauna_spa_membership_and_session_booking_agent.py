"""Sauna and cold-plunge spa: membership and session booking agent (first design).

An AI agent in the spa website's chat widget answers visitors and members. It
answers health questions (pregnancy, heart conditions) from the spa's guidance
pages, indexed in a vector store; sells memberships through a checkout link at
the card payment provider; books sessions in the spa backend; and has the smart
lock vendor's cloud text the member a door code valid for the session. On a
membership purchase it takes the member's health declaration, kept in the member
database and shown on the roster to the lifeguard-trained pool attendants.
Our parts run in one cloud account; the LLM is a hosted vendor model.
Controls: chat rate limit, agent step limit, the vendor's content filter, member
lookup by membership number and e-mail, signed payment webhooks, staff sign-in
with roles, and encryption at rest of the member database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sauna spa membership and session booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that sells spa memberships, books sessions, answers health "
    "questions from guidance pages and sends session door codes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with guidance context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far, retrieved guidance and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
guidance_pages = tg.Data(
    "Health and safety guidance pages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Who should not use the sauna or plunge pools, pregnancy, heart conditions.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
guidance_query = tg.Data("Guidance search query", sensitivity=tg.Sensitivity.PII, kind="prompt")
booking_request = tg.Data(
    "Booking and membership request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
health_declaration = tg.Data(
    "Member health declaration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Answers to the pre-use questions: pregnancy, heart or blood pressure "
    "conditions, epilepsy, medication.",
)
member_records = tg.Data(
    "Member, membership and booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
checkout_request = tg.Data(
    "Membership checkout request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
checkout_session = tg.Data(
    "Checkout session",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The provider's checkout session for a membership product, with its payment link.",
)
payment_link = tg.Data(
    "Membership payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_payment = tg.Data(
    "Card payment details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered by the member on the provider's hosted checkout page only.",
)
payment_event = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.PII, kind="records"
)
door_code_request = tg.Data("Door code request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
door_code_result = tg.Data(
    "Door code sent status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
booking_lookup = tg.Data("Session booking lookup", sensitivity=tg.Sensitivity.PII, kind="records")
code_order = tg.Data(
    "Timed door code order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member's mobile number and the session's start and end time.",
)
door_code = tg.Data(
    "Session door code", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
roster = tg.Data(
    "Session roster with health flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
staff_request = tg.Data(
    "Staff roster and admin request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the spa's website: prospective members and existing members.
    member = tm.add(tg.Actor("Visitor or member", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for membership payments; card details never reach the spa.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages; membership products and prices are configured here.",
        )
    )

with tm.boundary("Smart lock vendor", trust=tg.Trust.PARTNER):
    # Cloud of the door keypad vendor: issues time-limited codes and texts them.
    lock_cloud = tm.add(
        tg.ExternalService(
            "Smart lock cloud",
            description="Creates a keypad code valid for a time window on the spa's doors "
            "and sends it to the member by SMS.",
        )
    )

with tm.boundary("Spa cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only way in for visitors.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent that answers, books, sells and sends codes.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books sessions, creates membership checkouts and sends door codes "
            "without staff involvement.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Looks up, creates and changes bookings and memberships, records health declarations.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.Authentication(method="membership number and e-mail address")},
        )
    )
    # Starts a hosted checkout for a membership product and returns the payment link.
    checkout_tool = tm.add(
        tg.Tool("Membership checkout tool", capabilities={"write", "money-movement"})
    )
    # Orders a session door code from the lock vendor for a booked session.
    door_tool = tm.add(tg.Tool("Door code tool", capabilities={"read", "write"}))
    # Spa backend: bookings API, payment webhooks, staff roster and admin screens.
    backend = tm.add(
        tg.Service(
            "Spa booking backend",
            controls={
                c.Authentication(method="staff Google Workspace sign-in"),
                c.RBAC(note="attendants see rosters; the manager administers memberships"),
            },
        )
    )
    # The guidance pages, edited by the spa manager.
    cms = tm.add(tg.DataStore("Guidance pages CMS", stores={guidance_pages}))
    # Re-embeds the guidance pages when they are published.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # What the agent retrieves health answers from.
    index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_chunks}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Members, memberships, bookings, health declarations and chat transcripts.
        member_db = tm.add(
            tg.DataStore(
                "Member database",
                stores={member_records, health_declaration, transcripts},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Spa premises", trust=tg.Trust.INTERNAL):
    # Lifeguard-trained attendants watching the plunge pools, on the front-desk tablet.
    attendant = tm.add(tg.Actor("Pool attendant", role="lifeguard-trained attendant"))
    # Runs the spa: writes the guidance pages and administers memberships.
    manager = tm.add(tg.Actor("Spa manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# conversation
tm.flow(member, chat, chat_message, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, member, agent_reply, protocol="https", controls={tls})
tm.flow(chat, member_db, transcripts, label="stores transcripts")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# health guidance
tm.flow(agent, index, guidance_query, label="similarity search")
tm.flow(index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(manager, cms, guidance_pages, protocol="https", label="edits guidance")
tm.flow(cms, indexer, guidance_pages)
tm.flow(indexer, index, guidance_chunks)

# bookings, memberships and health declarations
tm.flow(agent, booking_tool, booking_request, health_declaration)
tm.flow(booking_tool, backend, booking_request, health_declaration, protocol="https")
tm.flow(backend, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(backend, member_db, member_records, health_declaration)
tm.flow(member_db, backend, member_records, health_declaration)

# membership payments
tm.flow(agent, checkout_tool, checkout_request)
tm.flow(checkout_tool, payments, checkout_session, protocol="https")
tm.flow(payments, checkout_tool, payment_link, protocol="https")
tm.flow(checkout_tool, agent, payment_link)
tm.flow(member, payments, card_payment, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    backend,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)

# door codes
tm.flow(agent, door_tool, door_code_request)
tm.flow(door_tool, backend, booking_lookup, protocol="https", label="booked session lookup")
tm.flow(backend, door_tool, booking_lookup, protocol="https", label="session time and mobile")
tm.flow(door_tool, lock_cloud, code_order, protocol="https")
tm.flow(lock_cloud, door_tool, door_code_result, protocol="https")
tm.flow(door_tool, agent, door_code_result)
tm.flow(lock_cloud, member, door_code, protocol="sms")

# staff
tm.flow(attendant, backend, staff_request, protocol="https")
tm.flow(backend, attendant, roster, protocol="https", label="today's sessions")
tm.flow(manager, backend, staff_request, protocol="https", label="membership admin")
tm.flow(backend, manager, member_records, health_declaration, protocol="https")
