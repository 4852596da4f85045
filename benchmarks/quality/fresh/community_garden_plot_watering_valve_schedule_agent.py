"""Community garden: plot watering valve schedule agent (first design).

Members of a community garden ask for their plots to be watered through the
garden's shared app (a plot, a day and a free-text note). Every hour an LLM agent
in the garden's cloud account plans the drip-irrigation schedule: it reads the
open requests, the latest soil moisture readings from LoRaWAN sensors in the beds
(relayed by a community network server) and the water company's hosepipe-ban
notice feed, then writes valve run times to the valve controller in the tool shed.
The garden coordinator can override any valve, or stop all watering, from the app
on her phone. The language model is a vendor's hosted API.
Controls: HTTPS and MQTT over TLS, member and coordinator sign-in to the app with a
coordinator role for overrides, an API key on the sensor webhook, and the valve
controller's firmware cap on how long one valve may run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community garden watering valve schedule agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM agent schedules drip-irrigation valves from member requests, soil "
        "moisture sensors and hosepipe-ban notices; the coordinator can override."
    ),
)

# ---------------------------------------------------------------- data assets
watering_request = tg.Data(
    "Watering request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, plot number, preferred day and a free-text note.",
)
schedule_view = tg.Data("Plot watering schedule", kind="records")
override = tg.Data(
    "Coordinator valve override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open, close or suspend a valve or all watering, for a period.",
)
member_records = tg.Data(
    "Members, plots and requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member names, e-mail addresses, plot allocations, requests and overrides.",
)
member_logins = tg.Data("Member password hashes", kind="credentials", sensitivity="secret")
sensor_uplink = tg.Data(
    "Soil moisture readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
ban_notices = tg.Data("Hosepipe ban notices", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
llm_prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, open requests, moisture summary and current ban notices.",
)
llm_completion = tg.Data("Planned schedule and tool calls", kind="model-output")
moisture_query = tg.Data("Moisture lookup", kind="tool-call")
moisture_result = tg.Data("Moisture by bed", kind="tool-result")
schedule_call = tg.Data("Valve schedule update", kind="tool-call")
valve_schedule = tg.Data(
    "Valve run schedule",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Start time and duration for each drip zone valve.",
)
valve_log = tg.Data("Valve run log", kind="logs")
schedule_result = tg.Data("Schedule update result", kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Plot holders using the shared garden app on their own phones.
    member = tm.add(tg.Actor("Garden member", role="plot holder"))
    # Volunteer coordinator who runs the garden and can override the agent.
    coordinator = tm.add(tg.Actor("Garden coordinator", role="coordinator", privileged=True))
    # The water company's public notices page, read as an RSS feed.
    ban_feed = tm.add(
        tg.DataSource(
            "Hosepipe ban notice feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={ban_notices},
        )
    )

with tm.boundary("LoRaWAN community network", trust=tg.Trust.PARTNER):
    # Community-run network server that receives sensor uplinks via local gateways.
    lns = tm.add(tg.ExternalService("LoRaWAN network server", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Garden plots and shed", trust=tg.Trust.INTERNAL):
    # Battery soil moisture probes, one per bed, sending over LoRaWAN.
    sensors = tm.add(tg.Device("Soil moisture sensors", fleet=True))
    # Wi-Fi irrigation controller in the tool shed that drives the drip zone solenoids.
    controller = tm.add(
        tg.Device(
            "Drip valve controller",
            fleet=False,
            controls={c.SafetyLimits(limits="firmware caps any single valve run at 60 minutes")},
        )
    )

with tm.boundary("Garden cloud account", trust=tg.Trust.INTERNAL):
    # API behind the shared app: requests, schedules and coordinator overrides.
    api = tm.add(
        tg.Endpoint(
            "Garden app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="member e-mail and password"),
                c.RBAC(note="only the coordinator role may send overrides"),
            },
        )
    )
    # Receives the network server's uplink webhook and stores the readings.
    ingest = tm.add(
        tg.Service(
            "Sensor ingest service",
            controls={c.Authentication(method="network server API key in the webhook header")},
        )
    )
    # Latest and historical soil moisture per bed.
    readings_db = tm.add(tg.DataStore("Moisture readings store", stores={sensor_uplink}))
    # Members, plots, requests, overrides and the current schedule.
    garden_db = tm.add(
        tg.DataStore("Garden database", stores={member_records, member_logins, valve_schedule})
    )
    # The hourly LLM agent that decides which valves run and for how long.
    agent = tm.add(tg.Agent("Watering scheduler agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Read-only view of recent moisture readings for the agent.
    moisture_tool = tm.add(tg.Tool("Moisture lookup tool", capabilities={"read"}))
    # Writes the schedule and pushes it to the valve controller.
    valve_tool = tm.add(
        tg.Tool("Valve schedule tool", capabilities={"read", "write", "network-egress"})
    )

# ---------------------------------------------------------------- flows
tm.flow(member, api, watering_request, protocol="https")
tm.flow(api, member, schedule_view, protocol="https")
tm.flow(coordinator, api, override, protocol="https")
tm.flow(api, coordinator, schedule_view, protocol="https")
tm.flow(api, garden_db, watering_request, override)
tm.flow(garden_db, api, member_records, member_logins, valve_schedule)
tm.flow(api, controller, override, protocol="mqtts", label="manual override")

tm.flow(sensors, lns, sensor_uplink, protocol="lorawan")
tm.flow(lns, ingest, sensor_uplink, protocol="https", label="uplink webhook")
tm.flow(ingest, readings_db, sensor_uplink)

tm.flow(garden_db, agent, member_records, label="open requests and overrides")
tm.flow(ban_feed, agent, ban_notices, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, moisture_tool, moisture_query)
tm.flow(readings_db, moisture_tool, sensor_uplink)
tm.flow(moisture_tool, agent, moisture_result)

tm.flow(agent, valve_tool, schedule_call)
tm.flow(valve_tool, garden_db, valve_schedule)
tm.flow(valve_tool, controller, valve_schedule, protocol="mqtts")
tm.flow(controller, valve_tool, valve_log, protocol="mqtts")
tm.flow(valve_tool, agent, schedule_result)
