"""Fintech support voice bot: the first design, before any security review.

Customers of our card and current-account app call the support number. A CPaaS
telephony provider answers and streams the call audio to our voice gateway, which
uses a vendor's speech API for speech-to-text and text-to-speech. An LLM voice agent
answers account questions (balance, recent payments, card status), freezes a card
through the card issuing processor, and resets app access (unbinds the app from the
old phone and texts a reset link to the number on file). Before any account detail
or action it runs an identity check: a voice biometrics vendor matches the caller's
voice to the voiceprint enrolled in the app, and the caller answers knowledge
questions checked against the customer record. Calls it cannot handle are handed to
a human support agent. The reset tool refuses unless the call session is verified;
card processor calls use mutual TLS; the customer database is encrypted, role-based
and audited; transcripts are kept for quality review.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fintech support voice bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone voice bot that answers account questions, freezes cards and resets "
    "app access after voice and knowledge checks.",
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data("Caller speech", sensitivity=tg.Sensitivity.PII, kind="media")
call_event = tg.Data(
    "Incoming call webhook",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Call id and the caller's presented phone number.",
)
utterance = tg.Data("Caller utterance transcript", sensitivity=tg.Sensitivity.PII, kind="prompt")
bot_reply = tg.Data("Bot reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
bot_speech = tg.Data("Synthesized bot speech", sensitivity=tg.Sensitivity.PII, kind="media")
llm_prompt = tg.Data(
    "Prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the call so far and tool results about the customer.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
id_answers = tg.Data(
    "Identity check request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Claimed customer, their answers to knowledge questions and a voice sample.",
)
voice_sample = tg.Data("Caller voice sample", sensitivity=tg.Sensitivity.PII, kind="media")
voiceprints = tg.Data(
    "Enrolled voiceprints",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Biometric templates customers enrolled in the app.",
)
voice_score = tg.Data("Voice match score", sensitivity=tg.Sensitivity.PII, kind="model-output")
kba_reference = tg.Data(
    "Knowledge check reference data",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Date of birth, postcode, last card digits and recent payments on file.",
)
id_result = tg.Data("Identity check result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
account_query = tg.Data("Account query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_records = tg.Data(
    "Customer account records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Profile, balances, transactions, cards and app device bindings.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
account_summary = tg.Data("Account summary", sensitivity=tg.Sensitivity.PII, kind="tool-result")
freeze_call = tg.Data("Card freeze instruction", sensitivity=tg.Sensitivity.PII, kind="tool-call")
card_status = tg.Data("Card status change", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
card_confirm = tg.Data(
    "Card status confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
reset_call = tg.Data(
    "App access reset instruction", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
binding_revocation = tg.Data(
    "App device binding revocation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
reset_link = tg.Data(
    "App reset link SMS",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="One-time link that lets the customer register the app on a new phone.",
)
reset_result = tg.Data("App reset result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
handoff = tg.Data("Handoff summary", sensitivity=tg.Sensitivity.PII, kind="model-output")
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can dial the support number and claim to be a customer.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # CPaaS that owns the phone number, streams call media and sends our SMS.
    telephony = tm.add(tg.ExternalService("CPaaS telephony provider"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Streaming speech-to-text and text-to-speech.
    speech = tm.add(
        tg.ExternalService("Speech recognition and synthesis API", provides="model-api")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the conversation and chooses tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Voice biometrics vendor", trust=tg.Trust.PARTNER):
    # Matches the caller's voice against the voiceprint enrolled in the app.
    voice_model = tm.add(
        tg.Model(
            "Voice biometrics verification model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # The vendor keeps the enrolled templates on our behalf.
    voiceprint_store = tm.add(tg.DataStore("Voiceprint store", stores={voiceprints}))

with tm.boundary("Support platform", trust=tg.Trust.INTERNAL):
    # Terminates the provider's media stream and turns speech into turns of text.
    gateway = tm.add(
        tg.Service(
            "Voice gateway",
            internet_facing=True,
            description="Receives call webhooks and media streams from the telephony provider.",
        )
    )
    # The bot: holds the call session and decides what to say and which tool to call.
    agent = tm.add(
        tg.Agent(
            "Voice support agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="LLM agent handling the whole call; hands over to a person when stuck.",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Runs the voice match and the knowledge questions, and marks the session verified.
    id_tool = tm.add(
        tg.Tool(
            "Identity verification tool",
            capabilities={"read"},
            description="Compares the caller's answers with the customer record and asks the "
            "voice biometrics vendor for a match score; passes above a fixed threshold.",
        )
    )
    # Answers balance, payment and card status questions.
    account_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Reads the customer's profile, balances, recent transactions and cards.",
        )
    )
    # Freezes a lost or stolen card at the issuing processor.
    freeze_tool = tm.add(tg.Tool("Card freeze tool", capabilities={"write"}))
    # Unbinds the app from the old phone and texts a reset link to the number on file.
    reset_tool = tm.add(
        tg.Tool(
            "App access reset tool",
            capabilities={"write", "send-messages"},
            description="Revokes the app device binding and sends a one-time reset link by SMS "
            "to the phone number on the customer record.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="reset tool refuses unless the call session is marked verified by "
                    "the identity verification tool"
                )
            },
        )
    )
    # Transcripts for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # Our system of record for customers, accounts, cards and app devices.
    customer_db = tm.add(
        tg.DataStore(
            "Customer account database",
            stores={account_records, kba_reference},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # The issuer processor that authorises card payments and holds card status.
    processor = tm.add(tg.ExternalService("Card issuing processor"))

with tm.boundary("Support centre", trust=tg.Trust.INTERNAL):
    # Takes over calls the bot cannot handle.
    support_staff = tm.add(tg.Actor("Human support agent", role="support staff"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(caller, telephony, caller_speech, protocol="pstn")
tm.flow(telephony, caller, bot_speech, protocol="pstn")
tm.flow(telephony, gateway, call_event, protocol="https", label="incoming call webhook")
tm.flow(telephony, gateway, caller_speech, protocol="wss", label="media stream")
tm.flow(gateway, telephony, bot_speech, protocol="wss", label="media stream")

# Speech
tm.flow(gateway, speech, caller_speech, protocol="wss")
tm.flow(speech, gateway, utterance, protocol="wss")
tm.flow(gateway, speech, bot_reply, protocol="https", label="text to speech")
tm.flow(speech, gateway, bot_speech, protocol="https", label="text to speech")

# Conversation
tm.flow(gateway, agent, utterance, voice_sample)
tm.flow(agent, gateway, bot_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Identity check
tm.flow(agent, id_tool, id_answers, voice_sample)
tm.flow(id_tool, voice_model, voice_sample, protocol="https")
tm.flow(voiceprint_store, voice_model, voiceprints)
tm.flow(voice_model, id_tool, voice_score, protocol="https")
tm.flow(customer_db, id_tool, kba_reference)
tm.flow(id_tool, agent, id_result)

# Account questions
tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, customer_db, account_query)
tm.flow(customer_db, account_tool, account_records)
tm.flow(account_tool, agent, account_summary)

# Card freeze
tm.flow(agent, freeze_tool, freeze_call)
tm.flow(freeze_tool, processor, card_status, protocol="mtls")
tm.flow(processor, freeze_tool, card_confirm, protocol="mtls")
tm.flow(freeze_tool, agent, card_confirm)

# App access reset
tm.flow(agent, reset_tool, reset_call)
tm.flow(reset_tool, customer_db, binding_revocation)
tm.flow(customer_db, reset_tool, account_records, label="phone number on file")
tm.flow(reset_tool, telephony, reset_link, protocol="https")
tm.flow(telephony, caller, reset_link, protocol="sms")
tm.flow(reset_tool, agent, reset_result)

# Handoff to a person
tm.flow(agent, support_staff, handoff, protocol="https")
