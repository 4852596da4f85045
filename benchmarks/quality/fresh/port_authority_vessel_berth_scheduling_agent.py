"""Port authority vessel berth scheduling agent: the first design, before any security review.

A European port authority wants an LLM agent that drafts the berth and pilotage
plan for the next 48 hours. Ships' agents file pre-arrival notifications (ETA,
draught, length, cargo, dangerous goods, free-text remarks) in the Port Community
System, which relays them to an intake service; terminal operators push berth and
crane availability the same way. On request from the harbour master's console the
agent, running in the authority's data centre on a cloud-hosted LLM, looks up
vessel calls, terminal capacity and the hydrographic office's tide predictions,
checks the pilot roster, and writes a draft schedule with its reasoning. The duty
harbour master reviews and approves it; only then does a publication service send
the berth schedule back to the Port Community System and text pilots their jobs.
Staff use directory sign-in with MFA, the intake validates message schemas, the
agent's steps are capped and logged, and its write tool can only write drafts.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Port authority vessel berth scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent proposing berth and pilot schedules from arrival notices, tides "
    "and terminal capacity, approved by the harbour master before publication.",
)

# ---------------------------------------------------------------- data assets
arrival_notice = tg.Data(
    "Pre-arrival notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="ETA, draught, length, cargo and dangerous goods, requested berth, "
    "free-text remarks and the ship's agent's contact details.",
)
capacity = tg.Data(
    "Terminal berth and crane availability",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
vessel_calls = tg.Data(
    "Vessel call records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tide_query = tg.Data("Tide prediction query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tides = tg.Data(
    "Tide predictions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roster = tg.Data(
    "Pilot roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilots' names, licence classes, shifts, rest hours and mobile numbers.",
)
planning_request = tg.Data(
    "Planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Planning window and any instructions from the harbour master.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Lookup tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
roster_call = tg.Data("Roster tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
roster_result = tg.Data("Roster tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_call = tg.Data(
    "Draft schedule tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_schedule = tg.Data(
    "Draft berth and pilot schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rationale = tg.Data("Proposal rationale", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
berth_schedule = tg.Data(
    "Published berth schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pilot_assignment = tg.Data(
    "Pilot assignment message", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipping agencies file arrival notices for the vessels they represent.
    ships_agent = tm.add(tg.Actor("Ship's agent", role="shipping agency"))
    # Pilots receive their boarding jobs by text on their phones.
    pilot = tm.add(tg.Actor("Marine pilot", role="pilot"))

with tm.boundary("Port Community System", trust=tg.Trust.PARTNER):
    # The port's shared messaging platform between agents, terminals and the authority.
    pcs = tm.add(
        tg.ExternalService("Port Community System", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Terminal operators", trust=tg.Trust.PARTNER):
    # Each terminal's operating system reports berth and crane availability.
    terminals = tm.add(
        tg.DataSource("Terminal operating systems", origin=tg.Origin.PARTNER, provides={capacity})
    )

with tm.boundary("Hydrographic office", trust=tg.Trust.PARTNER):
    # National tide prediction API for the port's gauges.
    tide_service = tm.add(
        tg.ExternalService("Tide prediction service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the notices and proposes the plan.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Port authority data centre", trust=tg.Trust.INTERNAL):
    # Receives notices and capacity messages and records vessel calls.
    intake = tm.add(
        tg.Service(
            "Arrival notice intake",
            description="Consumes Port Community System messages and upserts vessel calls.",
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Port management database: vessel calls, terminal capacity and schedules.
    port_db = tm.add(
        tg.DataStore(
            "Port management database",
            stores={vessel_calls, capacity, draft_schedule, berth_schedule},
            controls={tg.controls.RBAC()},
        )
    )
    # Pilot roster kept by the pilot station.
    roster_store = tm.add(tg.DataStore("Pilot roster store", stores={roster}))
    # The LLM agent that drafts the plan.
    agent = tm.add(
        tg.Agent(
            "Berth scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.CircuitBreaker(max_steps=40),
                tg.controls.AuditLogging(retention_days=730),
            },
        )
    )
    # Reads vessel calls, terminal capacity and tide predictions for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Port data lookup tool",
            capabilities={"read", "network-egress"},
            description="Queries the port management database and the hydrographic office's tide API.",
        )
    )
    # Reads which pilots are on shift and their rest hours.
    roster_tool = tm.add(tg.Tool("Pilot roster lookup tool", capabilities={"read"}))
    # Writes the proposed schedule to the database, flagged as a draft.
    draft_tool = tm.add(
        tg.Tool(
            "Draft schedule writer",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(note="database role can insert draft rows only")
            },
        )
    )
    # Sends the approved schedule out to the Port Community System and the pilots.
    publisher = tm.add(
        tg.Service(
            "Schedule publication service",
            controls={tg.controls.HumanInTheLoop(approver="the duty harbour master")},
        )
    )

with tm.boundary("Harbour master's office", trust=tg.Trust.INTERNAL):
    # Owns the final berth and pilotage decisions.
    harbour_master = tm.add(tg.Actor("Harbour master", role="duty harbour master", privileged=True))
    # Web console to start planning runs, review drafts and approve them.
    console = tm.add(
        tg.Endpoint(
            "Harbour master console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="port authority directory sign-in with MFA")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ships_agent, pcs, arrival_notice, protocol="https")
tm.flow(pcs, intake, arrival_notice, protocol="https")
tm.flow(terminals, pcs, capacity, protocol="https")
tm.flow(
    pcs, intake, capacity, protocol="https", label="capacity updates", id="pcs->intake:capacity"
)
tm.flow(intake, port_db, vessel_calls, capacity)

tm.flow(harbour_master, console, planning_request, protocol="https")
tm.flow(console, agent, planning_request, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, port_db, lookup_call, label="vessel call and capacity query")
tm.flow(port_db, lookup_tool, vessel_calls, capacity)
tm.flow(lookup_tool, tide_service, tide_query, protocol="https")
tm.flow(tide_service, lookup_tool, tides, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_store, roster_tool, roster)
tm.flow(roster_tool, agent, roster_result)

tm.flow(agent, draft_tool, draft_call)
tm.flow(draft_tool, port_db, draft_schedule)
tm.flow(agent, console, rationale, protocol="https")

tm.flow(port_db, console, draft_schedule, protocol="https")
tm.flow(console, harbour_master, draft_schedule, rationale, protocol="https")
tm.flow(harbour_master, console, approval, protocol="https", label="approves or amends")
tm.flow(console, publisher, approval, protocol="https")
tm.flow(port_db, publisher, draft_schedule)
tm.flow(publisher, port_db, berth_schedule)
tm.flow(publisher, pcs, berth_schedule, protocol="https")
tm.flow(publisher, pilot, pilot_assignment, protocol="sms")
