"""Municipal snow plough and gritter route planning agent: the first design.

The city council's winter maintenance team plans its plough and gritter runs
with an LLM agent. The agent reads surface temperature and ice readings from
the council's roadside weather stations, a road-weather forecast bought from a
forecast provider, and residents' reports of icy or blocked roads sent through
the council app. It calls a route optimiser over the road network, depots and
fleet status, and proposes a treatment plan. During storms it re-plans as new
readings, reports and vehicle progress arrive. The duty supervisor approves each
new plan on the winter duty console before a dispatch tool pushes it to the
drivers' in-cab tablets. The agent, console and stores run in the council's
cloud tenancy; the language model is a vendor's hosted API. Residents sign in to
the council app with their council account; staff use council SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal snow plough route optimisation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that plans and re-plans winter gritting and ploughing routes.",
)

# ---------------------------------------------------------------- data assets
resident_report = tg.Data(
    "Resident road condition report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description, location pin, optional photo, name and contact details.",
)
sensor_readings = tg.Data(
    "Road surface sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Surface and air temperature, surface state, salt residue per station.",
)
forecast = tg.Data("Road weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
planning_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, current conditions, forecast and excerpts of residents' reports.",
)
llm_response = tg.Data("LLM planning response", kind="model-output")
optimise_call = tg.Data("Route optimisation request", kind="tool-call")
candidate_routes = tg.Data("Candidate routes", kind="tool-result")
road_network = tg.Data(
    "Road network and treatment priorities",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vehicle_telemetry = tg.Data(
    "Vehicle position and treatment telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS track, spread rate and blade state; identifies the driver on shift.",
)
proposed_plan = tg.Data("Proposed route plan", kind="model-output")
plan_approval = tg.Data("Plan approval", kind="records")
approved_plan = tg.Data(
    "Approved route plan",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
progress_update = tg.Data("Driver route progress update", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting icy or blocked roads.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Roadside", trust=tg.Trust.UNTRUSTED):
    # Council-owned stations on lamp posts and gantries, on a cellular link.
    stations = tm.add(
        tg.Device(
            "Road weather stations",
            fleet=True,
            description="About 30 roadside stations reporting every 10 minutes.",
        )
    )

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Bought-in site-specific road forecasts; the council has no control over them.
    forecaster = tm.add(
        tg.ExternalService("Road weather forecast service", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the council app that residents already use to report problems.
    app_api = tm.add(
        tg.Endpoint(
            "Council app reporting API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Where reports wait until the winter team has dealt with them.
    reports_db = tm.add(
        tg.DataStore(
            "Resident reports database",
            stores={resident_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Plans and re-plans routes; proposes, never dispatches without approval.
    agent = tm.add(
        tg.Agent(
            "Winter route planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the winter duty supervisor approves each new plan"),
                c.AuditLogging(),
            },
        )
    )
    # Vehicle-routing solver over the gritting network; computes, changes nothing.
    optimiser = tm.add(tg.Tool("Route optimiser tool", capabilities={"read"}))
    # Gritting network, depots, salt stocks and the live fleet picture.
    network_db = tm.add(
        tg.DataStore(
            "Road network and fleet database",
            stores={road_network, vehicle_telemetry, progress_update},
        )
    )
    # Every proposed and approved plan, kept for the winter service record.
    plans_store = tm.add(
        tg.DataStore("Route plan store", stores={proposed_plan, plan_approval, approved_plan})
    )
    # Where the duty supervisor reviews and approves the agent's plans.
    console = tm.add(
        tg.Endpoint(
            "Winter duty console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )
    # Sends approved plans to the cabs.
    dispatch = tm.add(tg.Tool("Route dispatch tool", capabilities={"write", "send-messages"}))

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # On duty around the clock through the winter season.
    supervisor = tm.add(tg.Actor("Winter duty supervisor", role="duty supervisor"))

with tm.boundary("Gritter fleet", trust=tg.Trust.INTERNAL):
    # Council-managed tablets in each cab, on mobile data.
    tablets = tm.add(
        tg.Device(
            "In-cab tablets",
            fleet=True,
            controls={c.Authentication(method="per-tablet device certificate")},
        )
    )
    # Follows the route shown on the tablet.
    driver = tm.add(tg.Actor("Plough and gritter driver", role="driver"))

# ---------------------------------------------------------------- flows
tm.flow(resident, app_api, resident_report, protocol="https")
tm.flow(app_api, reports_db, resident_report)
tm.flow(reports_db, agent, resident_report, label="open reports")

tm.flow(stations, agent, sensor_readings, protocol="https")
tm.flow(forecaster, agent, forecast, protocol="https")

tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")

tm.flow(agent, optimiser, optimise_call)
tm.flow(network_db, optimiser, road_network, vehicle_telemetry)
tm.flow(optimiser, agent, candidate_routes)

tm.flow(agent, plans_store, proposed_plan)
tm.flow(agent, console, proposed_plan)
tm.flow(console, supervisor, proposed_plan, protocol="https")
tm.flow(supervisor, console, plan_approval, protocol="https")
tm.flow(console, agent, plan_approval)
tm.flow(console, plans_store, plan_approval)

tm.flow(agent, dispatch, approved_plan)
tm.flow(dispatch, plans_store, approved_plan)
tm.flow(dispatch, tablets, approved_plan, protocol="https")
tm.flow(tablets, driver, approved_plan, label="on the cab display")
tm.flow(driver, tablets, progress_update, label="touchscreen")
tm.flow(tablets, network_db, vehicle_telemetry, progress_update, protocol="https")
