"""Coworking meeting-room voice assistant: the first design, before any security review.

Every bookable meeting room in our coworking spaces gets a small voice device
(microphone array, speaker and touch panel). Members and their guests say a wake
word and ask it to extend or end the booking, start the room's video-call kit,
dim the lights or call the front desk. Wake-word detection runs on the device,
and only the audio after the wake word is streamed over a secure websocket to a
voice gateway in our cloud tenant, which devices reach with per-device client
certificates. A speech vendor transcribes the audio and synthesises the reply;
an LLM agent with a vendor-hosted model interprets the request and calls three
tools: the booking platform (our coworking SaaS), the on-site room automation
hub, and the community team's chat channel. Community managers set each
location's assistant configuration in an SSO-protected admin console and can read
the interaction log, which is encrypted and kept for 30 days. The spaces are in
the EU, so recordings and transcripts of members fall under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coworking meeting-room voice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice assistant in shared meeting rooms for bookings, room controls and front-desk requests.",
)

# ---------------------------------------------------------------- data assets
voice = tg.Data(
    "Voice request audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio captured after the wake word, until end of speech.",
)
spoken_reply = tg.Data("Spoken reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Request transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Location instructions, room context, tool schemas and the transcript.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Booking change request", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Room bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who booked which room when, member company and credit balance.",
)
room_command = tg.Data("Room control command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
room_state = tg.Data("Room device state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
desk_message = tg.Data(
    "Front-desk request message", kind="documents", sensitivity=tg.Sensitivity.PII
)
interaction_log = tg.Data(
    "Interaction log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
assistant_config = tg.Data(
    "Assistant configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-location instructions, house rules, room names and enabled tools.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Meeting rooms", trust=tg.Trust.UNTRUSTED):
    # Members of many companies and their visitors use the rooms.
    member = tm.add(tg.Actor("Member or guest", role="coworking member"))
    # The voice device in each room: wake word on-device, streams only after it.
    room_device = tm.add(
        tg.Device(
            "Room voice device",
            description="Mic array, speaker and touch panel mounted in each meeting room.",
            controls={c.DataMinimization(note="on-device wake word; no audio leaves before it")},
        )
    )

with tm.boundary("Operator cloud tenant", trust=tg.Trust.INTERNAL):
    # Terminates device websockets and relays audio to and from the speech vendor.
    gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device client certificate")},
        )
    )
    # Interprets the request with the LLM and calls the room tools on its own.
    agent = tm.add(
        tg.Agent(
            "Room assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=6)},
        )
    )
    # Extends, ends or looks up bookings in the coworking platform.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="platform API key in the cloud secret store")},
        )
    )
    # Sends lights, blinds and AV commands to the on-site hub.
    room_tool = tm.add(tg.Tool("Room control tool", capabilities={"read", "write"}))
    # Posts a request into the community team's chat channel.
    desk_tool = tm.add(tg.Tool("Front-desk message tool", capabilities={"send-messages"}))
    # Keeps transcripts, replies and tool calls for troubleshooting.
    log_store = tm.add(
        tg.DataStore(
            "Interaction log store",
            stores={interaction_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=30)},
        )
    )
    # Where community managers edit each location's configuration and read logs.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO"), c.RBAC()},
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Transcribes requests and synthesises the replies.
    speech = tm.add(
        tg.ExternalService(
            "Speech-to-text and TTS API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our audio")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option")},
        )
    )

with tm.boundary("Coworking SaaS", trust=tg.Trust.PARTNER):
    # The space-management platform that holds memberships and bookings.
    booking_platform = tm.add(
        tg.ExternalService("Coworking booking platform", provides=tg.ExternalCategory.GENERIC)
    )
    # The community team's chat workspace.
    team_chat = tm.add(
        tg.ExternalService("Community team chat", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Building network", trust=tg.Trust.INTERNAL):
    # On-site hub driving the rooms' lighting, blinds and AV kit.
    automation_hub = tm.add(
        tg.Service(
            "Room automation hub",
            description="Keeps an outbound connection to the cloud and relays commands locally.",
        )
    )

with tm.boundary("Operator staff", trust=tg.Trust.INTERNAL):
    # Community managers at each location.
    manager = tm.add(tg.Actor("Community manager", role="location staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(member, room_device, voice, label="speaks after wake word")
tm.flow(room_device, member, spoken_reply)
tm.flow(room_device, gateway, voice, protocol="wss")
tm.flow(gateway, room_device, spoken_reply, protocol="wss")

tm.flow(gateway, speech, voice, reply_text, protocol="https")
tm.flow(speech, gateway, transcript, spoken_reply, protocol="https")
tm.flow(gateway, agent, transcript)
tm.flow(agent, gateway, reply_text)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_tool, booking_platform, booking_request, protocol="https")
tm.flow(booking_platform, booking_tool, bookings, protocol="https")

tm.flow(agent, room_tool, tool_call)
tm.flow(room_tool, agent, tool_result)
tm.flow(room_tool, automation_hub, room_command, protocol="https")
tm.flow(automation_hub, room_tool, room_state, protocol="https")

tm.flow(agent, desk_tool, tool_call)
tm.flow(desk_tool, agent, tool_result)
tm.flow(desk_tool, team_chat, desk_message, protocol="https")

tm.flow(agent, log_store, interaction_log)

tm.flow(manager, console, assistant_config, protocol="https")
tm.flow(console, manager, interaction_log, protocol="https")
tm.flow(console, agent, assistant_config)
tm.flow(log_store, console, interaction_log)
