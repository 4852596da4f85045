"""Pool hall booking and cue hire chatbot: the first design, before security review.

A chain of pool and snooker halls puts a chat assistant on its website. Customers
ask it to book a pool or snooker table, hire a cue for the session, and answer
questions about the halls' leagues (fixtures, tables, rules). The assistant is an
LLM agent running in our cloud account; it calls a hosted LLM from a vendor and
three first-party tools: table booking, cue hire and a payment-link tool that asks
the card payment provider for a hosted checkout link for the deposit. Customers pay
on the provider's page, and the provider's webhook marks the deposit as paid.
League content is synced nightly from the county league's public website into a
vector index. Hall staff manage bookings and cue stock in a web console.
Controls in this design: TLS everywhere outside the cloud account, a rate limit on
the chat endpoint, a step limit on the agent, booking changes only with the booking
reference and e-mail address, the payment provider's API key in the secret manager,
webhook signatures verified, and the booking database encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pool hall table booking and cue hire chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chat assistant for a pool and snooker hall chain: table bookings, "
        "cue hire, league questions and deposits through a payment link."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: booking wishes, names, phone numbers, e-mail addresses.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results and league excerpts.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool calls to make.",
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
cue_call = tg.Data("Cue hire request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
cue_result = tg.Data(
    "Cue hire confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
link_call = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference and the deposit amount the agent passes.",
)
link_result = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Table bookings and cue hires",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hall, table, time slot, customer name, phone, e-mail, cue hired, deposit status.",
)
rates = tg.Data("Table and cue hire rates", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted page.",
)
payment_event = tg.Data(
    "Deposit paid event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Webhook from the payment provider: booking reference, amount, payer e-mail.",
)
league_pages = tg.Data(
    "League fixtures, tables and rules", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
league_chunks = tg.Data(
    "League excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="player"))
    # The county league publishes fixtures and results on its own site; we crawl it.
    league_site = tm.add(
        tg.DataSource(
            "County league website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={league_pages},
            description="Public fixtures, league tables and rule pages.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment on its hosted page, so card data never reaches us.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout links and payment webhooks.",
        )
    )

with tm.boundary("Chatbot cloud account", trust=tg.Trust.INTERNAL):
    # The public chat API the website widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per browser session")},
        )
    )
    # The LLM agent that holds the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books tables, hires cues and sends deposit links without staff involvement.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Checks availability, creates bookings, amends or cancels existing ones.
    booking_tool = tm.add(
        tg.Tool(
            "Table booking tool",
            capabilities={"read", "write", "delete"},
            description=(
                "Looks up free tables and rates, creates bookings; amends or cancels a "
                "booking when given its reference and the e-mail address on it."
            ),
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Reserves a hire cue from the hall's stock against a booking.
    cue_tool = tm.add(
        tg.Tool(
            "Cue hire tool",
            capabilities={"read", "write"},
            description="Reserves a cue of the requested weight and tip size for a booking.",
        )
    )
    # Asks the payment provider for a checkout link for the deposit.
    link_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a hosted checkout link for the booking reference and amount the agent passes.",
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # Receives the provider's payment webhooks and marks deposits as paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook handler",
            purpose=tg.EndpointPurpose.API,
        )
    )
    # Bookings, cue hires, hall rates and cue stock.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, rates},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Vector index of league content that the agent answers league questions from.
    league_index = tm.add(tg.VectorStore("League knowledge index", stores={league_chunks}))
    # Nightly crawl of the league site, chunked and embedded into the index.
    league_sync = tm.add(tg.Pipeline("Nightly league sync", stage=tg.Stage.INGESTION))
    # Conversation logs kept for staff to look into complaints.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Web console where hall staff see and manage bookings and cue stock.
    console = tm.add(
        tg.Service(
            "Staff booking console",
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Halls", trust=tg.Trust.INTERNAL):
    # Front-desk staff at each hall.
    staff = tm.add(tg.Actor("Hall staff", role="front desk"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, customer, reply, link_result, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply, link_result)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(league_index, agent, league_chunks, label="similarity search")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, rates)

tm.flow(agent, cue_tool, cue_call)
tm.flow(cue_tool, agent, cue_result)
tm.flow(cue_tool, booking_db, bookings)
tm.flow(booking_db, cue_tool, bookings)

tm.flow(agent, link_tool, link_call)
tm.flow(link_tool, agent, link_result)
tm.flow(link_tool, payments, checkout_request, protocol="https")
tm.flow(payments, link_tool, link_result, protocol="https")

tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    webhook,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified with its SDK")},
)
tm.flow(webhook, booking_db, bookings, label="marks deposit paid")

tm.flow(league_site, league_sync, league_pages, protocol="https", label="nightly crawl")
tm.flow(league_sync, league_index, league_chunks)

tm.flow(staff, console, bookings, rates, protocol="https")
tm.flow(console, staff, bookings, transcripts, protocol="https")
tm.flow(console, booking_db, bookings, rates)
tm.flow(booking_db, console, bookings, rates)
tm.flow(transcript_store, console, transcripts)
