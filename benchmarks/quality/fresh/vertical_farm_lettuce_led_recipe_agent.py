"""Vertical farm lettuce recipe agent: the first design, before any security review.

Each grow rack in the farm has time-lapse cameras and environment sensors (pH, EC,
air temperature, humidity, PPFD, reservoir level). An edge gateway on the grow-room
OT network collects the images and readings and forwards them to the farm's cloud
account, where an in-house vision model turns the images into growth measurements
(canopy cover, growth rate) and a historian keeps everything. Every hour a recipe
agent, built on a hosted LLM, reads each rack's history and current recipe and tunes
its LED light recipe (spectrum, intensity, photoperiod), nutrient dosing targets and
irrigation schedule. It applies changes through a setpoint tool that refuses anything
outside the per-rack limits the head grower sets in the grower console; the gateway
writes accepted setpoints to the rack PLC that drives the LED drivers, dosing pumps
and irrigation valves. The console uses company SSO with 2-step verification, and
the agent's tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vertical farm lettuce LED recipe agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that tunes LED, nutrient dosing and irrigation setpoints per grow rack "
        "within limits set by the head grower."
    ),
)

# ---------------------------------------------------------------- data assets
rack_images = tg.Data("Rack canopy images", sensitivity="internal", kind="media")
readings = tg.Data(
    "Sensor readings",
    sensitivity="internal",
    kind="records",
    description="pH, EC, air temperature, humidity, PPFD and reservoir level per rack.",
)
plc_status = tg.Data("Rack controller status", sensitivity="internal", kind="records")
growth = tg.Data(
    "Growth measurements",
    sensitivity="internal",
    kind="model-output",
    description="Canopy cover, estimated leaf area and growth rate per rack.",
)
limits = tg.Data(
    "Grower limits",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-rack min/max for light intensity, photoperiod, EC, pH and irrigation.",
)
recipes = tg.Data(
    "Light and nutrient recipes",
    sensitivity="confidential",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The farm's proprietary per-variety and per-rack grow recipes.",
)
change_log = tg.Data("Recipe change log", sensitivity="internal", kind="logs")
prompt = tg.Data(
    "Agent prompt",
    sensitivity="confidential",
    kind="prompt",
    description="System prompt, the rack's recipe, limits and recent history.",
)
completion = tg.Data("LLM completion", sensitivity="confidential", kind="model-output")
history_query = tg.Data("Rack history query", sensitivity="internal", kind="tool-call")
history = tg.Data("Rack history", sensitivity="internal", kind="tool-result")
setpoint_call = tg.Data("Setpoint change request", sensitivity="internal", kind="tool-call")
setpoint_result = tg.Data("Setpoint change result", sensitivity="internal", kind="tool-result")
setpoints = tg.Data(
    "Rack setpoints",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farm office", trust="internal"):
    # Sets the per-rack limits and reviews what the agent changed.
    grower = tm.add(tg.Actor("Head grower", role="head grower", privileged=True))

with tm.boundary("Grow room OT network", trust="internal"):
    # Fixed cameras above each rack; a still every 15 minutes for growth measurement.
    cameras = tm.add(tg.Device("Rack cameras", description="IP cameras, one per rack level."))
    # Water and climate sensors the recipes are tuned against.
    sensors = tm.add(
        tg.Device("Rack environment sensors", description="pH, EC, climate, PPFD, level.")
    )
    # Bridges the OT network to the cloud; the only box with an outbound connection.
    gateway = tm.add(
        tg.Service(
            "Farm edge gateway",
            description="Collects images and readings, relays setpoints to the rack PLC.",
        )
    )
    # Drives LED drivers, dosing pumps and irrigation valves from the setpoints it is given.
    plc = tm.add(
        tg.Service(
            "Rack LED and dosing PLC",
            description="Runs the light schedule, nutrient dosing and irrigation cycles per rack.",
        )
    )

with tm.boundary("Farm cloud", trust="internal"):
    # Turns canopy images into growth measurements the agent can reason about.
    growth_model = tm.add(
        tg.Model(
            "Growth measurement model",
            task="regressor",
            origin="in-house",
            description="Segments the canopy and estimates cover and leaf area per rack.",
        )
    )
    # Time-series store of every reading and growth measurement.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={readings, plc_status, growth}))
    # Current recipes, the grower's limits and the log of the agent's changes.
    recipe_store = tm.add(
        tg.DataStore(
            "Recipe and limits database",
            stores={recipes, limits, change_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans each rack's next recipe adjustment and applies it through the setpoint tool.
    agent = tm.add(
        tg.Agent(
            "Recipe tuning agent",
            autonomy="autonomous",
            description="Hourly run per rack; applies changes within the grower's limits.",
            controls={c.CircuitBreaker(max_steps=20), c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only query of a rack's readings and growth history.
    history_tool = tm.add(tg.Tool("Rack history tool", capabilities={"read"}))
    # The only way the agent changes anything in the grow room.
    setpoint_tool = tm.add(
        tg.Tool(
            "Setpoint tool",
            capabilities={"write"},
            description="Writes LED, dosing and irrigation setpoints for one rack.",
            controls={
                c.PolicyEnforcement(
                    rules="rejects setpoints outside the head grower's limits for that rack"
                )
            },
        )
    )
    # Web app where the head grower sets limits and sees recipes, changes and trends.
    console = tm.add(
        tg.Endpoint(
            "Grower console",
            purpose="api",
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(cameras, gateway, rack_images, protocol="http")
tm.flow(sensors, gateway, readings, protocol="mqtt")
tm.flow(plc, gateway, plc_status, protocol="opc-ua")
tm.flow(gateway, growth_model, rack_images, protocol="https")
tm.flow(gateway, historian, readings, plc_status, protocol="mqtts")
tm.flow(growth_model, historian, growth)

# the agent's loop
tm.flow(recipe_store, agent, recipes, limits, label="current recipe and limits")
tm.flow(agent, history_tool, history_query)
tm.flow(historian, history_tool, readings, growth)
tm.flow(history_tool, agent, history)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(recipe_store, setpoint_tool, limits)
tm.flow(setpoint_tool, gateway, setpoints, protocol="mqtts")
tm.flow(gateway, plc, setpoints, protocol="opc-ua")
tm.flow(gateway, setpoint_tool, plc_status, protocol="mqtts", label="applied setpoints")
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(agent, recipe_store, recipes, change_log, label="new recipe and rationale")

# the head grower
tm.flow(grower, console, limits, protocol="https")
tm.flow(console, recipe_store, limits)
tm.flow(recipe_store, console, recipes, limits, change_log)
tm.flow(historian, console, readings, growth, label="trend charts")
tm.flow(console, grower, recipes, change_log, readings, growth, protocol="https")
