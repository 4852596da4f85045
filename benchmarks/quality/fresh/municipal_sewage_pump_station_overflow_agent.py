"""Sewage pump station overflow agent: storm support for the wastewater control room.

During storms, control room operators at a water company watch hundreds of sewage pump
stations. An LLM agent in the operations analytics zone reads station wet-well levels
and Met Office rainfall radar from the SCADA historian, runs an in-house overflow
forecast model, and tells operators which stations to pump down first. It can change
pump start and stop levels through the SCADA server's API: small changes within a
configured band go ahead directly, larger ones wait for an operator's approval in the
console. The SCADA server sends setpoints to the station RTUs over DNP3 telemetry;
each station keeps its hardwired high-level float that starts the pumps whatever the
setpoint. A scheduled reporter sends overflow (spill) events from the historian to the
environmental regulator's portal. The agent uses a hosted LLM under the company's
cloud contract. Operators sign in with corporate SSO and MFA; agent tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sewage pump station overflow agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that predicts storm overflows, ranks pump-down priorities and "
        "adjusts pump setpoints within limits through SCADA."
    ),
)

# ---------------------------------------------------------------- data assets
operator_request = tg.Data("Operator question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Pump-down recommendations", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data(
    "Setpoint change approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Agent prompt with station context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Operator request, station levels, forecasts and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
historian_query = tg.Data("Historian query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
station_data = tg.Data(
    "Station levels and rainfall",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
radar = tg.Data("Rainfall radar", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast_input = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Overflow forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoint_call = tg.Data(
    "Setpoint change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint_command = tg.Data(
    "Pump setpoint command",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint_result = tg.Data(
    "Setpoint change result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
telemetry = tg.Data(
    "Station telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
spill_events = tg.Data(
    "Overflow event returns",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Wastewater control room operators on shift; they own decisions on larger changes.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Operations analytics zone", trust=tg.Trust.INTERNAL):
    # Web console where operators chat with the agent and approve larger changes.
    console = tm.add(
        tg.Endpoint(
            "Storm assistant console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="only control room operators and duty managers"),
            },
        )
    )
    # The LLM agent: reads data, calls the forecast model, proposes and makes changes.
    agent = tm.add(
        tg.Agent(
            "Overflow agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=365, note="every prompt and tool call")},
        )
    )
    # In-house overflow forecast model trained on historic levels and rainfall.
    forecaster = tm.add(
        tg.Model(
            "Overflow forecast model",
            task=tg.Task.REGRESSOR,
            description="Predicts time to spill per station for the next six hours.",
        )
    )
    # Read-only tool over the historian's query API.
    historian_tool = tm.add(tg.Tool("Historian query tool", capabilities={"read"}))
    # Tool that writes pump start/stop levels through the SCADA API.
    setpoint_tool = tm.add(
        tg.Tool(
            "Pump setpoint tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="start and stop levels only within each station's configured band"
                ),
                c.HumanInTheLoop(
                    approver="control room operator",
                    above="the station's configured band",
                    note="changes above the band wait for operator approval in the console",
                ),
            },
        )
    )
    # Scheduled job that reports spill events to the regulator.
    reporter = tm.add(tg.Service("Scheduled overflow event reporter"))

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # SCADA master station with an API for setpoint writes.
    scada = tm.add(
        tg.Service(
            "SCADA server",
            controls={c.Authentication(method="API key for the agent's service account")},
        )
    )
    # Historian holding station telemetry and ingested radar.
    historian = tm.add(tg.DataStore("SCADA historian", stores={station_data, telemetry, radar}))

with tm.boundary("Pump station sites", trust=tg.Trust.INTERNAL):
    # Outstation RTUs at hundreds of remote pump stations.
    rtus = tm.add(
        tg.Device(
            "Pump station RTU",
            fleet=True,
            controls={
                c.SafetyLimits(limits="hardwired high-level float starts the pumps regardless")
            },
        )
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # Hosted LLM under the company's enterprise cloud contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on prompts")},
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Licensed rainfall radar feed, ingested into the historian every five minutes.
    radar_feed = tm.add(tg.DataSource("Rainfall radar feed", origin="vendor", provides={radar}))

with tm.boundary("Environmental regulator", trust=tg.Trust.PARTNER):
    # The regulator's portal for event duration monitoring returns.
    regulator = tm.add(tg.ExternalService("Regulator overflow reporting portal"))

# ---------------------------------------------------------------- flows
tm.flow(operator, console, operator_request, approval, protocol="https")
tm.flow(console, operator, recommendation, protocol="https")
tm.flow(console, agent, operator_request)
tm.flow(agent, console, recommendation)
tm.flow(console, setpoint_tool, approval, label="operator approval for larger changes")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, historian_tool, historian_query)
tm.flow(historian_tool, agent, station_data)
tm.flow(historian_tool, historian, historian_query, protocol="https")
tm.flow(historian, historian_tool, station_data, protocol="https")

tm.flow(agent, forecaster, forecast_input)
tm.flow(forecaster, agent, forecast)

tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(setpoint_tool, scada, setpoint_command, protocol="https")
tm.flow(scada, setpoint_tool, setpoint_result, protocol="https")

tm.flow(scada, rtus, setpoint_command, protocol="dnp3")
tm.flow(rtus, scada, telemetry, protocol="dnp3")
tm.flow(scada, historian, telemetry)
tm.flow(radar_feed, historian, radar, protocol="https")

tm.flow(historian, reporter, spill_events, protocol="https")
tm.flow(reporter, regulator, spill_events, protocol="https")
