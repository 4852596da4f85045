"""Crew rostering recovery agent: the first design, before any security review.

When flights are delayed, cancelled or swapped to another aircraft, the
operations control system publishes disruption events. An LLM agent, running on
the airline's agent platform and using a hosted model under an EU data-residency
contract, works out how to re-crew the affected flights: it looks up rosters,
qualifications and duty history in the crew management system, asks an
optimisation solver for candidate reassignments (reserves, swaps, deadheads),
and checks each candidate against the flight time limitation (FTL) and rest
rules with a legality checker. It proposes the best legal plan to the duty crew
controller in the ops control console; only after the controller approves does
it write the change to the crew management system and notify the affected crew
through the crew app. Controllers sign in with SSO and MFA; the agent has a step
limit and logs every run; the roster write tool uses a service account limited
to roster changes.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Crew rostering recovery agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent proposing crew roster changes after disruption, "
    "within flight time limits, approved by crew controllers.",
)

# ---------------------------------------------------------------- data assets
disruptions = tg.Data(
    "Disruption events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Delays, cancellations, diversions and aircraft swaps.",
)
rosters = tg.Data(
    "Crew rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_records = tg.Data(
    "Crew qualifications and duty history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Type ratings, recency, base, flight and duty hours, rest periods, sickness.",
)
ftl_rules = tg.Data(
    "FTL and rest rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Approved flight time limitation scheme and union agreement rules.",
)
controller_request = tg.Data(
    "Controller request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the controller asks the agent to solve, with preferences.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_reply = tg.Data("Model reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Roster lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
solver_call = tg.Data("Solver request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
candidates = tg.Data("Candidate reassignments", kind="tool-result", sensitivity=tg.Sensitivity.PII)
legality_call = tg.Data("Legality check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
legality_result = tg.Data(
    "Legality check result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
proposal = tg.Data(
    "Roster change proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed reassignments with the agent's reasoning and legality results.",
)
approval = tg.Data("Controller approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
roster_change = tg.Data(
    "Roster change",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
write_result = tg.Data(
    "Roster write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
notification = tg.Data(
    "Crew roster notification",
    sensitivity=tg.Sensitivity.PII,
    description="New duty, report time and hotel for the crew member.",
)
agent_trace = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew receive their changed duties on the crew app.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; EU region, no training on our data by contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with EU data residency, no retention")},
        )
    )

with tm.boundary("Flight operations network", trust=tg.Trust.INTERNAL):
    # Source of the disruptions the agent reacts to.
    ocs = tm.add(
        tg.DataSource(
            "Operations control system",
            origin=tg.Origin.INTERNAL,
            provides={disruptions},
        )
    )
    # Duty crew controller who reviews and approves every proposed change.
    controller = tm.add(tg.Actor("Crew controller", role="crew controller"))
    # Where proposals are shown and approved.
    console = tm.add(
        tg.Endpoint(
            "Ops control console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Crew systems", trust=tg.Trust.RESTRICTED):
    # System of record for rosters, qualifications and duty hours.
    cms = tm.add(
        tg.DataStore(
            "Crew management system",
            stores={rosters, crew_records},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # The FTL scheme and agreement rules the legality checker applies.
    rules_store = tm.add(tg.DataStore("FTL rules configuration", stores={ftl_rules}))

with tm.boundary("Agent platform", trust=tg.Trust.INTERNAL):
    # Plans the recovery, calls the tools and drafts the proposal.
    agent = tm.add(
        tg.Agent(
            "Rostering recovery agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="duty crew controller"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads rosters and crew records for the affected flights.
    lookup_tool = tm.add(tg.Tool("Roster lookup tool", capabilities={"read"}))
    # Mixed-integer solver generating candidate reassignments.
    solver_tool = tm.add(
        tg.Tool(
            "Reassignment solver tool",
            capabilities={"read"},
            description="Runs the optimisation over reserves, swaps and deadheads.",
        )
    )
    # Checks a candidate's duties against FTL and rest rules.
    ftl_tool = tm.add(tg.Tool("FTL legality checker", capabilities={"read"}))
    # Writes the approved change into the crew management system.
    update_tool = tm.add(
        tg.Tool(
            "Roster update tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account limited to roster changes")},
        )
    )
    # Pushes the new duty to each affected crew member's app.
    notify_tool = tm.add(tg.Tool("Crew notification tool", capabilities={"send-messages"}))
    # Agent runs, tool calls and approvals.
    run_log = tm.add(tg.DataStore("Agent run log store", stores={agent_trace}))

# ---------------------------------------------------------------- flows
tm.flow(ocs, agent, disruptions, protocol="kafka", label="disruption events")

tm.flow(controller, console, controller_request, approval, protocol="https")
tm.flow(console, controller, proposal, protocol="https")
tm.flow(console, agent, controller_request, approval, protocol="https")
tm.flow(agent, console, proposal, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, cms, lookup_call, protocol="https")
tm.flow(cms, lookup_tool, rosters, crew_records, protocol="https")
tm.flow(lookup_tool, agent, rosters, crew_records)

tm.flow(agent, solver_tool, solver_call)
tm.flow(solver_tool, agent, candidates)

tm.flow(agent, ftl_tool, legality_call)
tm.flow(rules_store, ftl_tool, ftl_rules)
tm.flow(cms, ftl_tool, crew_records, protocol="https", label="duty history")
tm.flow(ftl_tool, agent, legality_result)

tm.flow(agent, update_tool, roster_change)
tm.flow(update_tool, cms, roster_change, protocol="https")
tm.flow(cms, update_tool, write_result, protocol="https")
tm.flow(update_tool, agent, write_result)

tm.flow(agent, notify_tool, notification)
tm.flow(notify_tool, crew, notification, protocol="https", label="crew app push")

tm.flow(agent, run_log, agent_trace)
