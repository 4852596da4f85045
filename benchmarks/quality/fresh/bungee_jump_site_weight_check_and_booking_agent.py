"""Bungee jump site: booking agent and jump-day weight check, the first design.

Members of the public book jumps in a chat on the operator's website. An LLM agent
(the model is hosted by a vendor) answers questions, takes each jumper's name, age,
declared weight and health declaration, books a slot through the booking service and
sends a payment link for the deposit; the customer pays on the payment provider's
hosted page and the provider calls back when the deposit is paid. Confirmations go
out through an e-mail and SMS provider. On jump day a weighing scale at check-in
sends each jumper's measured weight to the check-in service, which compares it with
the declared weight and the cord and weight-limit chart and proposes a cord band;
the jump master confirms weight and cord on the site tablet before every jump.
Everything but the scale and the site staff runs in one cloud account. Controls in
this design: TLS to the outside, a rate limit on the chat, a step limit on the agent,
signed payment webhooks, encrypted booking data, staff sign-in at check-in and the
jump master's confirmation.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bungee jump booking agent and weight check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat booking for bungee jumps, with a weight check and cord choice on jump day.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking details: names, ages, declared weights, health answers.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Availability query, new booking or amendment with jumper details.",
)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
jumper_declaration = tg.Data(
    "Jumper weight and health declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declared weight, age and answers to the medical questions.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
limits_chart = tg.Data(
    "Cord and weight limit chart",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Minimum and maximum jumper weight, minimum age, weight band of each cord.",
)
deposit_request = tg.Data(
    "Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
deposit_amount = tg.Data(
    "Booking deposit amount", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit payment event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data(
    "Booking confirmation message", kind="records", sensitivity=tg.Sensitivity.PII
)
measured_weight = tg.Data(
    "Measured weight reading",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
checkin_sheet = tg.Data(
    "Check-in sheet",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Jumper, declared and measured weight, proposed cord band, health flags.",
)
jump_confirmation = tg.Data(
    "Jump master confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
jump_record = tg.Data("Jump record", kind="records", sensitivity=tg.Sensitivity.PII)
chart_update = tg.Data("Limit chart update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website; books for themselves and their group.
    customer = tm.add(tg.Actor("Customer", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the booking agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the checkout page; card details never reach our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Creates deposit payment links and calls our webhook when one is paid.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and reminders by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend: the only public entry point of the booking side.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=20)},
        )
    )
    # Talks to customers and books slots on its own; no person reviews bookings.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, collects jumper details, books slots, sends deposit links.",
            controls={tg.controls.CircuitBreaker(max_steps=12)},
        )
    )
    # The agent's way into bookings: check availability, create and amend bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Amending an existing booking needs its reference and the lead booker's surname.",
            controls={
                tg.controls.Authentication(method="booking reference and surname"),
                tg.controls.LeastPrivilegeTools(note="API key scoped to the booking service"),
            },
        )
    )
    # Creates a deposit payment link for a booking and returns it to the agent.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"network-egress"},
            description="Takes a booking reference; the amount comes from the booking record.",
        )
    )
    # Owns the booking data; rejects bookings outside the chart's age and weight limits.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Slots, bookings, deposit webhook and confirmations.",
            controls={
                tg.controls.InputValidation(note="schema and range checks on booking fields")
            },
        )
    )
    # Bookings with each jumper's declarations, measured weight and jump outcome.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, jumper_declaration, measured_weight, jump_record},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference data both booking and check-in work from.
    chart = tm.add(tg.DataStore("Cord and weight limit chart", stores={limits_chart}))
    # Jump-day check-in: compares measured with declared weight and proposes a cord band.
    checkin = tm.add(
        tg.Service(
            "Check-in service",
            description="Flags a measured weight more than 5 kg off the declaration or outside limits.",
            controls={
                tg.controls.Authentication(method="individual staff username and password"),
                tg.controls.HumanInTheLoop(
                    approver="jump master",
                    note="the jump master confirms the scale reading and cord band before every jump",
                ),
            },
        )
    )

with tm.boundary("Jump site", trust=tg.Trust.INTERNAL):
    # Calibrated platform scale at check-in, posting readings over the site network.
    scale = tm.add(tg.Device("Check-in weighing scale", fleet=False))
    # Weighs jumpers, chooses the cord and harness, and signs off each jump.
    jump_master = tm.add(tg.Actor("Jump master", role="site staff"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Keeps the cord and weight limit chart in line with the cord manufacturer's ratings.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, customer, agent_reply, payment_link, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_service, booking_call, jumper_declaration, protocol="https")
tm.flow(booking_service, booking_tool, booking_result, protocol="https")
tm.flow(chart, booking_service, limits_chart)
tm.flow(booking_service, booking_db, bookings, jumper_declaration)
tm.flow(booking_db, booking_service, bookings)

tm.flow(agent, deposit_tool, deposit_request)
tm.flow(booking_service, deposit_tool, deposit_amount, protocol="https")
tm.flow(deposit_tool, payments, deposit_request, deposit_amount, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    booking_service,
    payment_event,
    protocol="https",
    label="deposit webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(booking_service, messaging, confirmation, protocol="https")
tm.flow(messaging, customer, confirmation, protocol="smtp", label="e-mail and SMS")

tm.flow(scale, checkin, measured_weight, protocol="https")
tm.flow(booking_db, checkin, bookings, jumper_declaration)
tm.flow(chart, checkin, limits_chart)
tm.flow(checkin, jump_master, checkin_sheet, protocol="https", label="site tablet")
tm.flow(jump_master, checkin, jump_confirmation, protocol="https", label="site tablet")
tm.flow(checkin, booking_db, measured_weight, jump_record)

tm.flow(ops_manager, chart, chart_update, protocol="https")
