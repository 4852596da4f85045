"""Orchard pollination drone flight planner: the first design, before any security review.

A fruit grower runs an LLM agent that drafts each day's pollination drone flights.
Field scouts photograph blossom with a phone app; an in-house classifier estimates the
bloom stage of each orchard block from those photos. The agent combines the bloom
estimates with a commercial weather forecast (wind and rain) and with the orchard map
and beehive register, using a hosted LLM to reason about which blocks to fly and when.
Draft plans land on a web dashboard where the farm manager approves or rejects them
every morning; only approved plans are uploaded through the drone vendor's fleet
cloud to the drones. Everything but the LLM and the vendor cloud runs in the farm's
own cloud account. Controls in this design: dashboard sign-in with the farm's Google
Workspace accounts, the manager's daily approval, a step cap on the agent, the fleet
API key kept in the cloud secret manager, HTTPS to every outside service, encrypted
photo storage, and the vendor firmware's geofence and altitude ceiling on the drones.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard pollination drone flight planner",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent drafting daily pollination drone flights for manager approval.",
)

# ---------------------------------------------------------------- data assets
bloom_photos = tg.Data(
    "Bloom-stage photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Geotagged blossom photos taken by scouts along the rows.",
)
bloom_estimates = tg.Data(
    "Bloom-stage estimates per block", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
photo_request = tg.Data(
    "Bloom scoring request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data("Wind and rain forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
orchard_map = tg.Data(
    "Orchard block map",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Block boundaries, varieties, no-fly strips near roads and housing.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hive_locations = tg.Data(
    "Beehive locations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
planning_prompt = tg.Data("Planning prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_plan = tg.Data(
    "Draft flight plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Blocks to fly, time windows, routes and altitudes for the day.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan_approval = tg.Data("Daily plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
mission_call = tg.Data("Mission upload call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
missions = tg.Data(
    "Drone missions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flight_status = tg.Data("Flight status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data("Drone telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
fleet_key = tg.Data("Drone fleet API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm", trust=tg.Trust.INTERNAL):
    # Approves the day's plan and keeps the hive register up to date.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))
    # Walks the rows and photographs blossom for the bloom estimates.
    scout = tm.add(tg.Actor("Field scout", role="seasonal field staff"))
    # The scouts' phones with the farm's photo app: where the bloom photos come from.
    scout_app = tm.add(
        tg.Device("Scout phone app", description="Farm-issued Android phones with the photo app.")
    )
    # The pollination drones themselves, flying the uploaded missions.
    drones = tm.add(
        tg.Device(
            "Pollination drones",
            description="Vendor drones dispensing pollen over the blocks, on LTE.",
            controls={
                c.SafetyLimits(
                    limits="vendor firmware enforces a per-farm geofence, a 30 m altitude "
                    "ceiling and return-to-home on link loss"
                )
            },
        )
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Where the manager reviews drafts, approves plans and edits hive locations.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in with farm accounts")},
        )
    )
    # The planner: an LLM agent that reads the inputs and drafts the flights.
    agent = tm.add(
        tg.Agent(
            "Flight planner agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs at dawn, drafts the plan, and uploads it once approved.",
            controls={
                c.HumanInTheLoop(
                    approver="the farm manager",
                    note="each day's plan is approved on the dashboard before any upload",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Turns scout photos into a bloom stage per block.
    classifier = tm.add(
        tg.Model(
            "Bloom-stage classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Image classifier trained on the farm's labelled blossom photos.",
        )
    )
    # Keeps the uploaded photos for scoring and for next season's labelling.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={bloom_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The orchard map and the hive register the agent plans around.
    map_store = tm.add(
        tg.DataStore("Orchard map and hive register", stores={orchard_map, hive_locations})
    )
    # Drafts and approved plans, for the dashboard and the season's record.
    plan_store = tm.add(tg.DataStore("Flight plan store", stores={draft_plan, plan_approval}))
    # Read-only tool that fetches the forecast for the farm's coordinates.
    weather_tool = tm.add(tg.Tool("Weather lookup tool", capabilities={"read"}))
    # Uploads approved missions to the drone vendor's fleet cloud.
    mission_tool = tm.add(
        tg.Tool(
            "Mission upload tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="fleet API key held in the cloud secret manager")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Drone vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's fleet service: takes missions and relays them to the drones.
    fleet_cloud = tm.add(tg.ExternalService("Drone fleet cloud", provides="generic"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast API for wind speed, gusts and rain by the hour.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

# ---------------------------------------------------------------- flows
# Bloom photos in, bloom estimates out.
tm.flow(scout, scout_app, bloom_photos, label="photographs blossom")
tm.flow(scout_app, photo_store, bloom_photos, protocol="https")
tm.flow(agent, classifier, photo_request)
tm.flow(photo_store, classifier, bloom_photos)
tm.flow(classifier, agent, bloom_estimates)

# Weather.
tm.flow(agent, weather_tool, forecast_query)
tm.flow(weather_tool, weather, forecast_query, protocol="https")
tm.flow(weather, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)

# Orchard map and hives.
tm.flow(manager, dashboard, hive_locations, protocol="https", label="updates hive register")
tm.flow(dashboard, map_store, hive_locations)
tm.flow(map_store, agent, orchard_map, hive_locations)

# Reasoning with the hosted LLM.
tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Draft, approval, upload.
tm.flow(agent, plan_store, draft_plan)
tm.flow(plan_store, dashboard, draft_plan)
tm.flow(dashboard, manager, draft_plan, protocol="https")
tm.flow(manager, dashboard, plan_approval, protocol="https", label="approves or rejects")
tm.flow(dashboard, plan_store, plan_approval)
tm.flow(dashboard, agent, plan_approval, label="approval notification")
tm.flow(agent, mission_tool, mission_call)
tm.flow(mission_tool, fleet_cloud, missions, fleet_key, protocol="https")
tm.flow(fleet_cloud, mission_tool, flight_status, protocol="https")
tm.flow(mission_tool, agent, flight_status)

# Vendor cloud to and from the drones.
tm.flow(fleet_cloud, drones, missions, protocol="lte")
tm.flow(drones, fleet_cloud, telemetry, protocol="lte")
