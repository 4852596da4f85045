"""Freight path conflict agent: the first design, before any security review.

The freight operator's network planners build short-term plans (extra and varied
trains for the coming one to three weeks) in the train planning system. Before they
bid the paths to the infrastructure manager, a planner asks the conflict agent on the
planning workbench to review a plan. The agent, an LLM hosted by a model vendor,
reads the short-term plans, the infrastructure manager's working timetable and
engineering possession notices through a read-only query tool, runs a deterministic
conflict checker against the timetable planning rules (headways, junction margins,
sectional running times) and drafts alternative paths into a proposal queue. It only
advises: the planner reviews each proposal on the workbench and submits any bid
through the infrastructure manager's own bidding portal. The workbench sits behind
corporate SSO with MFA, the agent's steps are capped and traced to a log, and the
infrastructure manager's feed is schema-checked as it is loaded each night.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight path conflict agent",
    profile=tg.RiskProfile.LOW,
    description="Detects path conflicts in short-term freight plans and proposes alternative paths.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Conflict review request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which plan, dates and route section to review, in the planner's words.",
)
proposals = tg.Data(
    "Alternative path proposals",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Re-timed or re-routed paths with the conflicts each one clears.",
)
llm_prompt = tg.Data(
    "Agent prompt with plan context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stp_plans = tg.Data(
    "Short-term train plans",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The operator's planned schedules: timings, routes, loads, traction.",
)
wtt = tg.Data(
    "Working timetable extract",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="All operators' schedules on our routes, from the infrastructure manager.",
)
possessions = tg.Data(
    "Engineering possession notices",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notices of planned engineering works and line closures.",
)
planning_rules = tg.Data(
    "Timetable planning rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan_query = tg.Data("Plan query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
plan_result = tg.Data(
    "Plan query result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidate_paths = tg.Data(
    "Candidate paths to check", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
conflicts = tg.Data(
    "Detected path conflicts", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data("Draft path proposal", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
trace = tg.Data(
    "Agent trace",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Prompts, tool calls and results per session, with the planner's user id.",
)
plan_edits = tg.Data("Plan edits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
path_bid = tg.Data("Path bid", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Planning office network", trust=tg.Trust.INTERNAL):
    # The person the agent works for, and who decides what is bid.
    planner = tm.add(tg.Actor("Network planner", role="train planner"))

with tm.boundary("Planning platform", trust=tg.Trust.INTERNAL):
    # Where planners ask for reviews and look at the proposals.
    workbench = tm.add(
        tg.Endpoint(
            "Planning workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # The LLM agent that finds conflicts and drafts alternatives.
    agent = tm.add(
        tg.Agent(
            "Path conflict agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.SecretsManagement(note="vendor API key in the platform vault"),
            },
        )
    )
    # Lets the agent read plans, the timetable and possession notices.
    query_tool = tm.add(tg.Tool("Train plan query tool", capabilities={"read"}))
    # Deterministic check of paths against the planning rules and other trains.
    checker = tm.add(
        tg.Tool(
            "Path conflict checker",
            capabilities={"read"},
            description="Applies headways, junction margins and running times; no model involved.",
        )
    )
    # The only way the agent writes anything: a proposal for the planner.
    proposal_tool = tm.add(
        tg.Tool(
            "Proposal drafting tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="insert-only rights on the proposal queue")},
        )
    )
    # The operator's plans together with the infrastructure manager's timetable.
    plan_store = tm.add(tg.DataStore("Train plan database", stores={stp_plans, wtt, possessions}))
    # Reference data the checker applies.
    rules_store = tm.add(tg.DataStore("Timetable planning rules store", stores={planning_rules}))
    # Proposals waiting for a planner.
    proposal_queue = tm.add(tg.DataStore("Path proposal queue", stores={proposals}))
    # What the agent did, for looking back at a bad proposal.
    trace_log = tm.add(
        tg.DataStore(
            "Agent trace log", stores={trace}, controls={c.AuditLogging(retention_days=365)}
        )
    )
    # The existing system in which planners build schedules.
    planning_system = tm.add(tg.Service("Train planning system"))
    # Loads the infrastructure manager's timetable and notices each night.
    ingest = tm.add(
        tg.Pipeline(
            "Nightly timetable ingest",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="CIF schedule format validated on load")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="no training on our data, EU region")},
        )
    )

with tm.boundary("Infrastructure manager", trust=tg.Trust.PARTNER):
    # Source of the working timetable and possession notices.
    im_feed = tm.add(
        tg.DataSource(
            "Infrastructure manager timetable feed",
            origin=tg.Origin.PARTNER,
            provides={wtt, possessions},
        )
    )
    # Where the planner bids the chosen paths.
    bidding_portal = tm.add(tg.ExternalService("Infrastructure manager bidding portal"))

# ---------------------------------------------------------------- flows
tm.flow(planner, workbench, request, protocol="https")
tm.flow(workbench, planner, proposals, protocol="https")
tm.flow(workbench, agent, request)
tm.flow(agent, workbench, proposals)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, query_tool, plan_query)
tm.flow(query_tool, agent, plan_result)
tm.flow(query_tool, plan_store, plan_query)
tm.flow(plan_store, query_tool, stp_plans, wtt, possessions)

tm.flow(agent, checker, candidate_paths)
tm.flow(checker, agent, conflicts)
tm.flow(plan_store, checker, stp_plans, wtt)
tm.flow(rules_store, checker, planning_rules)

tm.flow(agent, proposal_tool, draft)
tm.flow(proposal_tool, proposal_queue, proposals)
tm.flow(proposal_queue, workbench, proposals)
tm.flow(agent, trace_log, trace)

tm.flow(planner, planning_system, plan_edits, protocol="https")
tm.flow(planning_system, plan_store, stp_plans)
tm.flow(im_feed, ingest, wtt, possessions, protocol="sftp", label="nightly")
tm.flow(ingest, plan_store, wtt, possessions)
tm.flow(planner, bidding_portal, path_bid, protocol="https")
