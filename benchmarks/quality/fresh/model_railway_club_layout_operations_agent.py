"""Model railway club layout operations agent: the first design.

The club takes its large DCC layout to exhibitions. Operators standing at the
layout speak commands ("run the 08:15 stopper to platform 2", "set points 14
reverse") into a push-to-talk web app on their phones over the club's own
Wi-Fi. A control laptop at the layout transcribes the audio with an open-weights
speech-to-text model and hands the text to an LLM agent (a hosted model behind
a vendor API, reached over the hall's internet). The agent looks up the track
plan in the club's layout database and the live block occupancy and point
settings, warns of conflicting routes, and sends loco and point commands to the
DCC command station over its USB interface. Visitors can type questions about
the layout on a public touchscreen in front of it, answered by the same agent.
Controls: a shared operator PIN on the voice app, a rate limit and length cap
on the visitor screen, a schema check in the DCC tool, and the command
station's overcurrent cut-out and emergency stop.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Model railway club layout operations agent",
    profile=tg.RiskProfile.LOW,
    description="Voice-driven LLM agent that runs trains and points on an exhibition layout.",
)

# ---------------------------------------------------------------- data assets
spoken_command = tg.Data("Operator spoken command", kind="media", sensitivity="internal")
command_text = tg.Data("Operator command transcript", kind="prompt", sensitivity="internal")
operator_reply = tg.Data(
    "Agent reply and conflict warnings", kind="model-output", sensitivity="internal"
)
visitor_question = tg.Data("Visitor question", kind="prompt", sensitivity="public")
visitor_answer = tg.Data("Answer to visitor", kind="model-output", sensitivity="public")
llm_prompt = tg.Data(
    "Agent prompt with layout context",
    kind="prompt",
    sensitivity="internal",
    description="System prompt, the command or question, and the layout state so far.",
)
llm_completion = tg.Data("LLM completion and tool calls", kind="model-output")
state_query = tg.Data("Layout state query", kind="tool-call")
layout_state = tg.Data(
    "Layout state",
    kind="tool-result",
    description="Track plan excerpt, block occupancy and current point settings.",
)
track_plan = tg.Data(
    "Track plan and loco roster",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dcc_request = tg.Data("DCC command request", kind="tool-call")
dcc_result = tg.Data("DCC command result", kind="tool-result")
dcc_commands = tg.Data(
    "DCC loco and point commands",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
occupancy = tg.Data("Block occupancy readings", kind="records")
station_status = tg.Data("Command station status", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Exhibition hall", trust=tg.Trust.UNTRUSTED):
    # Members of the public at the show, in front of the layout.
    visitor = tm.add(tg.Actor("Visitor", role="exhibition visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, a pay-as-you-go vendor API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club layout network", trust=tg.Trust.INTERNAL):
    # Club members operating trains during the show.
    operator = tm.add(tg.Actor("Layout operator", role="club operator"))
    # The member who keeps the track plan and roster up to date between shows.
    layout_manager = tm.add(tg.Actor("Layout manager", role="club layout manager", privileged=True))
    # Public touchscreen at the front barrier, a club PC on the layout network.
    visitor_screen = tm.add(
        tg.Endpoint(
            "Visitor question screen",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=6),
                c.InputValidation(note="questions capped at 200 characters"),
            },
        )
    )

    with tm.boundary("Control laptop", trust=tg.Trust.INTERNAL):
        # Push-to-talk web app the operators' phones connect to.
        voice_app = tm.add(
            tg.Endpoint(
                "Operator voice app",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="shared club operator PIN")},
            )
        )
        # Turns operators' audio into text on the laptop, no cloud speech service.
        stt = tm.add(
            tg.Model(
                "Speech-to-text model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # The LLM agent: reads commands and questions, checks the layout, drives trains.
        agent = tm.add(
            tg.Agent(
                "Layout operations agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Acts on each spoken command without a confirmation step; "
                "conflicts are reported in its reply, not blocked.",
            )
        )
        # Club's track plan, block and point numbering, and loco roster.
        layout_db = tm.add(tg.DataStore("Layout database", stores={track_plan}))
        # Read-only tool: track plan plus live occupancy and point settings.
        state_tool = tm.add(tg.Tool("Layout state tool", capabilities={"read"}))
        # Tool that turns the agent's request into command-station messages.
        dcc_tool = tm.add(
            tg.Tool(
                "DCC command tool",
                capabilities={"write"},
                controls={
                    c.SchemaEnforcement(
                        note="only roster loco addresses, speed steps 0-126 and "
                        "point numbers from the track plan"
                    )
                },
            )
        )

with tm.boundary("Layout hardware", trust=tg.Trust.INTERNAL):
    # Generates DCC on the rails and reports LocoNet feedback to the laptop.
    command_station = tm.add(
        tg.Device(
            "DCC command station",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="booster overcurrent cut-out and emergency stop buttons "
                    "around the layout"
                )
            },
        )
    )
    # Current-sensing detectors on each block, wired to LocoNet.
    detectors = tm.add(tg.Device("Block occupancy detectors"))
    # Decoders in every loco and on every point motor.
    decoders = tm.add(tg.Device("Loco and point decoders"))

# ---------------------------------------------------------------- flows
# operators
tm.flow(operator, voice_app, spoken_command, protocol="http", label="push-to-talk over club Wi-Fi")
tm.flow(voice_app, stt, spoken_command)
tm.flow(stt, voice_app, command_text)
tm.flow(voice_app, agent, command_text)
tm.flow(agent, voice_app, operator_reply)
tm.flow(voice_app, operator, operator_reply, protocol="http")

# visitors
tm.flow(visitor, visitor_screen, visitor_question, label="typed at the touchscreen")
tm.flow(visitor_screen, agent, visitor_question, protocol="http")
tm.flow(agent, visitor_screen, visitor_answer, protocol="http")
tm.flow(visitor_screen, visitor, visitor_answer, label="shown on the public screen")

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# layout state
tm.flow(agent, state_tool, state_query)
tm.flow(state_tool, agent, layout_state)
tm.flow(layout_db, state_tool, track_plan)
tm.flow(command_station, state_tool, occupancy, station_status, protocol="usb")
tm.flow(detectors, command_station, occupancy, protocol="loconet")
tm.flow(layout_manager, layout_db, track_plan, label="edits between shows")

# driving trains and points
tm.flow(agent, dcc_tool, dcc_request)
tm.flow(dcc_tool, agent, dcc_result)
tm.flow(dcc_tool, command_station, dcc_commands, protocol="usb")
tm.flow(command_station, decoders, dcc_commands, protocol="dcc", label="track signal")
