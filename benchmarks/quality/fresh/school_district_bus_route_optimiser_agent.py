"""Bus route planning agent: the first design, before any security review.

Each term the district's transport office plans bus routes, stops and times.
Planners ask a route planning agent in the district's cloud tenancy through a
planning console signed in with district SSO. The agent, driven by a hosted
LLM, pulls eligible riders (names, home addresses, schools) from the student
information system and transport accommodations (wheelchair lift, aide, ride-
time limits) from the special education system, calls a route solver that gets
travel times from a mapping API, and saves draft plans. Planners review and
publish them: a publishing service sends stop assignments to the parent
stop-lookup portal and route sheets to the bus contractor. Controls so far: SSO
on the console, roles and managed encryption on the route database, an agent
step limit, only needed fields pulled from student records, SFTP to the contractor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School bus route planning agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that plans bus routes and stop times from pupil addresses and "
        "special-needs transport requirements, for the transport office to publish."
    ),
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Route planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Term, schools, bell times, fleet size and the planner's constraints.",
)
agent_context = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the request, rider lists and solver results so far.",
)
llm_reply = tg.Data(
    "LLM plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
roster_query = tg.Data("Rider roster query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rider_roster = tg.Data(
    "Rider roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pupil names, student IDs, home addresses, school, grade and eligibility.",
)
accommodations = tg.Data(
    "Transport accommodations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="From IEPs and 504 plans: wheelchair lift, aide, door-to-door, max ride time.",
)
solver_request = tg.Data(
    "Route solver request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Rider locations with accommodation flags, depots, vehicles and constraints.",
)
solver_result = tg.Data(
    "Solved routes",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicle routes, stop locations, stop times and rider-to-stop assignments.",
)
geo_request = tg.Data(
    "Geocoding and travel-time request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Home addresses and candidate stop coordinates.",
)
travel_times = tg.Data("Travel-time matrix", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data(
    "Draft route plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Routes, stops, times and assignments, with accommodation notes per rider.",
)
publish_decision = tg.Data(
    "Route plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stop_assignments = tg.Data(
    "Stop assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each pupil's stop, pick-up and drop-off times and bus number.",
)
stop_lookup = tg.Data(
    "Stop lookup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student ID and date of birth typed in by a parent.",
)
route_sheets = tg.Data(
    "Driver route sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Turn-by-turn routes, rider names per stop and accommodation notes for drivers.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("District office network", trust=tg.Trust.INTERNAL):
    # Transport office staff who plan, review and publish routes.
    planner = tm.add(tg.Actor("Transport planner", role="transport office staff"))

with tm.boundary("District cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where planners talk to the agent and review draft plans.
    console = tm.add(
        tg.Endpoint(
            "Route planning console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="district SSO (OIDC)")},
        )
    )
    # Turns a planning request into rider lists, solver runs and a draft plan.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Drafts plans only; planners decide what is published.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Pulls eligible riders and their transport accommodations.
    roster_tool = tm.add(
        tg.Tool(
            "Rider roster tool",
            capabilities={"read"},
            controls={c.DataMinimization(note="only address, school, grade and transport fields")},
        )
    )
    # Vehicle-routing solver the agent calls with riders and constraints.
    solver = tm.add(tg.Tool("Route solver tool", capabilities={"read", "network-egress"}))
    # Saves the agent's draft plans.
    plan_tool = tm.add(tg.Tool("Route plan save tool", capabilities={"write"}))
    # Drafts and published plans, the transport office's working copy.
    plan_db = tm.add(
        tg.DataStore(
            "Route plan database",
            stores={draft_plan, stop_assignments},
            controls={
                c.RBAC(note="transport office roles"),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Sends an approved plan to parents and the contractor.
    publisher = tm.add(tg.Service("Route publishing service"))

with tm.boundary("District public web", trust=tg.Trust.INTERNAL):
    # Lets parents look up their child's stop and times.
    portal = tm.add(
        tg.Endpoint(
            "Parent bus stop portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="student ID and date of birth")},
        )
    )

with tm.boundary("Student records vendor", trust=tg.Trust.PARTNER):
    # Hosted SIS: the system of record for pupils and addresses.
    sis = tm.add(tg.DataStore("Student information system", stores={rider_roster}))
    # Hosted special education case management: IEP and 504 transport needs.
    sped = tm.add(tg.DataStore("Special education case management system", stores={accommodations}))

with tm.boundary("AI model provider", trust=tg.Trust.PARTNER):
    # The agent's language model, behind the provider's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Geocodes addresses and returns road travel times.
    maps = tm.add(
        tg.ExternalService(
            "Mapping and travel-time API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Bus contractor", trust=tg.Trust.PARTNER):
    # The company that runs the buses and briefs the drivers.
    contractor = tm.add(tg.ExternalService("Bus contractor dispatch"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians checking stops from home.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))

# ---------------------------------------------------------------- flows
tm.flow(planner, console, planning_request, protocol="https")
tm.flow(console, agent, planning_request)

tm.flow(agent, llm, agent_context, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, roster_tool, roster_query)
tm.flow(roster_tool, sis, roster_query, protocol="https")
tm.flow(sis, roster_tool, rider_roster, protocol="https")
tm.flow(roster_tool, sped, roster_query, protocol="https")
tm.flow(sped, roster_tool, accommodations, protocol="https")
tm.flow(roster_tool, agent, rider_roster, accommodations)

tm.flow(agent, solver, solver_request)
tm.flow(solver, maps, geo_request, protocol="https")
tm.flow(maps, solver, travel_times, protocol="https")
tm.flow(solver, agent, solver_result)

tm.flow(agent, plan_tool, draft_plan)
tm.flow(plan_tool, plan_db, draft_plan)
tm.flow(plan_db, console, draft_plan, label="review")
tm.flow(console, planner, draft_plan, protocol="https")
tm.flow(planner, console, draft_plan, publish_decision, protocol="https", label="edits and publish")
tm.flow(console, plan_db, draft_plan, label="save edits")
tm.flow(console, publisher, publish_decision)
tm.flow(plan_db, publisher, draft_plan, stop_assignments)
tm.flow(publisher, plan_db, stop_assignments, label="published plan")

tm.flow(publisher, portal, stop_assignments, protocol="https")
tm.flow(parent, portal, stop_lookup, protocol="https")
tm.flow(portal, parent, stop_assignments, protocol="https")
tm.flow(publisher, contractor, route_sheets, protocol="sftp")
