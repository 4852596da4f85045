"""Cider orchard frost fan scheduling agent: the first design, before any security review.

On spring nights a cider orchard protects its blossom with wind machines and frost
fans. An LLM agent in the orchard's cloud account reads the frost forecast from a
weather provider and the latest readings of temperature sensors in each orchard
block, then decides when each machine starts and stops overnight and writes that
schedule to the farm gateway, which drives the machine controllers over a radio
Modbus link. The agent runs unattended through the night and texts the grower when
it starts or stops machines. The grower watches the schedule on a web dashboard and
can override any machine from it at any time; overrides go straight to the gateway.
Sensors report over LoRaWAN to the gateway, which forwards readings to the cloud
over MQTT with TLS. The machine controllers keep their own engine cut-outs and
run-time limits whatever they are told.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cider orchard frost fan scheduling agent",
    profile=tg.RiskProfile.HIGH,
    description="Overnight scheduling of wind machines and frost fans from forecasts and sensors.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Orchard temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air temperature at blossom height and at 10 m, per block, every 5 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
machine_status = tg.Data(
    "Wind machine status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running state, engine temperature, fuel level and faults.",
)
forecast = tg.Data(
    "Frost forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly temperature, dew point, wind and inversion strength, with the "
    "forecaster's frost risk notes.",
)
forecast_query = tg.Data("Forecast query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
forecast_result = tg.Data(
    "Forecast tool result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
readings_query = tg.Data(
    "Sensor readings query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
readings_result = tg.Data(
    "Sensor readings tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_call = tg.Data(
    "Fan schedule tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start and stop times per machine for the night.",
)
schedule_result = tg.Data(
    "Fan schedule tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The schedule as written, with any overrides in force.",
)
schedule = tg.Data(
    "Fan run schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Grower override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Force a machine on or off, or hand it back to the schedule.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Wind machine start and stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the night's forecast, readings and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert_call = tg.Data("Grower text request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
alert_sms = tg.Data(
    "Frost fan text message",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which machines started or stopped and why, sent to the grower's phone.",
)
dashboard_view = tg.Data(
    "Schedule and machine status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The grower runs the orchard and can override any machine from their phone.
    grower = tm.add(tg.Actor("Grower", role="orchard grower", privileged=True))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial agricultural forecast service with a frost product for the site.
    weather = tm.add(
        tg.ExternalService("Frost forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the overnight texts to the grower.
    sms_provider = tm.add(tg.ExternalService("SMS provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Orchard cloud account", trust=tg.Trust.INTERNAL):
    # Takes readings and machine status from the farm gateway's MQTT connection.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest service",
            controls={c.SchemaEnforcement(note="drops messages that do not parse")},
        )
    )
    # Time series of readings and machine status.
    telemetry_db = tm.add(tg.DataStore("Telemetry store", stores={readings, machine_status}))
    # Tonight's schedule and the grower's overrides.
    schedule_db = tm.add(tg.DataStore("Schedule store", stores={schedule, override}))
    # The LLM agent that plans the night and acts through its tools.
    agent = tm.add(
        tg.Agent(
            "Frost fan scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes from dusk to mid-morning during the frost season.",
            controls={c.CircuitBreaker(max_steps=30), c.AuditLogging()},
        )
    )
    # Fetches the latest frost forecast for the orchard's location.
    forecast_tool = tm.add(tg.Tool("Forecast lookup tool", capabilities={"read", "network-egress"}))
    # Reads the last hours of readings and machine status.
    readings_tool = tm.add(tg.Tool("Sensor readings tool", capabilities={"read"}))
    # Writes the night's schedule and sends it to the farm gateway.
    schedule_tool = tm.add(
        tg.Tool(
            "Fan schedule tool",
            capabilities={"read", "write"},
            controls={
                c.InputValidation(note="machine ids and times checked against the machine list")
            },
        )
    )
    # Texts the grower when machines start or stop.
    text_tool = tm.add(tg.Tool("Grower text tool", capabilities={"send-messages"}))
    # Web dashboard where the grower sees the plan and overrides machines.
    dashboard = tm.add(
        tg.Endpoint(
            "Grower dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Farm office network", trust=tg.Trust.INTERNAL):
    # LoRaWAN and radio-Modbus gateway in the farm office; applies schedule and overrides.
    gateway = tm.add(tg.Service("Farm gateway"))

with tm.boundary("Orchard blocks", trust=tg.Trust.INTERNAL):
    # Battery temperature sensors on posts in each block.
    sensors = tm.add(tg.Device("Orchard temperature sensors", fleet=True))
    # Controllers on each wind machine and frost fan, with their own cut-outs.
    controllers = tm.add(
        tg.Device(
            "Wind machine and frost fan controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="controller stops the engine on overheating or low oil pressure "
                    "and enforces a minimum restart interval and maximum run time"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="lorawan")
tm.flow(controllers, gateway, machine_status, protocol="modbus", label="radio link")
tm.flow(gateway, controllers, commands, protocol="modbus", label="radio link")
tm.flow(gateway, ingest, readings, machine_status, protocol="mqtts")
tm.flow(ingest, telemetry_db, readings, machine_status)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, forecast_tool, forecast_query)
tm.flow(forecast_tool, weather, forecast_query, protocol="https")
tm.flow(weather, forecast_tool, forecast, protocol="https")
tm.flow(forecast_tool, agent, forecast_result)

tm.flow(agent, readings_tool, readings_query)
tm.flow(telemetry_db, readings_tool, readings, machine_status, label="latest readings")
tm.flow(readings_tool, agent, readings_result)

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, schedule_db, schedule)
tm.flow(schedule_db, schedule_tool, schedule, override, label="current plan and overrides")
tm.flow(schedule_tool, gateway, schedule, protocol="mqtts")
tm.flow(schedule_tool, agent, schedule_result)

tm.flow(agent, text_tool, alert_call)
tm.flow(text_tool, sms_provider, alert_sms, protocol="https")
tm.flow(sms_provider, grower, alert_sms, protocol="sms")

tm.flow(grower, dashboard, override, protocol="https")
tm.flow(dashboard, grower, dashboard_view, protocol="https")
tm.flow(dashboard, schedule_db, override)
tm.flow(schedule_db, dashboard, schedule, override)
tm.flow(telemetry_db, dashboard, readings, machine_status)
tm.flow(dashboard, gateway, override, protocol="mqtts", label="applied at once")
