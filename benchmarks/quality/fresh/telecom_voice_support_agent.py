"""Telecom voice support agent: the first design, before any security review.

Customers of our mobile network call the support number and talk to a voice agent.
Calls arrive from the public telephone network at our session border controller;
the agent streams audio to a cloud speech vendor for transcription and synthesis
and reasons with a hosted LLM. Its tools read bills from the billing system, change
tariff plans and order replacement SIMs in the provisioning system, and send and
check an SMS one-time passcode before any SIM order. Callers are matched to an
account by calling line identity. On request, or when stuck, the call goes to a
human contact-centre agent with a summary. Controls: vendor reviews of the LLM and
speech providers, a step limit on the agent, scoped tool accounts, OTP attempt
limits, audit logs of provisioning changes, TLS to vendors, and encryption at rest
with role-based access in the BSS/OSS core.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telecom voice support agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice agent that explains bills, changes plans and orders SIM replacements.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Call audio", sensitivity=tg.Sensitivity.PII, kind="media")
caller_id = tg.Data(
    "Calling line identity",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The caller's number as presented by the network; used to find the account.",
)
utterance = tg.Data("Utterance transcript", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_text = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesized reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, tool definitions, the conversation so far and account facts.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The next thing to say, or a tool call to make.",
)
billing_query = tg.Data("Billing lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
billing_result = tg.Data("Bill details", sensitivity=tg.Sensitivity.PII, kind="tool-result")
accounts = tg.Data(
    "Customer accounts and invoices",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
provisioning_request = tg.Data(
    "Plan change or SIM order",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
)
provisioning_result = tg.Data(
    "Provisioning outcome", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
subscribers = tg.Data(
    "Subscriber and SIM records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="MSISDN, IMSI/ICCID, tariff plan and delivery address for SIM shipments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
otp_request = tg.Data(
    "OTP send or verify request",
    sensitivity=tg.Sensitivity.SECRET,
    kind="tool-call",
    description="Ask for a code to be sent, or the code the caller read out, to check.",
)
otp = tg.Data("One-time passcode", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
otp_result = tg.Data(
    "OTP verification result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
handoff = tg.Data(
    "Handoff summary",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Who the caller is, what they asked and what the agent already did.",
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can call the support number.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech recognition, hosted by a cloud speech provider.
    asr = tm.add(
        tg.Model(
            "Speech recognition",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; audio not kept after transcription")},
        )
    )
    # Voice synthesis for the agent's replies, same provider.
    tts = tm.add(
        tg.Model(
            "Text to speech",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Contact-centre platform", trust=tg.Trust.INTERNAL):
    # Session border controller: terminates the PSTN calls and transfers them.
    gateway = tm.add(
        tg.Endpoint(
            "Voice gateway",
            purpose=tg.EndpointPurpose.API,
            description="SBC and media server that bridges calls to the agent or a human.",
        )
    )
    # The conversation loop: audio in, LLM turn, tools, audio out.
    agent = tm.add(
        tg.Agent(
            "Voice agent orchestrator",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15, note="tool calls per turn, then transfer")},
        )
    )
    # Read-only access to bills and balances of the account matched to the caller.
    billing_tool = tm.add(
        tg.Tool(
            "Billing lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only billing API scope")},
        )
    )
    # Writes to provisioning: change the tariff plan, order a replacement SIM.
    provisioning_tool = tm.add(
        tg.Tool(
            "Plan and SIM tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="plan change and SIM order only; no porting, no cancel"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Sends a code by SMS to the number on file and checks the code the caller reads back.
    otp_tool = tm.add(
        tg.Tool(
            "OTP tool",
            capabilities={"read", "send-messages"},
            controls={c.RateLimiting(note="3 codes per hour and 3 attempts per code")},
        )
    )
    # Transcripts kept for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("BSS/OSS core", trust=tg.Trust.RESTRICTED):
    # The existing billing system of record.
    billing = tm.add(
        tg.DataStore(
            "Billing system",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
        )
    )
    # The existing provisioning stack (HLR/HSS updates, SIM logistics orders).
    provisioning = tm.add(
        tg.DataStore(
            "Provisioning system",
            stores={subscribers},
            controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
        )
    )

with tm.boundary("Contact-centre floor", trust=tg.Trust.INTERNAL):
    # Takes over calls the voice agent cannot or should not handle.
    human_agent = tm.add(tg.Actor("Contact-centre agent", role="support staff"))

# ---------------------------------------------------------------- flows
# the call
tm.flow(caller, gateway, call_audio, caller_id, protocol="pstn")
tm.flow(gateway, caller, reply_audio, protocol="pstn")
tm.flow(gateway, agent, call_audio, caller_id, protocol="rtp")
tm.flow(agent, gateway, reply_audio, protocol="rtp")

# speech
tm.flow(agent, asr, call_audio, protocol="wss")
tm.flow(asr, agent, utterance, protocol="wss")
tm.flow(agent, tts, reply_text, protocol="https")
tm.flow(tts, agent, reply_audio, protocol="https")

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# billing
tm.flow(agent, billing_tool, billing_query)
tm.flow(billing_tool, billing, billing_query, caller_id, protocol="https")
tm.flow(billing, billing_tool, accounts, protocol="https")
tm.flow(billing_tool, agent, billing_result)

# one-time passcode before a SIM order
tm.flow(agent, otp_tool, otp_request)
tm.flow(provisioning, otp_tool, subscribers, protocol="https", label="number on file")
tm.flow(otp_tool, caller, otp, protocol="sms")
tm.flow(otp_tool, agent, otp_result)

# plan changes and SIM orders
tm.flow(agent, provisioning_tool, provisioning_request)
tm.flow(provisioning_tool, provisioning, provisioning_request, protocol="https")
tm.flow(provisioning, provisioning_tool, provisioning_result, protocol="https")
tm.flow(provisioning_tool, agent, provisioning_result)

# records and handoff
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, human_agent, handoff, protocol="https", label="screen pop")
tm.flow(gateway, human_agent, call_audio, protocol="rtp", label="transferred call")
tm.flow(human_agent, gateway, call_audio, protocol="rtp")
