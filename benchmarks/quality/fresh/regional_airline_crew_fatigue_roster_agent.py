"""Crew fatigue roster agent: the first design, before any security review.

A regional airline's crew scheduling team wants help checking draft rosters
before they are published. Crew members file fatigue reports from the crew
app (airline SSO with MFA) and these land in a restricted fatigue report store.
When the crew scheduling manager asks for a check from the scheduling
workbench, an LLM agent in the operations network reads the draft roster and
each crew member's recent duty history and fatigue reports through read-only
tools, runs the deterministic flight time limitation (FTL) checker against the
company's approved FTL scheme, and asks a hosted LLM (EU region, vendor DPA
signed) to reason about fatigue risk. The agent only writes proposed changes to
a proposals queue; the manager reviews each one and only an accepted change
is written to the crew rostering system, which then publishes to crew.
Rostering data and fatigue reports are crew personal data under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crew fatigue roster agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that checks draft crew rosters against flight time limitations "
        "and fatigue reports and proposes changes to the crew scheduling manager."
    ),
)

# ---------------------------------------------------------------- data assets
fatigue_report = tg.Data(
    "Crew fatigue report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text account of sleep, duty and health factors; filed under the FRMS.",
)
draft_roster = tg.Data(
    "Draft crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
duty_history = tg.Data(
    "Flight and duty time history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ftl_scheme = tg.Data(
    "Approved FTL scheme",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="EASA ORO.FTL limits and the airline's approved individual scheme values.",
)
check_request = tg.Data("Roster check request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
crew_lookup = tg.Data("Crew record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
crew_context = tg.Data(
    "Crew duty and fatigue context", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
ftl_query = tg.Data("Roster segment to check", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ftl_result = tg.Data("FTL check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Fatigue reasoning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, roster segment, duty history and fatigue report text.",
)
llm_answer = tg.Data("LLM fatigue assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Proposed roster change",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
accepted_change = tg.Data(
    "Accepted roster change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
published_roster = tg.Data("Published crew roster", kind="records", sensitivity=tg.Sensitivity.PII)
agent_trace = tg.Data("Agent run trace", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pilots and cabin crew, filing reports and reading rosters from phones and hotel Wi-Fi.
    crew = tm.add(tg.Actor("Crew member", role="pilot or cabin crew"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model; hosted in the vendor's EU region under a signed DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called over the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed, EU data residency")},
        )
    )

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Existing crew app backend, extended with a fatigue report form.
    crew_app = tm.add(
        tg.Endpoint(
            "Crew app API",
            purpose=tg.EndpointPurpose.API,
            description="Backend of the crew mobile app: roster view and fatigue report form.",
            controls={c.Authentication(method="airline SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # The person who owns the roster and decides on every change.
    manager = tm.add(
        tg.Actor("Crew scheduling manager", role="crew scheduling manager", privileged=True)
    )
    # Web UI where the manager starts checks and accepts or rejects proposals.
    workbench = tm.add(
        tg.Endpoint(
            "Scheduling workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airline SSO (OIDC) with MFA"),
                c.RBAC(note="crew scheduling role only"),
            },
        )
    )
    # The LLM agent that plans the check, calls the tools and drafts proposals.
    agent = tm.add(
        tg.Agent(
            "Roster fatigue agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Reviews one draft roster period per run and drafts proposed changes.",
            controls={
                c.HumanInTheLoop(approver="the crew scheduling manager"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Read-only lookup of a crew member's duty history and fatigue reports.
    crew_tool = tm.add(
        tg.Tool("Crew records lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Deterministic FTL calculator the airline already uses, wrapped as a tool.
    ftl_tool = tm.add(
        tg.Tool(
            "FTL limits checker",
            capabilities={"read"},
            origin="first-party",
            description="Computes duty periods, rest and cumulative hours against the scheme.",
        )
    )
    # The agent's only way to write: it adds proposals to the manager's queue.
    proposal_tool = tm.add(
        tg.Tool("Roster change proposal tool", capabilities={"write"}, origin="first-party")
    )
    # Queue of proposals waiting for the manager's decision.
    proposals = tm.add(tg.DataStore("Proposals queue", stores={proposal}))
    # Reference copy of the approved FTL scheme read by the checker.
    scheme_store = tm.add(tg.DataStore("FTL scheme configuration", stores={ftl_scheme}))
    # Traces of each agent run (prompts, tool calls, answers) for debugging and audits.
    trace_store = tm.add(tg.DataStore("Agent trace log", stores={agent_trace}))

    with tm.boundary("Crew data", trust=tg.Trust.RESTRICTED):
        # System of record for rosters and flown hours (the existing crew management system).
        rostering = tm.add(
            tg.DataStore(
                "Crew rostering system",
                stores={draft_roster, duty_history, published_roster},
                controls={c.AuditLogging(), c.RBAC()},
            )
        )
        # Confidential FRMS reports, kept apart from the general crew database.
        fatigue_store = tm.add(
            tg.DataStore(
                "Fatigue report store",
                stores={fatigue_report},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

# ---------------------------------------------------------------- flows
# Crew file fatigue reports and read their published roster.
tm.flow(crew, crew_app, fatigue_report, protocol="https")
tm.flow(crew_app, fatigue_store, fatigue_report, protocol="https")
tm.flow(rostering, crew_app, published_roster, protocol="https")
tm.flow(crew_app, crew, published_roster, protocol="https")

# The manager asks for a check of a draft roster period.
tm.flow(manager, workbench, check_request, protocol="https")
tm.flow(workbench, agent, check_request, protocol="https")

# The agent gathers context through its read-only tools.
tm.flow(agent, crew_tool, crew_lookup, protocol="local")
tm.flow(rostering, crew_tool, draft_roster, duty_history, protocol="https")
tm.flow(fatigue_store, crew_tool, fatigue_report, protocol="https")
tm.flow(crew_tool, agent, crew_context, protocol="local")

tm.flow(agent, ftl_tool, ftl_query, protocol="local")
tm.flow(scheme_store, ftl_tool, ftl_scheme, protocol="https")
tm.flow(ftl_tool, agent, ftl_result, protocol="local")

# Reasoning about fatigue risk with the hosted model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_answer, protocol="https")
tm.flow(agent, trace_store, agent_trace, protocol="https")

# Proposals go to the queue; only the manager's decision reaches the roster.
tm.flow(agent, proposal_tool, proposal, protocol="local")
tm.flow(proposal_tool, proposals, proposal, protocol="https")
tm.flow(proposals, workbench, proposal, protocol="https")
tm.flow(workbench, manager, proposal, protocol="https")
tm.flow(manager, workbench, accepted_change, protocol="https", label="accepts proposal")
tm.flow(workbench, rostering, accepted_change, protocol="https")
