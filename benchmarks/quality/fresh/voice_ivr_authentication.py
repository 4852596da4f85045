"""Voice IVR with biometric authentication: the first design of a telecom support line.

Customers call the support number over the phone network. A telephony gateway in
the contact-centre platform answers, streams the caller's audio to an in-house
speaker-verification model that compares it with the voiceprint enrolled on an
earlier call, and to a speech-to-text model. Once the caller is verified, an LLM
voice bot (a hosted LLM behind an in-house agent) talks to them and can look up
the account, change the tariff plan and start a number port-out through tools
that call the billing/CRM system and the national porting clearinghouse.
Port-out requests are handed to a human contact-centre agent who approves them.
All calls are recorded for quality, and the recordings feed periodic retraining
of the speech-to-text model. Controls in this design: voice-biometric verification
before account actions, human approval of port-outs, encrypted voiceprints,
audit logging on the account system, role-based access for agents, TLS to the
LLM vendor and the clearinghouse.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Voice IVR authentication",
    profile=tg.RiskProfile.HIGH,
    description="Telecom phone support: voice-biometric caller verification, then an LLM "
    "voice bot that can read and change the account, with human escalation.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Caller audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live audio of the caller's voice, also a biometric sample.",
)
bot_speech = tg.Data("Bot speech", kind="media", sensitivity=tg.Sensitivity.PII)
voiceprints = tg.Data(
    "Enrolled voiceprints",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speaker embeddings captured at earlier calls, keyed by account.",
)
verification = tg.Data(
    "Verification result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Match score and accept/reject for the claimed account.",
)
transcript = tg.Data("Call transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Bot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Voice bot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, transcript so far, tool results and tool schemas.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Account action request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Account action result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Customer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Subscriber identity, address, plan, billing and number details.",
)
port_request = tg.Data(
    "Port-out request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Number, receiving operator and port authorisation code.",
)
recordings = tg.Data(
    "Call recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Full call audio kept for quality review and speech-model retraining.",
)
asr_weights = tg.Data(
    "Speech model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who dials the support number, the real customer or not.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Number porting clearinghouse", trust=tg.Trust.PARTNER):
    # Industry system that moves a number to another operator.
    clearinghouse = tm.add(tg.ExternalService("Porting clearinghouse"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the conversation and picks tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted voice-bot LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Contact-centre platform", trust=tg.Trust.INTERNAL):
    # SIP trunk termination, call control, text-to-speech and recording.
    gateway = tm.add(
        tg.Service(
            "Telephony gateway",
            description="Terminates calls from the carrier, plays TTS, records every call.",
        )
    )
    # Compares live audio with the caller's enrolled voiceprint; enrols new callers.
    biometric = tm.add(
        tg.Model(
            "Speaker verification model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Accepts the caller when the match score passes a fixed threshold.",
        )
    )
    # Store of voiceprints enrolled on earlier calls.
    voiceprint_store = tm.add(
        tg.DataStore(
            "Voiceprint store",
            stores={voiceprints},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
        )
    )
    # In-house speech-to-text, retrained on our own call recordings.
    asr = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            description="Transcribes caller audio for the voice bot.",
        )
    )
    # Orchestrates the dialogue and calls account tools only after verification.
    voice_bot = tm.add(
        tg.Agent(
            "Voice bot",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.Authentication(method="voice biometric verification before account tools")},
        )
    )
    # Read-only account lookup.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Changes the tariff plan directly once the caller is verified.
    plan_tool = tm.add(tg.Tool("Plan change tool", capabilities={"read", "write"}))
    # Starts a port-out; queued for a human agent's approval.
    port_tool = tm.add(
        tg.Tool(
            "Number port-out tool",
            capabilities={"write", "send-messages"},
            controls={c.HumanInTheLoop(approver="contact-centre agent")},
        )
    )
    # Call recordings kept for quality review and retraining.
    recording_store = tm.add(tg.DataStore("Call recording store", stores={recordings}))
    # Periodic fine-tuning of the speech-to-text model on recorded calls.
    retraining = tm.add(tg.Pipeline("Speech model retraining", stage=tg.Stage.FINE_TUNING))

with tm.boundary("BSS core", trust=tg.Trust.RESTRICTED):
    # Billing and CRM system of record for subscribers.
    bss = tm.add(
        tg.DataStore(
            "Billing and CRM system",
            stores={account},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Handles escalations and approves port-outs.
    human_agent = tm.add(
        tg.Actor(
            "Contact-centre agent",
            role="support agent",
            controls={c.RBAC(note="agent desktop roles")},
        )
    )

# ---------------------------------------------------------------- flows
# call audio in and out
tm.flow(caller, gateway, call_audio, protocol="sip", label="inbound call")
tm.flow(gateway, caller, bot_speech, protocol="sip", label="bot speech")

# verification
tm.flow(gateway, biometric, call_audio)
tm.flow(voiceprint_store, biometric, voiceprints, label="claimed account's voiceprint")
tm.flow(biometric, voiceprint_store, voiceprints, label="enrolment")
tm.flow(biometric, voice_bot, verification)

# conversation
tm.flow(gateway, asr, call_audio)
tm.flow(asr, voice_bot, transcript)
tm.flow(voice_bot, llm, llm_prompt, protocol="https")
tm.flow(llm, voice_bot, completion, protocol="https")
tm.flow(voice_bot, gateway, reply_text, label="text to speech")

# account tools
tm.flow(voice_bot, lookup_tool, tool_call)
tm.flow(lookup_tool, voice_bot, tool_result)
tm.flow(lookup_tool, bss, tool_call, label="query")
tm.flow(bss, lookup_tool, account)
tm.flow(voice_bot, plan_tool, tool_call)
tm.flow(plan_tool, voice_bot, tool_result)
tm.flow(plan_tool, bss, account, label="plan update")
tm.flow(voice_bot, port_tool, tool_call, port_request)
tm.flow(port_tool, voice_bot, tool_result)

# escalation and port-out
tm.flow(voice_bot, human_agent, transcript, verification, label="escalation")
tm.flow(port_tool, human_agent, port_request, label="approval queue")
tm.flow(human_agent, port_tool, port_request, label="approve or reject")
tm.flow(human_agent, bss, account, label="agent desktop")
tm.flow(bss, human_agent, account, label="agent desktop")
tm.flow(port_tool, clearinghouse, port_request, protocol="https")
tm.flow(clearinghouse, port_tool, tool_result, protocol="https", label="port status")
tm.flow(port_tool, bss, account, label="mark number as porting")

# recording and retraining
tm.flow(gateway, recording_store, recordings)
tm.flow(recording_store, retraining, recordings)
tm.flow(retraining, asr, asr_weights, label="deploy retrained model")
