"""Harbour master's berth booking and pilotage agent: the first design.

A small EU port authority wants to take the routine work out of berth bookings.
Ship agents send booking requests (vessel, ETA, draught, length, cargo) to the
bookings mailbox on the port's Microsoft 365 tenant, or fill in a form on the
booking portal, where they sign in with e-mail and password. An LLM agent on a
VM in the port's Azure tenant reads each request, asks a hosted LLM to work
through it, looks up tidal predictions from the hydrographic office and pilot
availability from the pilot roster, and writes a provisional berth and pilot
booking into the port management system in the port office. It may e-mail the
ship agent for missing details. The harbour master reviews every proposal in
the berth planning console (staff SSO with MFA) and confirms or rejects it;
only confirmed bookings are committed and e-mailed back. The management system
refuses bookings that overlap on a berth; the agent's LLM key sits in Key Vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour master berth booking and pilotage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that turns ship agents' berth requests into provisional berth and "
        "pilot bookings for the harbour master to confirm."
    ),
)

# ---------------------------------------------------------------- data assets
request_email = tg.Data(
    "Berth booking request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail with vessel particulars, ETA, draught, cargo and the "
    "ship agent's contact details; sometimes a pre-arrival notice attached.",
)
request_form = tg.Data(
    "Berth booking request form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Structured portal request: IMO number, ETA, LOA, draught, cargo, agent contact.",
)
prompt = tg.Data(
    "Agent prompt with request and lookups",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, tide windows, pilot availability and berth occupancy.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tide_query = tg.Data("Tide window query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tide_predictions = tg.Data(
    "Tidal predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pilot_query = tg.Data(
    "Pilot availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
roster = tg.Data(
    "Pilot roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilots' shifts, rest hours, leave and vessel-size qualifications.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pilot_availability = tg.Data(
    "Pilot availability", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
proposal = tg.Data(
    "Provisional berth and pilot booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Berth, time window, tide window and named pilot proposed by the agent.",
)
berth_schedule = tg.Data(
    "Berth schedule and vessel calls",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Berth occupancy, planned vessel calls and the ship agents behind them.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
occupancy = tg.Data("Berth occupancy", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
clarification = tg.Data(
    "Clarification e-mail",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's question to the ship agent about missing or unclear details.",
)
confirmation = tg.Data(
    "Harbour master booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The harbour master's confirm or reject on a provisional booking.",
)
confirmation_notice = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping agencies acting for vessel owners; anyone can e-mail the mailbox.
    ship_agent = tm.add(tg.Actor("Ship agent", role="shipping agency staff"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The public bookings@ address the port has always published.
    mailbox = tm.add(
        tg.ExternalService(
            "Bookings mailbox",
            description="Exchange Online shared mailbox; the agent reads it via Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the requests and plans the lookups and the proposal.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Hydrographic office", trust=tg.Trust.PARTNER):
    # Authoritative tidal predictions for the port's tide gauge, by subscription.
    tide_service = tm.add(
        tg.ExternalService(
            "Tidal prediction API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hydrographic office API giving predicted heights of tide.",
        )
    )

with tm.boundary("Port Azure tenant", trust=tg.Trust.INTERNAL):
    # Second way in for agents who prefer a form to e-mail.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web form for booking requests and a page showing each booking's status.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="IMO number, dates, LOA and draught checked on the form"),
            },
        )
    )
    # The orchestrator: reads requests, calls the LLM and its tools, drafts proposals.
    agent = tm.add(
        tg.Agent(
            "Berth booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Turns each request into a provisional berth and pilot booking.",
            controls={
                c.HumanInTheLoop(
                    approver="harbour master",
                    note="every berth and pilot booking is confirmed by the harbour master "
                    "before it is committed; clarification e-mails go out directly",
                ),
                c.CircuitBreaker(max_steps=20),
                c.SecretsManagement(note="LLM API key and Graph credentials in Azure Key Vault"),
            },
        )
    )
    # Reads predicted tides to find windows with enough water for the vessel's draught.
    tide_tool = tm.add(tg.Tool("Tide window lookup", capabilities={"read", "network-egress"}))
    # Reads which qualified pilots are on shift and rested around the ETA.
    pilot_tool = tm.add(tg.Tool("Pilot availability lookup", capabilities={"read"}))
    # Writes the agent's proposal into the management system as provisional.
    proposal_tool = tm.add(
        tg.Tool(
            "Berth proposal tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="port management system rejects a booking that overlaps another "
                    "on the same berth"
                )
            },
        )
    )
    # Lets the agent ask the ship agent for missing details.
    reply_tool = tm.add(tg.Tool("Clarification mail tool", capabilities={"send-messages"}))

with tm.boundary("Port office network", trust=tg.Trust.INTERNAL):
    # System of record for berths and vessel calls, on a server in the port office.
    pms = tm.add(
        tg.DataStore(
            "Port management system",
            stores={berth_schedule, proposal, confirmation},
            controls={c.RBAC(note="harbour master, duty officers and read-only office roles")},
        )
    )
    # Maintained by the pilotage coordinator; the agent only reads it.
    roster_store = tm.add(tg.DataStore("Pilot roster database", stores={roster}))
    # Berth planning screen of the management system, where proposals are reviewed.
    console = tm.add(
        tg.Service(
            "Berth planning console",
            description="Shows provisional bookings beside the berth plan; confirm or reject.",
            controls={c.Authentication(method="Microsoft Entra ID with MFA")},
        )
    )
    # Accountable for safe berthing; confirms every booking.
    harbour_master = tm.add(tg.Actor("Harbour master", role="harbour master", privileged=True))
    # Keeps the pilots' shifts and rest hours up to date.
    coordinator = tm.add(tg.Actor("Pilotage coordinator", role="pilotage coordinator"))

# ---------------------------------------------------------------- flows
# requests in
tm.flow(ship_agent, mailbox, request_email, protocol="smtp")
tm.flow(mailbox, agent, request_email, protocol="https", label="Graph API mailbox read")
tm.flow(ship_agent, portal, request_form, protocol="https")
tm.flow(portal, agent, request_form, protocol="https", label="queued request")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tide lookup
tm.flow(agent, tide_tool, tide_query, protocol="local")
tm.flow(tide_tool, tide_service, tide_query, protocol="https")
tm.flow(tide_service, tide_tool, tide_predictions, protocol="https")
tm.flow(tide_tool, agent, tide_predictions, protocol="local")

# pilot availability
tm.flow(coordinator, roster_store, roster, protocol="https", label="roster updates")
tm.flow(agent, pilot_tool, pilot_query, protocol="local")
tm.flow(pilot_tool, roster_store, pilot_query, protocol="https", label="over the site VPN")
tm.flow(roster_store, pilot_tool, roster, protocol="https", label="over the site VPN")
tm.flow(pilot_tool, agent, pilot_availability, protocol="local")

# provisional booking
tm.flow(agent, proposal_tool, proposal, protocol="local")
tm.flow(proposal_tool, pms, proposal, protocol="https", label="over the site VPN")
tm.flow(pms, proposal_tool, occupancy, protocol="https", label="over the site VPN")
tm.flow(proposal_tool, agent, occupancy, protocol="local")

# clarification e-mails
tm.flow(agent, reply_tool, clarification, protocol="local")
tm.flow(reply_tool, mailbox, clarification, protocol="https", label="Graph API send")
tm.flow(mailbox, ship_agent, clarification, confirmation_notice, protocol="smtp")

# harbour master review
tm.flow(pms, console, berth_schedule, proposal, protocol="https")
tm.flow(console, harbour_master, berth_schedule, proposal, protocol="https")
tm.flow(harbour_master, console, confirmation, protocol="https")
tm.flow(console, pms, confirmation, protocol="https")
tm.flow(console, mailbox, confirmation_notice, protocol="https", label="Graph API send")

# status back to the ship agent
tm.flow(pms, portal, booking_status, protocol="https", label="over the site VPN")
tm.flow(portal, ship_agent, booking_status, protocol="https")
