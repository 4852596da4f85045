"""Balloon ride booking agent: the first design, before any security review.

A hot-air balloon ride operator (UK and EU launch sites) lets passengers book and
manage rides through a chat on its website. An LLM agent, run in the operator's
cloud account and calling a hosted model, takes the booking, collects each
passenger's weight and a short health declaration (pregnancy, heart conditions,
mobility), and stores them in the booking database. Before each flight it calls
a basket allocation tool that places passengers in baskets; the tool refuses any
basket over its certified load limit, and the pilot signs off the load plan in
the ops console. When the chief pilot cancels a flight for weather, the agent
uses a rebooking tool to move every passenger to the next suitable date, using
the aviation forecast, and texts or e-mails them through an SMS/e-mail provider.
Pilots and office staff use the ops console with e-mail and password sign-in.
Traffic is TLS throughout; the booking database is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Balloon ride booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat booking agent that collects passenger weights and health declarations, "
        "allocates baskets within load limits and rebooks weather-cancelled flights."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Passenger chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking questions, names, contact details, voucher codes.",
)
weight = tg.Data(
    "Passenger weight",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
health = tg.Data(
    "Health declaration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pregnancy, heart and mobility conditions declared for fitness to fly.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking = tg.Data("Booking record", kind="records", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, booking and declaration details.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
allocation_call = tg.Data("Basket allocation request", kind="tool-call")
load_plan = tg.Data(
    "Basket load plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which passenger flies in which basket, with weights and totals.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
limits = tg.Data(
    "Flight schedule and basket load limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rebook_call = tg.Data("Rebooking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
notice = tg.Data("Rebooking notice", sensitivity=tg.Sensitivity.PII)
forecast = tg.Data("Aviation weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
cancellation = tg.Data("Flight cancellation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_off = tg.Data("Load plan sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public and gift-voucher holders booking rides.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent calls; the operator runs no model of its own.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers booking confirmations and rebooking notices by SMS and e-mail.
    sms = tm.add(
        tg.ExternalService("SMS and e-mail provider", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # Aviation forecasts (TAF, winds aloft) for the launch sites.
    weather = tm.add(
        tg.DataSource("Aviation weather service", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The website chat widget's backend: the only way in for passengers.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Takes bookings, collects weights and declarations, allocates and rebooks.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the flight's pilot",
                    note="the pilot signs off each basket load plan before launch; "
                    "rebookings and notices go ahead automatically",
                )
            },
        )
    )
    # Places passengers in baskets; deterministic code, not the model, checks limits.
    allocator = tm.add(
        tg.Tool(
            "Basket allocation tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses any basket whose summed passenger and pilot weight "
                    "exceeds its certified load limit for the day's temperature"
                )
            },
        )
    )
    # Moves bookings from a cancelled flight to a new date with free seats.
    rebooker = tm.add(tg.Tool("Rebooking tool", capabilities={"read", "write"}))
    # Sends texts and e-mails through the provider.
    notifier = tm.add(tg.Tool("Passenger notification tool", capabilities={"send-messages"}))
    # Where pilots and office staff see flights, load plans and forecasts.
    console = tm.add(
        tg.Service(
            "Ops console",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Bookings, weights, health declarations and load plans.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, weight, health, load_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Flights per launch site and each basket's certified load limits.
    schedule = tm.add(tg.DataStore("Flight schedule and basket settings", stores={limits}))

with tm.boundary("Operator office and airfield", trust=tg.Trust.INTERNAL):
    # Signs off load plans and cancels flights when the weather is unsafe.
    pilot = tm.add(tg.Actor("Pilot", role="pilot"))
    # Sets up flights and basket limits, answers passengers the agent cannot.
    office = tm.add(tg.Actor("Office staff", role="operations staff", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# booking conversation
tm.flow(passenger, chat, chat_message, weight, health, protocol="https", controls={tls})
tm.flow(chat, agent, chat_message, weight, health)
tm.flow(agent, chat, reply)
tm.flow(chat, passenger, reply, protocol="https", controls={tls})
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, booking_db, booking, weight, health, label="saves booking")
tm.flow(booking_db, agent, booking, label="looks up booking")

# basket allocation
tm.flow(agent, allocator, allocation_call)
tm.flow(booking_db, allocator, weight, booking)
tm.flow(schedule, allocator, limits)
tm.flow(allocator, booking_db, load_plan)
tm.flow(allocator, agent, tool_result)

# weather cancellation and rebooking
tm.flow(weather, console, forecast, protocol="https", controls={tls})
tm.flow(weather, agent, forecast, protocol="https", controls={tls}, label="choose rebook date")
tm.flow(pilot, console, cancellation, sign_off, protocol="https", controls={tls})
tm.flow(console, pilot, load_plan, forecast, protocol="https", controls={tls})
tm.flow(booking_db, console, load_plan, booking)
tm.flow(console, booking_db, sign_off)
tm.flow(console, agent, cancellation, label="cancelled flight triggers rebooking")
tm.flow(agent, rebooker, rebook_call)
tm.flow(schedule, rebooker, limits, label="free seats")
tm.flow(rebooker, booking_db, booking)
tm.flow(rebooker, agent, tool_result)
tm.flow(agent, notifier, notice)
tm.flow(notifier, sms, notice, protocol="https", controls={tls})
tm.flow(sms, passenger, notice, protocol="sms", label="text and e-mail")

# office administration
tm.flow(office, console, limits, booking, protocol="https", controls={tls})
tm.flow(console, office, booking, protocol="https", controls={tls})
tm.flow(console, schedule, limits)
