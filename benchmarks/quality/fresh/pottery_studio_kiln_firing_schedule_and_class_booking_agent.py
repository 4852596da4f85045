"""Community pottery studio booking and kiln scheduling agent: the first design, before any security review.

Members sign in to the studio website and chat with an LLM agent that books classes
and open-studio slots for them and sends a payment link from the card payment
provider's hosted checkout; the provider confirms payment by webhook to the studio
backend. Staff log each member's pieces (clay body, glaze, cone) on a staff admin
page, and every night the backend asks the same agent to build the kiln firing
schedule from the work log. A small kiln bridge on the studio wifi fetches the
schedule from the backend and switches the kilns' controllers to the right programme
over their local web API. The studio manager checks the kiln programme weekly on the
staff admin page. The website, agent and database run on one hosted app platform, and
the agent calls a hosted LLM. Members sign in with e-mail and password, staff share
one staff login, the backend refuses double or over-capacity bookings, and the kiln
controllers enforce their own maximum temperature.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pottery studio booking and kiln scheduling agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat booking and payment links for members; nightly kiln firing schedules from the work log.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the member's name and bookings, tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data("Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
member_records = tg.Data(
    "Member accounts and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
work_log = tg.Data(
    "Work log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each member's pieces with clay body, glaze, target cone and staff notes.",
)
schedule_task = tg.Data(
    "Nightly scheduling task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_call = tg.Data(
    "Kiln schedule request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_result = tg.Data(
    "Work log entries for firing", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
firing_schedule = tg.Data(
    "Kiln firing schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which kiln fires which load, when, with which programme.",
)
kiln_programme = tg.Data(
    "Kiln programme selection",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
kiln_status = tg.Data("Kiln status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_edits = tg.Data("Schedule edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Studio members booking classes and open-studio time.
    member = tm.add(tg.Actor("Studio member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the studio.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Studio app platform", trust=tg.Trust.INTERNAL):
    # The chat widget's API on the studio website.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Talks to members, books slots, sends payment links and plans kiln loads.
    agent = tm.add(
        tg.Agent(
            "Studio booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Books, moves and cancels class and open-studio slots.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Creates a checkout session at the payment provider for a booking.
    payment_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Reads the work log and writes the firing schedule.
    kiln_tool = tm.add(tg.Tool("Kiln scheduling tool", capabilities={"read", "write"}))
    # Booking rules, payment webhook, work log and schedule API, nightly trigger.
    backend = tm.add(
        tg.Service(
            "Studio backend",
            controls={
                c.PolicyEnforcement(
                    rules="backend refuses bookings for full classes and slots a member already holds"
                )
            },
        )
    )
    # One database for members, bookings, the work log and firing schedules.
    database = tm.add(
        tg.DataStore(
            "Studio database",
            stores={member_records, work_log, firing_schedule},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Staff pages for logging work and checking the kiln programme.
    staff_admin = tm.add(
        tg.Endpoint(
            "Staff admin page",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared studio staff password")},
        )
    )

with tm.boundary("Studio wifi", trust=tg.Trust.INTERNAL, description="WPA2 wifi in the studio."):
    # Staff on the studio tablet.
    staff = tm.add(tg.Actor("Studio staff", role="staff"))
    # Checks and corrects the kiln programme weekly.
    manager = tm.add(tg.Actor("Studio manager", role="manager", privileged=True))
    # Raspberry Pi that pulls the schedule and drives the kilns.
    kiln_bridge = tm.add(tg.Service("Kiln bridge"))
    # The three kilns' wifi controllers.
    kilns = tm.add(
        tg.Device(
            "Kiln controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="controller's own maximum temperature of 1300 C and thermocouple-failure shutdown"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# booking by chat
tm.flow(member, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, backend, booking_call)
tm.flow(backend, booking_tool, booking_result)
tm.flow(booking_tool, agent, booking_result)
tm.flow(backend, database, member_records)
tm.flow(database, backend, member_records)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, member, agent_reply, protocol="https")

# payment links
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payments, payment_call, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(member, payments, card_payment, protocol="https", label="hosted checkout")
tm.flow(payments, backend, payment_confirmation, protocol="https", label="payment webhook")

# work log and kiln scheduling
tm.flow(staff, staff_admin, work_log, protocol="https")
tm.flow(staff_admin, backend, work_log)
tm.flow(backend, database, work_log, firing_schedule)
tm.flow(database, backend, work_log, firing_schedule)
tm.flow(backend, agent, schedule_task, label="nightly trigger")
tm.flow(agent, kiln_tool, schedule_call)
tm.flow(kiln_tool, backend, schedule_call, firing_schedule)
tm.flow(backend, kiln_tool, schedule_result)
tm.flow(kiln_tool, agent, schedule_result)
tm.flow(kiln_bridge, backend, kiln_status, protocol="https", label="polls for schedule")
tm.flow(backend, kiln_bridge, firing_schedule, protocol="https")
tm.flow(kiln_bridge, kilns, kiln_programme, protocol="http", label="controller local API")
tm.flow(kilns, kiln_bridge, kiln_status, protocol="http")

# weekly check
tm.flow(backend, staff_admin, firing_schedule)
tm.flow(staff_admin, manager, firing_schedule, protocol="https")
tm.flow(manager, staff_admin, schedule_edits, protocol="https")
tm.flow(staff_admin, backend, schedule_edits)
