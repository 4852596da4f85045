"""Haunted house attraction: scare-actor cueing and crowd-density agent (first design).

A seasonal walk-through haunted house wants its scares paced to the crowd. An LLM
agent on the show-control server reads people-counting crowd-density sensors in
each corridor, asks a hosted LLM for the next cues given the scene script, and then
acts on its own during the show: it speaks cues to scare actors through their
in-ear radio packs and triggers effects (fog machines, strobe rooms and a drop
floor) through the show controller. A show operator in the control booth watches a
dashboard on the venue LAN (shared booth PIN) and can pause the agent or override
effects. Guests and staff can hit panic buttons along the route; these are wired
into the show controller's stop loop, which kills all effects and brings up the
work lights. The agent logs its cues, calls the LLM over HTTPS, and its effect
tool only accepts effect ids from the cue library. Show-LAN traffic (MQTT, OSC,
DMX, Modbus, HTTP) is unencrypted.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Haunted house scare-cue and crowd-density agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent paces scares to crowd density: it cues scare actors by earpiece "
        "and triggers fog, strobe and drop-floor effects during the show."
    ),
)

# ---------------------------------------------------------------- data assets
density = tg.Data(
    "Corridor crowd density readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="People count per corridor zone every few seconds.",
)
panic = tg.Data(
    "Panic stop signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
script = tg.Data(
    "Scene scripts and cue library",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-room scare scripts, actor lines and the list of allowed effect ids.",
)
cue_prompt = tg.Data(
    "Cue planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scene script, current densities and recent cues.",
)
cue_plan = tg.Data("Cue plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
actor_cue = tg.Data("Actor cue request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
cue_audio = tg.Data("Earpiece cue audio", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
effect_req = tg.Data(
    "Effect trigger request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
effect_cmd = tg.Data(
    "Effect trigger command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
output_cmd = tg.Data(
    "Effect output commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
show_state = tg.Data("Show state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Operator pause and override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
show_log = tg.Data("Show cue and effect log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Guest route", trust=tg.Trust.UNTRUSTED):
    # Paying visitors walking the corridors; they can press a panic button.
    guest = tm.add(tg.Actor("Guest", role="visitor"))

with tm.boundary("Backstage", trust=tg.Trust.INTERNAL):
    # Seasonal scare actors in hidden positions, listening to cues on in-ear packs.
    scare_actor = tm.add(tg.Actor("Scare actor", role="seasonal performer"))

with tm.boundary("Control booth", trust=tg.Trust.INTERNAL):
    # Runs the show night; can pause the agent and override effects.
    operator = tm.add(tg.Actor("Show operator", role="show operator", privileged=True))

with tm.boundary("Show control network", trust=tg.Trust.INTERNAL):
    # Ceiling-mounted people counters, one per corridor zone.
    sensors = tm.add(
        tg.Device(
            "Corridor crowd density sensors", fleet=True, description="Thermal people counters."
        )
    )
    # Mushroom buttons along the route and at every scare position.
    panic_buttons = tm.add(tg.Device("Panic buttons", fleet=True))
    # The LLM agent that decides when and where to scare.
    agent = tm.add(
        tg.Agent(
            "Scare director agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs on the show-control server; cues actors and effects during the show.",
            controls=[
                tg.controls.CircuitBreaker(
                    note="pause switch on the operator dashboard stops all cueing"
                ),
                tg.controls.AuditLogging(retention_days=30),
            ],
        )
    )
    # Speaks a cue to one scare actor through text-to-speech into the IEM transmitter.
    cue_tool = tm.add(
        tg.Tool(
            "Actor cue tool",
            capabilities={"send-messages"},
            description="Text-to-speech cue into the actor's earpiece channel.",
        )
    )
    # UHF in-ear monitor transmitter rack, one channel per scare position.
    transmitter = tm.add(tg.Device("Earpiece radio transmitter", fleet=False))
    # Fires an effect by id through the show controller.
    effects_tool = tm.add(
        tg.Tool(
            "Effect trigger tool",
            capabilities={"write"},
            controls=[tg.controls.InputValidation(note="effect id must be in the cue library")],
        )
    )
    # The show control system that actually drives the effect hardware.
    show_controller = tm.add(
        tg.Service(
            "Show controller",
            controls=[
                tg.controls.SafetyLimits(
                    limits="hardwired panic stop loop cuts fog, strobe and drop-floor outputs "
                    "and raises the work lights"
                )
            ],
        )
    )
    # Fog machines and strobe heads in the effect rooms.
    fog_strobe = tm.add(tg.Device("Fog machines and strobes", fleet=True))
    # Pneumatic floor section that drops a few centimetres under the guests.
    drop_floor = tm.add(tg.Device("Drop floor actuator", fleet=False))
    # Scene scripts and the allowed cues and effects, edited before the season.
    cue_library = tm.add(tg.DataStore("Scene script and cue library", stores={script}))
    # What was cued and fired, for the post-show debrief.
    log_store = tm.add(tg.DataStore("Show log", stores={show_log}))
    # Booth web UI: live densities, recent cues, pause and override buttons.
    dashboard = tm.add(
        tg.Service(
            "Operator dashboard",
            controls=[tg.controls.Authentication(method="shared control-booth PIN")],
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(sensors, agent, density, protocol="mqtt")
tm.flow(cue_library, agent, script)
tm.flow(agent, llm, cue_prompt, protocol="https")
tm.flow(llm, agent, cue_plan, protocol="https")

tm.flow(agent, cue_tool, actor_cue)
tm.flow(cue_tool, agent, tool_result)
tm.flow(cue_tool, transmitter, cue_audio, protocol="dante")
tm.flow(transmitter, scare_actor, cue_audio, protocol="uhf")

tm.flow(agent, effects_tool, effect_req)
tm.flow(effects_tool, agent, tool_result)
tm.flow(cue_library, effects_tool, script, label="allowed effect ids")
tm.flow(effects_tool, show_controller, effect_cmd, protocol="osc")
tm.flow(show_controller, fog_strobe, output_cmd, protocol="dmx")
tm.flow(show_controller, drop_floor, output_cmd, protocol="modbus")
tm.flow(show_controller, agent, show_state, protocol="osc")

tm.flow(guest, panic_buttons, panic, label="pressed by hand")
tm.flow(scare_actor, panic_buttons, panic, label="pressed by hand")
tm.flow(panic_buttons, show_controller, panic, label="hardwired stop loop")

tm.flow(agent, log_store, show_log)
tm.flow(agent, dashboard, density, show_state, protocol="http")
tm.flow(log_store, dashboard, show_log)
tm.flow(dashboard, operator, show_state, density, show_log, protocol="http")
tm.flow(operator, dashboard, override, protocol="http")
tm.flow(dashboard, agent, override, protocol="http", label="pause")
tm.flow(dashboard, show_controller, override, protocol="osc")
