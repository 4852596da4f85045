"""Court fines payment plan voicebot: the first design, before any security review.

People who owe a court fine ring the fines line and speak to a voicebot instead of
waiting for a fines officer. The bot asks for the case reference, surname and date of
birth, looks the case up in the fines case management system, explains the balance and
sets up an instalment plan or takes a card payment there and then. The bot runs in the
courts service's cloud tenancy: calls arrive from a contact-centre telephony provider,
speech is transcribed and voiced by a cloud speech vendor, and a hosted LLM drives the
conversation and chooses the tools. Card digits are keyed on the phone keypad; the
telephony provider's DTMF masking sends them straight to the payment service provider,
so neither the bot nor the LLM hears them. Plans outside standard terms are referred to
a fines officer. Plan rules are enforced by the fines system, the LLM vendor's content
filter is on, the case system is encrypted with role-based staff access, and call
transcripts are kept for six months.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court fines payment plan voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Phone voicebot that identifies people who owe court fines, sets up "
    "payment plans and takes card payments.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller speech audio", sensitivity=tg.Sensitivity.PII, kind="media")
caller_utterance = tg.Data(
    "Caller utterance transcript", sensitivity=tg.Sensitivity.PII, kind="prompt"
)
bot_reply = tg.Data("Bot reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
bot_audio = tg.Data("Synthesised bot speech", sensitivity=tg.Sensitivity.PII, kind="media")
llm_prompt = tg.Data(
    "Conversation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation so far and the case summary from tools.",
)
llm_completion = tg.Data(
    "LLM completion and tool choice", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
identity_check = tg.Data(
    "Case reference, surname and date of birth",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
)
case_record = tg.Data(
    "Fine case record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Offence, court, imposed fine, balance, enforcement stage, defendant details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_summary = tg.Data(
    "Case summary and balance", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
plan_request = tg.Data("Payment plan request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
plan_result = tg.Data(
    "Payment plan confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
payment_request = tg.Data(
    "Card payment request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Case reference and the amount the caller asked to pay.",
)
payment_session = tg.Data(
    "Secure card capture session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Card number, expiry and security code keyed as DTMF tones.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_outcome = tg.Data(
    "Card payment outcome", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
payment_record = tg.Data("Payment record", sensitivity=tg.Sensitivity.PII, kind="records")
referral = tg.Data(
    "Officer referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Callback task for a plan outside standard terms, with the reason.",
)
transcript = tg.Data("Call transcript", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the fines line and claim to be the person who owes the fine.
    caller = tm.add(tg.Actor("Caller", role="person who owes a fine"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Contact-centre platform: answers the number, streams audio, masks keypad digits.
    telephony = tm.add(
        tg.ExternalService(
            "Contact centre telephony platform",
            description="Answers the fines line, streams call audio to the bot and "
            "diverts DTMF card digits to the payment service provider.",
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Cloud speech-to-text and text-to-speech.
    speech = tm.add(
        tg.ExternalService(
            "Cloud speech service",
            provides="model-api",
            description="Streaming transcription of the caller and synthesis of the bot's replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the conversation and picks the next tool call.
    llm = tm.add(
        tg.LLM(
            "Hosted conversation LLM",
            origin="third-party-api",
            description="General-purpose chat model behind the vendor's API, UK region.",
            controls={c.Guardrails(note="the vendor's content safety filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquiring for the courts service.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Takes the card payment from the masked DTMF capture and "
            "reports the outcome.",
        )
    )

with tm.boundary("Courts cloud tenancy", trust=tg.Trust.INTERNAL):
    # The voicebot itself: runs the call, talks to the LLM and calls the tools.
    bot = tm.add(
        tg.Agent(
            "Fines voicebot",
            autonomy="autonomous",
            description="Identifies the caller, explains the balance, sets up plans and "
            "takes payments with no officer on the call.",
        )
    )
    # Finds the case only when reference, surname and date of birth all match.
    case_lookup = tm.add(
        tg.Tool(
            "Case lookup tool",
            capabilities={"read"},
            description="Returns the case whose reference, surname and date of birth match.",
            controls={
                c.Authentication(
                    method="case reference, surname and date of birth matched to the case record"
                ),
                c.RateLimiting(note="three failed identity attempts end the call"),
            },
        )
    )
    # Writes an instalment plan onto the case.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"read", "write"},
            description="Creates an instalment plan on the identified case.",
            controls={
                c.PolicyEnforcement(
                    rules="fines system refuses plans below the minimum weekly instalment "
                    "or longer than the maximum term"
                )
            },
        )
    )
    # Starts a masked card capture for the amount the caller wants to pay.
    payment_tool = tm.add(
        tg.Tool(
            "Card payment tool",
            capabilities={"money-movement", "write"},
            description="Opens a secure card capture session at the payment provider for "
            "the amount the bot passes, then records the payment on the case.",
            controls={c.SecretsManagement(note="PSP API key in the cloud key vault")},
        )
    )
    # Hands a caller to a fines officer when the plan they need is outside standard terms.
    referral_tool = tm.add(
        tg.Tool(
            "Officer referral tool",
            capabilities={"write"},
            description="Creates a callback task for a fines officer on the case.",
        )
    )
    # Transcripts of every call, for complaints and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcript},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180),
            },
        )
    )

with tm.boundary("Courts data centre", trust=tg.Trust.RESTRICTED):
    # System of record for fines, plans and payments.
    case_system = tm.add(
        tg.DataStore(
            "Fines case management system",
            stores={case_record, payment_record, referral},
            controls={
                c.EncryptionAtRest(key_management="data centre HSM"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Courts staff network", trust=tg.Trust.INTERNAL):
    # Works referrals and reviews calls that went wrong.
    officer = tm.add(tg.Actor("Fines officer", role="fines enforcement officer"))

# ---------------------------------------------------------------- flows
# the call
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, bot_audio, protocol="pstn")
tm.flow(telephony, bot, caller_audio, protocol="wss", label="call audio stream")
tm.flow(bot, telephony, bot_audio, protocol="wss", label="bot speech")
tm.flow(bot, speech, caller_audio, protocol="wss", label="transcribe")
tm.flow(speech, bot, caller_utterance, protocol="wss")
tm.flow(bot, speech, bot_reply, protocol="https", label="synthesise")
tm.flow(speech, bot, bot_audio, protocol="https")

# the model
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, llm_completion, protocol="https")

# identity check and case lookup
tm.flow(bot, case_lookup, identity_check)
tm.flow(case_lookup, case_system, identity_check, protocol="https")
tm.flow(case_system, case_lookup, case_record, protocol="https")
tm.flow(case_lookup, bot, case_summary)

# payment plan
tm.flow(bot, plan_tool, plan_request)
tm.flow(plan_tool, case_system, plan_request, protocol="https")
tm.flow(case_system, plan_tool, plan_result, protocol="https")
tm.flow(plan_tool, bot, plan_result)

# card payment: digits go keypad -> telephony masking -> PSP, never through the bot
tm.flow(bot, payment_tool, payment_request)
tm.flow(payment_tool, psp, payment_request, protocol="https", label="open capture session")
tm.flow(psp, payment_tool, payment_session, protocol="https")
tm.flow(payment_tool, telephony, payment_session, protocol="https", label="start DTMF masking")
tm.flow(caller, telephony, card_details, protocol="pstn", label="keypad digits")
tm.flow(telephony, psp, card_details, protocol="https", label="masked DTMF capture")
tm.flow(psp, payment_tool, payment_outcome, protocol="https")
tm.flow(payment_tool, case_system, payment_record, protocol="https")
tm.flow(payment_tool, bot, payment_outcome)

# referral to a person
tm.flow(bot, referral_tool, referral)
tm.flow(referral_tool, case_system, referral, protocol="https")

# records and staff
tm.flow(bot, transcripts, transcript)
tm.flow(officer, case_system, case_record, protocol="https", label="works referrals")
tm.flow(case_system, officer, case_record, referral, protocol="https")
tm.flow(transcripts, officer, transcript, protocol="https", label="call review")
