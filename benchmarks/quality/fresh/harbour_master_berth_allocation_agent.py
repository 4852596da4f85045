"""Berth allocation agent: the first design, before any security review.

A port authority's planning agent proposes a berth and pilot bookings for each arriving
ship. Shipping agents file pre-arrival notices (ETA, length, draught, cargo, dangerous
goods) in the national port community system; an intake service pulls them over its API
into the arrivals store. The agent, an LLM agent running in the port authority's data
centre and calling a hosted model, reads the notices, the current berth plan and tide
windows from a calculator fed by the hydrographic office's tide tables, and writes
proposed allocations and provisional pilot bookings. The harbour master reviews them on a
planning console and confirms before anything is sent: the pilot booking tool only sends
requests to the pilotage company's booking system once confirmed. The console uses the
authority's Active Directory sign-in; links to outside systems use HTTPS with API keys;
notices are validated against the port community system's message schema on intake.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harbour master berth allocation agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent proposing berth allocations and pilot bookings from arrival "
    "notices and tide tables, confirmed by the harbour master.",
)

# ---------------------------------------------------------------- data assets
arrival_notice = tg.Data(
    "Pre-arrival notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="ETA, ship particulars (length, beam, draught), cargo, dangerous goods, "
    "agent contact and free-text remarks from the shipping agent.",
)
tide_table = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tide_window = tg.Data(
    "Tide window for a draught", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
tide_query = tg.Data("Tide window query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
berth_plan = tg.Data(
    "Berth plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Berths with length and depth limits, occupancy and confirmed allocations.",
)
proposal = tg.Data(
    "Proposed berth allocation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Berth, time slot and the agent's reasoning, written as a proposal.",
)
pilot_request = tg.Data(
    "Pilot booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ship, boarding time and position, tug needs.",
)
pilot_confirmation = tg.Data(
    "Pilot booking confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, arrival notices, berth plan extract and tool results.",
)
agent_completion = tg.Data(
    "Model plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data(
    "Harbour master confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm, amend or reject for each proposed allocation and booking.",
)
pcs_key = tg.Data(
    "Port community system API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files the notice on behalf of the ship's owner; many different agencies.
    ship_agent = tm.add(tg.Actor("Shipping agent", role="ship's agent"))

with tm.boundary("Port community system", trust=tg.Trust.PARTNER):
    # The national single window that relays pre-arrival notices to the port.
    pcs = tm.add(
        tg.ExternalService(
            "Port community system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="National maritime single window; shipping agents file notices here.",
        )
    )

with tm.boundary("Hydrographic office", trust=tg.Trust.PARTNER):
    # Official tide predictions for the port's reference stations, published yearly.
    tides = tm.add(
        tg.DataSource(
            "Hydrographic office tide tables", origin=tg.Origin.PARTNER, provides={tide_table}
        )
    )

with tm.boundary("Pilotage company", trust=tg.Trust.PARTNER):
    # The licensed pilot organisation runs its own roster and booking system.
    pilotage = tm.add(tg.ExternalService("Pilotage booking system"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Port authority data centre", trust=tg.Trust.INTERNAL):
    # Polls the port community system and stores notices for planning.
    intake = tm.add(
        tg.Service(
            "Arrival notice intake",
            controls={c.SchemaEnforcement(note="notices checked against the PCS message schema")},
        )
    )
    arrivals = tm.add(tg.DataStore("Arrivals store", stores={arrival_notice}))
    # The berths, their limits and the plan everyone in the port works from.
    plan_db = tm.add(tg.DataStore("Berth plan database", stores={berth_plan}))
    # The LLM agent that turns notices into proposals.
    agent = tm.add(
        tg.Agent(
            "Berth planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads new notices and the berth plan, asks for tide windows, and "
            "writes proposals for the harbour master.",
            controls={c.HumanInTheLoop(approver="the harbour master on duty")},
        )
    )
    # Works out under-keel clearance windows so the model does no tide arithmetic.
    tide_tool = tm.add(tg.Tool("Tide window calculator", capabilities={"read"}))
    # Writes proposals into the plan, marked as proposed until confirmed.
    proposal_tool = tm.add(tg.Tool("Berth proposal tool", capabilities={"read", "write"}))
    # Sends pilot requests to the pilotage company once the harbour master confirms.
    pilot_tool = tm.add(tg.Tool("Pilot booking tool", capabilities={"write", "network-egress"}))
    # Where the harbour master sees proposals and confirms, amends or rejects them.
    console = tm.add(
        tg.Endpoint(
            "Harbour master planning console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory sign-in")},
        )
    )

with tm.boundary("Harbour office", trust=tg.Trust.INTERNAL):
    # Statutory authority for berthing; confirms every allocation.
    harbour_master = tm.add(tg.Actor("Harbour master", role="harbour master", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(ship_agent, pcs, arrival_notice, protocol="https")
tm.flow(intake, pcs, pcs_key, protocol="https", controls={tls}, label="poll for new notices")
tm.flow(pcs, intake, arrival_notice, protocol="https", controls={tls})
tm.flow(intake, arrivals, arrival_notice)

tm.flow(tides, tide_tool, tide_table, protocol="https", label="yearly tide table download")

tm.flow(arrivals, agent, arrival_notice)
tm.flow(plan_db, agent, berth_plan)
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})
tm.flow(agent, tide_tool, tide_query)
tm.flow(tide_tool, agent, tide_window)
tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, plan_db, proposal)
tm.flow(agent, pilot_tool, pilot_request)

tm.flow(plan_db, console, berth_plan, proposal)
tm.flow(console, harbour_master, berth_plan, proposal, pilot_request, protocol="https")
tm.flow(harbour_master, console, confirmation, protocol="https")
tm.flow(console, plan_db, confirmation)
tm.flow(console, pilot_tool, confirmation, label="release confirmed bookings")
tm.flow(pilot_tool, pilotage, pilot_request, protocol="https", controls={tls})
tm.flow(pilotage, pilot_tool, pilot_confirmation, protocol="https", controls={tls})
tm.flow(pilot_tool, plan_db, pilot_confirmation)
