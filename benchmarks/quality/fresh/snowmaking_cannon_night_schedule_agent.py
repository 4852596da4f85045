"""Snowmaking night schedule agent: the first design, before any security review.

A small ski area wants its snow cannons run overnight without a snowmaker
planning every start by hand. In the evening the snowmaking manager sets slope
priorities and snow-depth targets on an operations dashboard. Through the night
an LLM agent on the office server checks the hourly weather forecast (wet-bulb
temperature, wind), the reservoir level held in the plant's SCADA historian and
the day-ahead electricity prices, asks a hosted LLM to plan, and sends start and
stop commands to the pump house PLC, which drives the pumps and the cannons.
Each command is texted to the snowmaker on night duty and written to a log the
manager reads in the morning. The PLC keeps its own hardwired low-reservoir
cut-out and line-pressure trip; the dashboard has individual log-ins; the agent
is capped in steps per run and its tool calls are logged. The plant network is
plain Modbus and OPC UA, as the pump house installer left it.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Snowmaking night schedule agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that schedules snow cannons overnight from forecasts, reservoir "
        "levels and power prices, commanding the pump house PLC."
    ),
)

# ---------------------------------------------------------------- data assets
priorities = tg.Data(
    "Slope priorities and snow-depth targets",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which runs to cover first, target depths and the allowed snowmaking window.",
)
schedule = tg.Data(
    "Night snowmaking schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
command_log = tg.Data("Schedule and command log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Priorities, latest forecast, reservoir level, prices and the commands sent so far.",
)
plan = tg.Data("Planned tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
lookup_call = tg.Data("Forecast and price lookup call", kind="tool-call")
forecast_request = tg.Data(
    "Forecast and price request", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
forecast = tg.Data(
    "Hourly weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wet-bulb temperature, humidity and wind per hour for the summit and base.",
)
prices = tg.Data(
    "Day-ahead electricity prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status_call = tg.Data("Plant status query", kind="tool-call")
levels = tg.Data(
    "Reservoir level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Pump and cannon telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pump run state, line pressure, water flow and cannon on/off per hydrant.",
)
command_call = tg.Data("Start/stop tool call", kind="tool-call")
commands = tg.Data(
    "Pump and cannon start/stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command_ack = tg.Data("Command acknowledgement", kind="tool-result")
alert = tg.Data(
    "Night duty alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Text message to the duty snowmaker's mobile number naming the cannons started or stopped.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet and mobile network", trust=tg.Trust.UNTRUSTED):
    # Sets the night's priorities and checks the plan, often from home on a phone.
    manager = tm.add(tg.Actor("Snowmaking manager", role="snowmaking manager"))
    # On the mountain overnight; told by text of each start and stop.
    snowmaker = tm.add(tg.Actor("Night duty snowmaker", role="snowmaker"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Commercial mountain weather API, queried hourly.
    weather = tm.add(
        tg.ExternalService(
            "Mountain weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # The electricity supplier's day-ahead tariff feed.
    power_prices = tm.add(
        tg.ExternalService(
            "Electricity supplier price feed", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the night from the prompt; a general-purpose hosted model.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ski area office network", trust=tg.Trust.INTERNAL):
    # Where the manager enters priorities and reads the schedule; published through
    # the office firewall so it can be used from home.
    dashboard = tm.add(
        tg.Endpoint(
            "Snowmaking operations dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # The LLM agent that runs the night: re-plans every hour and acts through its tools.
    agent = tm.add(
        tg.Agent(
            "Snowmaking schedule agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs hourly from 18:00 to 08:00 on the office server.",
            controls={
                c.CircuitBreaker(max_steps=30, note="steps per hourly run"),
                c.AuditLogging(note="every tool call and command written to the command log"),
            },
        )
    )
    # Fetches the forecast and the prices for the agent.
    lookup_tool = tm.add(
        tg.Tool(
            "Forecast and price lookup tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Reads reservoir level and pump state from the historian.
    status_tool = tm.add(tg.Tool("Plant status tool", capabilities={"read"}))
    # Writes start and stop commands to the pump house PLC registers.
    command_tool = tm.add(
        tg.Tool(
            "Pump house command tool",
            capabilities={"write"},
            description="Sets the start/stop coil of a pump or a hydrant's cannon.",
        )
    )
    # Texts each command to the duty snowmaker.
    sms_tool = tm.add(tg.Tool("Duty alert SMS tool", capabilities={"send-messages"}))
    # The night's schedule and every command, for the morning review.
    log_store = tm.add(
        tg.DataStore("Schedule and command log store", stores={schedule, command_log})
    )

with tm.boundary("Pump house plant network", trust=tg.Trust.INTERNAL):
    # Drives the pumps and the cannon hydrants; keeps its own hardwired trips.
    plc = tm.add(
        tg.Service(
            "Pump house PLC",
            controls={
                c.SafetyLimits(
                    limits="low-reservoir pump cut-out, line-pressure trip and minimum pump restart interval"
                )
            },
        )
    )
    # Fan guns and lances on the slopes, on the fibre ring from the pump house.
    cannons = tm.add(tg.Device("Snow cannons", fleet=True))
    # Level transducer in the storage reservoir, wired to the PLC.
    transducer = tm.add(tg.Device("Reservoir level transducer", fleet=False))
    # Keeps reservoir levels and pump/cannon telemetry; the plant's only history.
    historian = tm.add(tg.DataStore("SCADA historian", stores={levels, telemetry}))

# ---------------------------------------------------------------- flows
tm.flow(manager, dashboard, priorities, protocol="https")
tm.flow(dashboard, manager, schedule, command_log, protocol="https")
tm.flow(dashboard, agent, priorities)
tm.flow(log_store, dashboard, schedule, command_log)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, weather, forecast_request, protocol="https")
tm.flow(weather, lookup_tool, forecast, protocol="https")
tm.flow(lookup_tool, power_prices, forecast_request, protocol="https")
tm.flow(power_prices, lookup_tool, prices, protocol="https")
tm.flow(lookup_tool, agent, forecast, prices)

tm.flow(agent, status_tool, status_call)
tm.flow(status_tool, historian, status_call, protocol="opc-ua")
tm.flow(historian, status_tool, levels, telemetry, protocol="opc-ua")
tm.flow(status_tool, agent, levels, telemetry)

tm.flow(agent, command_tool, command_call)
tm.flow(command_tool, plc, commands, protocol="modbus")
tm.flow(plc, command_tool, telemetry, protocol="modbus", label="coil state read-back")
tm.flow(command_tool, agent, command_ack)

tm.flow(plc, cannons, commands, protocol="modbus")
tm.flow(cannons, plc, telemetry, protocol="modbus")
tm.flow(transducer, plc, levels, label="wired 4-20 mA loop")
tm.flow(plc, historian, levels, telemetry, protocol="opc-ua")

tm.flow(agent, sms_tool, alert)
tm.flow(sms_tool, snowmaker, alert, protocol="sms")
tm.flow(agent, log_store, schedule, command_log)
