"""Christmas tree farm booking agent: the first design, before any security review.

Visitors chat with an agent on the farm's website during the season. It answers
questions about tree varieties, sizes and prices from the farm's catalogue, books
pick-your-own visit slots, and sells the extras: netting and home delivery. The agent
runs on the farm's cloud account and uses a hosted LLM; it acts through four tools:
a catalogue lookup, slot booking, a payment link tool that opens a hosted checkout at
the payment provider, and a delivery tool that adds a delivery to the day's runs. A
booking is changed only on its reference and the visitor's e-mail. The booking
backend takes the provider's signed payment webhooks and sends confirmations; each
evening a route planner builds the drivers' runs with a maps API, and the seasonal
drivers see them in a phone app where they mark deliveries done. The farm manager
edits prices and slot capacity and reviews bookings in the backend's admin pages.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Christmas tree farm booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Seasonal chat agent that books pick-your-own slots, answers tree questions, "
        "takes payment for netting and delivery and schedules delivery runs."
    ),
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, booking details, names, phone numbers and delivery addresses.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
catalogue = tg.Data(
    "Tree catalogue and price list",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Varieties, height bands, prices, netting and delivery charges by zone.",
)
catalogue_query = tg.Data("Catalogue query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_result = tg.Data(
    "Catalogue lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
booking_request = tg.Data(
    "Slot booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Slot, party size, name, e-mail, phone; or a reference and e-mail to change one.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Visit slots, contact details, extras ordered, payment state, delivery address.",
)
payment_request = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference, the extras chosen and the total the agent worked out.",
)
checkout_link = tg.Data("Checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
checkout_session = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
provider_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
delivery_request = tg.Data(
    "Delivery request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, delivery address, preferred day and time window.",
)
delivery_result = tg.Data(
    "Delivery slot offered", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
addresses = tg.Data("Delivery addresses", kind="records", sensitivity=tg.Sensitivity.PII)
route_plan = tg.Data("Optimised route", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
driver_route = tg.Data(
    "Driver run sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stops in order with customer name, address, phone and tree tag.",
)
delivery_status = tg.Data("Delivery status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
admin_changes = tg.Data(
    "Price and slot capacity changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public planning a visit; no account needed.
    visitor = tm.add(tg.Actor("Visitor", role="customer"))
    # Seasonal drivers' own phones, running the farm's delivery app.
    driver_app = tm.add(tg.Device("Driver delivery app", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go to the provider, never through the farm.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Geocodes addresses and orders the stops of each run.
    maps = tm.add(tg.ExternalService("Maps routing API", provides="data-provider"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend call, public on the website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Decides what to answer and which tool to call, with no person approving.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Answers size and price questions from the farm's own catalogue.
    catalogue_tool = tm.add(tg.Tool("Catalogue lookup tool", capabilities={"read"}))
    # Books, moves and cancels visit slots.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.Authentication(method="booking reference and e-mail to change a booking"),
                c.PolicyEnforcement(rules="refuses slots that are full, closed or in the past"),
            },
        )
    )
    # Opens a hosted checkout for netting and delivery at the provider.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={c.SecretsManagement(note="provider key in the cloud secret manager")},
        )
    )
    # Adds a delivery to a day's run for the route planner.
    delivery_tool = tm.add(tg.Tool("Delivery scheduling tool", capabilities={"read", "write"}))
    # Holds the bookings, takes payment webhooks, sends confirmations, serves admin pages.
    backend = tm.add(
        tg.Service(
            "Booking backend",
            description="Tree catalogue, prices and slot capacity are configured here.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The season's bookings, extras and delivery addresses.
    booking_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, catalogue},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds each evening's delivery runs and serves them to the drivers.
    planner = tm.add(
        tg.Service(
            "Delivery route planner",
            controls={c.Authentication(method="driver username and password")},
        )
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Runs the season: prices, slot capacity, refunds by hand, driver rota.
    manager = tm.add(tg.Actor("Farm manager", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat, visitor_message, protocol="https")
tm.flow(chat, visitor, agent_reply, protocol="https")
tm.flow(chat, agent, visitor_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, agent, catalogue_result)
tm.flow(booking_db, catalogue_tool, catalogue, label="price list read")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, backend, booking_request)
tm.flow(backend, booking_tool, booking_result)

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, agent, checkout_link)
tm.flow(payment_tool, payments, checkout_session, provider_key, protocol="https")
tm.flow(payments, payment_tool, checkout_link, protocol="https")
tm.flow(
    payments,
    backend,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)

tm.flow(agent, delivery_tool, delivery_request)
tm.flow(delivery_tool, agent, delivery_result)
tm.flow(delivery_tool, backend, delivery_request)
tm.flow(backend, delivery_tool, delivery_result)

tm.flow(backend, booking_db, bookings, catalogue)
tm.flow(booking_db, backend, bookings, catalogue)
tm.flow(backend, visitor, confirmation, protocol="smtp+starttls")

tm.flow(booking_db, planner, addresses, label="nightly delivery export")
tm.flow(planner, maps, addresses, protocol="https")
tm.flow(maps, planner, route_plan, protocol="https")
tm.flow(planner, driver_app, driver_route, protocol="https")
tm.flow(driver_app, planner, delivery_status, protocol="https")
tm.flow(planner, backend, delivery_status)

tm.flow(manager, backend, admin_changes, protocol="https")
tm.flow(backend, manager, bookings, protocol="https")
