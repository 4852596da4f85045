"""Secondary school timetable generation agent: the first design, before any security review.

Each spring the school builds next year's timetable. The timetabler (the data
manager) types the year's constraints into a small web portal in the school's
cloud tenant: part-time staff days, room capacities, blocking rules. Pupils pick
their GCSE and A-level options on an online form signed in with their school
Google Workspace account. An LLM agent, using a hosted model from a vendor, reads
staffing, rooms and option choices from the school's cloud MIS through a read-only
tool, drives a constraint solver tool to build option blocks and a full timetable,
and saves the draft. The deputy head reviews the draft in the same portal, sends it
back with comments or approves it; only an approved timetable is pushed into the
MIS by the portal. Staff sign in to the portal with Microsoft 365 SSO and MFA, and
access is by role; the MIS API key sits in the tenant's secret store. Every call
to the vendor and the MIS goes over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Secondary school timetable generation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that drafts next year's school timetable for the deputy head to approve.",
)

# ---------------------------------------------------------------- data assets
option_choices = tg.Data(
    "Pupil option choices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each pupil's name, year group and ranked subject choices.",
)
staffing = tg.Data(
    "Staffing and contracts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teachers, subjects they can teach, FTE and part-time working days.",
)
rooms = tg.Data("Room list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
constraints = tg.Data(
    "Timetabling constraints",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free-text rules from the timetabler, some naming staff circumstances.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
mis_query = tg.Data("MIS lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
mis_result = tg.Data("MIS lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
solver_call = tg.Data("Solver run request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
solver_result = tg.Data("Candidate timetable", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft timetable",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Staff and pupil class lists per period, with the agent's notes on trade-offs.",
)
review = tg.Data("Deputy head review comments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved = tg.Data("Approved timetable", kind="records", sensitivity=tg.Sensitivity.PII)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pupils fill in the options form from home or school devices.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))

with tm.boundary("School staff network", trust=tg.Trust.INTERNAL):
    # Enters the year's constraints and starts a timetable run.
    timetabler = tm.add(tg.Actor("Timetabler", role="data manager"))
    # Owns the timetable: reviews every draft and is the only approver.
    deputy_head = tm.add(tg.Actor("Deputy head", role="deputy headteacher", privileged=True))

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # The school's cloud management information system: system of record for staff,
    # rooms and pupils, and where the live timetable is published.
    mis = tm.add(
        tg.ExternalService(
            "School MIS",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Cloud MIS run by the vendor; reached through its REST API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # Collects option choices; signed in with the pupil's school account.
    options_form = tm.add(
        tg.Endpoint(
            "Options form",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="school Google Workspace account password")},
        )
    )
    # Holds this year's option submissions until timetabling is done.
    options_store = tm.add(tg.DataStore("Option choices store", stores={option_choices}))
    # Where staff enter constraints, start runs, review drafts and approve.
    portal = tm.add(
        tg.Service(
            "Timetable portal",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="timetabler and deputy head roles; only the deputy head approves"),
            },
        )
    )
    # Plans the timetable: reads the inputs, runs the solver, explains trade-offs.
    agent = tm.add(
        tg.Agent(
            "Timetable agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the deputy head",
                    note="drafts are proposals; nothing reaches the MIS until the deputy head approves",
                ),
                c.CircuitBreaker(max_steps=200),
            },
        )
    )
    # Read-only access to staffing, rooms and option choices.
    mis_tool = tm.add(
        tg.Tool(
            "MIS and options lookup tool",
            capabilities={tg.Capability.READ},
            controls={c.SecretsManagement(note="MIS API key held in the tenant secret store")},
        )
    )
    # Wraps the open-source constraint solver that builds blocks and the grid.
    solver = tm.add(tg.Tool("Constraint solver tool", capabilities={tg.Capability.READ}))
    # Saves the agent's draft for review.
    draft_tool = tm.add(tg.Tool("Draft save tool", capabilities={tg.Capability.WRITE}))
    # Drafts and their revision history.
    draft_store = tm.add(tg.DataStore("Draft timetable store", stores={draft}))
    # What the agent asked, called and got back, for troubleshooting.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

# ---------------------------------------------------------------- flows
tm.flow(pupil, options_form, option_choices, protocol="https")
tm.flow(options_form, options_store, option_choices)

tm.flow(timetabler, portal, constraints, protocol="https", label="constraints and run request")
tm.flow(portal, agent, constraints, review, label="start or revise a run")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, mis_tool, mis_query)
tm.flow(mis_tool, mis, mis_query, protocol="https")
tm.flow(mis, mis_tool, staffing, rooms, protocol="https")
tm.flow(options_store, mis_tool, option_choices)
tm.flow(mis_tool, agent, mis_result)

tm.flow(agent, solver, solver_call)
tm.flow(solver, agent, solver_result)

tm.flow(agent, draft_tool, draft)
tm.flow(draft_tool, draft_store, draft)
tm.flow(agent, log_store, run_log)

tm.flow(draft_store, portal, draft)
tm.flow(portal, deputy_head, draft, protocol="https")
tm.flow(deputy_head, portal, review, protocol="https", label="comments or approval")
tm.flow(portal, mis, approved, protocol="https", label="publish approved timetable")
