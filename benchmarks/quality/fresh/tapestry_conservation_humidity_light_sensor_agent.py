"""Tapestry conservation agent: the first design, before any security review.

A historic house open to visitors hangs fragile tapestries in rooms with south
and west windows. Wireless loggers in each room report relative humidity,
temperature and light (lux and UV), and beam counters at the doorways count
visitors. An on-site gateway forwards the readings to the heritage trust's cloud
tenancy. Every fifteen minutes an LLM agent reads the latest readings, the visitor
counts and the conservator's per-room limits, asks a hosted language model what to
do, closes or reopens window blinds through the building management system (BMS)
and texts the conservator when a room drifts out of its limits. The agent acts on
the blinds without asking anyone; a step limit stops runaway runs and every tool
call is logged. The blind tool's BMS account can write blind points only, staff
sign in with the trust's SSO and MFA, and facilities staff can still override
the blinds by hand from the BMS workstation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tapestry conservation agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM agent that keeps tapestry rooms within light and humidity limits by "
        "closing blinds through the BMS and alerting the conservator."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Room environment readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Relative humidity, temperature, lux and UV per room, every five minutes.",
)
visitor_counts = tg.Data(
    "Visitor counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Anonymous doorway beam-break counts per room.",
)
limits = tg.Data(
    "Room conservation limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-room lux, UV and RH bands and annual light budgets set by the conservator.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, current readings, counts, limits and blind positions.",
)
completion = tg.Data(
    "Model reply with tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
blind_call = tg.Data("Blind command", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
blind_status = tg.Data("Blind positions", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
motor_command = tg.Data("Blind motor setpoint", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Manual blind override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert_call = tg.Data(
    "Conservator alert request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
alert_text = tg.Data(
    "Conservator alert text message",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room, reading, limit breached and what the agent did.",
)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Historic house site network", trust=tg.Trust.INTERNAL):
    # Battery loggers on the walls of each tapestry room.
    env_sensors = tm.add(
        tg.Device(
            "Room environment sensors",
            description="Wireless RH, temperature, lux and UV loggers, one or two per room.",
        )
    )
    # Infra-red beam counters over the doorways of the show rooms.
    counters = tm.add(tg.Device("Doorway visitor counters"))
    # Receives the radio readings and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Sensor gateway",
            description="On-site radio gateway publishing readings to the cloud broker.",
        )
    )
    # Maintains the building plant; can drive the blinds by hand.
    facilities = tm.add(tg.Actor("Facilities manager", role="facilities staff", privileged=True))

    with tm.boundary("Building control network", trust=tg.Trust.INTERNAL):
        # The house's existing BMS supervisor, reached from the cloud over the site VPN.
        bms = tm.add(
            tg.Service(
                "Building management system",
                description="BMS supervisor that drives the blind motors and reports their positions.",
            )
        )
        # Motorised blinds on the tapestry-room windows.
        motors = tm.add(tg.Device("Blind motor actuators"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Time-series database of every reading and count.
    readings_db = tm.add(
        tg.DataStore("Readings database", stores={readings, visitor_counts, action_log})
    )
    # The conservator's limits for each room.
    limits_store = tm.add(
        tg.DataStore(
            "Conservation guidelines store",
            stores={limits},
            controls={c.RBAC(note="only the conservation team may edit limits")},
        )
    )
    # Decides what to do each cycle and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Conservation agent",
            autonomy="autonomous",
            description="Runs every fifteen minutes; closes blinds and alerts without approval.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every tool call and model reply written to the action log"),
            },
        )
    )
    # Sends blind open/close commands to the BMS API.
    blind_tool = tm.add(
        tg.Tool(
            "Blind control tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="BMS API account limited to the blind position points")
            },
        )
    )
    # Sends a text message to the duty conservator.
    alert_tool = tm.add(tg.Tool("Conservator alert tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted language model", origin="third-party-api"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway used for the alerts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Sets the room limits and responds to alerts.
    conservator = tm.add(tg.Actor("Conservator", role="collections conservator"))

# ---------------------------------------------------------------- flows
# readings in
tm.flow(env_sensors, gateway, readings, protocol="lorawan")
tm.flow(counters, gateway, visitor_counts, protocol="lorawan")
tm.flow(gateway, readings_db, readings, visitor_counts, protocol="mqtts")
tm.flow(
    conservator,
    limits_store,
    limits,
    protocol="https",
    controls={c.Authentication(method="trust SSO (Entra ID) with MFA")},
)

# each agent cycle
tm.flow(readings_db, agent, readings, visitor_counts, label="every fifteen minutes")
tm.flow(limits_store, agent, limits)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, readings_db, action_log)

# blinds
tm.flow(agent, blind_tool, blind_call)
tm.flow(blind_tool, agent, blind_status)
tm.flow(blind_tool, bms, blind_call, protocol="https", label="BMS REST API over site VPN")
tm.flow(bms, blind_tool, blind_status, protocol="https")
tm.flow(bms, motors, motor_command, protocol="bacnet")
tm.flow(motors, bms, blind_status, protocol="bacnet")
tm.flow(facilities, bms, override, label="on the BMS workstation panel")
tm.flow(bms, facilities, blind_status, label="on the BMS workstation panel")

# alerts
tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, sms, alert_text, protocol="https")
tm.flow(sms, conservator, alert_text, protocol="sms")
