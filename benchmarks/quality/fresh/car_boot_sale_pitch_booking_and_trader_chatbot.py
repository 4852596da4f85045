"""Car boot sale pitch booking and trader chatbot: first design.

A weekend car boot sale on a farm field in England. Traders (private sellers and
regular dealers) book pitches through a chatbot, either in a widget on the sale's
website or over Facebook Messenger. An LLM agent answers questions about the rules,
pitch sizes, prices and banned goods from the organiser's rules document, books a
pitch for a date with a booking tool and sends a card payment link created with the
payment provider; the provider's webhook marks the booking paid. Everything runs
on one small cloud host. On the day, gate stewards open a web page on their own
phones and look bookings up by reference or car registration, signed in with one
PIN the stewards share; the organiser edits the rules document and reads bookings.
Controls in this design: rate limits on the web chat, a no-double-booking check in
the booking tool, a signed payment webhook and disk encryption on the host.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car boot sale pitch booking and trader chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Chatbot on the web and Messenger that books and takes payment for pitches.",
)

# ---------------------------------------------------------------- data assets
trader_message = tg.Data(
    "Trader chat message",
    sensitivity="pii",
    kind="prompt",
    description="Questions and booking details: name, phone, car registration, date.",
)
bot_reply = tg.Data("Chatbot reply", sensitivity="pii", kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, the conversation so far and the rules document.",
)
completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
rules_doc = tg.Data(
    "Sale rules, pitch prices and banned goods list",
    sensitivity="public",
    kind="documents",
)
booking_call = tg.Data("Booking request", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity="pii", kind="tool-result")
bookings = tg.Data(
    "Pitch bookings",
    sensitivity="pii",
    kind="records",
    description="Trader name, phone, e-mail, car registration, pitch, date, payment status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", sensitivity="pii", kind="logs")
link_call = tg.Data("Payment link request", sensitivity="confidential", kind="tool-call")
checkout_request = tg.Data(
    "Checkout session request",
    sensitivity="confidential",
    kind="records",
    description="Booking reference and amount.",
)
payment_link = tg.Data("Payment link", sensitivity="confidential", kind="tool-result")
card_details = tg.Data("Card details", sensitivity="regulated", kind="records")
payment_event = tg.Data("Payment confirmation", sensitivity="confidential", kind="records")
gate_pin = tg.Data("Gate PIN", sensitivity="secret", kind="credentials")
booking_lookup = tg.Data("Booking lookup", sensitivity="pii", kind="records")
arrival = tg.Data("Arrival check-in", sensitivity="internal", kind="records")
organiser_login = tg.Data("Organiser sign-in credentials", sensitivity="secret", kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone wanting a pitch; no account needed.
    trader = tm.add(tg.Actor("Trader", role="trader"))
    # Volunteer on the gate, using their own phone on mobile data in the field.
    steward = tm.add(tg.Actor("Gate steward", role="steward"))
    # Runs the sale; edits the rules and exports the bookings.
    organiser = tm.add(tg.Actor("Organiser", role="organiser", privileged=True))

with tm.boundary("Meta platform", trust=tg.Trust.PARTNER):
    # Messenger relays traders' messages to our page's webhook and our replies back.
    messenger = tm.add(tg.ExternalService("Facebook Messenger"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; card details are typed on the provider's page, not ours.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Creates checkout links and posts a webhook when a payment succeeds.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the chatbot.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Cloud host", trust=tg.Trust.INTERNAL):
    # Chat widget on the sale's website.
    web_chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose="api",
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Receives Messenger messages for the sale's Facebook page.
    messenger_webhook = tm.add(tg.Endpoint("Messenger webhook", purpose="api"))
    # The chatbot: answers questions, books pitches and sends payment links on its own.
    agent = tm.add(
        tg.Agent(
            "Booking chatbot",
            autonomy="autonomous",
            description="Answers from the rules document; books and sends payment links.",
        )
    )
    # Books a pitch for a date.
    booking_tool = tm.add(
        tg.Tool(
            "Pitch booking tool",
            capabilities={"read", "write"},
            controls={c.PolicyEnforcement(rules="refuses a pitch already booked for that date")},
        )
    )
    # Asks the payment provider for a checkout link for the booking.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            description="Creates a checkout link for the booking reference and the amount "
            "the chatbot passes.",
        )
    )
    # Marks bookings paid when the provider says so.
    payment_webhook = tm.add(tg.Endpoint("Payment webhook receiver", purpose="api"))
    # The organiser's rules, pitch prices and banned goods list the chatbot answers from.
    rules_store = tm.add(tg.DataStore("Rules document store", stores={rules_doc}))
    # Bookings and chat transcripts.
    booking_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed disk keys")},
        )
    )
    # Page the gate stewards open on their phones on the day, and the organiser's admin.
    gate_page = tm.add(
        tg.Endpoint(
            "Gate and admin web app",
            purpose="api",
            description="Stewards look up bookings and mark arrivals; the organiser "
            "edits the rules and exports bookings.",
            controls={
                c.Authentication(
                    method="one gate PIN shared by all stewards; organiser e-mail and password"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# web chat
tm.flow(trader, web_chat, trader_message, protocol="https")
tm.flow(web_chat, trader, bot_reply, protocol="https")
tm.flow(web_chat, agent, trader_message)
tm.flow(agent, web_chat, bot_reply)

# Messenger
tm.flow(trader, messenger, trader_message, protocol="https")
tm.flow(messenger, trader, bot_reply, protocol="https")
tm.flow(messenger, messenger_webhook, trader_message, protocol="https", label="message webhook")
tm.flow(messenger_webhook, agent, trader_message)
tm.flow(agent, messenger, bot_reply, protocol="https", label="Send API")

# the chatbot's reasoning
tm.flow(rules_store, agent, rules_doc)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, booking_db, transcripts, protocol="postgresql")

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings, protocol="postgresql")
tm.flow(booking_db, booking_tool, bookings, protocol="postgresql")
tm.flow(booking_tool, agent, booking_result)

# payment
tm.flow(agent, link_tool, link_call)
tm.flow(link_tool, payments, checkout_request, protocol="https")
tm.flow(payments, link_tool, payment_link, protocol="https")
tm.flow(link_tool, agent, payment_link)
tm.flow(trader, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    payment_webhook,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified with the webhook secret")},
)
tm.flow(payment_webhook, booking_db, payment_event, protocol="postgresql", label="mark paid")

# on the day and admin
tm.flow(steward, gate_page, gate_pin, booking_lookup, arrival, protocol="https")
tm.flow(gate_page, steward, bookings, protocol="https")
tm.flow(gate_page, booking_db, booking_lookup, arrival, protocol="postgresql")
tm.flow(booking_db, gate_page, bookings, protocol="postgresql")
tm.flow(organiser, gate_page, organiser_login, rules_doc, protocol="https")
tm.flow(gate_page, organiser, bookings, protocol="https", label="bookings export")
tm.flow(gate_page, rules_store, rules_doc, protocol="local")
