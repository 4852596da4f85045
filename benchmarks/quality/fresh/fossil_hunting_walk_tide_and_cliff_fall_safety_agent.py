"""Fossil hunting walks: booking and tide/cliff-fall safety agent, the first design.

A small geology guide company runs guided fossil hunting walks on an eroding stretch
of the English coast. Walkers book through a chat on the company website, where an
LLM agent (a hosted model behind a vendor API) takes names, phone numbers and party
details and writes bookings; walks are paid on the day. Each morning, and whenever
the council posts a new cliff-fall report, the agent reads the tide predictions from
a tide data provider's API and the council's cliff-fall and beach-closure pages,
decides whether a walk's meeting time must move or the walk be cancelled, and texts
the booked walkers through an SMS gateway. Meeting-time changes are texted
automatically; a cancellation is held until the lead guide approves it in the guide
dashboard, which guides sign into with Google Workspace and 2-step verification.
Other controls: HTTPS to every outside service, a per-visitor rate limit on the
chat, a step limit on each agent run, and an encrypted bookings database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fossil hunting walk tide and cliff-fall safety agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that books coastal fossil walks, watches tides and cliff falls, "
        "and texts walkers changed meeting times or cancellations."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Walker chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking questions with names, phone number, party size and children's ages.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation or daily check task, and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Walk bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tide_query = tg.Data("Tide query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
tide_predictions = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cliff_query = tg.Data(
    "Cliff-fall report query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC
)
cliff_reports = tg.Data(
    "Council cliff-fall reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Web pages and PDF notices of cliff falls, landslips and beach closures.",
)
walker_text = tg.Data(
    "Walker text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Phone number and the changed meeting time or cancellation notice.",
)
pending_cancellation = tg.Data(
    "Pending cancellation", kind="records", sensitivity=tg.Sensitivity.PII
)
cancellation_approval = tg.Data(
    "Cancellation approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking a walk, and receiving texts on their phones.
    walker = tm.add(tg.Actor("Walker", role="customer"))
    # The council's coastal safety pages, which anyone at the council can edit.
    council = tm.add(
        tg.DataSource(
            "Council cliff-fall notices",
            origin=tg.Origin.PUBLIC_WEB,
            provides={cliff_reports},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Tide data provider", trust=tg.Trust.PARTNER):
    # Paid API with tidal predictions for the local standard port.
    tide_api = tm.add(
        tg.ExternalService("Tide prediction API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers our texts to walkers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the company website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor session")},
        )
    )
    # Takes bookings in chat and runs the morning and on-report safety checks.
    agent = tm.add(
        tg.Agent(
            "Walk booking and safety agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Creates, changes and lists bookings for a walk.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Walk schedule and the walkers booked on each walk.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Fetches tide heights and times for a walk's date.
    tide_tool = tm.add(tg.Tool("Tide table tool", capabilities={"read", "network-egress"}))
    # Fetches and extracts the text of the council's latest notices.
    cliff_tool = tm.add(
        tg.Tool("Cliff-fall report reader", capabilities={"read", "network-egress"})
    )
    # Sends texts to the walkers on a walk.
    sms_tool = tm.add(
        tg.Tool(
            "Walker SMS tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the lead guide",
                    note="cancellations wait for the lead guide's approval; "
                    "meeting-time changes are sent automatically",
                )
            },
        )
    )
    # Where guides see the day's walks and approve cancellations.
    dashboard = tm.add(
        tg.Endpoint(
            "Guide dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("Guide team", trust=tg.Trust.INTERNAL):
    # Leads the walks and decides on cancellations.
    guide = tm.add(tg.Actor("Lead guide", role="guide"))

# ---------------------------------------------------------------- flows
# Booking chat
tm.flow(walker, chat, chat_message, protocol="https")
tm.flow(chat, walker, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(bookings_db, booking_tool, bookings)

# Tides and cliff falls
tm.flow(agent, tide_tool, tide_query)
tm.flow(tide_tool, tide_api, tide_query, protocol="https")
tm.flow(tide_api, tide_tool, tide_predictions, protocol="https")
tm.flow(tide_tool, agent, tide_predictions)
tm.flow(agent, cliff_tool, cliff_query)
tm.flow(council, cliff_tool, cliff_reports, protocol="https")
tm.flow(cliff_tool, agent, cliff_reports)

# Texts to walkers
tm.flow(agent, sms_tool, walker_text)
tm.flow(sms_tool, sms_gateway, walker_text, protocol="https")
tm.flow(sms_gateway, walker, walker_text, protocol="sms")

# Guide approval of cancellations
tm.flow(sms_tool, dashboard, pending_cancellation)
tm.flow(bookings_db, dashboard, bookings)
tm.flow(dashboard, guide, pending_cancellation, bookings, protocol="https")
tm.flow(guide, dashboard, cancellation_approval, protocol="https")
tm.flow(dashboard, sms_tool, cancellation_approval)
