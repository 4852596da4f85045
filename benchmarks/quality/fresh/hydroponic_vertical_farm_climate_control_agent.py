"""Hydroponic vertical farm climate control agent: the first design, before any security review.

An LLM agent runs on the farm's edge server and keeps each grow room on its crop
recipe. It reads climate sensor history and crop camera analytics from the
historian, reasons with a hosted LLM, and changes lighting, nutrient dosing and
HVAC setpoints on the building controller through a setpoint tool that refuses
values outside the recipe ranges for the crop's growth stage. The controller has
its own interlocks and a maximum dosing pump rate. Growers ask the agent
questions and override setpoints from a tablet app on the farm Wi-Fi, signing in
with a username and password; the head grower edits recipe ranges there too.
The controller vendor supports the controller remotely through the site VPN
gateway with per-engineer accounts and TOTP. Agent actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydroponic vertical farm climate control agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that tunes grow-room lighting, dosing and HVAC within recipe ranges.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Climate sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Temperature, humidity, CO2, PAR light, nutrient EC and pH per grow room.",
)
images = tg.Data("Crop camera images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
analytics = tg.Data(
    "Crop analytics",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Canopy cover, growth rate and tip-burn or wilting detections per rack.",
)
history_query = tg.Data("Historian query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
history = tg.Data(
    "Climate and crop history", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, recipe targets, recent history and any grower question.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
setpoint_call = tg.Data(
    "Setpoint change call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
setpoint_result = tg.Data(
    "Setpoint change result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
setpoint_command = tg.Data(
    "Setpoint command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lighting, nutrient dosing and HVAC setpoints written to the controller.",
)
controller_status = tg.Data(
    "Controller status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Current setpoints, equipment states and acknowledgements.",
)
recipe = tg.Data(
    "Crop recipe ranges",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Allowed setpoint ranges per crop and growth stage; the farm's know-how.",
)
question = tg.Data("Grower question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data("Agent answer", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
override = tg.Data("Manual setpoint override", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
vendor_changes = tg.Data(
    "Controller configuration changes",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Firmware updates, control logic and tuning changes from the vendor.",
)
diagnostics = tg.Data("Controller diagnostics", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
action_log = tg.Data("Agent action log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Farm OT network", trust=tg.Trust.INTERNAL):
    # Wired climate and nutrient sensors in every grow room.
    sensors = tm.add(tg.Device("Climate sensors", fleet=True))
    # Overhead cameras on each rack for crop health analytics.
    cameras = tm.add(tg.Device("Crop cameras", fleet=True))
    # Vendor building controller driving LED drivers, dosing pumps and HVAC.
    controller = tm.add(
        tg.Service(
            "Building controller",
            description="Runs the lighting, nutrient dosing and HVAC loops to the setpoints it holds.",
            controls={
                c.SafetyLimits(
                    limits="HVAC over/under-temperature interlocks and a maximum dosing pump rate in the controller"
                ),
            },
        )
    )
    # Time-series store of sensor readings and crop analytics.
    historian = tm.add(tg.DataStore("Climate historian", stores={readings, analytics}))
    # Remote-access appliance the controller vendor connects through.
    vpn = tm.add(
        tg.Service(
            "Site VPN gateway",
            controls={c.Authentication(method="per-engineer VPN accounts with password and TOTP")},
        )
    )

with tm.boundary("Farm edge server", trust=tg.Trust.INTERNAL):
    # In-house vision model that turns camera frames into crop health analytics.
    vision = tm.add(tg.Model("Crop vision model", task=tg.Task.DETECTOR))
    # The LLM agent that tunes setpoints and answers growers.
    agent = tm.add(
        tg.Agent(
            "Climate control agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Every 15 minutes reviews each room and adjusts setpoints within recipe ranges.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Read-only access to the historian for the agent.
    history_tool = tm.add(tg.Tool("Historian query tool", capabilities={"read"}))
    # Writes setpoints to the controller; refuses values outside the recipe ranges.
    setpoint_tool = tm.add(
        tg.Tool(
            "Setpoint tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="rejects setpoints outside the recipe range for the room's crop and growth stage"
                ),
            },
        )
    )
    # Allowed setpoint ranges per crop and growth stage.
    recipes = tm.add(tg.DataStore("Crop recipe store", stores={recipe}))
    # Backend of the growers' tablet app: questions, overrides, recipe edits.
    app = tm.add(
        tg.Endpoint(
            "Grower app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="grower accounts with username and password")},
        )
    )
    # Record of every agent decision and setpoint change.
    logs = tm.add(
        tg.DataStore("Agent action log", stores={action_log}, controls={c.AuditLogging()})
    )

with tm.boundary("Farm Wi-Fi", trust=tg.Trust.INTERNAL):
    # Growers on the farm floor using the tablet app.
    grower = tm.add(tg.Actor("Grower", role="grower"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Controller vendor", trust=tg.Trust.PARTNER):
    # The controller manufacturer's support engineer.
    vendor = tm.add(
        tg.Actor(
            "Controller vendor support engineer", role="vendor service engineer", privileged=True
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, controller, readings, protocol="bacnet")
tm.flow(controller, historian, readings, controller_status, protocol="mqtt")
tm.flow(cameras, vision, images, protocol="rtsp")
tm.flow(vision, historian, analytics, protocol="mqtt")

tm.flow(agent, history_tool, history_query)
tm.flow(history_tool, historian, history_query, protocol="https")
tm.flow(historian, history_tool, history, protocol="https")
tm.flow(history_tool, agent, history)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(recipes, setpoint_tool, recipe)
tm.flow(setpoint_tool, controller, setpoint_command, protocol="bacnet")
tm.flow(controller, setpoint_tool, controller_status, protocol="bacnet")
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(recipes, agent, recipe, label="targets for the prompt")
tm.flow(agent, logs, action_log)

tm.flow(grower, app, question, override, recipe, protocol="https", label="from the farm tablet")
tm.flow(app, grower, answer, controller_status, protocol="https")
tm.flow(app, agent, question)
tm.flow(agent, app, answer)
tm.flow(app, controller, override, protocol="bacnet")
tm.flow(controller, app, controller_status, protocol="bacnet")
tm.flow(app, recipes, recipe, label="recipe range edits")

tm.flow(vendor, vpn, vendor_changes, protocol="ipsec")
tm.flow(vpn, controller, vendor_changes, protocol="https", label="controller web configuration")
tm.flow(controller, vpn, diagnostics, protocol="https")
tm.flow(vpn, vendor, diagnostics, protocol="ipsec")
