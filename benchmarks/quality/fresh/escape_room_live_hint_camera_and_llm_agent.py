"""Escape-room live hint agent: the first design, before any security review.

A UK escape-room venue with four rooms wants hints that arrive at the right moment
without a game master watching every screen. Ceiling cameras in each room stream
to a small server in the control room, which samples a frame every few seconds and
asks a hosted vision model to describe what the players are doing. A hint agent on
the same server reads those descriptions and the puzzle-state events from the
room's prop controller, asks a hosted LLM what to do, speaks hints through the room
speaker and can release the room's emergency door lock if players seem distressed.
The game master in the control room watches the live feeds and can cancel or
replace any hint and open or hold any door from the console. Controls in this
design: the maglock fails open on power loss and every room keeps a hard-wired
break-glass release; the console sits behind the control-room PIN; the agent stops
after a fixed number of steps per game; model calls use HTTPS. Cameras, props and
the door controller talk over the venue LAN without encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escape-room live hint agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Camera and puzzle-state driven hint agent that speaks hints and can release the "
        "emergency door, overseen by the game master."
    ),
)

# ---------------------------------------------------------------- data assets
room_video = tg.Data(
    "Room camera video",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Live ceiling-camera video of the players, no audio.",
)
frames = tg.Data("Sampled room frames", sensitivity=tg.Sensitivity.PII, kind="media")
scene_description = tg.Data(
    "Player activity description",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Text such as 'two players searching the bookcase, one sitting by the door'.",
)
puzzle_state = tg.Data(
    "Puzzle state events",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Which props are solved, hint-button presses, game clock.",
)
prop_actions = tg.Data(
    "Prop interactions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Players opening locks, placing objects, pressing the hint button.",
)
agent_prompt = tg.Data(
    "Hint agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Room walkthrough, puzzle state, recent activity descriptions and hints given.",
)
agent_reply = tg.Data(
    "Hint agent completion", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
hint_call = tg.Data("Speak hint call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
hint_audio = tg.Data("Spoken hint", sensitivity=tg.Sensitivity.PUBLIC, kind="media")
door_call = tg.Data(
    "Release emergency door call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
door_command = tg.Data("Door unlock command", sensitivity=tg.Sensitivity.INTERNAL)
door_status = tg.Data("Door lock status", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data(
    "Hint and door tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
gm_override = tg.Data(
    "Game master override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Cancel or replace a hint, open or hold a door, pause the agent.",
)
session_log = tg.Data(
    "Game session log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Team name, booking reference, hints given, door events, activity descriptions.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Game rooms (players)", trust=tg.Trust.UNTRUSTED):
    # The paying team locked in for the game: they act on props and are filmed.
    players = tm.add(tg.Actor("Players", role="customer"))

with tm.boundary("Room equipment LAN", trust=tg.Trust.INTERNAL):
    # Ceiling cameras, one or two per room, streaming RTSP on the venue LAN.
    cameras = tm.add(tg.Device("Ceiling cameras"))
    # Prop controller board per room, publishing puzzle state over MQTT.
    props = tm.add(
        tg.Device(
            "Puzzle prop controller",
            description="Microcontroller wired to the room's locks, switches and sensors.",
        )
    )
    # Speaker in each room that plays the spoken hints.
    speaker = tm.add(tg.Device("Room speaker"))
    # Maglock controller on each room's exit door.
    door_lock = tm.add(
        tg.Device(
            "Emergency door lock",
            description="Maglock with a small HTTP controller; opens on command.",
            controls={
                c.SafetyLimits(
                    limits="maglock fails open on power loss or fire alarm; hard-wired break-glass release in every room"
                )
            },
        )
    )

with tm.boundary("Control room server", trust=tg.Trust.INTERNAL):
    # Pulls the camera streams and sends a frame every few seconds to the vision model.
    frame_sampler = tm.add(tg.Service("Frame sampler"))
    # The LLM agent that decides when to give a hint and when to release the door.
    agent = tm.add(
        tg.Agent(
            "Hint agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40, note="per game session; game master can pause it")
            },
        )
    )
    # Tool that turns hint text into speech and plays it in the room.
    hint_tool = tm.add(tg.Tool("Speak hint tool", capabilities={"send-messages"}))
    # Tool that tells the door controller to release the maglock.
    door_tool = tm.add(tg.Tool("Emergency door release tool", capabilities={"write"}))
    # Game master's screen: live feeds, hint history, override buttons.
    console = tm.add(
        tg.Service(
            "Game master console",
            controls={c.Authentication(method="control-room PIN shared by game masters")},
        )
    )
    # Per-game record of hints, door events and activity descriptions.
    log_store = tm.add(tg.DataStore("Game session log store", stores={session_log}))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Staff member running the games, who can override any hint or door.
    game_master = tm.add(tg.Actor("Game master", role="staff", privileged=True))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted vision-language model that describes what the players are doing.
    vision = tm.add(tg.LLM("Hosted vision model", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Hosted LLM behind the hint agent.
    agent_llm = tm.add(tg.LLM("Hosted agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

# ---------------------------------------------------------------- flows
tm.flow(players, cameras, room_video, label="in person, filmed in the room")
tm.flow(players, props, prop_actions, label="in person, on the props")
tm.flow(cameras, frame_sampler, room_video, protocol="rtsp")
tm.flow(cameras, console, room_video, protocol="rtsp", label="live feeds")
tm.flow(frame_sampler, vision, frames, protocol="https")
tm.flow(vision, frame_sampler, scene_description, protocol="https")
tm.flow(frame_sampler, agent, scene_description)
tm.flow(props, agent, puzzle_state, protocol="mqtt")
tm.flow(props, console, puzzle_state, protocol="mqtt")

tm.flow(agent, agent_llm, agent_prompt, protocol="https")
tm.flow(agent_llm, agent, agent_reply, protocol="https")
tm.flow(agent, hint_tool, hint_call)
tm.flow(hint_tool, agent, tool_result)
tm.flow(hint_tool, speaker, hint_audio, protocol="rtp")
tm.flow(speaker, players, hint_audio, label="in person, played in the room")
tm.flow(agent, door_tool, door_call)
tm.flow(door_tool, agent, tool_result)
tm.flow(door_tool, door_lock, door_command, protocol="http")
tm.flow(door_lock, door_tool, door_status, protocol="http")
tm.flow(door_lock, console, door_status, protocol="http")

tm.flow(game_master, console, gm_override, label="in person, on the touchscreen")
tm.flow(console, game_master, room_video, puzzle_state, session_log, label="on the panel")
tm.flow(console, agent, gm_override, label="pause or replace hint")
tm.flow(console, hint_tool, gm_override, label="manual or cancelled hint")
tm.flow(console, door_lock, door_command, protocol="http", label="manual open or hold")
tm.flow(agent, log_store, session_log)
tm.flow(log_store, console, session_log)
