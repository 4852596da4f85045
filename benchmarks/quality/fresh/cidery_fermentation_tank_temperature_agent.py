"""Cidery fermentation temperature agent: the first design, before any security review.

A cider maker's fermentation tanks each have a glycol jacket driven by a tank
chiller controller, plus a temperature probe and a floating hydrometer. A small
edge gateway in the cellar collects the readings over MQTT and forwards them to a
telemetry database in the cidery's cloud account. An LLM agent there, using a
hosted model, reads the tank history and the cellar master's tasting and process
notes and proposes a fermentation temperature profile per tank. The cellar master
reviews each proposal in an approval web app (Google Workspace sign-in, every
decision logged); only after approval does the agent's setpoint tool send the new
setpoints to the edge gateway, which writes them to the tank controllers over
Modbus. The gateway connects out with its own device certificate over MQTT/TLS,
and the LLM API key sits in the cloud secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cidery fermentation temperature agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent proposing fermentation temperature profiles and, once the cellar "
    "master approves, setting the tank glycol chiller controllers.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tank sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Temperature, specific gravity and current setpoint per tank, every minute.",
)
notes = tg.Data(
    "Cellar master notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tasting notes, yeast and juice details, process know-how.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
proposal = tg.Data(
    "Proposed temperature profile",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-tank temperature steps over the coming days, with the agent's reasoning.",
)
approval = tg.Data("Cellar master approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Tank setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cidery site network", trust=tg.Trust.INTERNAL):
    # Decides fermentation profiles; uses a tablet in the cellar or the office PC.
    cellar_master = tm.add(tg.Actor("Cellar master", role="cellar master"))

    with tm.boundary("Cellar OT network", trust=tg.Trust.INTERNAL):
        # Probes and floating hydrometers in each tank.
        sensors = tm.add(tg.Device("Tank temperature probes and hydrometers", fleet=True))
        # One controller per tank opening the glycol valve to hold the setpoint.
        controllers = tm.add(
            tg.Device(
                "Tank glycol chiller controllers",
                fleet=True,
                description="Per-tank controllers on the glycol loop, set over Modbus TCP.",
            )
        )
        # Small Linux box bridging the cellar network to the cloud.
        gateway = tm.add(
            tg.Service(
                "Cellar edge gateway",
                description="Collects sensor MQTT messages and writes setpoints to the controllers.",
            )
        )

with tm.boundary("Cidery cloud account", trust=tg.Trust.INTERNAL):
    # Time series of every tank's readings.
    telemetry_db = tm.add(tg.DataStore("Telemetry database", stores={readings}))
    # The cellar master's notes, kept per batch.
    notes_store = tm.add(tg.DataStore("Cellar notes store", stores={notes}))
    # The LLM agent: reads tanks and notes, proposes profiles, applies approved ones.
    agent = tm.add(
        tg.Agent(
            "Fermentation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the cellar master"),
                c.SecretsManagement(note="LLM API key in the cloud secrets manager"),
            },
        )
    )
    # Reads recent readings for a tank.
    history_tool = tm.add(tg.Tool("Tank history tool", capabilities={"read"}))
    # Reads the notes for a batch.
    notes_tool = tm.add(tg.Tool("Cellar notes tool", capabilities={"read"}))
    # Sends approved setpoints to the gateway.
    setpoint_tool = tm.add(tg.Tool("Setpoint tool", capabilities={"write"}))
    # Where the cellar master writes notes and approves or rejects proposals.
    approval_app = tm.add(
        tg.Endpoint(
            "Approval web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in"),
                c.AuditLogging(retention_days=365, note="who approved which profile, when"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Telemetry
tm.flow(sensors, gateway, readings, protocol="mqtt")
tm.flow(controllers, gateway, readings, protocol="modbus", label="current temperature and setpoint")
tm.flow(
    gateway,
    telemetry_db,
    readings,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-device X.509 certificate")},
)

# Notes
tm.flow(cellar_master, approval_app, notes, protocol="https", label="writes notes")
tm.flow(approval_app, notes_store, notes)

# Agent reasoning
tm.flow(agent, history_tool, tool_call)
tm.flow(telemetry_db, history_tool, readings)
tm.flow(history_tool, agent, tool_result)
tm.flow(agent, notes_tool, tool_call)
tm.flow(notes_store, notes_tool, notes)
tm.flow(notes_tool, agent, tool_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Approval
tm.flow(agent, approval_app, proposal)
tm.flow(approval_app, cellar_master, proposal, protocol="https")
tm.flow(cellar_master, approval_app, approval, protocol="https", label="approves or rejects")
tm.flow(approval_app, agent, approval)

# Actuation
tm.flow(agent, setpoint_tool, tool_call, setpoints)
tm.flow(setpoint_tool, agent, tool_result)
tm.flow(
    setpoint_tool,
    gateway,
    setpoints,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-device X.509 certificate")},
)
tm.flow(gateway, controllers, setpoints, protocol="modbus")
