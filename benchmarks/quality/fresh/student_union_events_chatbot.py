"""Student union events chatbot: the first design.

A chat widget on the union's website answers students' questions about events
and societies and sells event tickets. A chat agent, backed by a hosted LLM,
searches an index of event listings and society pages, and when a student wants
tickets it creates a pending order and hands back a link to the payment
provider's hosted checkout; the provider confirms payment to our ticketing
service by webhook and e-tickets go out by e-mail. Society officers post their
events through an events portal, and listings go live and into the index at
once; the activities team can unpublish them. Everything runs in the union's
cloud account. Students and officers sign in with university single sign-on
(questions need no sign-in), the chat endpoint is rate limited, the agent's
steps per turn are capped, and the events database is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Student union events chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Answers questions about union events and societies, sells tickets, "
    "and lets society officers post events.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Student chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with event context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved listings and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
search_call = tg.Data("Event search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
listings = tg.Data(
    "Event and society listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, descriptions, dates, venues, prices and capacity written by officers.",
)
chunks = tg.Data(
    "Listing chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
search_result = tg.Data("Matching events", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
order_call = tg.Data("Ticket order request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student id, name, e-mail, event, quantity and amount due.",
)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
paid = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
eticket = tg.Data("E-ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
submission = tg.Data("Event submission", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
moderation = tg.Data("Unpublish decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any visitor can chat; buying needs a university sign-in.
    student = tm.add(tg.Actor("Student", role="student"))
    # A student who runs a society and posts its events.
    officer = tm.add(tg.Actor("Society officer", role="society officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writing the answers and choosing the tool calls is left to a hosted model.
    llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the union's systems.
    payment_provider = tm.add(
        tg.ExternalService("Payment provider hosted checkout", description="Stripe Checkout.")
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the e-tickets.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Union cloud account", trust=tg.Trust.INTERNAL):
    # The widget's back end, the only part students talk to directly.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="university single sign-on (OIDC)",
                    note="asked for only when a student starts buying tickets",
                ),
            },
        )
    )
    # Plans each turn: search, answer, or start an order.
    agent = tm.add(
        tg.Agent(
            "Events chat agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers from the listings; for tickets it starts an order and the "
            "student completes payment on the provider's page.",
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Looks events and societies up in the index.
    search_tool = tm.add(tg.Tool("Event search tool", capabilities={"read"}))
    # Starts a ticket purchase on the student's behalf.
    checkout_tool = tm.add(
        tg.Tool(
            "Ticket checkout tool",
            capabilities={"write"},
            description="Creates a pending order for the student id taken from the chat "
            "session; the amount comes from the event record. Unpaid orders expire after "
            "15 minutes.",
        )
    )
    # Owns orders, capacity, payment callbacks and e-tickets.
    ticketing = tm.add(tg.Service("Ticketing service"))
    # Where officers create and edit their society's events.
    events_portal = tm.add(
        tg.Endpoint(
            "Events portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university single sign-on (OIDC)"),
                c.RBAC(note="officers edit only the societies they are officers of"),
            },
        )
    )
    # Keeps the embedded listings in step with the database.
    indexer = tm.add(tg.Pipeline("Listing indexer", stage=tg.Stage.INGESTION))
    # Conversation history, kept for support and for improving answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Events, societies, capacity and ticket orders.
        events_db = tm.add(
            tg.DataStore(
                "Events and tickets database",
                stores={listings, order, paid},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # What the search tool queries.
        index = tm.add(tg.VectorStore("Event listing index", stores={chunks}))

with tm.boundary("Union office", trust=tg.Trust.INTERNAL):
    # Activities team: unpublishes events that break the rules, reads transcripts.
    staff = tm.add(tg.Actor("Activities coordinator", role="union staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, chat_api, question, protocol="https")
tm.flow(chat_api, student, answer, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer, checkout_link)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, index, search_call, label="similarity query")
tm.flow(index, search_tool, chunks)
tm.flow(search_tool, agent, search_result)

tm.flow(agent, checkout_tool, order_call)
tm.flow(checkout_tool, ticketing, order)
tm.flow(ticketing, checkout_tool, checkout_link)
tm.flow(checkout_tool, agent, checkout_link)
tm.flow(ticketing, events_db, order, paid)
tm.flow(events_db, ticketing, listings, order, label="event price and capacity")
tm.flow(ticketing, payment_provider, checkout_session, protocol="https")
tm.flow(student, payment_provider, card, protocol="https")
tm.flow(payment_provider, ticketing, paid, protocol="https", label="payment webhook")
tm.flow(ticketing, mailer, eticket, protocol="https")
tm.flow(mailer, student, eticket, protocol="smtp")

tm.flow(officer, events_portal, submission, protocol="https")
tm.flow(events_portal, officer, listings, protocol="https")
tm.flow(events_portal, events_db, listings)
tm.flow(events_db, events_portal, listings)
tm.flow(staff, events_portal, moderation, protocol="https")
tm.flow(events_db, indexer, listings, label="sync on change")
tm.flow(indexer, index, chunks)
tm.flow(transcript_store, staff, transcripts, protocol="https")
