"""Canal lock and reservoir water-level control agent: the first design.

The canal trust wants an agent that keeps the pounds between locks at safe,
navigable levels. Every fifteen minutes it reads the latest lock and reservoir
levels, the lock passage counts (boat traffic draws water down a flight) and the
rainfall forecast, asks a hosted language model to reason about them, and then
opens or closes feeder and bypass sluices through the SCADA system, within the
target bands the control room sets for each pound. When a pound leaves its band,
or a command fails, it texts the lock keepers on that length.
Field outstations talk DNP3 to the SCADA server over the trust's private cellular
APN. The sluice PLCs hold hard limits of their own, whatever they are told. The
agent runs unattended, with a step limit per cycle, and logs what it does; the
control room edits the target bands through a role-based console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal lock water-level control agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that keeps canal pounds at safe levels by operating sluices and alerts lock keepers.",
)

# ---------------------------------------------------------------- data assets
levels = tg.Data(
    "Water level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lock, pound and reservoir levels every five minutes.",
)
passages = tg.Data(
    "Lock passage counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boat movements through each lock, from gate cycle counters.",
)
forecast = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
bands = tg.Data(
    "Pound target bands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum navigation and maximum levels per pound, and sluice opening limits.",
)
setpoint = tg.Data(
    "Sluice gate setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sluice_status = tg.Data("Sluice status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, target bands, latest readings, forecast and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Pound level alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Text message to a lock keeper's mobile number: pound, level, action taken.",
)
ack = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The lock keeper's reply text, with their mobile number.",
)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Lock and reservoir sites", trust=tg.Trust.INTERNAL):
    # Ultrasonic level gauges in every pound and at each reservoir draw-off: the agent's eyes.
    level_sensors = tm.add(
        tg.Device("Water level sensors", description="Level gauges with cellular outstations.")
    )
    # Gate cycle counters on the locks: boat traffic is what drains a flight.
    counters = tm.add(tg.Device("Lock passage counters"))
    # The PLCs that actually move the feeder and bypass sluices; they hold the hard limits.
    sluice_plc = tm.add(
        tg.Service(
            "Sluice PLC",
            description="One PLC per sluice; drives the gate actuator from SCADA setpoints.",
            controls={
                c.SafetyLimits(
                    limits="PLC clamps gate travel per command and stops closing or opening "
                    "at the pound's hard minimum and weir-crest levels"
                )
            },
        )
    )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Telemetry and control zone", trust=tg.Trust.RESTRICTED):
        # Polls the outstations and relays setpoints to the PLCs: the one path to field kit.
        scada = tm.add(tg.Service("SCADA telemetry server"))
        # Keeps the time series the agent and the control room read.
        historian = tm.add(
            tg.DataStore(
                "Telemetry historian", stores={levels, passages, sluice_status, action_log}
            )
        )

    # The control room's per-pound target bands, which the agent works within.
    limits_register = tm.add(
        tg.DataStore(
            "Pound target band register",
            stores={bands},
            controls={c.RBAC(note="only control room engineers may edit bands")},
        )
    )
    # The LLM agent that decides each cycle which sluices to move and whom to alert.
    agent = tm.add(
        tg.Agent(
            "Water level control agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes; operates sluices without waiting for a person.",
            controls={
                c.CircuitBreaker(max_steps=20, note="tool calls per cycle"),
                c.AuditLogging(note="every decision and tool call written to the historian"),
            },
        )
    )
    # Gives the agent the latest readings, traffic and forecast.
    telemetry_tool = tm.add(
        tg.Tool("Telemetry and forecast lookup tool", capabilities={"read", "network-egress"})
    )
    # Lets the agent set a sluice gate position through SCADA.
    sluice_tool = tm.add(tg.Tool("Sluice command tool", capabilities={"write"}))
    # Lets the agent text lock keepers and read their replies.
    alert_tool = tm.add(tg.Tool("Lock keeper alert tool", capabilities={"send-messages", "read"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends and receives the text messages to and from lock keepers.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # National weather service feed: rain on the summit pound is the main inflow.
    weather = tm.add(tg.ExternalService("Weather forecast service", provides="data-provider"))
    # Lock keepers on the towpath, on their own mobile phones.
    keeper = tm.add(tg.Actor("Lock keeper", role="lock keeper"))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Sets the target bands and watches what the agent does.
    operator = tm.add(
        tg.Actor("Control room engineer", role="control room engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(level_sensors, scada, levels, protocol="dnp3", label="private cellular APN")
tm.flow(counters, scada, passages, protocol="dnp3", label="private cellular APN")
tm.flow(sluice_plc, scada, sluice_status, protocol="dnp3", label="private cellular APN")
tm.flow(scada, sluice_plc, setpoint, protocol="dnp3", label="private cellular APN")
tm.flow(scada, historian, levels, passages, sluice_status)

tm.flow(limits_register, agent, bands, label="loaded at the start of each cycle")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, telemetry_tool, tool_call)
tm.flow(telemetry_tool, agent, tool_result)
tm.flow(historian, telemetry_tool, levels, passages, sluice_status)
tm.flow(weather, telemetry_tool, forecast, protocol="https")

tm.flow(agent, sluice_tool, tool_call)
tm.flow(sluice_tool, agent, tool_result)
tm.flow(sluice_tool, scada, setpoint, protocol="opc-ua")
tm.flow(scada, sluice_tool, sluice_status, protocol="opc-ua")

tm.flow(agent, alert_tool, tool_call)
tm.flow(alert_tool, agent, tool_result)
tm.flow(alert_tool, sms_gateway, alert, protocol="https")
tm.flow(sms_gateway, keeper, alert, protocol="sms")
tm.flow(keeper, sms_gateway, ack, protocol="sms")
tm.flow(sms_gateway, alert_tool, ack, protocol="https", label="reply webhook")

tm.flow(agent, historian, action_log)
tm.flow(operator, limits_register, bands, protocol="https", label="operations console")
tm.flow(historian, operator, levels, action_log, protocol="https", label="operations console")
