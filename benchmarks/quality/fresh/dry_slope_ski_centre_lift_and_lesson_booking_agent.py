"""Dry ski slope booking and lift agent: the first design, before any security review.

A UK dry ski slope puts an LLM agent behind the chat widget on its website. Visitors
ask about opening times, prices and conditions, and the agent books ski and
snowboard lessons and slope passes for them, then sends a checkout link from the
card payment provider; the slope never sees card numbers. Instructors on the slope
use the same agent from a staff chat on the centre's tablets: they can ask it to
pause the button lift or change its speed, for a fallen rider or a beginner group.
The agent runs in the centre's cloud account and uses a hosted LLM. Lift commands go
from a small command gateway on the site network to the lift controller's network
interface; the gateway asks the requesting instructor to confirm each command in
the staff app, and the controller keeps its own speed ceiling and hard-wired stops.
The public chat is rate limited, staff sign in with e-mail and password, and the
booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dry slope lift and lesson booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that books lessons and passes and pauses or slows the button lift for instructors.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
staff_request = tg.Data(
    "Instructor lift request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Free-text request such as 'pause the lift, someone has fallen at the middle'.",
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, slope information and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
slope_info = tg.Data(
    "Slope information and prices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    description="Opening hours, lesson types, prices, age limits, slope conditions.",
)
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Booking result and checkout link", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Bookings and customer details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail, phone, ages and ability of lesson pupils (children included).",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_status = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
lift_call = tg.Data(
    "Lift command tool call",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_command = tg.Data(
    "Lift pause and speed command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Lift command confirmation",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The pending command shown in the staff app and the instructor's confirm or cancel.",
)
lift_status = tg.Data(
    "Lift running state and speed", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public using the chat widget on the website.
    visitor = tm.add(tg.Actor("Website visitor", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: takes the card payment so the slope never handles card data.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages; posts a webhook when a booking is paid.",
        )
    )

with tm.boundary("Centre cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Staff chat API used from the instructors' tablets.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # The LLM agent: answers questions, books lessons and passes, relays lift requests.
    agent = tm.add(
        tg.Agent(
            "Slope assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reference content the agent answers from.
    info_store = tm.add(tg.DataStore("Slope information and price list", stores={slope_info}))
    # Creates, changes and cancels lesson and slope-pass bookings, and asks for a checkout link.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Checks slot availability, holds a slot and creates the checkout session.",
        )
    )
    # System of record for bookings and the customers who made them.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history, kept for complaints and to improve the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Slope site network", trust=tg.Trust.INTERNAL):
    # Instructors on the slope, using the centre's shared tablets.
    instructor = tm.add(tg.Actor("Ski instructor", role="instructor"))

    with tm.boundary("Lift control network", trust=tg.Trust.RESTRICTED):
        # Small gateway the agent calls to pause the lift or set its speed.
        lift_gateway = tm.add(
            tg.Tool(
                "Lift command gateway",
                capabilities={"write"},
                controls={
                    c.HumanInTheLoop(
                        approver="the instructor who made the request, confirming in the staff app"
                    )
                },
            )
        )
        # The button lift's PLC, commanded over its network interface.
        lift_controller = tm.add(
            tg.Service(
                "Button lift controller",
                description="Manufacturer's lift PLC with an Ethernet interface for pause, resume and speed.",
                controls={
                    c.SafetyLimits(
                        limits="PLC caps rope speed at the manufacturer's maximum; hard-wired stop buttons at top and bottom stations"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, visitor_message, protocol="https")
tm.flow(chat_api, visitor, agent_reply, protocol="https")
tm.flow(chat_api, agent, visitor_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(instructor, staff_api, staff_request, protocol="https")
tm.flow(staff_api, instructor, agent_reply, protocol="https")
tm.flow(staff_api, agent, staff_request)
tm.flow(agent, staff_api, agent_reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(info_store, agent, slope_info, label="answers questions")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="create or change booking")
tm.flow(booking_db, booking_tool, bookings, label="availability and existing bookings")
tm.flow(booking_tool, payments, checkout_request, protocol="https")
tm.flow(payments, booking_tool, payment_status, protocol="https", label="payment webhook")
tm.flow(visitor, payments, card_payment, protocol="https", label="hosted checkout")

tm.flow(agent, lift_gateway, lift_call, protocol="ipsec", label="site-to-site VPN")
tm.flow(lift_gateway, agent, lift_status, protocol="ipsec", label="site-to-site VPN")
tm.flow(
    lift_gateway, instructor, confirmation, protocol="https", label="confirm prompt in staff app"
)
tm.flow(instructor, lift_gateway, confirmation, protocol="https", label="confirm or cancel")
tm.flow(lift_gateway, lift_controller, lift_command, protocol="modbus")
tm.flow(lift_controller, lift_gateway, lift_status, protocol="modbus")
