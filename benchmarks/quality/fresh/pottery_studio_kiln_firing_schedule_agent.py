"""Kiln firing schedule agent for a community pottery studio: the first design.

Studio members book kiln space and glaze firings by chatting with an agent on the
studio website (members sign in with e-mail and password). The agent, built on a
hosted LLM, checks the kiln calendar, looks up which clay bodies and glazes the
studio allows at the requested cone, books the slot and creates a card payment
link for the firing fee with the studio's payment provider; members pay on the
provider's hosted page, so the studio never sees card numbers.
Confirmed firing schedules (ramp, peak temperature, hold) go from the website to a
small kiln gateway on the studio network, which loads them into the three electric
kiln controllers. Firings above stoneware temperature (cone 6) wait until the
studio technician approves them on a staff page; every kiln controller also has a
maximum temperature set by the technician on its keypad. The website and agent
run on a managed cloud host; the studio is in the UK.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pottery studio kiln firing schedule agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Members book kiln firings through a chat agent that programs the kiln controllers.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data("Member booking request", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, calendar slots and clay and glaze rules.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
member_accounts = tg.Data(
    "Member accounts and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail addresses, password hashes, bookings and fee status.",
)
kiln_calendar = tg.Data("Kiln calendar slots", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
clay_glaze_rules = tg.Data(
    "Allowed clays and glazes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Clay bodies and glazes allowed per cone, with maximum firing temperatures.",
)
firing_schedule = tg.Data(
    "Firing schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Kiln, segments (ramp rate, target temperature, hold) and start time.",
)
approval_request = tg.Data(
    "High-fire approval request", sensitivity=tg.Sensitivity.PII, kind="records"
)
firing_approval = tg.Data(
    "Technician firing approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
kiln_status = tg.Data(
    "Kiln status and firing log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)
payment_link_request = tg.Data(
    "Payment link request", sensitivity=tg.Sensitivity.PII, kind="records"
)
payment_link = tg.Data(
    "Firing fee payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
card_details = tg.Data(
    "Member card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A studio member booking a firing from home; anyone can sign up as a member online.
    member = tm.add(tg.Actor("Studio member", role="member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card payment pages, so card numbers never reach the studio's systems.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Creates payment links and takes the card payment on its hosted page.",
        )
    )

with tm.boundary("Studio cloud host", trust=tg.Trust.INTERNAL):
    # The studio website's booking chat, where members sign in and talk to the agent.
    chat = tm.add(
        tg.Endpoint(
            "Website booking chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that turns a member's request into a booking and a firing schedule.
    agent = tm.add(
        tg.Agent(
            "Firing booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="studio technician",
                    above="stoneware temperature (cone 6, about 1,222 C)",
                )
            },
        )
    )
    # Reads free kiln slots and books or moves a member's firing.
    calendar_tool = tm.add(
        tg.Tool("Kiln calendar tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Looks up whether a clay body and glaze may be fired at the requested cone.
    rules_tool = tm.add(tg.Tool("Clay and glaze rules lookup", capabilities={"read"}))
    # Asks the payment provider for a fee payment link for the booking.
    payment_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Sends a booked firing's schedule to the kiln gateway at the studio.
    dispatch_tool = tm.add(tg.Tool("Firing schedule dispatch tool", capabilities={"write"}))
    # Member accounts, bookings and the kiln calendar in one small database.
    bookings_db = tm.add(tg.DataStore("Bookings database", stores={member_accounts, kiln_calendar}))
    # The studio's list of allowed clays and glazes, maintained by the technician.
    rules_store = tm.add(tg.DataStore("Clay and glaze list", stores={clay_glaze_rules}))
    # Staff page where the technician approves or refuses high-temperature firings.
    approval_page = tm.add(
        tg.Endpoint(
            "Technician approval page",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # The studio technician who runs the kilns and approves high firings.
    technician = tm.add(tg.Actor("Studio technician", role="technician", privileged=True))
    # A small computer on the studio LAN that polls for schedules and loads them into the kilns.
    gateway = tm.add(tg.Service("Kiln gateway"))
    # The three electric kilns' programmable controllers, on the studio Wi-Fi.
    kilns = tm.add(
        tg.Device(
            "Kiln controllers",
            fleet=True,
            controls={
                c.SafetyLimits(limits="maximum temperature per kiln set on the controller keypad")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, chat, member_message, protocol="https")
tm.flow(chat, member, agent_reply, payment_link, protocol="https")
tm.flow(chat, agent, member_message)
tm.flow(agent, chat, agent_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, calendar_tool, kiln_calendar, label="slot query and booking")
tm.flow(calendar_tool, agent, kiln_calendar, label="free slots")
tm.flow(calendar_tool, bookings_db, member_accounts, kiln_calendar, label="writes booking")
tm.flow(bookings_db, calendar_tool, kiln_calendar, member_accounts)

tm.flow(agent, rules_tool, clay_glaze_rules, label="clay, glaze and cone")
tm.flow(rules_store, rules_tool, clay_glaze_rules)
tm.flow(rules_tool, agent, clay_glaze_rules)
tm.flow(technician, rules_store, clay_glaze_rules, label="maintains list", protocol="https")

tm.flow(agent, payment_tool, payment_link_request)
tm.flow(payment_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(member, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, chat, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(chat, bookings_db, payment_confirmation)

tm.flow(agent, approval_page, approval_request, label="firings above cone 6")
tm.flow(approval_page, technician, approval_request, protocol="https")
tm.flow(technician, approval_page, firing_approval, protocol="https")
tm.flow(approval_page, agent, firing_approval)

tm.flow(agent, dispatch_tool, firing_schedule)
tm.flow(
    dispatch_tool, gateway, firing_schedule, protocol="https", label="gateway polls for schedules"
)
tm.flow(gateway, kilns, firing_schedule, protocol="http")
tm.flow(kilns, gateway, kiln_status, protocol="http")
tm.flow(gateway, dispatch_tool, kiln_status, protocol="https")
tm.flow(dispatch_tool, agent, kiln_status)
