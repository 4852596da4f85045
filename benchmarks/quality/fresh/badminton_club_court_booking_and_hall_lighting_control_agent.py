"""Badminton club booking and lighting agent: the first design, before any security review.

Members sign in to the web chat on the club's website with their membership number and
password and chat with a booking agent (a hosted LLM, run from the club's cloud app).
The agent checks availability and books courts, creates a payment link for the court
fee from the fee table in its instructions (members pay on the payment provider's
hosted checkout), and switches the hall's court lights: on when a member with a booking
asks on arrival, off when a slot timer job reports that the slot has ended. Light
commands go over MQTT over TLS to a small bridge in the hall, which drives the lighting
controller over Modbus on the hall LAN. Committee members manage courts and members in
an admin console. Controls: HTTPS, member sign-in, a per-member message quota, a step
limit on the agent, the payment key in a secrets manager, signed payment webhooks and
encryption at rest on the bookings database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Badminton club court booking and hall lighting agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books courts for members, collects court fees through payment "
        "links and switches the sports hall's court lights."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions with the court fee table, the conversation and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Check availability, book or cancel a court slot for the member.",
)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking id, member e-mail and the fee amount the agent worked out.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
light_call = tg.Data(
    "Lighting tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Court number and on or off.",
)
light_result = tg.Data(
    "Lighting tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
light_command = tg.Data(
    "Court light command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
light_status = tg.Data("Court light status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
slot_event = tg.Data(
    "Slot end event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which courts' slots have just ended.",
)
bookings = tg.Data(
    "Court bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Court, slot, member, fee and payment status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number and membership status.",
)
password_hashes = tg.Data(
    "Member password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
payment_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.PII
)
admin_changes = tg.Data(
    "Court and member changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Courts closed for matches or coaching, new members, refunds noted by hand.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members booking courts from their phones, at home or in the hall.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer committee members who run the club's courts and membership.
    committee = tm.add(tg.Actor("Committee member", role="club administrator", privileged=True))

with tm.boundary("Club cloud app", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the club website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="membership number and password"),
                c.RateLimiting(requests_per_minute=20, note="per signed-in member"),
            },
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Court booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books courts, sends fee payment links and switches court "
            "lights without a person approving each step.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Reads availability and writes bookings in the bookings database.
    booking_tool = tm.add(
        tg.Tool(
            "Court booking tool",
            capabilities={"read", "write"},
            description="Checks availability and creates or cancels a booking for a slot.",
        )
    )
    # Creates a checkout link at the payment provider for the court fee.
    payment_tool = tm.add(
        tg.Tool(
            "Court fee payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="Creates a hosted checkout link for the amount the agent gives.",
            controls={c.SecretsManagement(note="payment API key in the cloud secrets manager")},
        )
    )
    # Sends on/off commands for a court's lights to the bridge in the hall.
    lighting_tool = tm.add(
        tg.Tool(
            "Court lighting tool",
            capabilities={"write", "network-egress"},
            description="Switches the lights of one court (1 to 6) on or off.",
        )
    )
    # Tells the agent each time a slot ends, so the lights go off.
    slot_timer = tm.add(tg.Service("Slot timer job", description="Runs every 15 minutes."))
    # Receives the payment provider's notice that a fee has been paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="payment provider's webhook signature verified")},
        )
    )
    # Where committee members manage courts, members and bookings.
    admin_console = tm.add(
        tg.Endpoint(
            "Club admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The club's bookings and membership database.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, members, password_hashes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go straight to the provider, never to the club.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Sports hall network", trust=tg.Trust.INTERNAL):
    # A small computer in the hall's plant room bridging MQTT to the lighting controller.
    bridge = tm.add(
        tg.Service(
            "Hall lighting bridge",
            description="Keeps an outbound MQTT connection to the club app and writes "
            "court light coils on the lighting controller.",
        )
    )
    # The hall's lighting controller that switches the contactors for each court.
    controller = tm.add(
        tg.Device(
            "Hall lighting controller",
            fleet=False,
            description="Switches the lighting contactors of courts 1 to 6; a key switch "
            "on the panel overrides it by hand.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, chat, chat_message, protocol="https")
tm.flow(chat, member, agent_reply, protocol="https")
tm.flow(chat, bookings_db, members, label="sign-in check")
tm.flow(bookings_db, chat, password_hashes, members, label="sign-in check")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(bookings_db, booking_tool, bookings)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_link)
tm.flow(payment_tool, payments, payment_call, payment_key, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(member, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, webhook, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(webhook, bookings_db, bookings, label="mark booking paid")

tm.flow(slot_timer, bookings_db, bookings, label="slots ending now")
tm.flow(bookings_db, slot_timer, bookings, label="slots ending now")
tm.flow(slot_timer, agent, slot_event)

tm.flow(agent, lighting_tool, light_call)
tm.flow(lighting_tool, agent, light_result)
tm.flow(lighting_tool, bridge, light_command, protocol="MQTT over TLS")
tm.flow(bridge, lighting_tool, light_status, protocol="MQTT over TLS")
tm.flow(bridge, controller, light_command, protocol="modbus")
tm.flow(controller, bridge, light_status, protocol="modbus")

tm.flow(committee, admin_console, admin_changes, protocol="https")
tm.flow(admin_console, committee, bookings, members, protocol="https")
tm.flow(admin_console, bookings_db, admin_changes)
tm.flow(bookings_db, admin_console, bookings, members)
