"""Milk collection route agent: the first design, before any security review.

The cooperative collects milk from about 900 member farms with its own tanker fleet.
Each farm's bulk tank reports its level and temperature to the tank-monitoring
vendor's cloud. A route-planning agent (a hosted LLM with tools) reads the tank
levels, the farm records and drivers' notes, books intake slots at the processing
plants, runs a route optimiser over road travel times, and sends each driver the
route on the in-cab tablet. The transport planner starts the morning plan from the
planner console and approves it before it goes out; intra-day re-routes (a tank
filling faster than expected, a missed slot) go to drivers directly. Drivers confirm
each pickup (volume, temperature, sample ID) on the tablet. It runs in the
cooperative's cloud tenant; the planner signs in with SSO and MFA, drivers with their
own PIN on company-managed tablets, and the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Milk collection route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans tanker collection routes from farm tank levels and plant intake slots.",
)

# ---------------------------------------------------------------- data assets
tank_readings = tg.Data(
    "Tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Volume and milk temperature per farm tank, every 15 minutes.",
)
farm_records = tg.Data(
    "Farm records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member farmer names and phone numbers, yard locations, access notes, "
    "collection history and drivers' free-text notes.",
)
planning_request = tg.Data("Planning request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_plan = tg.Data(
    "Draft collection plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
plan_approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task, tank levels, farm records and tool results.",
)
agent_reply = tg.Data("Agent model reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tank_query = tg.Data("Tank level query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tank_result = tg.Data("Tank levels", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
slot_booking = tg.Data("Intake slot booking", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
intake_slots = tg.Data("Plant intake slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
routing_problem = tg.Data(
    "Routing problem",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Farms to visit, expected volumes, tanker capacities, slot windows.",
)
optimised_routes = tg.Data(
    "Optimised routes", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
travel_time_request = tg.Data(
    "Travel time matrix request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
travel_times = tg.Data("Road travel times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
route_plan = tg.Data(
    "Driver route plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per tanker: driver, farm stops in order, yard access notes, plant slot.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pickup_confirmations = tg.Data(
    "Pickup confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volume, temperature, sample ID, GPS position and time, by driver.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Member farms", trust=tg.Trust.UNTRUSTED):
    # The level and temperature probes on each farm's bulk milk tank.
    tank_sensors = tm.add(
        tg.Device("Bulk tank level sensors", fleet=True, description="Cellular-connected probes.")
    )

with tm.boundary("Tank monitoring vendor", trust=tg.Trust.PARTNER):
    # The sensor vendor's cloud, the only place the readings are collected.
    tank_cloud = tm.add(
        tg.ExternalService("Tank monitoring cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Road network travel times for heavy goods vehicles.
    maps = tm.add(tg.ExternalService("Routing API", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Tanker fleet", trust=tg.Trust.UNTRUSTED):
    # Drivers work from the cab, on public mobile networks.
    driver = tm.add(tg.Actor("Tanker driver", role="driver"))
    # Company-managed tablets in each cab: routes in, pickup confirmations out.
    tablet = tm.add(
        tg.Device(
            "In-cab driver tablet",
            fleet=True,
            controls={c.Authentication(method="driver's own PIN on a company-managed tablet")},
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Plans the day's collections and re-plans during the day.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="transport planner",
                    note="the morning plan only; intra-day re-routes are sent to drivers directly",
                ),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(),
            },
        )
    )
    # Reads current tank levels from the vendor cloud.
    tank_tool = tm.add(tg.Tool("Tank level tool", capabilities={"read"}))
    # Reads free intake slots and books them at the plants.
    slot_tool = tm.add(tg.Tool("Intake slot tool", capabilities={"read", "write"}))
    # Vehicle-routing solver (OR-Tools) over the travel-time matrix.
    optimiser = tm.add(tg.Tool("Route optimiser tool", capabilities={"read", "network-egress"}))
    # Pushes routes to the drivers' tablets.
    dispatch = tm.add(tg.Tool("Route dispatch tool", capabilities={"write", "send-messages"}))
    # Receives pickup confirmations from the tablets.
    driver_api = tm.add(tg.Endpoint("Driver API", purpose=tg.EndpointPurpose.API))
    # Farms, routes and collection history: the cooperative's collection record.
    collections_db = tm.add(
        tg.DataStore(
            "Collection records database",
            stores={farm_records, route_plan, pickup_confirmations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the planner starts, reviews and approves plans.
    console = tm.add(
        tg.Endpoint(
            "Planner console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Plant network", trust=tg.Trust.INTERNAL):
    # The processing plants' existing intake bay scheduling system.
    scheduler = tm.add(tg.Service("Plant intake scheduler"))

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # Owns the day's collection plan.
    planner = tm.add(tg.Actor("Transport planner", role="planner"))

# ---------------------------------------------------------------- flows
tm.flow(tank_sensors, tank_cloud, tank_readings, protocol="mqtts")

tm.flow(planner, console, planning_request, plan_approval, protocol="https")
tm.flow(console, planner, draft_plan, protocol="https")
tm.flow(console, agent, planning_request, plan_approval)
tm.flow(agent, console, draft_plan)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(collections_db, agent, farm_records, label="farm records and drivers' notes")
tm.flow(agent, collections_db, route_plan)

tm.flow(agent, tank_tool, tank_query)
tm.flow(tank_tool, agent, tank_result)
tm.flow(tank_tool, tank_cloud, tank_query, protocol="https")
tm.flow(tank_cloud, tank_tool, tank_readings, protocol="https")

tm.flow(agent, slot_tool, slot_booking)
tm.flow(slot_tool, agent, intake_slots)
tm.flow(slot_tool, scheduler, slot_booking, protocol="https")
tm.flow(scheduler, slot_tool, intake_slots, protocol="https")

tm.flow(agent, optimiser, routing_problem)
tm.flow(optimiser, agent, optimised_routes)
tm.flow(optimiser, maps, travel_time_request, protocol="https")
tm.flow(maps, optimiser, travel_times, protocol="https")

tm.flow(agent, dispatch, route_plan)
tm.flow(dispatch, tablet, route_plan, protocol="https", label="push to cab")
tm.flow(tablet, driver, route_plan, label="on the touchscreen")
tm.flow(driver, tablet, pickup_confirmations, label="entered on the touchscreen")
tm.flow(tablet, driver_api, pickup_confirmations, protocol="https")
tm.flow(driver_api, collections_db, pickup_confirmations)
