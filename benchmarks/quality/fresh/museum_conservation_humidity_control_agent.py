"""Museum conservation humidity control agent: the first design, before any security review.

The museum wants gallery climates held within the conservation bands its conservators
set per gallery (and tighter bands written into incoming loan agreements) without
facilities staff nudging setpoints by hand every day. An LLM agent runs on a server in
the museum's corporate network. Every fifteen minutes, and whenever a conservator asks
it something in the conservation console, it reads the latest temperature and relative
humidity readings that the building management system (BMS) trends from the gallery
sensors, looks at the band for each gallery and the next day's weather forecast, and
writes new humidity and temperature setpoints to the BMS through a setpoint tool; the
BMS then drives the humidifiers and dehumidifiers over BACnet. The agent's reasoning
runs on a hosted LLM reached over HTTPS. Conservators sign in to the console with the
museum's SSO and MFA; every setpoint change is written to an action log. The BMS and
the plant sit on a separate building services network, and each duct humidifier keeps
its hard-wired high-limit humidistat. Setpoint changes go ahead without approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum conservation humidity control agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that keeps gallery temperature and humidity within conservation "
        "limits by adjusting the building management system's setpoints."
    ),
)

# ---------------------------------------------------------------- data assets
instruction = tg.Data(
    "Conservator instruction",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text requests such as 'hold Gallery 4 at 50% RH for the Turner loan'.",
)
agent_reply = tg.Data(
    "Agent status and explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
limits = tg.Data(
    "Gallery conservation limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-gallery temperature and RH bands and maximum daily RH swing.",
)
readings = tg.Data(
    "Gallery temperature and humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the conservator's request, readings, limits and forecast.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
reading_query = tg.Data("Readings query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_call = tg.Data(
    "Setpoint change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoint_result = tg.Data("Setpoint write result", kind="tool-result")
setpoints = tg.Data(
    "Humidity and temperature setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_commands = tg.Data(
    "Humidifier and dehumidifier commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bms_config = tg.Data("BMS configuration and manual overrides", kind="records")
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather data provider", trust=tg.Trust.PARTNER):
    # Outside humidity drives how hard the plant has to work tomorrow.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial hourly forecast for the museum's postcode.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The agent's planning and explanations run on a hosted general-purpose model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the provider's API.",
        )
    )

with tm.boundary("Museum corporate network", trust=tg.Trust.INTERNAL):
    # Collections care staff who own the conservation limits and ask the agent for changes.
    conservator = tm.add(tg.Actor("Conservator", role="collections care staff"))
    # Web console where conservators edit limits, talk to the agent and see its actions.
    console = tm.add(
        tg.Endpoint(
            "Conservation console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum SSO with MFA")},
        )
    )
    # The agent itself: plans setpoint changes from readings, limits and forecast.
    agent = tm.add(
        tg.Agent(
            "Humidity control agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes and on request; writes setpoints without approval.",
            controls={c.AuditLogging(note="every setpoint change goes to the action log")},
        )
    )
    # Read-only tool that fetches the latest trended readings for a gallery.
    reading_tool = tm.add(
        tg.Tool("Sensor readings tool", capabilities={"read"}, origin="first-party")
    )
    # Tool that writes new setpoints to the BMS for a gallery's air handling unit.
    setpoint_tool = tm.add(
        tg.Tool("BMS setpoint tool", capabilities={"write"}, origin="first-party")
    )
    # Conservation bands per gallery, edited by conservators in the console.
    limits_store = tm.add(tg.DataStore("Conservation limits register", stores={limits}))
    # Record of every change the agent made and why.
    log_store = tm.add(tg.DataStore("Agent action log", stores={action_log}))

with tm.boundary("Building services network", trust=tg.Trust.INTERNAL):
    # Facilities engineer who configures the BMS and can override setpoints at its workstation.
    engineer = tm.add(tg.Actor("Facilities engineer", role="facilities", privileged=True))
    # Wired and wireless temperature/RH sensors in each gallery and display case.
    sensors = tm.add(tg.Device("Gallery temperature and humidity sensors", fleet=True))
    # The existing BMS supervisory server: trends readings, holds setpoints, runs control loops.
    bms = tm.add(
        tg.Service(
            "Building management system",
            description="Supervisory server and controllers for the gallery air handling units.",
            controls={c.Authentication(method="individual BMS operator accounts with password")},
        )
    )
    # Time-series history the BMS trends sensor readings into.
    history = tm.add(tg.DataStore("Environmental trend history", stores={readings}))
    # Steam humidifiers and desiccant dehumidifiers on the gallery air handling units.
    plant = tm.add(
        tg.Device(
            "Gallery humidifiers and dehumidifiers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="hard-wired duct high-limit humidistat cuts each humidifier at 80% RH"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# conservators and the console
tm.flow(conservator, console, instruction, limits, protocol="https")
tm.flow(console, conservator, agent_reply, readings, protocol="https")
tm.flow(console, limits_store, limits)
tm.flow(limits_store, console, limits)
tm.flow(console, agent, instruction)
tm.flow(agent, console, agent_reply)

# the agent's reasoning
tm.flow(limits_store, agent, limits)
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, action_log)

# reading the galleries
tm.flow(agent, reading_tool, reading_query)
tm.flow(reading_tool, agent, readings)
tm.flow(reading_tool, history, reading_query)
tm.flow(history, reading_tool, readings)

# acting on the plant
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(setpoint_tool, bms, setpoints, protocol="bacnet")
tm.flow(bms, setpoint_tool, setpoint_result, protocol="bacnet")
tm.flow(bms, plant, plant_commands, protocol="bacnet")

# the building services network
tm.flow(sensors, bms, readings, protocol="bacnet")
tm.flow(bms, history, readings)
tm.flow(engineer, bms, bms_config, label="at the BMS workstation")
tm.flow(bms, engineer, readings, label="at the BMS workstation")
