"""Rope walk heritage museum chatbot: the first design, before any security review.

A UK maritime heritage museum (a historic rope walk and dockyard) adds a chatbot
to its website. Visitors ask about opening times, exhibits and objects; the bot,
an LLM agent in the museum's cloud tenancy calling a hosted model, answers from
the collection database through a search tool, books timed-entry tickets on the
SaaS ticketing platform and takes donations with a Gift Aid declaration, which
it writes to the donor CRM on the office network. Visitors pay on the payment
provider's hosted checkout, so card numbers never reach the museum. Curators
keep the collection database; the finance officer claims Gift Aid from HMRC
quarterly. Controls: rate limiting and length checks on the chat API, the model
vendor's content filter, a step cap on the agent with keys in a secrets
manager, encrypted and role-restricted donor CRM, signed payment webhooks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rope walk museum visitor chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chatbot that answers visitor questions from the collection, sells "
        "tickets and takes Gift Aid donations."
    ),
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt with visitor information, the conversation and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
collection_query = tg.Data(
    "Collection search query", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call"
)
collection_records = tg.Data(
    "Collection object records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Catalogue text and images, with store locations, donor notes and valuations.",
)
booking_request = tg.Data(
    "Ticket booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Date, time slot, ticket types, lead booker's name and e-mail.",
)
ticket_order = tg.Data("Ticket order", sensitivity=tg.Sensitivity.PII, kind="records")
ticket_prices = tg.Data("Ticket price list", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
booking_result = tg.Data(
    "Booking confirmation and checkout link", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
donation_request = tg.Data(
    "Donation and Gift Aid details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Amount, full name, home address and the UK taxpayer confirmation.",
)
declaration = tg.Data(
    "Gift Aid declaration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
checkout_session = tg.Data(
    "Donation checkout session", sensitivity=tg.Sensitivity.PII, kind="records"
)
donation_link = tg.Data(
    "Donation checkout link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
card_details = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
receipt = tg.Data("Payment receipt", sensitivity=tg.Sensitivity.PII, kind="records")
ticket_paid = tg.Data("Ticket payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
donation_paid = tg.Data(
    "Donation payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
claim = tg.Data("Gift Aid claim schedule", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the museum website; no account needed to chat, book or donate.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor"))

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat widget's back end.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # The LLM agent: decides which tool to call and writes the reply.
    agent = tm.add(
        tg.Agent(
            "Visitor chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=8),
                c.SecretsManagement(note="API keys for the model, ticketing, payments and CRM"),
            },
        )
    )
    # Looks objects up in the collection database for visitor questions.
    collection_tool = tm.add(
        tg.Tool("Collection search tool", capabilities={"read"}, origin="first-party")
    )
    # Creates provisional ticket orders on the ticketing platform.
    ticket_tool = tm.add(
        tg.Tool(
            "Ticket booking tool",
            capabilities={"write"},
            origin="first-party",
            description=(
                "Creates a provisional order; the price comes from the ticketing platform's "
                "price list and the visitor pays on the hosted checkout."
            ),
        )
    )
    # Records the Gift Aid declaration and opens a checkout for the donation.
    donation_tool = tm.add(
        tg.Tool(
            "Gift Aid donation tool",
            capabilities={"write"},
            origin="first-party",
            description=(
                "Writes the Gift Aid declaration to the donor CRM and creates a checkout "
                "session for the amount the visitor chooses."
            ),
        )
    )
    # Every conversation, kept for visitor services to review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model with function calling.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # SaaS ticketing already used at the front desk.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="Ticket types, time slots and prices are set up here by visitor services.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for tickets and donations; holds the card data.
    payments = tm.add(tg.ExternalService("Payment provider hosted checkout"))

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # The collections management system curators already use.
    collection_db = tm.add(tg.DataStore("Collection database", stores={collection_records}))
    # Donors and their Gift Aid declarations, on the office server.
    donor_crm = tm.add(
        tg.DataStore(
            "Donor CRM",
            stores={declaration, donation_paid},
            controls={
                c.EncryptionAtRest(key_management="BitLocker on the office server"),
                c.RBAC(note="finance and development staff only"),
                c.Authentication(method="Windows domain username and password"),
            },
        )
    )
    # Catalogue the collection.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Prepares the quarterly Gift Aid claim.
    finance = tm.add(tg.Actor("Finance officer", role="finance officer"))

with tm.boundary("HMRC", trust=tg.Trust.PARTNER):
    # Where Gift Aid is claimed back.
    hmrc = tm.add(tg.ExternalService("HMRC Charities Online"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, visitor_message, protocol="https")
tm.flow(chat_api, visitor, reply, protocol="https")
tm.flow(chat_api, agent, visitor_message)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, collection_tool, collection_query)
tm.flow(
    collection_tool, collection_db, collection_query, protocol="https", label="site-to-site VPN"
)
tm.flow(
    collection_db, collection_tool, collection_records, protocol="https", label="site-to-site VPN"
)
tm.flow(collection_tool, agent, collection_records)
tm.flow(curator, collection_db, collection_records, label="catalogues objects")

tm.flow(agent, ticket_tool, booking_request)
tm.flow(ticket_tool, ticketing, ticket_order, protocol="https")
tm.flow(ticketing, ticket_tool, ticket_prices, booking_result, protocol="https")
tm.flow(ticket_tool, agent, booking_result)

tm.flow(agent, donation_tool, donation_request)
tm.flow(donation_tool, donor_crm, declaration, protocol="https", label="site-to-site VPN")
tm.flow(donation_tool, payments, checkout_session, protocol="https")
tm.flow(payments, donation_tool, donation_link, protocol="https")
tm.flow(donation_tool, agent, donation_link)

tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, visitor, receipt, protocol="https")
tm.flow(payments, ticketing, ticket_paid, protocol="https")
tm.flow(
    payments,
    donation_tool,
    donation_paid,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="webhook signature checked with the provider's SDK")},
)
tm.flow(
    donation_tool,
    donor_crm,
    donation_paid,
    protocol="https",
    label="site-to-site VPN",
    id="donation-tool-records-payment",
)

tm.flow(donor_crm, finance, declaration, donation_paid, label="quarterly Gift Aid report")
tm.flow(finance, hmrc, claim, protocol="https")
