"""Glasshouse harvest robot task planner: the first design, before any security review.

A tomato grower runs harvesting robots on the heating-pipe rails of its glasshouses.
Every morning an LLM agent in the grower's cloud tenant plans the day's picking: through
a read-only lookup tool it reads the crop scouts' free-text reports (pests, disease,
rows to skip), the ripeness counts per row that an in-house detector computes from the
rail-mounted ripeness cameras, and yesterday's picking results. It reasons with a
hosted LLM and writes a task list (which robot picks which rows, in which order, to
what ripeness stage). The head grower reviews the draft plan in the planning dashboard
and approves it; the dispatch tool then sends it over HTTPS, with an API key, to the
glasshouse fleet controller on the site's OT network, which assigns tasks to the
robots over MQTT on the glasshouse Wi-Fi. The robots carry the vendor's onboard safety
system (rail speed limit, emergency stops, arm stop when a person is detected).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glasshouse harvest robot task planner",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent planning daily tomato picking for rail-cart harvesting robots.",
)

# ---------------------------------------------------------------- data assets
scouting_reports = tg.Data(
    "Crop-scouting reports",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes per row and section written by scouts on a tablet.",
)
ripeness_images = tg.Data("Ripeness camera images", kind="media", sensitivity="internal")
ripeness_counts = tg.Data(
    "Ripeness counts per row",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
picking_results = tg.Data("Picking results", kind="records", sensitivity="internal")
lookup_call = tg.Data("Crop data query", kind="tool-call", sensitivity="internal")
lookup_result = tg.Data("Crop data", kind="tool-result", sensitivity="internal")
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt with picking rules, plus the crop data for the day.",
)
completion = tg.Data("LLM plan completion", kind="model-output", sensitivity="confidential")
draft_plan = tg.Data("Draft picking plan", kind="tool-call", sensitivity="confidential")
plan_approval = tg.Data("Plan approval", kind="records", sensitivity="internal")
task_list = tg.Data(
    "Robot task list",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
robot_status = tg.Data("Robot task status", kind="records", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Glasshouse site network", trust=tg.Trust.INTERNAL):
    # Walks the rows and writes scouting reports in the tablet app.
    scout = tm.add(tg.Actor("Crop scout", role="crop scout"))
    # Cameras on the pipe-rail trolleys photograph the trusses row by row.
    cameras = tm.add(tg.Device("Ripeness camera", fleet=True))

with tm.boundary("Glasshouse OT network", trust=tg.Trust.RESTRICTED):
    # Vendor fleet manager that assigns tasks to robots and tracks their progress.
    fleet = tm.add(
        tg.Service(
            "Glasshouse fleet controller",
            description="Robot vendor's fleet manager, on a server in the packing hall.",
            controls={c.Authentication(method="static API key")},
        )
    )
    # The robots that move along the rails and pick trusses.
    robots = tm.add(
        tg.Device(
            "Harvesting robot",
            fleet=True,
            description="Rail-cart picking robots with a vision-guided arm.",
            controls={
                c.SafetyLimits(
                    limits="vendor onboard safety: rail speed limit, e-stops, arm stop on person detection"
                )
            },
        )
    )

with tm.boundary("Grower offices", trust=tg.Trust.INTERNAL):
    # Reviews and approves the agent's plan before it goes to the robots.
    head_grower = tm.add(tg.Actor("Head grower", role="head grower", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Grower cloud tenant", trust=tg.Trust.INTERNAL):
    # Scouting reports from the tablet app.
    scouting_db = tm.add(tg.DataStore("Scouting report database", stores={scouting_reports}))
    # Counts ripe trusses per row from the camera images.
    ripeness_model = tm.add(
        tg.Model("Ripeness detector", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Latest ripeness counts per row, written by the detector.
    ripeness_db = tm.add(tg.DataStore("Ripeness data store", stores={ripeness_counts}))
    # What the robots picked yesterday, for carry-over rows.
    harvest_db = tm.add(tg.DataStore("Harvest records", stores={picking_results}))
    # Plans the day's picking from the crop data.
    agent = tm.add(
        tg.Agent(
            "Harvest planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Read-only access to the three crop data stores.
    lookup = tm.add(tg.Tool("Crop data lookup tool", capabilities={"read"}))
    # Sends the approved task list to the fleet controller.
    dispatch = tm.add(
        tg.Tool(
            "Task dispatch tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="head grower")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(scout, scouting_db, scouting_reports, protocol="https", label="tablet app")
tm.flow(cameras, ripeness_model, ripeness_images, protocol="https")
tm.flow(ripeness_model, ripeness_db, ripeness_counts)

tm.flow(agent, lookup, lookup_call)
tm.flow(scouting_db, lookup, scouting_reports)
tm.flow(ripeness_db, lookup, ripeness_counts)
tm.flow(harvest_db, lookup, picking_results)
tm.flow(lookup, agent, lookup_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, dispatch, draft_plan)
tm.flow(dispatch, head_grower, draft_plan, protocol="https", label="planning dashboard")
tm.flow(head_grower, dispatch, plan_approval, protocol="https", label="planning dashboard")
tm.flow(dispatch, fleet, task_list, protocol="https", label="site VPN")

tm.flow(fleet, robots, task_list, protocol="mqtt", label="glasshouse Wi-Fi")
tm.flow(robots, fleet, robot_status, protocol="mqtt", label="glasshouse Wi-Fi")
tm.flow(fleet, harvest_db, picking_results, protocol="https", label="end-of-day export")
