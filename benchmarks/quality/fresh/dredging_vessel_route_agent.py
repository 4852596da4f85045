"""Dredging vessel route agent: the first design, before any security review.

A dredging contractor plans each day's dredging runs with an LLM agent. The
dredge planner on shore or the vessel's master asks for tomorrow's plan in a
planning web app; the agent reads the latest multibeam survey depth maps from
the contractor's survey store, fetches the tide tables from the hydrographic
office's feed and the port's published notices to mariners, and asks a hosted
LLM to propose dredging runs, sailing routes and dumping-ground slots. Plans
are kept in a plan store. Once the vessel's master approves a plan in the app,
the agent files the required movement and dumping notices to the harbour
master's portal through a filing tool that holds the contractor's portal API
key. The app sits behind the company's SSO, the filing tool only runs after
the master's approval, the portal key is kept in the cloud vault, and traffic
to outside services goes over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dredging vessel route agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans daily dredging runs and files harbour notices.",
)

# ---------------------------------------------------------------- data assets
plan_request = tg.Data(
    "Planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vessel, work area, date and constraints typed by the master or planner.",
)
depth_maps = tg.Data(
    "Survey depth maps",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Gridded multibeam soundings of the channel and work areas.",
)
tide_tables = tg.Data("Tide tables", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
port_notices = tg.Data(
    "Port notices to mariners", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
llm_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, request, depth summaries, tides, notices and tool results.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
dredging_plan = tg.Data(
    "Dredging plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Runs, routes, draughts and dumping-ground slots for one day.",
)
plan_approval = tg.Data(
    "Master's plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
harbour_notice = tg.Data(
    "Harbour movement and dumping notice",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
filing_receipt = tg.Data(
    "Notice filing receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
portal_key = tg.Data(
    "Harbour portal API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The port publishes its notices (closures, buoy moves, events) on a public web page.
    notices_page = tm.add(
        tg.DataSource(
            "Port notices web page",
            origin=tg.Origin.PUBLIC_WEB,
            provides={port_notices},
            description="HTML and PDF notices to mariners on the port authority's site.",
        )
    )

with tm.boundary("Hydrographic office", trust=tg.Trust.PARTNER):
    # Official tidal predictions, bought as a subscription feed.
    tide_feed = tm.add(
        tg.DataSource(
            "Tide table feed",
            origin=tg.Origin.VENDOR,
            provides={tide_tables},
            description="Tidal height predictions for the port's gauges.",
        )
    )

with tm.boundary("Port authority", trust=tg.Trust.PARTNER):
    # Where the harbour master requires movement and dumping notices to be filed.
    harbour_portal = tm.add(
        tg.ExternalService(
            "Harbour master's portal",
            description="The port's notice filing API; notices are public to port users.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that does the planning reasoning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model with tool calling behind the vendor's API.",
        )
    )

with tm.boundary("Dredging vessel", trust=tg.Trust.INTERNAL):
    # Signs off the day's plan; legally responsible for the vessel's movements.
    master = tm.add(tg.Actor("Vessel master", role="master"))

with tm.boundary("Survey office", trust=tg.Trust.INTERNAL):
    # Processes the survey launch's soundings into depth maps.
    surveyor = tm.add(tg.Actor("Hydrographic surveyor", role="surveyor"))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # The planning web app the master and planners use, behind company SSO.
    planning_app = tm.add(
        tg.Endpoint(
            "Planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # The LLM agent that gathers inputs, proposes plans and files notices.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM.",
        )
    )
    # Holds the processed depth maps for every work area.
    survey_store = tm.add(
        tg.DataStore(
            "Survey depth map store",
            stores={depth_maps},
            controls={c.RBAC()},
        )
    )
    # Lets the agent read depth maps for the work area being planned.
    depth_tool = tm.add(tg.Tool("Depth map reader", capabilities={"read"}))
    # Fetches tides and port notices from outside sources for the agent.
    fetch_tool = tm.add(tg.Tool("Tide and notice fetcher", capabilities={"read", "network-egress"}))
    # Keeps proposed and approved plans, and what was filed.
    plan_store = tm.add(
        tg.DataStore(
            "Plan store",
            stores={dredging_plan, plan_approval, harbour_notice},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Files notices to the harbour master; runs only after the master approves.
    filing_tool = tm.add(
        tg.Tool(
            "Harbour notice filing tool",
            capabilities={"write", "send-messages", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="the vessel master"),
                c.SecretsManagement(note="portal API key in the cloud vault"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(master, planning_app, plan_request, plan_approval, protocol="https", label="satellite link")
tm.flow(planning_app, master, dredging_plan, protocol="https", label="satellite link")
tm.flow(planning_app, agent, plan_request, plan_approval)
tm.flow(agent, planning_app, dredging_plan)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(surveyor, survey_store, depth_maps, protocol="https", label="upload processed survey")
tm.flow(agent, depth_tool, tool_call)
tm.flow(survey_store, depth_tool, depth_maps)
tm.flow(depth_tool, agent, depth_maps)

tm.flow(agent, fetch_tool, tool_call)
tm.flow(tide_feed, fetch_tool, tide_tables, protocol="https")
tm.flow(notices_page, fetch_tool, port_notices, protocol="https")
tm.flow(fetch_tool, agent, tide_tables, port_notices)

tm.flow(agent, plan_store, dredging_plan, plan_approval, harbour_notice)
tm.flow(plan_store, agent, dredging_plan)

tm.flow(agent, filing_tool, harbour_notice, plan_approval)
tm.flow(filing_tool, harbour_portal, harbour_notice, portal_key, protocol="https")
tm.flow(harbour_portal, filing_tool, filing_receipt, protocol="https")
tm.flow(filing_tool, agent, filing_receipt)
