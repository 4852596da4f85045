"""Avalanche control charge planning agent: the first design, before any security review.

A US ski area's snow safety team wants help drafting the morning avalanche control
plan. Before dawn the patrol director asks the planning agent, through the snow safety
web app, for a plan. The agent (an LLM agent whose model a vendor hosts) reads the
latest snowpack observations patrollers entered, the on-mountain weather station
readings, the regional avalanche centre's bulletin, past slide records per path and
the explosives magazine stock. It then drafts control routes, shot placements and
charge sizes into the plan store. The patrol director reviews every draft in the web
app and approves or edits it before it is issued to the control teams. The agent does
not issue plans itself. Staff sign in to the web app with the ski area's SSO and MFA,
with a director role needed to approve. Plan approvals are audit logged, because
explosives use is a regulated record. Station readings are range-checked on ingest,
and the agent is capped at a fixed number of steps per run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Avalanche control charge planning agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that drafts explosive avalanche control routes and charge placements "
        "for the patrol director to approve."
    ),
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Control plan request",
    kind="prompt",
    description="The director's request: date, terrain to open, teams available.",
)
observations = tg.Data(
    "Snowpack observations",
    kind="records",
    description="Pit profiles, stability test results and field notes entered by patrollers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
station_readings = tg.Data(
    "Weather station readings",
    kind="records",
    description="Wind, new snow, snow depth and temperature every 15 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bulletin = tg.Data(
    "Regional avalanche forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
)
slide_records = tg.Data(
    "Avalanche slide records",
    kind="records",
    description="Past slides per path: date, size, trigger, charge used and result.",
)
magazine_stock = tg.Data(
    "Explosives magazine stock",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Charges and boosters on hand per magazine, issues and returns by blaster.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Planning prompt with conditions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the request and the conditions, slide history and stock the tools returned.",
)
llm_completion = tg.Data(
    "Planning completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
lookup_call = tg.Data("Conditions lookup call", kind="tool-call")
lookup_result = tg.Data(
    "Conditions lookup result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
draft_call = tg.Data("Draft plan call", kind="tool-call")
draft_plan = tg.Data(
    "Proposed control plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Control routes, shot placements and charge sizes per path.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plan_approval = tg.Data("Plan approval", kind="records")
approved_plan = tg.Data(
    "Approved control plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
control_results = tg.Data(
    "Control route results",
    kind="records",
    description="What each shot produced, logged by the team after the route.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The regional avalanche centre's public bulletin, fetched each morning.
    avalanche_centre = tm.add(
        tg.ExternalService(
            "Regional avalanche centre",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public forecast bulletin and danger ratings for the range.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model reached with the ski area's API key.",
        )
    )

with tm.boundary("Patrol headquarters", trust=tg.Trust.INTERNAL):
    # Approves every plan before it goes to the teams; the blaster in charge.
    director = tm.add(tg.Actor("Patrol director", role="snow safety director"))
    # Enter observations and route results, and receive the approved plan.
    patroller = tm.add(tg.Actor("Patroller", role="ski patroller and blaster"))

with tm.boundary("On-mountain stations", trust=tg.Trust.INTERNAL):
    # Ridge-top and mid-mountain stations with data loggers on cellular modems.
    stations = tm.add(
        tg.Device(
            "Weather stations",
            fleet=True,
            description="Six stations with data loggers, polled over cellular modems.",
        )
    )

with tm.boundary("Ski area cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where staff ask for plans, enter field data and approve plans.
    web_app = tm.add(
        tg.Endpoint(
            "Snow safety web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="ski area SSO with MFA"),
                c.RBAC(note="only the director role can approve a plan"),
            },
        )
    )
    # The LLM agent that reads conditions and drafts the control plan.
    agent = tm.add(
        tg.Agent(
            "Control planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts routes, shot placements and charge sizes; never issues a plan.",
            controls={
                c.HumanInTheLoop(
                    approver="the patrol director",
                    note="every drafted plan is reviewed and approved before it is issued",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only tool over the conditions, slide and magazine stores.
    lookup_tool = tm.add(
        tg.Tool(
            "Conditions lookup tool",
            capabilities={"read"},
            description="Returns recent observations, station readings, the bulletin, slide history and magazine stock.",
        )
    )
    # Writes the agent's draft into the plan store for review.
    draft_tool = tm.add(
        tg.Tool(
            "Plan drafting tool",
            capabilities={"write"},
            description="Saves a proposed control plan as a draft awaiting approval.",
        )
    )
    # Polls the stations and fetches the bulletin, with range checks on readings.
    ingest = tm.add(
        tg.Service(
            "Conditions ingest service",
            description="Polls the station loggers every 15 minutes and fetches the bulletin each morning.",
            controls={c.SchemaEnforcement(note="readings outside physical ranges are dropped")},
        )
    )
    # Patroller observations, station readings and the bulletin.
    conditions_db = tm.add(
        tg.DataStore("Conditions database", stores={observations, station_readings, bulletin})
    )
    # Historical slide occurrence records per avalanche path.
    slide_db = tm.add(
        tg.DataStore("Slide history database", stores={slide_records, control_results})
    )
    # The magazine log the blasters keep for regulated explosives.
    magazine_log = tm.add(tg.DataStore("Explosives magazine log", stores={magazine_stock}))
    # Draft and approved control plans, with who approved what.
    plan_store = tm.add(
        tg.DataStore(
            "Control plan store",
            stores={draft_plan, approved_plan, plan_approval},
            controls={
                c.AuditLogging(note="plan approvals and edits recorded for the explosives record")
            },
        )
    )

# ---------------------------------------------------------------- flows
# Field data in
tm.flow(patroller, web_app, observations, control_results, magazine_stock, protocol="https")
tm.flow(web_app, conditions_db, observations)
tm.flow(web_app, slide_db, control_results)
tm.flow(web_app, magazine_log, magazine_stock, label="charges issued and returned")
tm.flow(stations, ingest, station_readings, protocol="http", label="polled over cellular modems")
tm.flow(avalanche_centre, ingest, bulletin, protocol="https", label="morning bulletin")
tm.flow(ingest, conditions_db, station_readings, bulletin)

# Planning run
tm.flow(director, web_app, planning_request, protocol="https")
tm.flow(web_app, agent, planning_request)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(conditions_db, lookup_tool, observations, station_readings, bulletin)
tm.flow(slide_db, lookup_tool, slide_records)
tm.flow(magazine_log, lookup_tool, magazine_stock)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, draft_tool, draft_call, draft_plan)
tm.flow(draft_tool, plan_store, draft_plan)

# Review, approval and issue
tm.flow(plan_store, web_app, draft_plan, label="draft shown for review")
tm.flow(web_app, director, draft_plan, protocol="https")
tm.flow(
    director, web_app, plan_approval, approved_plan, protocol="https", label="approves or edits"
)
tm.flow(web_app, plan_store, plan_approval, approved_plan)
tm.flow(plan_store, web_app, approved_plan, label="issued plan")
tm.flow(web_app, patroller, approved_plan, protocol="https", label="route briefing")
