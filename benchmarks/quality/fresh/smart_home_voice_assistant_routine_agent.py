"""Smart home voice routine agent: the first design, before any security review.

Households speak to our smart speaker ("lock up and turn the heating down at
eleven every night", "turn the hall camera off while I'm home") or type the same
into the companion app. The speaker streams audio after the wake word to the
assistant API in our cloud, where a self-hosted speech model transcribes it. An LLM
agent, reasoning with a hosted LLM, turns the request into a one-off command or a
saved routine: it reads the home's devices and routines, writes routines to the home
configuration store and sends commands through the hub connection service to the
home hub, which drives the Zigbee lock and thermostat and the Wi-Fi camera. Routines
are synced to the hub, which runs them locally on schedule. Unlocking a door or
turning a camera off waits for confirmation in the app; heating changes and locking
go ahead directly. Speakers and hubs hold per-device certificates, the hub link is
mutually authenticated, the agent's loop is capped and its actions are logged.
Sold in the EU, so voice and home data fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart home voice routine agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice assistant whose LLM agent turns spoken requests into lock, heating and camera routines.",
)

# ---------------------------------------------------------------- data assets
voice = tg.Data("Spoken request", kind="media", sensitivity=tg.Sensitivity.PII)
voice_audio = tg.Data(
    "Voice request audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio captured after the wake word, streamed from the speaker.",
)
typed_request = tg.Data("Typed request in the app", kind="prompt", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Request transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the request, the home's device list and routines, tool results.",
)
llm_output = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
home_config = tg.Data(
    "Home configuration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Devices, rooms, household members and saved routines of each home.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
routine_change = tg.Data(
    "Routine create, edit or delete", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
routine_result = tg.Data("Saved routine", kind="tool-result", sensitivity=tg.Sensitivity.PII)
device_command = tg.Data(
    "Device command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lock or unlock, heating setpoint, camera on or off, for one device of one home.",
)
command_result = tg.Data(
    "Device state and command result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
hub_message = tg.Data(
    "Hub command message", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
hub_state = tg.Data("Hub device state report", kind="records", sensitivity=tg.Sensitivity.PII)
routine_sync = tg.Data(
    "Routine schedule for the hub", kind="records", sensitivity=tg.Sensitivity.PII
)
lock_command = tg.Data("Lock command", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lock_state = tg.Data("Lock state", kind="records", sensitivity=tg.Sensitivity.PII)
heating_command = tg.Data("Heating setpoint", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
heating_state = tg.Data(
    "Room temperature and heating state", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
camera_command = tg.Data(
    "Camera on or off command", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
camera_state = tg.Data("Camera status", kind="records", sensitivity=tg.Sensitivity.PII)
confirm_request = tg.Data(
    "Unlock or camera-off confirmation request", kind="records", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data("User confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
spoken_reply = tg.Data("Spoken reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer home", trust=tg.Trust.UNTRUSTED):
    # Anyone in the room who can be heard by the speaker, guests included.
    member = tm.add(tg.Actor("Household member", role="end user"))
    # Our smart speaker: wake-word detection on the device, audio streamed to the cloud.
    speaker = tm.add(tg.Device("Smart speaker"))
    # The customer's phone app: typed requests and confirmations of risky actions.
    app = tm.add(tg.Device("Companion phone app"))
    # Our hub: runs synced routines and relays commands to the devices over the home radio.
    hub = tm.add(
        tg.Device(
            "Home hub",
            description="Zigbee coordinator and Wi-Fi bridge; executes routines locally.",
        )
    )
    # The devices the assistant controls.
    door_lock = tm.add(tg.Device("Smart door lock"))
    thermostat = tm.add(tg.Device("Thermostat"))
    camera = tm.add(tg.Device("Indoor security camera"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the routine agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="DPA signed; EU data residency; no training on our prompts"
                )
            },
        )
    )

with tm.boundary("Smart home cloud", trust=tg.Trust.INTERNAL):
    # Entry point for speakers and the app; routes audio to speech and text to the agent.
    api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="per-device certificates for speakers; e-mail and password for app accounts, SMS code optional"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Transcribes voice requests; open-weights model we host ourselves.
    stt = tm.add(
        tg.Model(
            "Speech recognition model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # The LLM agent that turns a request into commands and routines.
    agent = tm.add(
        tg.Agent(
            "Routine agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=10),
                c.HumanInTheLoop(
                    approver="the household's account owner, in the companion app",
                    note="unlocking doors and turning cameras off only; locking, heating and routine changes go ahead directly",
                ),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Creates, edits and deletes saved routines of the home.
    routine_tool = tm.add(tg.Tool("Routine editor tool", capabilities={"write", "delete"}))
    # Sends one-off commands to a device of the home.
    command_tool = tm.add(tg.Tool("Device command tool", capabilities={"write"}))

    with tm.boundary("Device control plane", trust=tg.Trust.RESTRICTED):
        # Every home's devices, members and routines.
        config_store = tm.add(
            tg.DataStore(
                "Home configuration store",
                stores={home_config, action_log},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # MQTT broker and command service holding each hub's persistent connection.
        hub_service = tm.add(
            tg.Service(
                "Hub connection service",
                description="MQTT broker and command relay; syncs each home's routines to its hub.",
                controls={
                    c.MutualAuthentication(note="hub client certificates issued at manufacture")
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(member, speaker, voice, label="spoken in the room")
tm.flow(speaker, member, spoken_reply, label="spoken in the room")
tm.flow(speaker, api, voice_audio, protocol="wss")
tm.flow(api, speaker, spoken_reply, protocol="wss")
tm.flow(member, app, typed_request)
tm.flow(app, api, typed_request, protocol="https")

tm.flow(api, stt, voice_audio)
tm.flow(stt, api, transcript)
tm.flow(api, agent, transcript, typed_request)
tm.flow(agent, api, spoken_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(config_store, agent, home_config, label="home devices and routines")
tm.flow(agent, config_store, action_log)

tm.flow(agent, api, confirm_request)
tm.flow(api, app, confirm_request, protocol="https", label="push notification")
tm.flow(member, app, confirmation)
tm.flow(app, api, confirmation, protocol="https")
tm.flow(api, agent, confirmation)

tm.flow(agent, routine_tool, routine_change)
tm.flow(routine_tool, config_store, routine_change)
tm.flow(config_store, routine_tool, routine_result)
tm.flow(routine_tool, agent, routine_result)

tm.flow(agent, command_tool, device_command)
tm.flow(command_tool, hub_service, device_command, protocol="https")
tm.flow(hub_service, command_tool, command_result, protocol="https")
tm.flow(command_tool, agent, command_result)

tm.flow(config_store, hub_service, routine_sync, label="routine sync")
tm.flow(hub_service, hub, hub_message, routine_sync, protocol="mqtts")
tm.flow(hub, hub_service, hub_state, protocol="mqtts")

tm.flow(hub, door_lock, lock_command, protocol="zigbee")
tm.flow(door_lock, hub, lock_state, protocol="zigbee")
tm.flow(hub, thermostat, heating_command, protocol="zigbee")
tm.flow(thermostat, hub, heating_state, protocol="zigbee")
tm.flow(hub, camera, camera_command, protocol="http")
tm.flow(camera, hub, camera_state, protocol="http")
