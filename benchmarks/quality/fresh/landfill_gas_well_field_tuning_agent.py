"""Landfill gas well-field tuning agent: the first design, before any security review.

The landfill's gas collection wells are tuned by hand today. This design adds an
LLM agent, run in the operator's cloud account, that reads the latest wellhead
readings (methane, oxygen, balance gas, temperature, vacuum) from the SCADA
historian, the weather forecast from a public weather API and the permit limits
kept in a compliance register, and proposes valve adjustments per well. The
agent's reasoning is done by a hosted LLM reached over HTTPS.
A landfill gas engineer reviews each proposal in a web console (company SSO with
MFA, role-based access) and approves or rejects it; only approved adjustments
are passed by the valve adjustment tool to the SCADA master station in the site
control room, which sends them as DNP3 setpoints to the wellhead controllers over
the carrier's private-APN cellular network. Field technicians also upload monthly
manual readings from portable gas analysers. Agent runs are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Landfill gas well-field tuning agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent proposing gas-well valve adjustments from SCADA readings, weather and "
        "permit limits; approved adjustments go to wellhead controllers over cellular SCADA."
    ),
)

# ---------------------------------------------------------------- data assets
well_readings = tg.Data(
    "Wellhead gas readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="CH4, CO2, O2, balance gas, temperature, static and applied vacuum, flow.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
manual_readings = tg.Data(
    "Manual monitoring readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monthly portable gas-analyser readings that go into compliance reports.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
permit_limits = tg.Data(
    "Permit and compliance limits",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Oxygen, temperature and negative-pressure limits per well, from the permit.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_query = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
readings_query = tg.Data("Readings query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, well readings, limits, forecast and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
proposals = tg.Data(
    "Proposed valve adjustments",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-well valve position changes with the agent's rationale.",
)
approval = tg.Data("Engineer approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
adjustment_call = tg.Data(
    "Valve adjustment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Valve setpoint commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public forecast service: rain and barometric pressure change how the wells behave.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial weather API, hourly forecast for the site.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent: a general-purpose hosted LLM.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completions API with tool calling.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Where the engineer reviews proposals and approves or rejects them.
    console = tm.add(
        tg.Endpoint(
            "Tuning review console",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing each proposal with readings and rationale.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only landfill gas engineers may approve"),
            },
        )
    )
    # The LLM agent that proposes the valve adjustments.
    agent = tm.add(
        tg.Agent(
            "Well-field tuning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every morning and on demand; proposes per-well valve changes.",
            controls={
                c.HumanInTheLoop(approver="landfill gas engineer"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only access to the historian for the agent.
    readings_tool = tm.add(
        tg.Tool(
            "Well readings tool",
            capabilities={"read"},
            description="Queries recent readings per well from the SCADA historian.",
        )
    )
    # The only path from the agent to the plant: sends approved adjustments to SCADA.
    valve_tool = tm.add(
        tg.Tool(
            "Valve adjustment tool",
            capabilities={"write"},
            description="Writes a valve position setpoint for one well to the SCADA master.",
        )
    )
    # Permit limits the agent must keep each well within.
    compliance = tm.add(
        tg.DataStore(
            "Compliance limits register",
            stores={permit_limits},
            description="Maintained by the environmental compliance team.",
        )
    )
    # Proposals, decisions and agent traces, kept for audit and regulators.
    proposal_store = tm.add(
        tg.DataStore("Proposal and run log store", stores={proposals, approval, run_log})
    )

with tm.boundary("Site control room", trust=tg.Trust.INTERNAL):
    # Polls the wellhead controllers and writes setpoints to them.
    scada = tm.add(
        tg.Service(
            "SCADA master station",
            description="Polls the wellhead controllers over cellular and sends setpoints.",
        )
    )
    # Time-series store of every reading, automatic and manual.
    historian = tm.add(tg.DataStore("SCADA historian", stores={well_readings, manual_readings}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves proposals and keeps the permit limits up to date.
    engineer = tm.add(tg.Actor("Landfill gas engineer", role="engineer", privileged=True))

with tm.boundary("Well field cellular network", trust=tg.Trust.PARTNER):
    # Automated wellheads with actuated valves, reached through the carrier's private APN.
    wellheads = tm.add(
        tg.Device(
            "Wellhead valve controllers",
            fleet=True,
            description="About 120 solar-powered wellhead controllers with cellular modems.",
        )
    )
    # Takes the monthly manual readings with a portable gas analyser and field tablet.
    technician = tm.add(tg.Actor("Well-field technician", role="field technician"))

# ---------------------------------------------------------------- flows
# Field to historian
tm.flow(wellheads, scada, well_readings, protocol="dnp3", label="polled readings")
tm.flow(scada, historian, well_readings)
tm.flow(technician, historian, manual_readings, protocol="https", label="field tablet upload")

# Agent gathers its inputs
tm.flow(agent, readings_tool, readings_query)
tm.flow(readings_tool, historian, readings_query)
tm.flow(historian, readings_tool, well_readings, manual_readings)
tm.flow(readings_tool, agent, well_readings, manual_readings)
tm.flow(compliance, agent, permit_limits)
tm.flow(agent, weather, forecast_query, protocol="https")
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Review and approval
tm.flow(agent, proposal_store, proposals, run_log)
tm.flow(proposal_store, console, proposals)
tm.flow(console, engineer, proposals, protocol="https")
tm.flow(engineer, console, approval, protocol="https")
tm.flow(console, proposal_store, approval)
tm.flow(console, agent, approval, label="approved proposals")
tm.flow(engineer, compliance, permit_limits, protocol="https", label="maintains limits")

# Approved adjustments to the wells
tm.flow(agent, valve_tool, adjustment_call)
tm.flow(valve_tool, scada, setpoints, protocol="https")
tm.flow(scada, valve_tool, well_readings, protocol="https", label="write acknowledgement")
tm.flow(scada, wellheads, setpoints, protocol="dnp3", label="setpoint writes")
