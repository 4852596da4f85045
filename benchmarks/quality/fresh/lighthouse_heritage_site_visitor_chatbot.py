"""Lighthouse heritage site visitor chatbot: the first design, before any security review.

A small heritage trust runs a restored lighthouse open to the public. A chat
widget on its website answers visitors' questions about opening times, the
tower climb (age, height and health restrictions, weather closures) and the
lighthouse's history. A chatbot service on the website host sends each question,
with passages retrieved from the trust's published pages and a FAQ document that
volunteers edit in the trust's Google Workspace, to a hosted LLM. The bot can
start a tower climb ticket purchase through a checkout tool: the ticketing
provider prices the order and the visitor pays on the payment provider's hosted
page. Group visits are taken as requests that go to the visitor services inbox,
and staff confirm them by e-mail. Controls in this design: a per-visitor rate
limit on the chat API, staff confirmation of every group booking, an API key for
the ticketing provider, HTTPS on every link to the internet.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lighthouse heritage site visitor chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chatbot for a lighthouse heritage trust: visitor questions, "
        "tower climb tickets and group booking requests."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors sometimes include names, e-mails or health details.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with site passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and the retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pages = tg.Data("Published website pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
faq = tg.Data(
    "Visitor FAQ document",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Opening times, climb restrictions and closures, kept current by volunteers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
passages = tg.Data(
    "Page and FAQ passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
checkout_call = tg.Data(
    "Ticket checkout request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Climb date, time slot, ticket types and quantities.",
)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Slot, tickets, price and the buyer's name and e-mail.",
)
slots = tg.Data(
    "Climb slots and ticket prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
card = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
e_ticket = tg.Data("E-ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
group_request = tg.Data(
    "Group booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Organiser's name, e-mail and phone, group size, date and access needs.",
)
group_reply = tg.Data("Group booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the trust's website.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor"))
    # Volunteers update the FAQ from home with their own Google accounts.
    volunteer = tm.add(tg.Actor("Volunteer FAQ editor", role="volunteer"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # What the chat widget on every page talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=20)},
        )
    )
    # The bot: retrieves passages, calls the LLM and decides when to use its tools.
    bot = tm.add(
        tg.Agent(
            "Visitor chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers from retrieved passages; may start a checkout or "
            "file a group booking request during the conversation.",
        )
    )
    # Lets the bot turn 'two adults for the 2pm climb' into something payable.
    checkout_tool = tm.add(
        tg.Tool(
            "Ticket checkout tool",
            capabilities={"read", "write"},
            description="Checks slot availability and creates an order at the ticketing "
            "provider, returning its hosted checkout link.",
        )
    )
    # Hands group visits to staff rather than booking them directly.
    group_tool = tm.add(
        tg.Tool(
            "Group booking request tool",
            capabilities={"send-messages"},
            controls={tg.controls.HumanInTheLoop(approver="visitor services staff")},
        )
    )
    # Search index over what the bot is allowed to answer from.
    index = tm.add(tg.VectorStore("Site knowledge index", stores={passages}))
    # Rebuilds the index from the website and the FAQ document.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage=tg.Stage.INGESTION,
            description="Crawls the trust's pages and exports the FAQ document each night.",
        )
    )
    # The trust's own website content, managed in its CMS.
    website = tm.add(
        tg.DataSource("Trust website pages", origin=tg.Origin.INTERNAL, provides={pages})
    )
    # Kept so staff can see what visitors ask and fix wrong answers.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Trust Google Workspace", trust=tg.Trust.INTERNAL):
    # The single document volunteers keep up to date.
    faq_doc = tm.add(
        tg.DataSource("Visitor FAQ document", origin=tg.Origin.INTERNAL, provides={faq})
    )
    # Where group requests land for staff to work through.
    inbox = tm.add(tg.DataStore("Visitor services inbox", stores={group_request}))

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Confirms group bookings against the guides' rota and replies to organisers.
    staff = tm.add(tg.Actor("Visitor services staff", role="staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ticketing provider", trust=tg.Trust.PARTNER):
    # Holds climb slots, prices and orders; sends e-tickets.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing system",
            controls={tg.controls.Authentication(method="ticketing API key")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card checkout; card details never reach the trust.
    payments = tm.add(tg.ExternalService("Hosted card checkout"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, question, protocol="https")
tm.flow(chat_api, visitor, reply, checkout_link, protocol="https")
tm.flow(chat_api, bot, question)
tm.flow(bot, chat_api, reply, checkout_link)

tm.flow(bot, index, question, label="similarity search")
tm.flow(index, bot, passages)
tm.flow(bot, llm, prompt, protocol="https")
tm.flow(llm, bot, completion, protocol="https")
tm.flow(bot, transcript_store, transcripts)

tm.flow(bot, checkout_tool, checkout_call)
tm.flow(checkout_tool, bot, checkout_link, slots)
tm.flow(checkout_tool, ticketing, order, protocol="https")
tm.flow(ticketing, checkout_tool, slots, checkout_link, protocol="https")
tm.flow(visitor, payments, card, protocol="https", label="pays on the hosted page")
tm.flow(payments, ticketing, payment_result, protocol="https", label="payment webhook")
tm.flow(ticketing, visitor, e_ticket, protocol="smtp+starttls")

tm.flow(bot, group_tool, group_request)
tm.flow(group_tool, bot, group_request, label="request filed")
tm.flow(group_tool, inbox, group_request, protocol="smtp+starttls")
tm.flow(inbox, staff, group_request, protocol="https")
tm.flow(staff, visitor, group_reply, protocol="smtp+starttls", label="confirmation e-mail")

tm.flow(volunteer, faq_doc, faq, protocol="https", label="edits")
tm.flow(faq_doc, indexer, faq, protocol="https")
tm.flow(website, indexer, pages, protocol="https", label="nightly crawl")
tm.flow(indexer, index, passages)
