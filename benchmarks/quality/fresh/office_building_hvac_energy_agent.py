"""Office building HVAC energy agent: the first design, before any security review.

A landlord's multi-tenant office building in London. Every half hour an LLM agent
in our cloud tenancy sets heating and cooling setpoints per zone to cut energy cost:
a collector job pulls occupancy counts and zone temperatures from the building
management system (BMS) API, the grid operator's half-hourly prices and a weather
forecast, and the agent writes setpoints back through the BMS API. The facilities
manager sets each zone's comfort limits in a web console; tenants' staff can ask
for changes (warmer, cooler, stay on late) in a chat in the tenant app, and the
agent answers them. The BMS drives the air handlers and chillers over BACnet.
Controls: SSO with MFA and roles on the console, tenant app sign-in and rate
limits on the chat, an API key on the BMS API kept in the key vault, a step cap
on the agent, BMS logging of every write, and frost and high-limit cut-outs in
the plant controllers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Office building HVAC energy agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent that tunes HVAC setpoints against prices, occupancy and "
    "weather, within comfort limits, and takes tenants' requests by chat.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Tenant chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from a tenant's employee, with their name, company and floor.",
)
chat_reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
comfort_limits = tg.Data(
    "Zone comfort limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum and maximum temperature per zone and hour of the week.",
)
occupancy = tg.Data("Occupancy readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
zone_temps = tg.Data(
    "Zone temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prices = tg.Data("Half-hourly price forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, comfort limits, readings, prices, forecast and any tenant message.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
setpoint_call = tg.Data(
    "Setpoint change call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint_result = tg.Data(
    "Setpoint write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint_write = tg.Data(
    "Zone setpoint write",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bms_key = tg.Data("BMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
plant_commands = tg.Data(
    "Plant setpoint commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
plant_status = tg.Data(
    "Plant status telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants' employees, chatting from the tenant app on their phones.
    tenant = tm.add(tg.Actor("Tenant employee", role="tenant"))

with tm.boundary("Grid operator", trust=tg.Trust.PARTNER):
    # Publishes the half-hourly price signals the agent optimises against.
    price_api = tm.add(
        tg.ExternalService("Grid operator price API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hourly temperature and solar forecast for the site.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Landlord office network", trust=tg.Trust.INTERNAL):
    # Owns the comfort limits for the building.
    facilities = tm.add(tg.Actor("Facilities manager", role="facilities manager", privileged=True))

with tm.boundary("Landlord cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the chat tab in the tenant app.
    chat_api = tm.add(
        tg.Endpoint(
            "Tenant app chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tenant app account: e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Where the facilities manager edits comfort limits.
    console = tm.add(
        tg.Endpoint(
            "Facilities web console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="only the facilities team can edit limits"),
            },
        )
    )
    # The limits the agent is told to stay within.
    limits_store = tm.add(tg.DataStore("Comfort limits store", stores={comfort_limits}))
    # Half-hourly job that gathers the agent's inputs.
    collector = tm.add(tg.Service("Half-hourly data collector job"))
    # Latest readings, prices and forecast for the agent to read.
    telemetry = tm.add(
        tg.DataStore("Building telemetry store", stores={occupancy, zone_temps, prices, weather})
    )
    # Decides setpoints every half hour and on tenant requests.
    agent = tm.add(
        tg.Agent(
            "HVAC energy agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # The agent's only acting tool: writes zone setpoints through the BMS API.
    setpoint_tool = tm.add(
        tg.Tool(
            "BMS setpoint tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="BMS API key read from the cloud key vault")},
        )
    )

with tm.boundary("Building OT network", trust=tg.Trust.RESTRICTED):
    # The building's existing BMS server, with a REST API added for this project.
    bms = tm.add(
        tg.Service(
            "Building management system",
            controls={
                c.Authentication(method="API key per integration"),
                c.AuditLogging(retention_days=365, note="BMS logs every setpoint write"),
            },
        )
    )
    # People counters in each zone, wired into the BMS.
    sensors = tm.add(tg.Device("Occupancy sensors"))
    # Air handling units and chillers that heat and cool the floors.
    plant = tm.add(
        tg.Device(
            "Air handlers and chillers",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="frost protection and high-limit cut-outs in the plant controllers"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# tenant chat
tm.flow(tenant, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message, protocol="https")
tm.flow(agent, chat_api, chat_reply, protocol="https")
tm.flow(chat_api, tenant, chat_reply, protocol="https")

# comfort limits
tm.flow(facilities, console, comfort_limits, protocol="https", label="edits limits")
tm.flow(console, facilities, comfort_limits, protocol="https")
tm.flow(console, limits_store, comfort_limits)
tm.flow(limits_store, console, comfort_limits)
tm.flow(limits_store, agent, comfort_limits)

# inputs
tm.flow(price_api, collector, prices, protocol="https")
tm.flow(weather_api, collector, weather, protocol="https")
tm.flow(collector, bms, bms_key, protocol="https", label="poll readings over site VPN")
tm.flow(bms, collector, occupancy, zone_temps, protocol="https", label="site VPN")
tm.flow(collector, telemetry, occupancy, zone_temps, prices, weather)
tm.flow(telemetry, agent, occupancy, zone_temps, prices, weather)

# the agent and its model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# acting on the building
tm.flow(agent, setpoint_tool, setpoint_call, protocol="local")
tm.flow(setpoint_tool, agent, setpoint_result, protocol="local")
tm.flow(setpoint_tool, bms, setpoint_write, bms_key, protocol="https", label="site VPN")
tm.flow(bms, setpoint_tool, setpoint_result, protocol="https", label="site VPN")
tm.flow(bms, plant, plant_commands, protocol="bacnet")
tm.flow(plant, bms, plant_status, protocol="bacnet")
tm.flow(sensors, bms, occupancy, protocol="bacnet")
