"""Greenkeeper irrigation agent: the first design, before any security review.
Every evening an LLM agent plans the night's irrigation for an 18-hole golf course.
It reads the latest soil moisture from wireless probes on greens, tees and fairways
(through the probe vendor's cloud platform), pulls the next 48 hours of weather
forecast from a commercial weather API, and takes the head greenkeeper's notes for
the day (tournament prep, wet areas, hand-watering already done). A hosted LLM turns
all this into a per-station run plan, which the agent writes to the irrigation
central controller in the maintenance building; the controller drives the pump
station and the satellite valve controllers out on the course. The greenkeeper
sees the draft plan on a web dashboard and can hold or edit it before it runs at
22:00; otherwise it goes ahead unattended. The agent and dashboard run in our cloud
account; the controller is reached over HTTPS through the course router with an API
key. Controls: dashboard sign-in, a step cap on the agent, a scoped controller key
in the cloud secret manager, and the controller's own run-time and flow limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greenkeeper irrigation agent",
    profile=tg.RiskProfile.LOW,
    description="Nightly LLM-planned irrigation from soil moisture and forecasts, written "
    "to the course's irrigation central controller.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Greenkeeper notes and overrides",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes for tonight, plus holds or edits to the draft plan.",
)
moisture = tg.Data(
    "Soil moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Volumetric water content, soil temperature and salinity per probe.",
)
moisture_query = tg.Data("Moisture query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="48-hour rainfall, temperature, wind and evapotranspiration forecast.",
)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, greenkeeper notes, readings, forecast and last night's plan.",
)
completion = tg.Data(
    "LLM plan completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_plan = tg.Data(
    "Draft irrigation plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-station run minutes and start times for tonight, with the agent's reasoning.",
)
program = tg.Data(
    "Nightly irrigation program",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
controller_status = tg.Data(
    "Controller status and run log",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
)
plan_history = tg.Data(
    "Plan history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past plans, the inputs they were made from and what actually ran.",
)
valve_commands = tg.Data("Valve open and close commands", kind="records")
station_feedback = tg.Data("Station and decoder feedback", kind="records")
pump_commands = tg.Data("Pump start and pressure setpoints", kind="records")
pump_telemetry = tg.Data("Pump flow and pressure telemetry", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The head greenkeeper works from a phone or the office PC, over the internet.
    greenkeeper = tm.add(tg.Actor("Head greenkeeper", role="greenkeeping staff"))
    # Commercial forecast provider; the agent needs rain and ET for the next two days.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial point forecast for the course's coordinates.",
        )
    )

with tm.boundary("Soil probe vendor cloud", trust=tg.Trust.PARTNER):
    # The probes report only to the vendor's platform; we read it through its API.
    probe_platform = tm.add(
        tg.ExternalService(
            "Soil probe platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor-hosted platform receiving the probes' uplinks, with a REST API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that does the actual planning.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with function calling.",
        )
    )

with tm.boundary("Planning cloud account", trust=tg.Trust.INTERNAL):
    # Where the greenkeeper reads the draft plan and leaves notes or holds.
    dashboard = tm.add(
        tg.Endpoint(
            "Greenkeeper dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web app showing readings, forecast and tonight's draft plan.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent itself: starts at 19:00, gathers inputs, plans, writes the program.
    agent = tm.add(
        tg.Agent(
            "Nightly irrigation planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs each evening; the plan is written to the controller at 22:00 "
            "unless the greenkeeper holds or edits it on the dashboard.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Read-only tool over the probe vendor's API.
    moisture_tool = tm.add(
        tg.Tool(
            "Soil moisture lookup tool",
            capabilities={"read", "network-egress"},
            description="Fetches the latest reading of every probe on the course.",
        )
    )
    # Read-only tool over the weather API.
    forecast_tool = tm.add(
        tg.Tool(
            "Weather forecast tool",
            capabilities={"read", "network-egress"},
            description="Fetches the 48-hour forecast for the course.",
        )
    )
    # The only tool that changes anything on the course.
    schedule_tool = tm.add(
        tg.Tool(
            "Irrigation schedule tool",
            capabilities={"write", "network-egress"},
            description="Writes tonight's program to the central controller and reads back "
            "its status and run log.",
            controls={
                c.LeastPrivilegeTools(
                    note="controller API key can edit programs only, not station or pump setup"
                ),
                c.SecretsManagement(note="controller API key held in the cloud secret manager"),
            },
        )
    )
    # Keeps what was planned and what ran, for the next night's context and for the greenkeeper.
    plan_store = tm.add(
        tg.DataStore(
            "Plan history store",
            stores={plan_history, draft_plan, notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Maintenance building network", trust=tg.Trust.INTERNAL):
    # Vendor irrigation central software on a PC in the maintenance building.
    controller = tm.add(
        tg.Service(
            "Irrigation central controller",
            description="Central irrigation software; its remote API is published through "
            "a port forward on the course router.",
            internet_facing=True,
            controls={
                c.Authentication(method="static API key"),
                c.SafetyLimits(
                    limits="central software caps each station's run time and holds total "
                    "flow within the pump station's capacity"
                ),
            },
        )
    )

with tm.boundary("Course grounds", trust=tg.Trust.INTERNAL):
    # Wireless probes buried in greens, tees and fairways.
    probes = tm.add(
        tg.Device(
            "Soil moisture probes",
            description="Battery probes reporting every 15 minutes over LoRaWAN.",
        )
    )
    # Field satellites / decoders that open and close the sprinkler valves.
    satellites = tm.add(
        tg.Device(
            "Satellite valve controllers",
            description="Two-wire decoders on the course driving each station's valve.",
        )
    )
    # Pump station feeding the whole system from the irrigation lake.
    pump = tm.add(
        tg.Device(
            "Irrigation pump station",
            fleet=False,
            description="Variable-speed pumps started and set by the central controller.",
        )
    )

# ---------------------------------------------------------------- flows
# greenkeeper and dashboard
tm.flow(greenkeeper, dashboard, notes, protocol="https")
tm.flow(dashboard, greenkeeper, draft_plan, moisture, forecast, protocol="https")
tm.flow(dashboard, agent, notes)
tm.flow(agent, dashboard, draft_plan)
tm.flow(dashboard, plan_store, notes)
tm.flow(plan_store, dashboard, plan_history, draft_plan)

# planning with the LLM
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, plan_store, draft_plan, plan_history)
tm.flow(plan_store, agent, plan_history, notes, label="last nights' plans and today's notes")

# soil moisture
tm.flow(probes, probe_platform, moisture, protocol="lorawan")
tm.flow(agent, moisture_tool, moisture_query)
tm.flow(moisture_tool, probe_platform, moisture_query, protocol="https")
tm.flow(probe_platform, moisture_tool, moisture, protocol="https")
tm.flow(moisture_tool, agent, moisture)

# weather
tm.flow(agent, forecast_tool, forecast_query)
tm.flow(forecast_tool, weather, forecast_query, protocol="https")
tm.flow(weather, forecast_tool, forecast, protocol="https")
tm.flow(forecast_tool, agent, forecast)

# writing the program and running it
tm.flow(agent, schedule_tool, program)
tm.flow(schedule_tool, controller, program, protocol="https")
tm.flow(controller, schedule_tool, controller_status, protocol="https")
tm.flow(schedule_tool, agent, controller_status)
tm.flow(controller, satellites, valve_commands, label="two-wire decoder path")
tm.flow(satellites, controller, station_feedback, label="two-wire decoder path")
tm.flow(controller, pump, pump_commands, label="hard-wired pump panel link")
tm.flow(pump, controller, pump_telemetry, label="hard-wired pump panel link")
