"""Garden centre watering agent: the first design, before any security review.

Our chain of garden centres waters its greenhouses and outdoor plant beds from
irrigation valve controllers at each site. A watering agent in our cloud account,
built on a hosted LLM, plans each site's watering every morning and re-plans when
things change: it reads the weather forecast through a forecast tool, recent soil
moisture readings through a sensor tool, and the zone and plant catalogue (which
beds hold what, and the house watering guidelines), then writes each zone's run
times through a schedule tool. Soil sensors report over LoRaWAN to a site IoT
gateway, which also passes schedules on to the valve controllers over the site LAN.
Site staff sign in to a staff web app with company SSO to see the plan and tell the
agent about exceptions ("skip bay 3, just potted up"). The agent runs unattended with
a step limit; the schedule tool checks zones and run lengths, and the controllers'
firmware caps every run. The head of horticulture maintains the catalogue.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden centre watering agent",
    profile=tg.RiskProfile.LOW,
    description="LLM agent that plans and runs greenhouse and outdoor watering across garden centres.",
)

# ---------------------------------------------------------------- data assets
instruction = tg.Data(
    "Staff watering instruction",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Free-text exceptions and requests from site staff.",
)
plan_summary = tg.Data(
    "Daily watering plan summary", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
llm_prompt = tg.Data(
    "Planning prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, the catalogue extract, forecasts, readings and staff instructions.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
forecast_call = tg.Data(
    "Forecast lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
forecast_request = tg.Data("Forecast request", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
forecast = tg.Data(
    "Site weather forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Hourly rainfall, temperature and evaporation forecast for each site's postcode.",
)
readings_call = tg.Data(
    "Sensor readings lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
readings = tg.Data(
    "Soil moisture readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Zone and plant catalogue",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Zones, valve ids, plant types per bed and the house watering guidelines.",
)
schedule_call = tg.Data(
    "Schedule write call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
schedule = tg.Data(
    "Zone watering schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Start times and run minutes per valve zone.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
valve_status = tg.Data(
    "Valve status and flow meter data", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
plan_log = tg.Data("Watering plan history", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial weather service: hourly forecasts per site.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; does the planning and reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Garden centre site network", trust=tg.Trust.INTERNAL):
    # Plant-care staff on store tablets, who know what has just been potted or moved.
    staff = tm.add(tg.Actor("Site plant-care staff", role="site staff"))
    # Capacitive probes in greenhouse benches and outdoor beds.
    sensors = tm.add(tg.Device("Soil moisture sensors", fleet=True))
    # LoRaWAN gateway plus a small box that relays readings up and schedules down.
    site_gateway = tm.add(tg.Service("Site IoT gateway"))
    # Zone valve controllers that open and close the irrigation lines.
    controllers = tm.add(
        tg.Device(
            "Irrigation valve controllers",
            fleet=True,
            controls={
                c.SafetyLimits(limits="controller firmware caps each zone run at 45 minutes")
            },
        )
    )

with tm.boundary("Garden centre cloud account", trust=tg.Trust.INTERNAL):
    # Where staff read the plan and give the agent instructions.
    staff_app = tm.add(
        tg.Endpoint(
            "Staff watering web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Plans and runs each site's watering.
    agent = tm.add(
        tg.Agent(
            "Watering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40), c.SecretsManagement()},
        )
    )
    # Fetches forecasts for the site being planned.
    forecast_tool = tm.add(tg.Tool("Forecast lookup tool", capabilities={"read", "network-egress"}))
    # Reads recent moisture per zone.
    readings_tool = tm.add(tg.Tool("Sensor readings tool", capabilities={"read"}))
    # The only way the agent changes what the valves do.
    schedule_tool = tm.add(
        tg.Tool(
            "Irrigation schedule tool",
            capabilities={"read", "write"},
            controls={
                c.InputValidation(note="zone must exist at the site; run length 1-45 minutes")
            },
        )
    )
    # Time-series store of sensor readings and valve status.
    readings_db = tm.add(tg.DataStore("Sensor readings database", stores={readings, valve_status}))
    # Reference data for every site, kept by the horticulture team.
    catalogue_db = tm.add(tg.DataStore("Zone and plant catalogue", stores={catalogue}))
    # What was planned, why and what ran, for staff and for troubleshooting.
    plan_store = tm.add(tg.DataStore("Watering plan history store", stores={plan_log}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Owns the watering guidelines and the zone catalogue.
    horticulturist = tm.add(tg.Actor("Head of horticulture", role="horticulture lead"))

# ---------------------------------------------------------------- flows
# Staff and the agent
tm.flow(staff, staff_app, instruction, protocol="https")
tm.flow(staff_app, staff, plan_summary, plan_log, protocol="https")
tm.flow(staff_app, agent, instruction)
tm.flow(agent, staff_app, plan_summary)
tm.flow(plan_store, staff_app, plan_log, label="plan history view")

# Planning with the LLM
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(catalogue_db, agent, catalogue)
tm.flow(agent, plan_store, plan_log)
tm.flow(
    horticulturist, catalogue_db, catalogue, protocol="https", label="edits zones and guidelines"
)

# Forecasts
tm.flow(agent, forecast_tool, forecast_call)
tm.flow(forecast_tool, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, forecast_tool, forecast, protocol="https")
tm.flow(forecast_tool, agent, forecast)

# Soil readings
tm.flow(sensors, site_gateway, readings, protocol="lorawan")
tm.flow(site_gateway, readings_db, readings, valve_status, protocol="mqtts")
tm.flow(agent, readings_tool, readings_call)
tm.flow(readings_db, readings_tool, readings, valve_status)
tm.flow(readings_tool, agent, readings, valve_status)

# Running the plan
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, tool_result)
tm.flow(schedule_tool, site_gateway, schedule, protocol="mqtts")
tm.flow(site_gateway, controllers, schedule, protocol="modbus")
tm.flow(controllers, site_gateway, valve_status, protocol="modbus")
