"""Snowmaking water allocation agent: the first design, before any security review.

Each afternoon an LLM agent on the resort's operations server plans the night's
snowmaking slope by slope. Through its tools it reads the commercial weather
forecast, the reservoir levels, wet-bulb temperatures and pump telemetry from
the snowmaking control system, the water abstraction licence limits with the
volumes already abstracted this season, and the slope priorities and snow
depths the mountain operations team sets. It sends the plan to the snowmaking
supervisor on the operations console, who approves it before the night shift;
overnight the agent starts and stops snow guns within the approved plan through
the vendor control system's OPC UA interface. The control system drives the
guns and pumps on the snowmaking plant network and stops guns by itself when
it is too warm or the reservoir is low. The vendor reaches the control system
over a VPN for remote support.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski resort snowmaking water allocation agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans overnight snowmaking within water limits and starts snow guns.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Hourly weather forecast",
    kind="records",
    description="Temperature, humidity and wind per slope elevation band for the next 24 hours.",
)
forecast_request = tg.Data("Forecast request", kind="tool-call")
telemetry = tg.Data(
    "Reservoir level and pump telemetry",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Reservoir levels, flow meter readings, wet-bulb temperatures at each hydrant.",
)
meter_readings = tg.Data(
    "Reservoir and flow meter readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
abstraction_limits = tg.Data(
    "Water abstraction licence limits",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Daily and seasonal abstraction caps and minimum river flow conditions.",
)
abstracted_volumes = tg.Data(
    "Metered abstraction volumes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Volumes drawn each night, reported to the water authority.",
)
slope_priorities = tg.Data(
    "Slope priorities and snow depths",
    kind="records",
    description="Which slopes must open first and measured snow depth per slope.",
)
task = tg.Data("Nightly planning task", kind="instructions")
prompt = tg.Data("Agent prompt", kind="prompt")
completion = tg.Data("LLM completion", kind="model-output")
plan = tg.Data(
    "Snowmaking plan",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Guns, hours and water volume per slope for the night.",
)
plan_approval = tg.Data("Plan approval", kind="records")
run_report = tg.Data("Overnight run report", kind="records")
tool_call = tg.Data("Tool call", kind="tool-call")
tool_result = tg.Data("Tool result", kind="tool-result")
gun_command = tg.Data("Snow gun start and stop commands", kind="tool-call")
gun_status = tg.Data("Snow gun status", kind="records")
setpoints = tg.Data("Gun and pump setpoints", kind="records")
remote_session = tg.Data("Remote maintenance session", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial mountain weather forecast, bought per resort.
    weather = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the inputs and writes the plan.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Snowmaking vendor", trust=tg.Trust.PARTNER):
    # The control system supplier's support desk, for updates and fault finding.
    vendor_support = tm.add(tg.ExternalService("Snowmaking vendor remote support"))

with tm.boundary("Resort operations network", trust=tg.Trust.INTERNAL):
    # Night snowmaking supervisor who approves the plan.
    supervisor = tm.add(tg.Actor("Snowmaking supervisor", role="snowmaking supervisor"))
    # Web console where the plan is shown, approved and the night's run reported.
    console = tm.add(
        tg.Endpoint(
            "Snowmaking operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort Active Directory account and password"),
                c.RBAC(),
            },
        )
    )
    # The LLM agent that plans the night and runs the guns within the plan.
    agent = tm.add(
        tg.Agent(
            "Snowmaking planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the snowmaking supervisor approves the night's plan",
                    note="gun starts and stops within the approved plan go ahead on the agent's decision",
                ),
                c.CircuitBreaker(max_steps=200),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool that fetches the forecast for the resort's elevation bands.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read", "network-egress"}))
    # Read-only tool for reservoir, meter and wet-bulb readings from the control system.
    telemetry_tool = tm.add(tg.Tool("Plant telemetry tool", capabilities={"read"}))
    # Tool that starts and stops guns through the control system's OPC UA interface.
    gun_tool = tm.add(
        tg.Tool(
            "Snow gun control tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="OPC UA account may only start and stop guns, not change pump or valve settings"
                )
            },
        )
    )
    # Licence limits and the season's metered volumes, kept by the environment manager.
    water_records = tm.add(
        tg.DataStore("Water abstraction records", stores={abstraction_limits, abstracted_volumes})
    )
    # Slope opening priorities and snow depths from the grooming team.
    slope_store = tm.add(tg.DataStore("Slope priorities store", stores={slope_priorities}))

with tm.boundary("Snowmaking plant network", trust=tg.Trust.RESTRICTED):
    # Vendor SCADA that drives the pump stations and guns.
    control_system = tm.add(
        tg.Service(
            "Snowmaking control system",
            controls={
                c.SafetyLimits(
                    limits="control system stops guns above -2 C wet-bulb and trips pumps at reservoir low level"
                )
            },
        )
    )
    # Level and flow meters at the reservoir and the pump stations.
    meters = tm.add(tg.Device("Reservoir level and flow meters"))
    # Fan guns and lances on the slopes, with their hydrant valves.
    guns = tm.add(tg.Device("Snow guns"))

# ---------------------------------------------------------------- flows
# planning inputs
tm.flow(supervisor, console, slope_priorities, plan_approval, protocol="https")
tm.flow(console, supervisor, plan, run_report, protocol="https")
tm.flow(console, slope_store, slope_priorities)
tm.flow(console, agent, task, plan_approval, protocol="https", label="scheduled run and approval")
tm.flow(agent, console, plan, run_report, protocol="https")
tm.flow(slope_store, agent, slope_priorities)
tm.flow(water_records, agent, abstraction_limits, abstracted_volumes)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, weather_tool, tool_call)
tm.flow(weather_tool, weather, forecast_request, protocol="https")
tm.flow(weather, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)

tm.flow(agent, telemetry_tool, tool_call)
tm.flow(telemetry_tool, control_system, tool_call, protocol="opc-ua")
tm.flow(control_system, telemetry_tool, telemetry, protocol="opc-ua")
tm.flow(telemetry_tool, agent, telemetry)

# running the guns
tm.flow(agent, gun_tool, gun_command)
tm.flow(gun_tool, control_system, gun_command, protocol="opc-ua")
tm.flow(control_system, gun_tool, gun_status, protocol="opc-ua")
tm.flow(gun_tool, agent, tool_result, gun_status)

# plant
tm.flow(meters, control_system, meter_readings, protocol="modbus")
tm.flow(control_system, guns, setpoints, protocol="modbus")
tm.flow(guns, control_system, gun_status, protocol="modbus")
tm.flow(control_system, water_records, abstracted_volumes, label="nightly volume export")

# vendor support
tm.flow(vendor_support, control_system, remote_session, protocol="ipsec", label="VPN")
tm.flow(control_system, vendor_support, telemetry, protocol="ipsec", label="VPN")
