"""River flood gate operator agent: the first design, before any security review.

The environment agency's flood incident room gets an LLM agent that helps duty
officers run the river flood gates. Remote gauge outstations report river levels
over cellular telemetry (DNP3 over the carrier's private APN) to the telemetry
system, which also takes the Met Office rainfall forecast and gate positions
from SCADA. The agent reads all of this through a read-only tool, reasons with a
hosted LLM and proposes gate movements with its reasons; once the duty officer
approves in the agent console, a gate tool sends the movement to SCADA, which
drives the gate PLC. The agent also drafts public flood warnings into the
warning service, where a forecaster signs them off before they go out by SMS.
Controls in this design: agency SSO with MFA for staff, officer approval of gate
moves, forecaster sign-off of warnings, the PLC's own travel limits and
interlocks, role-based access in SCADA and an audit log of the agent's actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River flood gate operator agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent proposing flood gate movements and drafting flood warnings.",
)

# ---------------------------------------------------------------- data assets
river_levels = tg.Data(
    "River level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall = tg.Data("Rainfall forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
gate_positions = tg.Data(
    "Gate positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_request = tg.Data("Operator request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_result = tg.Data(
    "Telemetry snapshot", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, operator request and the telemetry snapshot.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
proposal = tg.Data(
    "Gate movement proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which gate, to what opening, and the agent's reasons.",
)
officer_approval = tg.Data(
    "Duty officer approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
gate_command = tg.Data(
    "Gate movement command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_setpoint = tg.Data(
    "Gate position setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command_ack = tg.Data("SCADA command acknowledgement", kind="tool-result")
warning_draft_call = tg.Data("Warning draft request", kind="tool-call")
draft_warning = tg.Data(
    "Draft flood warning", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
signed_warning = tg.Data("Signed-off flood warning", kind="documents")
public_warning = tg.Data(
    "Public flood warning", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("River gauge sites", trust=tg.Trust.UNTRUSTED):
    # Unattended outstations on river banks, reporting over the public cellular network.
    gauges = tm.add(
        tg.Device(
            "River level gauge outstation",
            fleet=True,
            description="Pressure and radar level sensors with a cellular RTU modem.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and businesses who subscribe to flood warnings.
    public = tm.add(tg.Actor("Warning subscriber", role="member of the public"))

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # The national weather service's rainfall forecast feed.
    met_office = tm.add(
        tg.ExternalService("Met Office rainfall forecast API", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, hosted by a vendor under an enterprise contract.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Agency IT network", trust=tg.Trust.INTERNAL):
    # Duty officer in the flood incident room who asks the agent and approves gate moves.
    duty_officer = tm.add(tg.Actor("Duty officer", role="flood duty officer"))
    # Forecaster who signs off public warnings.
    forecaster = tm.add(tg.Actor("Flood forecaster", role="forecaster"))
    # The LLM agent: gathers telemetry, proposes gate moves, drafts warnings.
    agent = tm.add(
        tg.Agent(
            "Flood operations agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs behind the incident-room console; one session per duty shift.",
            controls={
                c.HumanInTheLoop(approver="duty officer"),
                c.Authentication(method="agency SSO with MFA"),
            },
        )
    )
    # Read-only access to levels, forecasts and gate positions for the agent.
    telemetry_tool = tm.add(
        tg.Tool(
            "Telemetry read tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only historian service account")},
        )
    )
    # Sends an approved gate movement to SCADA.
    gate_tool = tm.add(tg.Tool("Gate movement tool", capabilities={"write"}))
    # Writes the agent's draft warnings into the warning service's review queue.
    warning_tool = tm.add(tg.Tool("Warning drafting tool", capabilities={"write"}))
    # Agency service that holds drafts for sign-off and sends warnings to subscribers.
    warning_service = tm.add(
        tg.Service(
            "Public flood warning service",
            controls={
                c.HumanInTheLoop(approver="duty flood forecaster"),
                c.Authentication(method="agency SSO with MFA"),
            },
        )
    )
    # Record of every proposal, approval and command the agent handles.
    audit_log = tm.add(
        tg.DataStore(
            "Agent audit log",
            stores={agent_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Operational technology network", trust=tg.Trust.RESTRICTED):
        # Collects gauge telemetry, forecasts and gate positions into a historian.
        telemetry = tm.add(tg.Service("Telemetry system"))
        # Supervisory control of the gates, with operator roles.
        scada = tm.add(tg.Service("SCADA system", controls={c.RBAC()}))
        # Drives the gate motors at each flood gate structure.
        gate_plc = tm.add(
            tg.Service(
                "Gate PLC",
                controls={
                    c.SafetyLimits(
                        limits="end-of-travel limits, maximum gate speed and interlocks in PLC logic"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# telemetry in
tm.flow(
    gauges, telemetry, river_levels, protocol="dnp3", label="cellular telemetry via carrier APN"
)
tm.flow(met_office, telemetry, rainfall, protocol="https")
tm.flow(gate_plc, scada, gate_positions, protocol="modbus")
tm.flow(scada, telemetry, gate_positions, protocol="opc-ua")

# the agent gathers the picture
tm.flow(duty_officer, agent, operator_request, protocol="https")
tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, telemetry, telemetry_query, protocol="https")
tm.flow(telemetry, telemetry_tool, river_levels, rainfall, gate_positions, protocol="https")
tm.flow(telemetry_tool, agent, telemetry_result)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# proposal, approval and gate movement
tm.flow(agent, duty_officer, proposal, protocol="https")
tm.flow(duty_officer, agent, officer_approval, protocol="https")
tm.flow(agent, gate_tool, gate_command)
tm.flow(gate_tool, scada, gate_command, protocol="opc-ua")
tm.flow(scada, gate_tool, command_ack, protocol="opc-ua")
tm.flow(gate_tool, agent, command_ack)
tm.flow(scada, gate_plc, gate_setpoint, protocol="modbus")

# flood warnings
tm.flow(agent, warning_tool, warning_draft_call)
tm.flow(warning_tool, warning_service, draft_warning, protocol="https")
tm.flow(warning_service, forecaster, draft_warning, protocol="https")
tm.flow(forecaster, warning_service, signed_warning, protocol="https")
tm.flow(warning_service, public, public_warning, protocol="sms")

# audit
tm.flow(agent, audit_log, agent_log)
