"""Kayak rental booking chatbot: the first design, before any security review.

A kayak rental company on an EU lake and coast runs a chatbot on its website and on
WhatsApp and Facebook Messenger. Customers ask about routes, prices and opening hours,
and book guided or self-guided trips in the chat. Before it confirms a booking the
bot checks the forecast wind, gusts and wave height for the launch site through a
commercial weather API and refuses slots above the company's limits. It then sends a
waiver link, stores the signed waiver (name, date of birth, swimming ability, medical
notes, emergency contact) and takes a deposit through the payment provider's hosted
checkout. The bot is an LLM agent on a vendor's hosted model, with tools for weather,
bookings, waivers and deposits, and a step limit on each conversation. Guides use a
small staff web app to see their trips and cancel them when conditions turn; a
cancellation refunds the deposit and messages the customer. Staff sign in with e-mail
and password; the booking database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kayak rental waiver and weather chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Booking chatbot that checks wind and water conditions, collects signed "
        "waivers and takes deposits; guides can cancel trips."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with FAQ and prices, conversation history and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
weather_query = tg.Data("Weather query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
conditions = tg.Data(
    "Wind and water conditions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone, trip, slot, group size and deposit status.",
)
waiver_call = tg.Data("Waiver tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
signed_waiver = tg.Data(
    "Signed waiver",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, swimming ability, medical notes, emergency contact, signature.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
deposit_call = tg.Data("Deposit tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
checkout_link = tg.Data(
    "Deposit checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
cancellation = tg.Data("Trip cancellation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
refund_request = tg.Data("Deposit refund request", kind="records", sensitivity=tg.Sensitivity.PII)
provider_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website chat or messages the company's number.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # WhatsApp and Messenger relay customer messages to our webhook and deliver replies.
    messaging = tm.add(
        tg.ExternalService(
            "Messaging platform",
            description="WhatsApp Business and Messenger APIs.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial marine forecast API: wind, gusts, wave height per launch site.
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the chatbot agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for deposits, and refunds; card details never reach us.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # One entry point for the website widget and the messaging webhooks.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that answers, checks conditions and books.
    agent = tm.add(
        tg.Agent(
            "Booking chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=False,
            controls={c.CircuitBreaker(max_steps=12)},
            description="Confirms a booking itself once conditions are within limits.",
        )
    )
    # Reads the forecast for the slot and launch site the customer asks about.
    weather_tool = tm.add(tg.Tool("Weather check tool", capabilities={"read", "network-egress"}))
    # Checks availability and creates or changes bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Issues a waiver link and files the signed waiver against the booking.
    waiver_tool = tm.add(tg.Tool("Waiver tool", capabilities={"read", "write", "send-messages"}))
    # Creates the deposit checkout session with the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit tool",
            capabilities={"money-movement", "network-egress"},
            controls={c.SecretsManagement(note="provider key in the cloud secret store")},
        )
    )
    # Bookings, slots and deposit status.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Signed waiver PDFs, kept for the liability period.
    waiver_store = tm.add(tg.DataStore("Waiver store", stores={signed_waiver}))
    # Staff web app where guides see their trips and cancel them.
    guide_app = tm.add(
        tg.Endpoint(
            "Guide app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Guides' phones", trust=tg.Trust.UNTRUSTED):
    # Guides open the staff app on their own phones at the launch site.
    guide = tm.add(tg.Actor("Guide", role="guide"))

# ---------------------------------------------------------------- flows
# Conversations, from the website or through the messaging platform.
tm.flow(customer, chat_api, chat_message, protocol="https", label="website chat")
tm.flow(chat_api, customer, bot_reply, protocol="https")
tm.flow(customer, messaging, chat_message, protocol="https")
tm.flow(messaging, chat_api, chat_message, protocol="https", label="incoming message webhook")
tm.flow(chat_api, messaging, bot_reply, protocol="https", label="send reply")
tm.flow(messaging, customer, bot_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, bot_reply)

# The agent and its model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Weather check before confirming.
tm.flow(agent, weather_tool, weather_query)
tm.flow(weather_tool, weather_api, weather_query, protocol="https")
tm.flow(weather_api, weather_tool, conditions, protocol="https")
tm.flow(weather_tool, agent, conditions)

# Bookings.
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, booking)
tm.flow(booking_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking)

# Waivers.
tm.flow(agent, waiver_tool, waiver_call)
tm.flow(customer, waiver_tool, signed_waiver, protocol="https", label="signs waiver form")
tm.flow(waiver_tool, waiver_store, signed_waiver)
tm.flow(waiver_tool, agent, waiver_call, label="waiver status")

# Deposits.
tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, payments, deposit_call, provider_key, protocol="https")
tm.flow(payments, deposit_tool, checkout_link, protocol="https")
tm.flow(deposit_tool, agent, checkout_link)
tm.flow(customer, payments, payment_event, protocol="https", label="pays deposit")
tm.flow(payments, chat_api, payment_event, protocol="https", label="payment webhook")
tm.flow(chat_api, booking_db, payment_event, label="mark deposit paid")

# Guides cancel trips.
tm.flow(guide, guide_app, cancellation, protocol="https")
tm.flow(guide_app, guide, booking, signed_waiver, protocol="https", label="trip roster")
tm.flow(booking_db, guide_app, booking)
tm.flow(waiver_store, guide_app, signed_waiver)
tm.flow(guide_app, booking_db, cancellation)
tm.flow(guide_app, payments, refund_request, provider_key, protocol="https", label="refund deposit")
tm.flow(guide_app, messaging, cancellation, protocol="https", label="notify customers")
