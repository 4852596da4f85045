"""Phone banking voice assistant: the first design, before any security review.

Retail customers ring the bank's telephone banking number. The call lands on the
contact-centre voice gateway (IVR), which streams the caller's audio to a cloud
speech service for transcription and speaks the assistant's replies back with the
same vendor's text-to-speech. Before the assistant answers anything about an
account, an authentication service checks the caller's voice against their
enrolled voiceprint and asks for the six-digit telephone banking PIN on the keypad.
An LLM agent in the bank's contact-centre zone, backed by a hosted LLM in the
bank's cloud tenant, answers balance and card questions through two tools: a
read-only account lookup against core banking and a card-control tool that can
read card status and block a card. Calls can be handed to a human agent with a
summary. Calls and transcripts are recorded. Links to the cloud vendors use TLS,
the voiceprint, PIN and recording stores are encrypted, and card changes are
audit-logged in the card system; blocking runs without a staff approval.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Phone banking voice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Voice assistant on the bank's phone line answering balance and card questions "
        "after voice-biometric and PIN checks, able to block cards."
    ),
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live call audio from the caller, streamed in 20 ms frames.",
)
pin_entry = tg.Data(
    "Telephone banking PIN entry",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six DTMF digits keyed by the caller.",
)
pin_hashes = tg.Data("Telephone PIN hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
voiceprints = tg.Data(
    "Voiceprint templates",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Biometric voice templates enrolled from earlier calls with the customer's consent.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
voice_match = tg.Data(
    "Voice match score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Similarity score and accept/reject against the claimed customer's voiceprint.",
)
auth_session = tg.Data(
    "Authenticated call session",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer ID, call ID and authentication level for the call.",
)
utterance = tg.Data("Caller utterance transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply_text = tg.Data("Assistant reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply_audio = tg.Data("Synthesised reply audio", kind="media", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results for this call.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
balance_call = tg.Data(
    "Account lookup call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
balance_result = tg.Data(
    "Balances and recent transactions", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
card_call = tg.Data(
    "Card status or block call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_result = tg.Data(
    "Card status result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Masked card numbers (last four digits), status and recent declines.",
)
account_records = tg.Data(
    "Account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
card_records = tg.Data(
    "Card records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card accounts with PAN, expiry and status, held by the card platform.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
block_instruction = tg.Data(
    "Card block instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
recordings = tg.Data(
    "Call recordings and transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full call audio, transcripts and tool calls, kept for complaints and conduct review.",
)
handoff = tg.Data(
    "Handoff summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="LLM-written summary of the call so far, shown to the human agent on transfer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the number, including someone claiming to be a customer.
    caller = tm.add(tg.Actor("Caller", role="retail banking customer"))

with tm.boundary("Cloud speech provider", trust=tg.Trust.PARTNER):
    # Managed streaming speech-to-text and text-to-speech; we do not run the models.
    speech = tm.add(
        tg.Model(
            "Cloud speech service",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Streaming speech recognition and neural text-to-speech, UK English.",
        )
    )

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, a hosted deployment in the bank's tenant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, deployed in the bank's cloud tenant.",
            controls={c.Guardrails(note="the provider's default content filter")},
        )
    )

with tm.boundary("Contact-centre zone", trust=tg.Trust.INTERNAL):
    # Terminates the SIP trunk from the carrier, plays prompts, collects DTMF and bridges audio.
    gateway = tm.add(
        tg.Service(
            "Voice gateway (IVR)",
            description="Contact-centre telephony platform; no assistant turn runs before authentication passes.",
            controls={
                c.Authentication(method="voice biometric match and six-digit telephone banking PIN")
            },
        )
    )
    # Decides whether the caller is the customer they claim to be.
    auth_service = tm.add(
        tg.Service(
            "Caller authentication service",
            description="Looks up the customer from the calling number or account number given, "
            "runs the voice match and checks the keyed PIN against its hash.",
        )
    )
    # The assistant: an LLM agent that plans each turn and calls the banking tools.
    assistant = tm.add(
        tg.Agent(
            "Voice banking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers balance and card questions and blocks a card after the caller "
            "confirms the last four digits; transfers to a human agent on request.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only lookup of the session customer's accounts.
    balance_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Fetches balances and last ten transactions for the customer ID of the call session.",
            controls={c.LeastPrivilegeTools(note="read-only core banking API scope")},
        )
    )
    # Reads card status and can put a block on a card.
    card_tool = tm.add(
        tg.Tool(
            "Card control tool",
            capabilities={"read", "write"},
            description="Lists the session customer's cards and sets a permanent block on one.",
        )
    )
    # Recording of every call, kept by the contact centre.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Authentication enclave", trust=tg.Trust.RESTRICTED):
        # Licensed voice-biometric engine deployed on bank servers.
        biometric = tm.add(
            tg.Model(
                "Voice biometric engine",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
                returns_scores=True,
                description="Vendor speaker-verification engine running on our own servers.",
            )
        )
        # Enrolled voiceprints, one per consenting customer.
        voiceprint_store = tm.add(
            tg.DataStore(
                "Voiceprint store",
                stores={voiceprints},
                controls={c.EncryptionAtRest(key_management="HSM-held keys")},
            )
        )
        # Hashes of telephone banking PINs.
        pin_store = tm.add(
            tg.DataStore(
                "Telephone PIN store",
                stores={pin_hashes},
                controls={c.EncryptionAtRest(key_management="HSM-held keys")},
            )
        )

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # System of record for accounts and balances.
    core_banking = tm.add(tg.DataStore("Core banking system", stores={account_records}))
    # Card issuing platform; where blocks are applied.
    card_system = tm.add(
        tg.DataStore(
            "Card management system",
            stores={card_records},
            controls={c.AuditLogging(note="every card status change is logged with its channel")},
        )
    )

with tm.boundary("Contact-centre floor", trust=tg.Trust.INTERNAL):
    # Human agent who takes transferred calls.
    human_agent = tm.add(tg.Actor("Contact-centre agent", role="telephone banking agent"))

# ---------------------------------------------------------------- flows
# the call itself
tm.flow(caller, gateway, caller_audio, pin_entry, protocol="pstn")
tm.flow(gateway, caller, reply_audio, protocol="pstn")
tm.flow(gateway, speech, caller_audio, reply_text, protocol="wss", label="streaming STT and TTS")
tm.flow(speech, gateway, utterance, reply_audio, protocol="wss")

# authentication
tm.flow(gateway, auth_service, caller_audio, pin_entry, protocol="https")
tm.flow(auth_service, biometric, caller_audio, protocol="https")
tm.flow(voiceprint_store, biometric, voiceprints)
tm.flow(biometric, voiceprint_store, voiceprints, label="enrolment and template update")
tm.flow(biometric, auth_service, voice_match, protocol="https")
tm.flow(pin_store, auth_service, pin_hashes)
tm.flow(auth_service, gateway, auth_session, protocol="https")

# assistant turns
tm.flow(gateway, assistant, auth_session, utterance, protocol="grpc")
tm.flow(assistant, gateway, reply_text, protocol="grpc")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, balance_tool, balance_call, protocol="local")
tm.flow(balance_tool, assistant, balance_result, protocol="local")
tm.flow(assistant, card_tool, card_call, protocol="local")
tm.flow(card_tool, assistant, card_result, protocol="local")
tm.flow(balance_tool, core_banking, balance_call, protocol="https")
tm.flow(core_banking, balance_tool, account_records, protocol="https")
tm.flow(card_tool, card_system, block_instruction, protocol="mtls")
tm.flow(card_system, card_tool, card_records, protocol="mtls")

# recording and handoff
tm.flow(gateway, recording_store, recordings, protocol="https")
tm.flow(assistant, recording_store, recordings, protocol="https", label="transcript and tool calls")
tm.flow(gateway, human_agent, caller_audio, label="call transfer")
tm.flow(assistant, human_agent, handoff, protocol="https", label="agent desktop screen pop")
tm.flow(human_agent, caller, reply_audio, protocol="pstn")
