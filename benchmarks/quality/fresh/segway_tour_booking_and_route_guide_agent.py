"""Segway tour booking and route guide agent: the first design, before any security review.

A city segway tour company (operating in Lisbon) lets riders book tours by chatting
with an LLM agent, either in a chat panel on its website or through its WhatsApp
Business number. The agent answers questions, checks each rider's declared weight
and age against the limits of the chosen tour, and creates the booking; the rider
pays on the payment provider's hosted checkout page, whose confirmation comes back
by webhook. During tours a monitor service polls the city's open-data roadworks feed
and hands new closures on an active route to the same agent, which works out a
detour and messages the tour guide on WhatsApp. The company's services, database and
tour catalogue run in one cloud account; the model is a vendor-hosted LLM. Controls
in this design: HTTPS everywhere, rate limiting and input checks on the website
chat, a step limit on the agent, the payment provider's webhook signature, API keys
in the cloud secrets manager and encryption at rest on the booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Segway tour booking and route guide agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat booking of segway tours with rider weight and age checks, and live "
        "detours around road closures messaged to tour guides."
    ),
)

# ---------------------------------------------------------------- data assets
booking_chat = tg.Data(
    "Booking chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the rider types: dates, group size, names, weights, ages, questions.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, tool results and closure notices.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rider_details = tg.Data(
    "Rider details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone or e-mail, declared weight and age of each rider in a group.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_records = tg.Data(
    "Tour bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tour_catalogue = tg.Data(
    "Tours, routes and rider limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each tour's schedule, prices, GPS route and minimum age / weight range.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
eligibility_result = tg.Data("Rider limit check result", kind="tool-result")
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_link = tg.Data("Checkout link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_webhook = tg.Data(
    "Payment confirmed webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
roadworks = tg.Data(
    "Roadworks and closure notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Street closures with location, dates and a free-text description.",
)
active_tours = tg.Data("Active tours and positions", kind="records")
detour_call = tg.Data("Route change message", kind="tool-call")
guide_message = tg.Data("Guide WhatsApp message", sensitivity=tg.Sensitivity.INTERNAL)
guide_reply = tg.Data("Guide reply", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking a tour, on the website or on WhatsApp.
    rider = tm.add(tg.Actor("Rider", role="customer"))
    # Our guide on tour, reached on a personal phone over the mobile network.
    guide = tm.add(tg.Actor("Tour guide", role="guide"))
    # The city's open-data API: anyone may read it, the city's contractors feed it.
    roadworks_feed = tm.add(
        tg.DataSource(
            "City roadworks feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={roadworks},
            description="The municipality's open-data roadworks and closures API.",
        )
    )

with tm.boundary("Messaging platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business platform: carries rider chats and guide messages.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business platform",
            description="Meta's cloud API; delivers inbound messages to our webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: we never see card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages; tour prices are sent per booking.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The chat panel's backend on the public website; also receives payment webhooks.
    web_chat = tm.add(
        tg.Endpoint(
            "Website booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Receives WhatsApp messages from riders and guides.
    wa_webhook = tm.add(tg.Endpoint("WhatsApp webhook", purpose=tg.EndpointPurpose.API))
    # Books tours and plans detours: reads the chat, calls tools, writes replies.
    agent = tm.add(
        tg.Agent(
            "Booking and route agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Books without staff; sends guides detours on its own during tours.",
        )
    )
    # Compares declared weights and ages with the tour's limits.
    eligibility_tool = tm.add(
        tg.Tool("Rider limits check", capabilities={"read"}),
    )
    # Creates and changes bookings and opens a checkout session.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement()},
            description="Creates bookings; the price is read from the tour catalogue.",
        )
    )
    # Sends a route change to the guide of a running tour.
    guide_tool = tm.add(tg.Tool("Guide messaging tool", capabilities={"send-messages"}))
    # Every 5 minutes during tours: fetches closures and checks them against active routes.
    tour_monitor = tm.add(
        tg.Service(
            "Tour monitor",
            description="Polls the roadworks feed and wakes the agent on a closure on a route.",
        )
    )
    # Bookings with rider details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking_records, rider_details, active_tours},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tours, routes and rider limits, edited by the operations manager.
    catalogue = tm.add(tg.DataStore("Tour catalogue", stores={tour_catalogue}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Maintains tours, routes and limits.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
# Website booking chat
tm.flow(rider, web_chat, booking_chat, protocol="https")
tm.flow(web_chat, agent, booking_chat)
tm.flow(agent, web_chat, agent_reply)
tm.flow(web_chat, rider, agent_reply, protocol="https")

# WhatsApp booking chat and guide replies
tm.flow(rider, whatsapp, booking_chat, protocol="https")
tm.flow(guide, whatsapp, guide_reply, protocol="https")
tm.flow(whatsapp, wa_webhook, booking_chat, guide_reply, protocol="https", label="message webhook")
tm.flow(wa_webhook, agent, booking_chat, guide_reply)
tm.flow(agent, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, rider, agent_reply, protocol="https")

# The model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Rider limits and booking
tm.flow(agent, eligibility_tool, rider_details)
tm.flow(catalogue, eligibility_tool, tour_catalogue, label="tour limits")
tm.flow(eligibility_tool, agent, eligibility_result)
tm.flow(agent, booking_tool, booking_call)
tm.flow(catalogue, booking_tool, tour_catalogue, label="tour price list")
tm.flow(booking_tool, booking_db, booking_records, rider_details)
tm.flow(booking_db, booking_tool, booking_records)
tm.flow(booking_tool, payments, checkout_request, protocol="https")
tm.flow(payments, booking_tool, checkout_link, protocol="https")
tm.flow(booking_tool, agent, booking_result, checkout_link)
tm.flow(
    payments,
    web_chat,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(web_chat, booking_db, booking_records, label="mark booking paid")

# Closures during tours
tm.flow(roadworks_feed, tour_monitor, roadworks, protocol="https")
tm.flow(booking_db, tour_monitor, active_tours)
tm.flow(catalogue, tour_monitor, tour_catalogue, label="tour routes")
tm.flow(tour_monitor, agent, roadworks, active_tours, label="closure on an active route")
tm.flow(agent, guide_tool, detour_call)
tm.flow(guide_tool, whatsapp, guide_message, protocol="https")
tm.flow(whatsapp, guide, guide_message, protocol="https")

# Office
tm.flow(ops_manager, catalogue, tour_catalogue, protocol="https", label="edits tours and limits")
