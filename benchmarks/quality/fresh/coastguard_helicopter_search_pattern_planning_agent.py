"""Coastguard helicopter search pattern planning agent: the first design.

A coastguard aviation unit in an EU member state wants to speed up search planning.
When a case is opened at the rescue coordination centre (RCC), the search mission
coordinator (SMC) asks a planning agent for a helicopter search plan. The agent,
built on a hosted LLM, reads the case from the RCC incident log (last-known
position, time, search object, persons on board, beacon alerts), runs drift
simulations on met-ocean forecasts from the national weather service, and proposes
search patterns (expanding square, sector, track-line), commence search points and
track spacing as a draft in the search plan store. The SMC reviews the draft in the
planning console and approves it. Only then does the mission dispatch service send
the plan over satcom to the crew tablets in the helicopters. Aircrews send search
progress back the same way. SMCs sign in with their own smartcards, console actions
are audited, and the incident log is role-restricted.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Coastguard helicopter search pattern planning agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts helicopter search plans for the SMC to approve.",
)

# ---------------------------------------------------------------- data assets
incident_record = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Last-known position and time, search object, persons on board, informant contact.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
beacon_alert = tg.Data(
    "Distress beacon alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="EPIRB/PLB position fix with the beacon's registered owner and vessel.",
)
forecast = tg.Data(
    "Met-ocean forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Gridded wind, surface current and sea-state forecasts (GRIB).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
planning_request = tg.Data(
    "Planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The SMC's request: case id, aircraft available, endurance, constraints.",
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
incident_query = tg.Data(
    "Incident lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
drift_request = tg.Data(
    "Drift simulation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Last-known position, time window and leeway category of the search object.",
)
drift_result = tg.Data(
    "Drift probability map",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monte Carlo particle cloud and probability grid of the object's position.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposed_plan = tg.Data(
    "Proposed search plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Search areas, patterns, commence search points, track spacing, sortie timing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plan_approval = tg.Data("Search plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_plan = tg.Data(
    "Approved search plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
progress_report = tg.Data(
    "Search progress report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Legs flown, area covered, sightings and on-scene weather from the aircrew.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # The met office's operational ocean and atmosphere forecasts feed the drift model.
    metocean = tm.add(
        tg.DataSource(
            "Met-ocean forecast feed",
            origin=tg.Origin.PARTNER,
            provides={forecast},
            description="Hourly GRIB files pushed by the national weather service.",
        )
    )

with tm.boundary("Cospas-Sarsat mission control centre", trust=tg.Trust.PARTNER):
    # Satellite-detected distress beacons give last-known positions for many cases.
    beacons = tm.add(
        tg.DataSource(
            "Distress beacon alert feed",
            origin=tg.Origin.PARTNER,
            provides={beacon_alert},
            description="Alert messages relayed by the national MCC.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a cloud vendor in the EU.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API; its plans steer a search for people in the water.",
        )
    )

with tm.boundary("Rescue coordination centre network", trust=tg.Trust.INTERNAL):
    # The person accountable for the search: asks for plans and approves them.
    smc = tm.add(tg.Actor("Search mission coordinator", role="search mission coordinator"))
    # Web console on the RCC network where the SMC asks for, reviews and approves plans.
    console = tm.add(
        tg.Service(
            "Planning console",
            description="RCC web application for search planning requests and plan approval.",
            controls={
                c.Authentication(method="individual smartcard with PIN"),
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # The LLM agent that gathers case facts, runs drift and drafts the search plan.
    agent = tm.add(
        tg.Agent(
            "Search planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts helicopter search plans; it cannot release a plan to aircraft.",
            controls={
                c.HumanInTheLoop(approver="the search mission coordinator"),
                c.AuditLogging(),
            },
        )
    )
    # Read-only tool: fetches the case the SMC named from the incident log.
    incident_tool = tm.add(tg.Tool("Incident lookup tool", capabilities={"read"}))
    # The RCC's case log, also fed by beacon alerts; the source of last-known positions.
    incident_log = tm.add(
        tg.DataStore(
            "Incident log",
            stores={incident_record, beacon_alert, progress_report},
            controls={c.RBAC()},
        )
    )
    # Tool that runs a drift simulation for the case and returns the probability map.
    drift_tool = tm.add(tg.Tool("Drift model tool", capabilities={"read"}))
    # Leeway-style Monte Carlo drift model: physics, not machine learning.
    drift_service = tm.add(
        tg.Service(
            "Drift simulation service",
            description="Runs Leeway Monte Carlo drift on the latest met-ocean forecast.",
        )
    )
    # Tool with which the agent saves its draft plan for the SMC to review.
    plan_tool = tm.add(tg.Tool("Plan drafting tool", capabilities={"write"}))
    # Draft and approved plans, with their approval record.
    plan_store = tm.add(tg.DataStore("Search plan store", stores={proposed_plan, approved_plan}))
    # Sends an approved plan to the helicopters and brings their progress back.
    dispatch = tm.add(
        tg.Service(
            "Mission dispatch service",
            description="Releases plans the SMC approved to the crew tablets over satcom.",
        )
    )

with tm.boundary("Helicopter", trust=tg.Trust.INTERNAL):
    # Electronic flight bag tablets in each SAR helicopter that show the plan in flight.
    tablet = tm.add(
        tg.Device(
            "Crew mission tablet",
            fleet=True,
            description="Unit-issued tablets, one per aircraft, on a satcom data link.",
        )
    )
    # The pilots, winch operator and rescue crew who fly the search.
    aircrew = tm.add(tg.Actor("Helicopter aircrew", role="aircrew"))

# ---------------------------------------------------------------- flows
# the SMC asks for a plan and gets the draft back
tm.flow(smc, console, planning_request, protocol="https")
tm.flow(console, agent, planning_request)
tm.flow(agent, console, proposed_plan)
tm.flow(console, smc, proposed_plan, protocol="https")

# the agent reasons with the hosted LLM
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# case facts
tm.flow(agent, incident_tool, incident_query)
tm.flow(incident_tool, incident_log, incident_query)
tm.flow(incident_log, incident_tool, incident_record)
tm.flow(incident_tool, agent, incident_record)
tm.flow(beacons, incident_log, beacon_alert, protocol="sftp", label="distress alert ingest")

# drift
tm.flow(agent, drift_tool, drift_request)
tm.flow(drift_tool, drift_service, drift_request)
tm.flow(drift_service, drift_tool, drift_result)
tm.flow(drift_tool, agent, drift_result)
tm.flow(metocean, drift_service, forecast, protocol="sftp", label="hourly forecast push")

# draft, approval and release
tm.flow(agent, plan_tool, proposed_plan)
tm.flow(plan_tool, plan_store, proposed_plan)
tm.flow(smc, console, plan_approval, protocol="https", label="approves plan")
tm.flow(console, plan_store, plan_approval, approved_plan)
tm.flow(console, dispatch, plan_approval, label="release to aircraft")
tm.flow(plan_store, dispatch, approved_plan)
tm.flow(dispatch, tablet, approved_plan, protocol="https", label="over satcom")
tm.flow(tablet, aircrew, approved_plan, label="displayed in flight")

# progress back from the aircraft
tm.flow(aircrew, tablet, progress_report, label="entered in flight")
tm.flow(tablet, dispatch, progress_report, protocol="https", label="over satcom")
tm.flow(dispatch, incident_log, progress_report)
