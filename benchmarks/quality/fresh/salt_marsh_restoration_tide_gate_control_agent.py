"""Salt marsh tide gate control agent: the first design, before any security review.

The wildlife trust's restored salt marsh is flooded and drained through two sluice
tide gates in the old sea wall. An LLM agent running in the trust's cloud tenancy
decides every half hour whether to open, close or part-open each gate. It reads
tide predictions from a subscribed tide API, water levels that the sluice-house PLC
relays over a cellular link, the nesting survey records volunteers submit through a
survey app, and the operating limits and seasonal guidance the reserve warden writes
in a web console. A hosted LLM does the reasoning; the agent acts through a gate
command tool that sends setpoints to the PLC and logs every decision.
The warden signs in to the console with the trust's Microsoft 365 account and MFA;
volunteers sign in to the survey app with e-mail and password. The PLC keeps its
own flood interlock and actuator end-stops whatever it is sent. The warden's
limits are given to the agent with each plan; the gate tool does not re-check them.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Salt marsh tide gate control agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that operates the sluice tide gates of a restored salt marsh from "
        "tide predictions, water levels and nesting surveys, within the warden's limits."
    ),
)

# ---------------------------------------------------------------- data assets
tide_query = tg.Data(
    "Tide prediction request",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Station id and time window.",
)
tide_predictions = tg.Data(
    "Tide predictions",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Predicted high and low water times and heights for the nearest port.",
)
water_levels = tg.Data(
    "Water level readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Seaward channel and marsh-side levels from the pressure transducers.",
)
gate_status = tg.Data(
    "Gate position and status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
survey_records = tg.Data(
    "Nesting survey records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Nest locations, species, egg heights above the marsh surface and free-text "
        "notes from volunteer surveyors; locations of protected species are not published."
    ),
)
operating_limits = tg.Data(
    "Warden operating limits",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description=(
        "Minimum and maximum marsh water levels, seasonal windows, and plain-language "
        "guidance to the agent for the nesting season."
    ),
)
agent_prompt = tg.Data(
    "Agent planning prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt"
)
llm_reply = tg.Data(
    "LLM plan and tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
gate_command = tg.Data(
    "Gate command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open, close or set a gate to a percentage opening, with a reason.",
)
gate_result = tg.Data(
    "Gate command result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
gate_setpoint = tg.Data(
    "Gate setpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoint_ack = tg.Data(
    "Setpoint acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
operations_log = tg.Data(
    "Gate operations log",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="logs",
    description="Each plan, the inputs it used, the commands sent and their results.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The warden works from the reserve office and from a phone out on the marsh.
    warden = tm.add(tg.Actor("Reserve warden", role="warden", privileged=True))
    # Volunteers record nests on weekly walks of the marsh.
    surveyor = tm.add(tg.Actor("Volunteer surveyor", role="volunteer"))

with tm.boundary("Tide data provider", trust=tg.Trust.PARTNER):
    # A subscribed tide prediction API: the agent plans gate moves around high water.
    tide_api = tm.add(
        tg.ExternalService(
            "Tide prediction API",
            provides="data-provider",
            description="Harmonic tide predictions for standard and secondary ports.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reasons over tides, levels, nests and the warden's guidance.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with tool calling, behind the vendor's API.",
        )
    )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the warden sets limits and watches what the gates are doing.
    console = tm.add(
        tg.Endpoint(
            "Warden console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
            description="Web app for operating limits, gate status and the operations log.",
        )
    )
    # Volunteers submit nest records from their phones.
    survey_app = tm.add(
        tg.Endpoint(
            "Nesting survey app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="volunteer e-mail and password")},
        )
    )
    # Survey records the agent and the warden both read.
    survey_db = tm.add(tg.DataStore("Nesting survey database", stores={survey_records}))
    # The warden's limits and seasonal guidance, read by the agent at every plan.
    limits_store = tm.add(tg.DataStore("Operating limits settings", stores={operating_limits}))
    # Receives PLC telemetry over the cellular link.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest service",
            description="MQTT broker and writer into the time-series store.",
        )
    )
    # Time series of levels and gate positions.
    readings_store = tm.add(
        tg.DataStore("Water level time-series store", stores={water_levels, gate_status})
    )
    # The decision maker: plans gate moves every half hour and on level alarms.
    agent = tm.add(
        tg.Agent(
            "Tide gate agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(retention_days=730)},
            description="Builds a plan from tides, levels, nests and limits; calls the gate tool.",
        )
    )
    # The agent's only way to move the gates.
    gate_tool = tm.add(
        tg.Tool(
            "Gate command tool",
            capabilities={"read", "write"},
            origin="first-party",
            description="Sends a setpoint for one gate to the sluice PLC and returns its answer.",
        )
    )
    # Decisions and commands, for the warden and for the trust's consent reporting.
    ops_log = tm.add(tg.DataStore("Gate operations log store", stores={operations_log}))

with tm.boundary("Sluice house", trust=tg.Trust.INTERNAL):
    # Pressure transducers on both sides of the sea wall.
    sensors = tm.add(tg.Device("Water level sensors", fleet=True))
    # Drives the gate actuators and relays telemetry through a cellular router.
    plc = tm.add(
        tg.Device(
            "Sluice gate PLC",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits=(
                        "PLC closes both gates when the seaward level exceeds the flood "
                        "defence threshold; actuator end-stops and limit switches"
                    )
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# People
tm.flow(warden, console, operating_limits, protocol="https", label="sets limits")
tm.flow(
    console, warden, gate_status, water_levels, operations_log, survey_records, protocol="https"
)
tm.flow(console, limits_store, operating_limits)
tm.flow(limits_store, console, operating_limits)
tm.flow(readings_store, console, water_levels, gate_status)
tm.flow(ops_log, console, operations_log)
tm.flow(survey_db, console, survey_records)

tm.flow(surveyor, survey_app, survey_records, protocol="https")
tm.flow(survey_app, surveyor, survey_records, protocol="https", label="own past records")
tm.flow(survey_app, survey_db, survey_records)
tm.flow(survey_db, survey_app, survey_records)

# Site telemetry
tm.flow(sensors, plc, water_levels, protocol="modbus")
tm.flow(plc, ingest, water_levels, gate_status, protocol="mqtts", label="cellular link")
tm.flow(ingest, readings_store, water_levels, gate_status)

# Agent inputs
tm.flow(agent, tide_api, tide_query, protocol="https")
tm.flow(tide_api, agent, tide_predictions, protocol="https")
tm.flow(readings_store, agent, water_levels, gate_status)
tm.flow(survey_db, agent, survey_records)
tm.flow(limits_store, agent, operating_limits)

# Reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# Acting
tm.flow(agent, gate_tool, gate_command)
tm.flow(gate_tool, agent, gate_result)
tm.flow(gate_tool, plc, gate_setpoint, protocol="mqtts", label="cellular link")
tm.flow(plc, gate_tool, setpoint_ack, protocol="mqtts", label="cellular link")
tm.flow(agent, ops_log, operations_log)
