"""Curling rink ice control agent: the first design, before any security review.

A curling club wants its ice kept right for each draw without the ice technician
adjusting the plant by hand. An LLM agent on a small server in the club office
reads ice surface probes and rink air sensors (temperature, humidity, dew point),
the league fixture list the curling association publishes, and the limits the
ice technician sets in a web console. It then changes the brine setpoint on the
ice plant controller in the plant room and updates the pebbling schedule the ice
crew follow. It reasons through a hosted LLM over HTTPS. The technician sets the
allowed setpoint range and rate of change; the setpoint tool clamps every change
to them. The agent stops after a fixed number of steps per run, every action is
logged, and the console needs a password and TOTP; it is port-forwarded so the
technician can check it from home. Sensors and the plant controller are reached
over the club's own network with their native protocols.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Curling rink ice control agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that adjusts ice plant setpoints and pebbling within the technician's limits.",
)

# ---------------------------------------------------------------- data assets
ice_readings = tg.Data(
    "Ice surface temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
air_readings = tg.Data(
    "Rink air temperature and humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fixtures = tg.Data(
    "League fixture list",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="iCal feed of draws: sheets, start times, team names and free-text notes.",
)
limits = tg.Data(
    "Ice plant limit settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Brine setpoint min/max, max change per hour, pebbling windows.",
)
conditions = tg.Data(
    "Rink conditions and fixtures", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data("LLM plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_call = tg.Data(
    "Setpoint change request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint_cmd = tg.Data(
    "Brine setpoint command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Ice plant status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_result = tg.Data(
    "Setpoint change result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pebble_call = tg.Data(
    "Pebbling schedule update", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
pebble_schedule = tg.Data("Pebbling schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Curling association", trust=tg.Trust.PARTNER):
    # The association's league site publishes each season's draws as an iCal feed.
    fixture_feed = tm.add(
        tg.DataSource("League fixture feed", origin=tg.Origin.PARTNER, provides={fixtures})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club network", trust=tg.Trust.INTERNAL):
    # Sets the limits and watches what the agent does; the plant is their responsibility.
    technician = tm.add(tg.Actor("Ice technician", role="ice technician", privileged=True))
    # Volunteers who pebble the sheets before each draw.
    ice_crew = tm.add(tg.Actor("Ice crew", role="volunteer ice crew"))
    # Probes embedded in the ice slab, one per sheet, reporting over the club Wi-Fi.
    ice_probes = tm.add(
        tg.Device("Ice surface probes", description="Wi-Fi temperature probes in the slab.")
    )
    # Air temperature, humidity and dew point sensors above the sheets.
    air_sensors = tm.add(tg.Device("Rink air sensors"))
    # Time-series store the sensors publish into.
    telemetry = tm.add(tg.DataStore("Rink telemetry store", stores={ice_readings, air_readings}))
    # Web console for the technician's limits, the agent's actions and the pebbling plan.
    console = tm.add(
        tg.Endpoint(
            "Ice settings console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="individual password and TOTP")},
        )
    )
    # The technician's limits, which the setpoint tool enforces.
    limits_store = tm.add(tg.DataStore("Ice limit settings", stores={limits}))
    # The LLM agent: plans setpoints and pebbling runs for the day's draws.
    agent = tm.add(
        tg.Agent(
            "Ice control agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes on the club office server.",
            controls={c.CircuitBreaker(max_steps=20), c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only tool: current readings, trends and the next draws.
    lookup_tool = tm.add(tg.Tool("Rink conditions lookup", capabilities={"read"}))
    # Writes the brine setpoint to the plant controller, clamped to the technician's limits.
    setpoint_tool = tm.add(
        tg.Tool(
            "Plant setpoint tool",
            capabilities={"read", "write"},
            controls={
                c.SafetyLimits(
                    limits="tool clamps brine setpoint to the technician's min/max and max change per hour"
                )
            },
        )
    )
    # Writes pebbling times for each sheet into the schedule.
    pebble_tool = tm.add(tg.Tool("Pebbling schedule tool", capabilities={"write"}))
    # The plan the ice crew follow, shown in the console.
    pebble_store = tm.add(tg.DataStore("Pebbling schedule store", stores={pebble_schedule}))
    # Record of every decision and command the agent made.
    log_store = tm.add(tg.DataStore("Agent action log store", stores={action_log}))

    with tm.boundary("Plant room network", trust=tg.Trust.RESTRICTED):
        # The ice plant maker's controller driving compressors and brine pumps.
        controller = tm.add(
            tg.Service(
                "Ice plant controller", description="Vendor PLC for the brine chiller and pumps."
            )
        )

# ---------------------------------------------------------------- flows
# sensing
tm.flow(ice_probes, telemetry, ice_readings, protocol="mqtt")
tm.flow(air_sensors, telemetry, air_readings, protocol="mqtt")

# the technician's limits and the crew's schedule
tm.flow(technician, console, limits, protocol="https")
tm.flow(console, limits_store, limits)
tm.flow(limits_store, console, limits)
tm.flow(log_store, console, action_log, label="agent actions shown to the technician")
tm.flow(console, technician, action_log, protocol="https")
tm.flow(pebble_store, console, pebble_schedule)
tm.flow(console, ice_crew, pebble_schedule, protocol="https")

# the agent's loop
tm.flow(agent, lookup_tool, conditions, label="query")
tm.flow(telemetry, lookup_tool, ice_readings, air_readings)
tm.flow(fixture_feed, lookup_tool, fixtures, protocol="https")
tm.flow(lookup_tool, agent, conditions)
tm.flow(limits_store, agent, limits)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(limits_store, setpoint_tool, limits)
tm.flow(setpoint_tool, controller, setpoint_cmd, protocol="modbus")
tm.flow(controller, setpoint_tool, plant_status, protocol="modbus")
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(agent, pebble_tool, pebble_call)
tm.flow(pebble_tool, pebble_store, pebble_schedule)
tm.flow(agent, log_store, action_log)
