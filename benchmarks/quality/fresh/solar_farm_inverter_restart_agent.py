"""Solar farm inverter restart agent: the first design, before any security review.

A solar farm operator's LLM agent takes first-line fault handling off the control
room. It polls inverter alarms from the SCADA historian (OT DMZ), looks fault codes
up in the manufacturer's manuals in an internal document store, and reasons with a
hosted LLM. It can restart an inverter or curtail its output through the SCADA API
on the plant OT network (Modbus to the inverters), using a service account scoped
to restart and curtail only. It opens tickets in the O&M contractor's system; the
contractor's technicians update them from site and the agent reads the updates.
Every action streams to a control-room console (corporate SSO with MFA), where the
engineer on shift can stop the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar farm inverter restart agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that diagnoses inverter alarms and restarts or curtails inverters via SCADA.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Inverter telemetry and alarms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alarm_query = tg.Data("Alarm history query", kind="tool-call")
alarm_result = tg.Data("Active alarms and recent trends", kind="tool-result")
manuals = tg.Data(
    "Inverter manufacturer manuals",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Service manuals and fault-code tables, supplied under the service agreement.",
)
manual_query = tg.Data("Fault-code lookup", kind="tool-call")
manual_excerpts = tg.Data("Manual excerpts", kind="retrieved-context")
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the alarms, manual excerpts and ticket history.",
)
completion = tg.Data("Diagnosis and next action", kind="model-output")
control_call = tg.Data("Restart or curtailment request", kind="tool-call")
scada_command = tg.Data(
    "Inverter restart and curtailment command",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command_ack = tg.Data("Command acknowledgement", kind="tool-result")
ticket_call = tg.Data("Ticket request", kind="tool-call")
ticket = tg.Data(
    "Maintenance ticket",
    kind="records",
    description="Site, inverter, fault diagnosis and the action the agent took.",
)
ticket_update = tg.Data(
    "Technician ticket update",
    kind="records",
    description="Free-text notes and status from the technician on site.",
)
ticket_result = tg.Data("Ticket status and notes", kind="tool-result")
action_log = tg.Data("Agent action log", kind="logs")
stop = tg.Data("Agent stop command", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the engineering team downloads new manual revisions from.
    vendor_portal = tm.add(
        tg.DataSource(
            "Manufacturer documentation portal",
            origin=tg.Origin.VENDOR,
            provides={manuals},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("O&M contractor", trust=tg.Trust.PARTNER):
    # The contractor's own ticketing system; the agent raises work orders in it.
    ticketing = tm.add(tg.ExternalService("Contractor ticketing system"))
    # Field technicians who attend the site and update tickets from a phone.
    technician = tm.add(tg.Actor("O&M field technician", role="contractor technician"))

with tm.boundary("Operations platform", trust=tg.Trust.INTERNAL):
    # The agent itself: reads alarms, diagnoses, acts and raises tickets.
    agent = tm.add(
        tg.Agent(
            "Inverter restart agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(note="stop button in the control-room console"),
                c.AuditLogging(),
            },
        )
    )
    # Read-only query of the historian for alarms and trends.
    alarm_tool = tm.add(tg.Tool("Alarm query tool", capabilities={"read"}))
    # Search over the manufacturer manuals.
    manual_tool = tm.add(tg.Tool("Manual search tool", capabilities={"read"}))
    # Sends restart and curtailment requests to the SCADA API.
    scada_tool = tm.add(
        tg.Tool(
            "SCADA control tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account limited to restart and curtail")},
        )
    )
    # Opens, reads and comments on tickets in the contractor's system.
    ticket_tool = tm.add(tg.Tool("Ticketing tool", capabilities={"read", "write", "send-messages"}))
    # Document store holding the manuals the agent searches.
    manual_store = tm.add(tg.DataStore("Manual document store", stores={manuals}))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # The engineer on shift who watches the agent and can stop it.
    engineer = tm.add(tg.Actor("Control-room engineer", role="operator", privileged=True))
    # Shows every agent action live and carries the stop button.
    console = tm.add(
        tg.Service(
            "Agent operations console",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

with tm.boundary("OT DMZ", trust=tg.Trust.RESTRICTED):
    # Time-series history of inverter telemetry and alarms.
    historian = tm.add(tg.DataStore("SCADA historian", stores={telemetry}))

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The SCADA system's API that issues commands to the inverters.
    scada_api = tm.add(
        tg.Endpoint(
            "SCADA API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="service account API key")},
        )
    )
    # The string and central inverters across the farm.
    inverters = tm.add(tg.Device("Inverter fleet", fleet=True))

# ---------------------------------------------------------------- flows
# plant telemetry and commands
tm.flow(inverters, scada_api, telemetry, protocol="modbus")
tm.flow(scada_api, inverters, scada_command, protocol="modbus")
tm.flow(scada_api, historian, telemetry, protocol="opc-ua")

# alarms
tm.flow(agent, alarm_tool, alarm_query)
tm.flow(alarm_tool, historian, alarm_query, protocol="https")
tm.flow(historian, alarm_tool, telemetry, protocol="https")
tm.flow(alarm_tool, agent, alarm_result)

# manuals
tm.flow(vendor_portal, manual_store, manuals, protocol="https", label="manual revisions")
tm.flow(agent, manual_tool, manual_query)
tm.flow(manual_tool, manual_store, manual_query)
tm.flow(manual_store, manual_tool, manual_excerpts)
tm.flow(manual_tool, agent, manual_excerpts)

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# acting on the plant
tm.flow(agent, scada_tool, control_call)
tm.flow(scada_tool, scada_api, scada_command, protocol="https")
tm.flow(scada_api, scada_tool, command_ack, protocol="https")
tm.flow(scada_tool, agent, command_ack)

# tickets with the contractor
tm.flow(agent, ticket_tool, ticket_call)
tm.flow(ticket_tool, ticketing, ticket, protocol="https")
tm.flow(ticketing, ticket_tool, ticket_update, protocol="https")
tm.flow(ticket_tool, agent, ticket_result)
tm.flow(ticketing, technician, ticket, protocol="https")
tm.flow(technician, ticketing, ticket_update, protocol="https")

# oversight
tm.flow(agent, console, action_log)
tm.flow(console, engineer, action_log, protocol="https")
tm.flow(engineer, console, stop, protocol="https")
tm.flow(console, agent, stop)
