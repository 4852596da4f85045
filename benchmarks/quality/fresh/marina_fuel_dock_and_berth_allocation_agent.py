"""Marina fuel dock and berth allocation agent: the first design, before any security review.

A coastal marina lets visiting skippers book a berth by chatting on WhatsApp or on
the marina website. An LLM agent in the marina's cloud account reads the berth plan
and the tide times (a licensed tidal prediction feed), picks a berth that fits the
boat's length and draught for the arrival window, books it and sends a card payment
link from the payment provider; the skipper pays on the provider's hosted page. For a
paid booking the agent tells the skipper the current pontoon gate code. Dock staff at
the fuel dock run the pumps, record fuel sales against the boat's booking on the fuel
dock till, and use the booking back office to move or override allocations and to
change the gate code. Every morning the back office e-mails the day's arrivals list to
the harbour master's office. Controls in this design: staff sign in with their own
accounts and overrides are logged, the booking back office refuses clashing bookings,
the chat endpoint is rate limited, the agent's loop is capped, and the database is
encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marina fuel dock and berth allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Visitor berth booking by chat agent, with payment links, gate codes and a "
    "daily arrivals list for the harbour master.",
)

# ---------------------------------------------------------------- data assets
skipper_message = tg.Data(
    "Skipper chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, boat name, length, draught, arrival and departure dates, phone number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
availability_query = tg.Data("Berth availability query", kind="tool-call")
berth_availability = tg.Data(
    "Free berths and tide windows",
    kind="tool-result",
    description="Free berths with length and depth, and the tide heights for the arrival window.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_link_request = tg.Data("Payment link request", kind="tool-call")
payment_link = tg.Data("Card payment link", kind="tool-result", sensitivity=tg.Sensitivity.PII)
gate_code_request = tg.Data("Gate code request", kind="tool-call")
gate_code = tg.Data(
    "Pontoon gate code",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Keypad code for the visitor pontoon gate, changed by dock staff.",
)
berth_plan = tg.Data(
    "Berth plan and tariff",
    kind="records",
    description="Berths, their length and depth at chart datum, and the nightly tariff.",
)
bookings = tg.Data(
    "Visitor bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tide_predictions = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data("Payment confirmation", kind="records")
allocation_override = tg.Data("Allocation override", kind="records", sensitivity=tg.Sensitivity.PII)
fuel_sale = tg.Data(
    "Fuel sale", kind="records", description="Boat, litres of diesel or petrol, amount."
)
arrivals_list = tg.Data(
    "Daily arrivals list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boat names, skippers, lengths, berths and expected arrival times.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visiting skippers, reached on WhatsApp or the website.
    skipper = tm.add(tg.Actor("Visiting skipper", role="customer"))

with tm.boundary("Meta WhatsApp", trust=tg.Trust.PARTNER):
    # The WhatsApp Business Platform relays messages between skippers and our endpoint.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Creates payment links and hosts the card page, so card details never reach us.
    psp = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Tidal data provider", trust=tg.Trust.PARTNER):
    # Licensed tidal predictions for the marina's port.
    tides = tm.add(
        tg.DataSource(
            "Tidal prediction feed",
            origin=tg.Origin.VENDOR,
            provides={tide_predictions},
        )
    )

with tm.boundary("Marina cloud", trust=tg.Trust.INTERNAL):
    # One endpoint for the website chat widget and the WhatsApp webhook.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to skippers and calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Berth allocation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Allocates visitor berths, books them, sends payment links and gives "
            "the gate code; dock staff correct allocations afterwards.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads free berths and tide windows from the back office.
    availability_tool = tm.add(tg.Tool("Berth availability tool", capabilities={"read"}))
    # Creates or changes a booking in the back office.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="back office refuses overlapping bookings and boats longer or "
                    "deeper than the berth"
                )
            },
        )
    )
    # Asks the payment provider for a link for the booking's total.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write"},
            description="The amount is read from the booking record, priced from the tariff.",
        )
    )
    # Returns the current gate code for a booking reference the skipper quotes.
    gate_tool = tm.add(
        tg.Tool(
            "Gate code tool",
            capabilities={"read"},
            description="Returns the current pontoon gate code when the quoted booking "
            "reference is paid; the system prompt tells the agent to give it only then.",
        )
    )
    # The marina's booking system: berth plan, bookings, staff screens, nightly jobs.
    back_office = tm.add(
        tg.Service(
            "Booking back office",
            description="Web application for dock staff and API for the agent's tools; "
            "receives payment webhooks and sends the morning arrivals e-mail.",
            controls={
                c.Authentication(method="individual staff accounts, e-mail and password"),
                c.RBAC(note="dock staff and marina manager roles"),
                c.AuditLogging(note="allocation overrides and gate code changes"),
            },
        )
    )
    # Berth plan, tariff, bookings and the current gate code.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={berth_plan, bookings, tide_predictions, gate_code, fuel_sale},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Marina office and fuel dock", trust=tg.Trust.INTERNAL):
    # Dock staff run the fuel pumps and can override the agent's allocations.
    dock_staff = tm.add(tg.Actor("Dock staff", role="dock staff"))
    # Till at the fuel dock where staff ring up fuel against a boat's booking.
    fuel_till = tm.add(tg.Device("Fuel dock till", fleet=False))

with tm.boundary("Harbour authority", trust=tg.Trust.PARTNER):
    # The harbour master's office, told each morning which visitors are due.
    harbour_master = tm.add(tg.Actor("Harbour master's office", role="harbour authority"))

# ---------------------------------------------------------------- flows
# Skipper conversations, over WhatsApp or the website.
tm.flow(skipper, whatsapp, skipper_message, protocol="whatsapp")
tm.flow(whatsapp, chat_endpoint, skipper_message, protocol="https", label="inbound webhook")
tm.flow(chat_endpoint, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, skipper, agent_reply, protocol="whatsapp")
tm.flow(skipper, chat_endpoint, skipper_message, protocol="https", label="website chat")
tm.flow(chat_endpoint, skipper, agent_reply, protocol="https", label="website chat")
tm.flow(chat_endpoint, agent, skipper_message)
tm.flow(agent, chat_endpoint, agent_reply)

# The agent's reasoning.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools.
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, back_office, availability_query, protocol="https")
tm.flow(back_office, availability_tool, berth_availability, protocol="https")
tm.flow(availability_tool, agent, berth_availability)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, back_office, booking_request, protocol="https")
tm.flow(back_office, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(back_office, payment_tool, bookings, protocol="https", label="booking total")
tm.flow(payment_tool, psp, payment_link_request, protocol="https")
tm.flow(psp, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)

tm.flow(agent, gate_tool, gate_code_request)
tm.flow(gate_tool, back_office, gate_code_request, protocol="https")
tm.flow(back_office, gate_tool, gate_code, protocol="https")
tm.flow(gate_tool, agent, gate_code)

# Payment.
tm.flow(skipper, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, back_office, payment_confirmation, protocol="https", label="payment webhook")

# Back office data.
tm.flow(back_office, booking_db, bookings, fuel_sale, gate_code, tide_predictions)
tm.flow(booking_db, back_office, berth_plan, bookings, gate_code, tide_predictions)
tm.flow(tides, back_office, tide_predictions, protocol="https", label="weekly tide sync")

# Dock staff and the fuel dock.
tm.flow(dock_staff, back_office, allocation_override, gate_code, protocol="https")
tm.flow(back_office, dock_staff, bookings, berth_plan, protocol="https")
tm.flow(dock_staff, fuel_till, fuel_sale, label="at the counter")
tm.flow(fuel_till, back_office, fuel_sale, protocol="https")
tm.flow(back_office, fuel_till, bookings, protocol="https", label="boat lookup")

# The harbour master's morning list.
tm.flow(
    back_office,
    harbour_master,
    arrivals_list,
    protocol="smtp+starttls",
    label="daily arrivals e-mail",
)
