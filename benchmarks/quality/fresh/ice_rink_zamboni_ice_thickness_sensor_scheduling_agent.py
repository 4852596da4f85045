"""Ice rink resurfacing and chiller scheduling agent: the first design.

Wired probes set in the slab measure ice thickness and surface temperature; a plant
room gateway reads them and the chiller plant controller over Modbus and pushes the
readings to our cloud tenant over MQTT with TLS. An LLM agent, using a hosted model,
reads the readings, the session and hockey booking calendar from the booking
platform's API, and the operating limits the rink manager types into the rink
operations web app (temperature bands, latest resurfacing before each session). It
plans Zamboni resurfacing runs, which are published straight to the staff tablets,
and proposes chiller setpoint changes, which wait until the duty staff member
confirms them on a tablet before the gateway writes them to the chiller controller.
The chiller controller keeps its factory low-temperature cutout and pressure
interlocks. Staff and the manager sign in to the web app with their own e-mail and
password, with roles; the agent is not used for anything else.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice rink resurfacing and chiller scheduling agent",
    profile="high",
    description=(
        "An LLM agent schedules resurfacing and proposes chiller setpoint changes "
        "from ice sensor readings and the booking calendar; staff confirm chiller "
        "changes on a tablet."
    ),
)

# ---------------------------------------------------------------- data assets
ice_readings = tg.Data(
    "Ice thickness and temperature readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-probe ice thickness (mm) and surface temperature, every minute.",
)
chiller_status = tg.Data(
    "Chiller status readings",
    kind="records",
    description="Brine supply and return temperature, compressor state, current setpoint.",
)
calendar = tg.Data(
    "Session and booking calendar",
    kind="records",
    description="Public skate sessions, hockey bookings with club names, and their times.",
)
limits = tg.Data(
    "Operating limits",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Allowed brine setpoint band, maximum change per hour, resurfacing rules.",
)
prompt = tg.Data("Scheduling prompt", kind="prompt")
completion = tg.Data("Agent model completion", kind="model-output")
resurface_call = tg.Data("Resurfacing schedule call", kind="tool-call")
setpoint_call = tg.Data("Setpoint change request", kind="tool-call")
tool_result = tg.Data("Tool result", kind="tool-result")
schedule = tg.Data(
    "Resurfacing schedule",
    kind="records",
    description="Planned Zamboni runs between sessions, with the driver on shift.",
)
pending_change = tg.Data("Pending setpoint change", kind="records")
approval = tg.Data("Setpoint approval", kind="records")
confirmed_setpoint = tg.Data(
    "Confirmed chiller setpoint",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Rink plant room network", trust="internal"):
    # The in-slab probes that measure ice thickness and surface temperature.
    sensors = tm.add(
        tg.Device(
            "Ice thickness and temperature sensors",
            description="Wired probes embedded in the slab, on an RS-485 bus.",
        )
    )
    # The refrigeration plant's own controller; it runs the compressors and brine pumps.
    chiller = tm.add(
        tg.Device(
            "Chiller plant controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="factory brine low-temperature cutout and compressor "
                    "high/low pressure interlocks in the chiller PLC"
                )
            },
        )
    )
    # Polls the probes and the chiller, and relays readings and confirmed setpoints.
    gateway = tm.add(
        tg.Service(
            "Plant room gateway",
            description="Small industrial PC; Modbus master on the plant side, MQTT client to the cloud.",
        )
    )

with tm.boundary("Rink premises network", trust="internal"):
    # The duty staff member and Zamboni driver, who confirms chiller changes.
    staff = tm.add(tg.Actor("Rink duty staff", role="rink staff"))
    # The manager sets the operating limits the agent plans within.
    manager = tm.add(tg.Actor("Rink manager", role="manager"))
    # Shared tablets by the rink entrance and in the Zamboni room.
    tablet = tm.add(
        tg.Device(
            "Staff tablet",
            description="Shows resurfacing jobs and asks staff to confirm chiller changes.",
        )
    )

with tm.boundary("Rink cloud tenant", trust="internal"):
    # Time-series store of sensor and chiller readings.
    readings_store = tm.add(
        tg.DataStore("Rink readings store", stores={ice_readings, chiller_status})
    )
    # Holds the limits the manager sets.
    limits_store = tm.add(tg.DataStore("Operating limits settings", stores={limits}))
    # The LLM agent that plans resurfacing and chiller setpoints.
    agent = tm.add(
        tg.Agent(
            "Ice scheduling agent",
            autonomy="supervised",
            description="Runs every 15 minutes and when bookings change.",
        )
    )
    # Writes the resurfacing plan the staff tablets show.
    resurface_tool = tm.add(tg.Tool("Resurfacing schedule tool", capabilities={"read", "write"}))
    # Queues a chiller setpoint change for staff confirmation.
    setpoint_tool = tm.add(
        tg.Tool(
            "Chiller setpoint tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="duty rink staff member on the staff tablet")},
        )
    )
    # The resurfacing plan and the history of setpoint changes.
    schedule_store = tm.add(
        tg.DataStore("Resurfacing schedule store", stores={schedule, pending_change, approval})
    )
    # Web app for the manager and the tablets; relays confirmed setpoints to the plant.
    ops_app = tm.add(
        tg.Service(
            "Rink operations web app",
            internet_facing=True,
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.RBAC(note="only the manager role edits operating limits"),
            },
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Booking platform vendor", trust="partner"):
    # The SaaS booking system for public sessions and hockey ice time.
    bookings = tm.add(tg.ExternalService("Rink booking platform", provides="data-provider"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, ice_readings, protocol="modbus")
tm.flow(chiller, gateway, chiller_status, protocol="modbus")
tm.flow(gateway, chiller, confirmed_setpoint, protocol="modbus")
tm.flow(gateway, readings_store, ice_readings, chiller_status, protocol="mqtts")

tm.flow(readings_store, agent, ice_readings, chiller_status)
tm.flow(bookings, agent, calendar, protocol="https")
tm.flow(limits_store, agent, limits)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, resurface_tool, resurface_call)
tm.flow(resurface_tool, schedule_store, schedule)
tm.flow(resurface_tool, agent, tool_result)
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, schedule_store, pending_change)
tm.flow(setpoint_tool, agent, tool_result)

tm.flow(manager, ops_app, limits, protocol="https")
tm.flow(ops_app, limits_store, limits)
tm.flow(ops_app, manager, schedule, protocol="https")
tm.flow(schedule_store, ops_app, schedule, pending_change)
tm.flow(ops_app, tablet, schedule, pending_change, protocol="https")
tm.flow(tablet, staff, schedule, pending_change, label="shown on the tablet")
tm.flow(staff, tablet, approval, label="taps confirm on the touchscreen")
tm.flow(tablet, ops_app, approval, protocol="https")
tm.flow(ops_app, schedule_store, approval)
tm.flow(ops_app, gateway, confirmed_setpoint, protocol="mqtts")
