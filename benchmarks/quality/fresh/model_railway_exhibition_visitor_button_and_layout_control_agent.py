"""Visitor-run trains at a club exhibition: the first design, before any security review.

At its annual exhibition a model railway club lets visitors run trains on its
large layout by pressing buttons on the layout fascia ("run the goods train",
"send the express"). An Arduino reads the buttons and passes presses over USB to
the club laptop, where a bridge debounces them and hands them to a scheduling
agent. The agent, an LLM agent using a hosted model over the hall's mobile
hotspot, decides which train runs next and sets routes and throttles through a
layout control tool that drives JMRI, which talks to the DCC command station.
Block occupancy detectors report where trains are. Operators in the operating
well can stop everything with an emergency stop panel wired to the booster, and
resume or drive by hand from JMRI. The tool only offers throttle, direction and
route commands; nobody's personal data is collected.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Exhibition layout visitor train control",
    profile=tg.RiskProfile.LOW,
    description="Visitors request trains with buttons; an LLM agent runs them via DCC.",
)

# ---------------------------------------------------------------- data assets
button_press = tg.Data("Visitor button press", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
run_request = tg.Data(
    "Train run request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Which button was pressed, and how many requests are queued.",
)
agent_prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the roster, queued requests and the current layout state.",
)
agent_plan = tg.Data(
    "Scheduling decision", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
layout_command = tg.Data(
    "Layout command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Set route, set throttle and direction for a locomotive address.",
)
layout_state = tg.Data(
    "Layout state",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Block occupancy, turnout positions and train locations from JMRI.",
)
dcc_commands = tg.Data(
    "DCC throttle and turnout commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
occupancy = tg.Data("Block occupancy readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
estop = tg.Data(
    "Emergency stop signal",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
manual_control = tg.Data(
    "Manual control and resume", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
roster = tg.Data(
    "Roster and route configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Locomotive addresses, which train each button means, allowed routes.",
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Exhibition hall public side", trust=tg.Trust.UNTRUSTED):
    # Members of the public, many of them children, at the front of the layout.
    visitor = tm.add(tg.Actor("Exhibition visitor", role="visitor"))
    # Arcade buttons on the fascia wired to an Arduino; reachable by anyone.
    buttons = tm.add(
        tg.Device(
            "Visitor button panel",
            fleet=False,
            description="Six buttons and an Arduino Nano, USB to the club laptop.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the scheduling agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Operating well", trust=tg.Trust.INTERNAL):
    # Club members running the layout behind the fascia.
    operator = tm.add(tg.Actor("Layout operator", role="club operator", privileged=True))
    # Mushroom buttons on the operators' side, wired into the booster's stop input.
    stop_panel = tm.add(tg.Device("Operator emergency stop panel", fleet=False))
    # Turns DCC commands into track power; the booster cuts power on stop or short.
    command_station = tm.add(
        tg.Device(
            "DCC command station",
            fleet=False,
            description="Command station and booster feeding the track.",
            controls={
                c.SafetyLimits(
                    limits="booster cuts track power on the stop loop or a short circuit",
                )
            },
        )
    )

    with tm.boundary("Club laptop", trust=tg.Trust.INTERNAL):
        # Debounces button presses and queues them as requests for the agent.
        bridge = tm.add(
            tg.Service(
                "Button event bridge",
                controls={c.RateLimiting(requests_per_minute=6, note="per button debounce")},
            )
        )
        # Decides which train runs next, on which route, given what is on the layout.
        agent = tm.add(
            tg.Agent(
                "Train scheduling agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Runs in a loop during show hours, one decision per request.",
            )
        )
        # The agent's only way to move things: wraps the JMRI JSON server.
        control_tool = tm.add(
            tg.Tool(
                "Layout control tool",
                capabilities={"read", "write"},
                controls={
                    c.LeastPrivilegeTools(
                        note="throttle, direction and route-set only; no decoder programming",
                    )
                },
            )
        )
        # JMRI: routes, turnouts, occupancy and the operators' manual panels.
        jmri = tm.add(tg.Service("JMRI layout server"))
        # What the trains and buttons are, edited by the club before the show.
        config = tm.add(tg.DataStore("Roster and route configuration", stores={roster}))
        # Kept so the club can see afterwards why a train did what it did.
        log_store = tm.add(tg.DataStore("Agent run log", stores={run_log}))

with tm.boundary("Layout", trust=tg.Trust.INTERNAL):
    # Decoders in the locomotives and turnout motors, addressed over the track.
    decoders = tm.add(tg.Device("Locomotive and turnout decoders", fleet=True))
    # Current-sensing detectors on each block, on the LocoNet bus.
    detectors = tm.add(tg.Device("Block occupancy detectors", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, buttons, button_press, label="presses a button on the panel")
tm.flow(buttons, bridge, button_press, protocol="usb")
tm.flow(bridge, agent, run_request, protocol="local")

tm.flow(config, agent, roster)
tm.flow(agent, llm, agent_prompt, protocol="https", label="via the hall mobile hotspot")
tm.flow(llm, agent, agent_plan, protocol="https")
tm.flow(agent, control_tool, layout_command, protocol="local")
tm.flow(control_tool, agent, layout_state, protocol="local")
tm.flow(agent, log_store, run_log)

tm.flow(control_tool, jmri, layout_command, protocol="ws", label="JMRI JSON server on localhost")
tm.flow(jmri, control_tool, layout_state, protocol="ws")
tm.flow(jmri, command_station, dcc_commands, protocol="usb", label="LocoNet over USB")
tm.flow(command_station, jmri, occupancy, protocol="usb")
tm.flow(detectors, command_station, occupancy, protocol="loconet")
tm.flow(command_station, decoders, dcc_commands, protocol="dcc", label="track signal")

tm.flow(operator, stop_panel, estop, label="on the panel")
tm.flow(stop_panel, command_station, estop, label="hard-wired stop loop")
tm.flow(operator, jmri, manual_control, label="JMRI panels on the laptop")
tm.flow(jmri, operator, layout_state, label="JMRI panels on the laptop")
tm.flow(operator, config, roster, label="edited before the show")
