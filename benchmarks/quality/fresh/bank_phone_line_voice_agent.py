"""Bank phone line voice agent: the first design, before any security review.

Customers who ring the retail bank's phone line reach a voice gateway in our
contact-centre cloud, which records the call and streams the audio to a hosted
speech-to-text service. An LLM agent reads the transcript, answers through a
text-to-speech voice, and can read balances, freeze a card and pay an existing
payee through the core banking API. Before any of that it sends a one-time code
by SMS to the mobile number on file and the caller reads it back. A caller can
ask for a human at any time and is transferred to a contact-centre advisor with
a summary. Recordings and transcripts are kept for the complaints team. Controls
so far: payments are capped and go only to payees already on the account, the
core banking API takes mutual TLS and a client credential, the agent's loop is
bounded, the LLM vendor was assessed by procurement, and the recording store is
encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank phone line voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM voice agent answering the retail bank's phone line, with balance, card and payment tools.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller voice audio", kind="media", sensitivity=tg.Sensitivity.PII)
agent_audio = tg.Data("Agent voice reply", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Caller speech transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
otp_request = tg.Data("One-time code request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
otp_result = tg.Data("Code check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
otp_code = tg.Data(
    "One-time code SMS",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code, valid five minutes.",
)
mobile_number = tg.Data(
    "Customer mobile number on file", kind="records", sensitivity=tg.Sensitivity.PII
)
customer_ref = tg.Data(
    "Caller's stated account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and sort code and account number the caller gives.",
)
balance_call = tg.Data("Balance lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
balances = tg.Data(
    "Account balances and recent transactions", kind="records", sensitivity=tg.Sensitivity.PII
)
freeze_call = tg.Data("Card freeze call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
card_status = tg.Data("Card status", kind="records", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data(
    "Payment to an existing payee call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_result = tg.Data("Payment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
recordings = tg.Data(
    "Call recordings and transcripts",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handover = tg.Data(
    "Transferred call with conversation summary", kind="media", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the number, including someone pretending to be the customer.
    caller = tm.add(tg.Actor("Caller", role="bank customer"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Turns the caller's speech into text in real time.
    stt = tm.add(
        tg.Model(
            "Speech-to-text service", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.THIRD_PARTY_API
        )
    )
    # Speaks the agent's replies in the bank's voice.
    tts = tm.add(
        tg.Model(
            "Text-to-speech service", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.THIRD_PARTY_API
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Decides what to say and which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="bank procurement review, no training on our data")
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the one-time codes to customers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Contact-centre cloud", trust=tg.Trust.INTERNAL):
    # Terminates the calls, records them, streams audio and transfers to humans.
    voice_gateway = tm.add(tg.Service("Voice gateway"))
    # The LLM agent that runs each call; no person approves its steps.
    agent = tm.add(
        tg.Agent(
            "Voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Told in its system prompt to use the banking tools only after the code check passes.",
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Sends the code to the number on file and checks what the caller reads back.
    otp_tool = tm.add(
        tg.Tool("One-time code verification tool", capabilities={"read", "send-messages"})
    )
    # Reads balances and recent transactions.
    balance_tool = tm.add(tg.Tool("Balance lookup tool", capabilities={"read"}))
    # Freezes a lost or stolen card.
    freeze_tool = tm.add(tg.Tool("Card freeze tool", capabilities={"write"}))
    # Pays a payee already set up on the customer's account.
    payment_tool = tm.add(
        tg.Tool(
            "Existing payee payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(
                    limit="GBP 1,000 per payment and GBP 2,500 per customer per day"
                ),
                c.PolicyEnforcement(
                    rules="core banking accepts only payees already on the account"
                ),
            },
        )
    )
    # Kept for complaints handling.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording and transcript store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # The system of record for accounts, cards and payments.
    core_banking = tm.add(
        tg.Endpoint(
            "Core banking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2 client credentials for the voice agent service")
            },
        )
    )

with tm.boundary("Contact-centre floor", trust=tg.Trust.INTERNAL):
    # Takes calls the agent hands over.
    advisor = tm.add(tg.Actor("Contact-centre advisor", role="advisor"))
    # Listens to recordings and reads transcripts when a customer complains.
    complaints = tm.add(tg.Actor("Complaints handler", role="complaints team"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(caller, voice_gateway, caller_audio, protocol="pstn")
tm.flow(voice_gateway, caller, agent_audio, protocol="pstn")
tm.flow(voice_gateway, stt, caller_audio, protocol="wss")
tm.flow(stt, voice_gateway, transcript, protocol="wss")
tm.flow(voice_gateway, agent, transcript)
tm.flow(agent, voice_gateway, reply_text)
tm.flow(voice_gateway, tts, reply_text, protocol="https")
tm.flow(tts, voice_gateway, agent_audio, protocol="https")
tm.flow(voice_gateway, recording_store, recordings)

# The agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Caller verification by one-time code
tm.flow(agent, otp_tool, otp_request)
tm.flow(otp_tool, agent, otp_result)
tm.flow(core_banking, otp_tool, mobile_number, protocol="mtls")
tm.flow(otp_tool, core_banking, customer_ref, label="customer lookup", protocol="mtls")
tm.flow(otp_tool, sms_gateway, otp_code, mobile_number, protocol="https")
tm.flow(sms_gateway, caller, otp_code, protocol="sms")

# Banking tools
tm.flow(agent, balance_tool, balance_call)
tm.flow(balance_tool, agent, balances)
tm.flow(balance_tool, core_banking, balance_call, protocol="mtls")
tm.flow(core_banking, balance_tool, balances, protocol="mtls")
tm.flow(agent, freeze_tool, freeze_call)
tm.flow(freeze_tool, agent, card_status)
tm.flow(freeze_tool, core_banking, freeze_call, protocol="mtls")
tm.flow(core_banking, freeze_tool, card_status, protocol="mtls")
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, core_banking, payment_call, protocol="mtls")
tm.flow(core_banking, payment_tool, payment_result, protocol="mtls")

# Humans
tm.flow(voice_gateway, advisor, handover, protocol="sip", label="transfer on request")
tm.flow(advisor, voice_gateway, agent_audio, protocol="sip", label="advisor speaks to the caller")
tm.flow(recording_store, complaints, recordings, protocol="https")
