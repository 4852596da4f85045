"""Bicycle repair shop booking chatbot: the first design, before any security review.

A small bike repair shop puts a chat assistant on its website. Customers describe
what is wrong with their bike; the assistant quotes the usual price for common
repairs from the shop's price list, offers free workshop slots, books one, and
sends a payment link for a deposit so that no-shows do not block the workshop.
The assistant is an LLM agent running in the shop's small cloud web app; it calls a
hosted LLM from a vendor and three tools: a price lookup, a slot booking tool on the
workshop calendar, and a deposit link tool on the card payment provider's hosted
checkout (card details never reach our app). The payment provider posts a signed
webhook when a deposit is paid. The shop owner manages bookings and prices in an
admin page, signed in with e-mail and password. The chat endpoint has a per-IP rate
limit, the agent a cap on tool calls per turn, API keys live in the host's secret
store and the managed database is encrypted at rest. Customers are in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle repair shop booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat that quotes common bike repairs, books workshop slots "
    "and takes deposits.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: the bike's problem, preferred dates, name, e-mail, phone.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
price_query = tg.Data("Repair price query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
price_quote = tg.Data("Repair price quote", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
repair_prices = tg.Data(
    "Repair price list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Slot booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen slot, repair type, customer name, e-mail and phone.",
)
booking_result = tg.Data(
    "Free slots and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Workshop bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Slot, repair, quoted price, deposit status, customer contact details.",
)
deposit_request = tg.Data(
    "Deposit link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking id, deposit amount given by the assistant, customer e-mail.",
)
checkout_session = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit payment webhook event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who visits the shop's website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="website visitor"))

with tm.boundary("Shop web app hosting", trust=tg.Trust.INTERNAL):
    # The public HTTPS endpoint behind the website's chat widget.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # The booking assistant: an LLM agent that decides which tool to call next.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Quotes repairs, books slots and sends deposit links without staff "
            "approval; the owner looks over the day's bookings each morning.",
            controls={
                c.CircuitBreaker(max_steps=8, note="tool calls per customer message"),
                c.SecretsManagement(note="LLM and payment API keys in the host's secret store"),
            },
        )
    )
    # Read-only lookup of the usual price of a repair.
    price_tool = tm.add(tg.Tool("Repair price lookup tool", capabilities={"read"}))
    # Lists free slots and writes bookings into the workshop calendar.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Finds free slots, creates the booking and e-mails a confirmation.",
        )
    )
    # Creates a hosted-checkout link for the deposit with the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit link tool",
            capabilities={"money-movement", "network-egress"},
            description="Creates a checkout session for the amount the assistant passes.",
        )
    )
    # The shop's price list for common repairs, edited by the owner.
    price_list = tm.add(tg.DataStore("Repair price list store", stores={repair_prices}))
    # Managed Postgres holding the workshop calendar and bookings.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Every conversation, kept to settle disputes about quotes.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Receives the payment provider's webhook and marks deposits as paid.
    webhook_endpoint = tm.add(
        tg.Endpoint(
            "Payment webhook endpoint", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Admin page where the owner sees bookings and edits prices.
    admin_page = tm.add(
        tg.Service(
            "Shop admin page",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Runs the workshop and the website.
    owner = tm.add(tg.Actor("Shop owner", role="shop owner", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card and charges the deposit.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, assistant, chat_message)
tm.flow(assistant, chat_endpoint, reply)
tm.flow(chat_endpoint, customer, reply, protocol="https")

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, price_tool, price_query)
tm.flow(price_list, price_tool, repair_prices)
tm.flow(price_tool, assistant, price_quote)

tm.flow(assistant, booking_tool, booking_request)
tm.flow(bookings_db, booking_tool, bookings, label="free slots")
tm.flow(booking_tool, bookings_db, bookings, label="new booking")
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, email, confirmation_email, protocol="https")
tm.flow(email, customer, confirmation_email, protocol="smtp")

tm.flow(assistant, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, checkout_session, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, assistant, payment_link)
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    webhook_endpoint,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(webhook_endpoint, bookings_db, bookings, label="deposit paid")

tm.flow(assistant, transcript_store, transcripts)

tm.flow(owner, admin_page, bookings, repair_prices, protocol="https", label="edits")
tm.flow(admin_page, owner, bookings, protocol="https", label="bookings view")
tm.flow(bookings_db, admin_page, bookings)
tm.flow(admin_page, bookings_db, bookings, label="changes and cancellations")
tm.flow(admin_page, price_list, repair_prices, label="price updates")
