"""Smart home voice assistant: the first design, before any security review.

A consumer smart speaker sold in the EU and the US. A small wake-word model runs
on the speaker; after the wake word, the speaker streams the audio over a
mutually authenticated WebSocket to our cloud, where a speech-to-text model
transcribes it. An assistant agent sends the transcript, with the household's
device list from the home graph, to a hosted LLM that plans which actions to
take, then carries them out through a device-control tool that calls the
third-party smart-home clouds (locks, thermostats, cameras) with the user's
OAuth tokens. Users link those accounts in our phone app with OAuth; the tokens
sit encrypted in a token vault. Recordings and transcripts are kept so users
can review them in the app. Unlocking a door or disarming needs a spoken PIN;
the voice gateway rate-limits each device.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart home voice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice-controlled smart speaker that operates third-party locks, thermostats and cameras.",
)

# ---------------------------------------------------------------- data assets
ambient_audio = tg.Data(
    "Ambient audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Everything the microphones hear; stays on the speaker.",
)
wake_event = tg.Data(
    "Wake-word detection", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
utterance_audio = tg.Data(
    "Utterance audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio from the wake word to the end of the request.",
)
transcript = tg.Data("Transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
planner_prompt = tg.Data(
    "Planner prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the transcript and the home's devices and rooms.",
)
action_plan = tg.Data(
    "Action plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Function calls chosen by the LLM, such as lock.unlock(front_door).",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
device_command = tg.Data(
    "Device command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
device_state = tg.Data(
    "Device state",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Lock and alarm state, temperatures, camera events and snapshots.",
)
home_graph_data = tg.Data(
    "Home graph",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Devices, user-given names, rooms and linked accounts per household.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
oauth_tokens = tg.Data(
    "Partner OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
auth_code = tg.Data(
    "OAuth authorisation code", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
link_request = tg.Data("Account link request", kind="records", sensitivity=tg.Sensitivity.PII)
voice_history = tg.Data(
    "Voice history",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Stored recordings and transcripts, kept until the user deletes them.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer home", trust=tg.Trust.UNTRUSTED):
    # Anyone in earshot of the speaker, household members and guests alike.
    user = tm.add(tg.Actor("Household member", role="end user"))
    # The speaker hardware: microphones, speaker, firmware, cloud client.
    speaker = tm.add(tg.Device("Smart speaker", fleet=True))
    # Small on-device model that gates streaming to the cloud.
    wake_word = tm.add(
        tg.Model(
            "Wake-word model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Keyword spotter running on the speaker's DSP.",
        )
    )
    # Companion app where users set up the speaker and link partner accounts.
    phone_app = tm.add(tg.Device("Companion phone app", fleet=True))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Ingress for audio streams from every speaker.
    voice_gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device X.509 certificate"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Backend API for the phone app: account, history, linking.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vendor account login (OAuth 2.0 + PKCE)")},
        )
    )
    # Turns utterance audio into text.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Runs the request: builds the prompt, calls the LLM, executes the plan.
    assistant = tm.add(
        tg.Agent(
            "Assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Executes the LLM's plan directly; no confirmation except the unlock PIN.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # One connector layer for all partner device clouds.
    device_tool = tm.add(
        tg.Tool(
            "Device control tool",
            capabilities={"read", "write", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.Authentication(method="spoken 4-digit PIN for unlock and disarm")},
        )
    )
    # Runs the OAuth code exchange with partners and discovers linked devices.
    linking = tm.add(tg.Service("Account linking service"))

    with tm.boundary("Vendor data tier", trust=tg.Trust.RESTRICTED):
        # Partner access and refresh tokens per household.
        token_vault = tm.add(
            tg.DataStore(
                "Token vault",
                stores={oauth_tokens},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Devices and rooms per household, read on every request.
        home_graph = tm.add(tg.DataStore("Home graph store", stores={home_graph_data}))
        # Recordings and transcripts users can review and delete.
        history = tm.add(
            tg.DataStore(
                "Voice history store",
                stores={voice_history},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted LLM that plans actions from the request.
    llm = tm.add(
        tg.LLM(
            "Hosted planner LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Function-calling chat model behind the provider's API.",
            controls={c.SupplierAssessment(note="zero-retention terms signed")},
        )
    )

with tm.boundary("Smart-home partner clouds", trust=tg.Trust.PARTNER):
    # Lock, thermostat and camera makers' clouds that actually move the devices.
    partner_clouds = tm.add(
        tg.ExternalService(
            "Partner device clouds",
            provides=tg.ExternalCategory.GENERIC,
            description="Each partner's device API and OAuth authorisation server.",
        )
    )

# ---------------------------------------------------------------- flows
# voice request
tm.flow(user, speaker, ambient_audio, label="speech")
tm.flow(speaker, wake_word, ambient_audio, protocol="local")
tm.flow(wake_word, speaker, wake_event, protocol="local")
tm.flow(
    speaker,
    voice_gateway,
    utterance_audio,
    protocol="wss",
    controls={c.MutualAuthentication(note="device certificate")},
)
tm.flow(voice_gateway, stt, utterance_audio, protocol="grpc")
tm.flow(voice_gateway, history, utterance_audio)
tm.flow(stt, assistant, transcript, protocol="grpc")
tm.flow(assistant, history, transcript)
tm.flow(home_graph, assistant, home_graph_data)
tm.flow(assistant, llm, planner_prompt, protocol="https")
tm.flow(llm, assistant, action_plan, protocol="https")
tm.flow(assistant, device_tool, action_plan)
tm.flow(token_vault, device_tool, oauth_tokens)
tm.flow(device_tool, partner_clouds, device_command, oauth_tokens, protocol="https")
tm.flow(partner_clouds, device_tool, device_state, protocol="https")
tm.flow(device_tool, assistant, device_state)
tm.flow(assistant, voice_gateway, reply)
tm.flow(voice_gateway, speaker, reply, protocol="wss")
tm.flow(speaker, user, reply, label="spoken reply")

# account linking in the phone app
tm.flow(user, phone_app, link_request)
tm.flow(phone_app, partner_clouds, link_request, protocol="https", label="OAuth consent")
tm.flow(partner_clouds, phone_app, auth_code, protocol="https", label="redirect")
tm.flow(phone_app, mobile_api, auth_code, protocol="https")
tm.flow(mobile_api, linking, auth_code)
tm.flow(linking, partner_clouds, auth_code, protocol="https", label="code exchange")
tm.flow(partner_clouds, linking, oauth_tokens, home_graph_data, protocol="https")
tm.flow(linking, token_vault, oauth_tokens)
tm.flow(linking, home_graph, home_graph_data)

# reviewing voice history
tm.flow(history, mobile_api, voice_history)
tm.flow(mobile_api, phone_app, voice_history, protocol="https")
