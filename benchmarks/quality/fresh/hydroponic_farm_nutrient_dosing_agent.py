"""Hydroponic nutrient dosing agent: the first design, before any security review.

Our vertical farm grows leafy greens in stacked grow rooms. pH and conductivity (EC)
probes in each zone's nutrient tank report through a farm edge gateway to a telemetry
database in our cloud account, and plant cameras send canopy images that an in-house
model turns into growth scores. Every fifteen minutes an LLM agent (a hosted model
behind a vendor API) reads the latest readings and growth scores through its tools and
decides the acid, base and nutrient dose for each zone; its dosing tool sends the
setpoints back through the gateway to the dosing pump PLC. Growers set the allowed pH
and EC ranges and the maximum dose per hour for each zone in a web dashboard (Google
Workspace sign-in with 2SV), and the dosing tool refuses setpoints outside them.
The agent runs without a person approving each dose; every decision is logged and
shown in the dashboard. Gateways connect with per-gateway client certificates.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hydroponic nutrient dosing agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that sets nutrient dosing pumps from pH/EC readings and growth scores, "
        "within limits set by the growers."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "pH and EC readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-zone pH, electrical conductivity and tank temperature, every minute.",
)
pump_status = tg.Data("Pump status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
canopy_images = tg.Data(
    "Canopy images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead stills of each grow tray, every hour.",
)
growth_scores = tg.Data(
    "Growth scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-tray canopy cover, colour and growth-rate estimates.",
)
limits = tg.Data(
    "Grower dosing limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Allowed pH and EC range and maximum dose per hour for each zone.",
)
recipes = tg.Data(
    "Nutrient recipes",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's system prompt: our crop recipes and the grower's limits.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, recipes, latest readings and scores sent to the hosted model.",
)
completion = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reading_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_result = tg.Data(
    "Telemetry tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
dose_call = tg.Data(
    "Dosing setpoint call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Zone, pump and dose volume or rate the agent asks for.",
)
dose_result = tg.Data("Dosing tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
action_log = tg.Data("Agent decision log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Head growers set the limits and watch the agent, from the farm floor or from home.
    grower = tm.add(tg.Actor("Grower", role="head grower"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that does the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Web dashboard where growers set limits and see what the agent did.
    dashboard = tm.add(
        tg.Endpoint(
            "Grower dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace sign-in (OIDC) with 2SV"),
                tg.controls.RBAC(note="only head growers may change limits"),
            },
        )
    )
    # The grower's limits, read by the agent and enforced by the dosing tool.
    limits_store = tm.add(tg.DataStore("Dosing limits store", stores={limits, recipes}))
    # Time-series database of readings, pump status and growth scores.
    telemetry_db = tm.add(
        tg.DataStore("Telemetry database", stores={readings, pump_status, growth_scores})
    )
    # Scores plant growth from the canopy images; trained in-house on our own trays.
    growth_model = tm.add(
        tg.Model(
            "Growth scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN that estimates canopy cover and growth rate per tray.",
        )
    )
    # Decides the doses each cycle; acts without a person approving each dose.
    agent = tm.add(
        tg.Agent(
            "Nutrient dosing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes per zone, reads readings and scores, sets doses.",
            controls={
                tg.controls.CircuitBreaker(max_steps=12, note="per dosing cycle"),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool: latest pH/EC readings and pump status for a zone.
    sensor_tool = tm.add(tg.Tool("Sensor readings tool", capabilities={"read"}))
    # Read-only tool: latest growth scores for a zone's trays.
    growth_tool = tm.add(tg.Tool("Growth score tool", capabilities={"read"}))
    # The only tool that acts: sends dosing setpoints down to the farm.
    dosing_tool = tm.add(
        tg.Tool(
            "Set dosing tool",
            capabilities={"write"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="refuses setpoints outside the zone's pH/EC range and max dose per hour "
                    "from the dosing limits store"
                )
            },
        )
    )
    # Every agent decision with its inputs, shown to growers in the dashboard.
    decision_log = tm.add(tg.DataStore("Agent decision log store", stores={action_log}))

with tm.boundary("Farm site network", trust=tg.Trust.INTERNAL):
    # Collects readings and images on site and relays setpoints to the PLC.
    gateway = tm.add(tg.Service("Farm edge gateway"))
    # Overhead cameras above each rack.
    cameras = tm.add(tg.Device("Plant cameras", fleet=True))

    with tm.boundary("Dosing control LAN", trust=tg.Trust.INTERNAL):
        # pH and conductivity probes in each zone's nutrient tank.
        probes = tm.add(tg.Device("pH and EC sensors", fleet=True))
        # Runs the acid, base and nutrient dosing pumps for all zones.
        plc = tm.add(tg.Service("Dosing pump PLC"))

# ---------------------------------------------------------------- flows
# growers
tm.flow(grower, dashboard, limits, protocol="https")
tm.flow(dashboard, grower, action_log, pump_status, growth_scores, protocol="https")
tm.flow(dashboard, limits_store, limits)
tm.flow(decision_log, dashboard, action_log)
tm.flow(telemetry_db, dashboard, pump_status, growth_scores)

# sensing
tm.flow(probes, gateway, readings, protocol="modbus")
tm.flow(plc, gateway, pump_status, protocol="modbus")
tm.flow(cameras, gateway, canopy_images, protocol="rtsp")
gateway_mtls = {tg.controls.MutualAuthentication(note="per-gateway X.509 client certificate")}
tm.flow(gateway, telemetry_db, readings, pump_status, protocol="mqtts", controls=gateway_mtls)
tm.flow(gateway, growth_model, canopy_images, protocol="https", controls=gateway_mtls)
tm.flow(growth_model, telemetry_db, growth_scores)

# the agent's cycle
tm.flow(limits_store, agent, recipes, limits, label="loaded into the system prompt")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, sensor_tool, reading_query)
tm.flow(telemetry_db, sensor_tool, readings, pump_status)
tm.flow(sensor_tool, agent, telemetry_result)
tm.flow(agent, growth_tool, reading_query)
tm.flow(telemetry_db, growth_tool, growth_scores)
tm.flow(growth_tool, agent, telemetry_result)
tm.flow(agent, dosing_tool, dose_call)
tm.flow(limits_store, dosing_tool, limits, label="limits checked per setpoint")
tm.flow(dosing_tool, agent, dose_result)
tm.flow(agent, decision_log, action_log)

# actuation
tm.flow(dosing_tool, gateway, setpoints, protocol="mqtts", controls=gateway_mtls)
tm.flow(gateway, plc, setpoints, protocol="modbus")
