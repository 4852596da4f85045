"""University IT password-reset voice bot: the first design, before any security review.

Students and staff who are locked out call the IT help line. The call lands on a
cloud contact-centre platform, which transcribes the caller's speech and speaks the
bot's replies. A voice bot agent running in the university's cloud tenancy drives
the conversation with a hosted LLM: it asks for the student or staff ID and the
answers to the caller's enrolled security questions, and a verification service
checks them against the self-service reset database (three failures lock the
caller out of the bot for a day). Once verified, the bot resets the password
(reading a one-time temporary password to the caller) or clears the registered
MFA devices through the identity provider's Graph-style API, using an OAuth
client whose secret sits in a key vault. Anything it cannot handle is transferred
to a service-desk analyst, with a ticket in the ITSM tool summarising the call.
Transcripts are kept, encrypted, for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University IT password-reset voice bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone bot that verifies callers and resets passwords and MFA devices.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data("Caller audio", sensitivity=tg.Sensitivity.PII, kind="media")
analyst_audio = tg.Data("Analyst audio", sensitivity=tg.Sensitivity.PII, kind="media")
utterance = tg.Data(
    "Caller utterance transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of what the caller says, including ID and answers.",
)
bot_speech = tg.Data(
    "Bot reply speech",
    sensitivity=tg.Sensitivity.SECRET,
    kind="media",
    description="Synthesised replies; includes the temporary password when one is issued.",
)
bot_reply_text = tg.Data("Bot reply text", sensitivity=tg.Sensitivity.SECRET, kind="model-output")
llm_prompt = tg.Data(
    "Dialogue prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, conversation so far and the caller's last turn.",
)
llm_completion = tg.Data("Dialogue completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
claimed_identity = tg.Data(
    "Claimed identity and security answers",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
)
security_answers = tg.Data(
    "Enrolled security questions and answer hashes",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
verification_result = tg.Data(
    "Verification result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
reset_request = tg.Data(
    "Password reset call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
mfa_request = tg.Data(
    "MFA device reset call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
temp_password = tg.Data("Temporary password", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
idp_result = tg.Data(
    "Identity API result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
api_token = tg.Data(
    "Identity API access token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
handoff = tg.Data(
    "Handoff ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Caller ID, reason for transfer and a bot-written call summary.",
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who knows the help-line number can call; the bot must establish who they are.
    caller = tm.add(tg.Actor("Caller", role="student or staff member"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Terminates the phone call, does speech-to-text / text-to-speech and call transfer.
    telephony = tm.add(
        tg.Service(
            "Contact-centre platform",
            description="Cloud contact centre: IVR entry point, ASR, TTS and warm transfer.",
        )
    )
    # The vendor's speech recogniser that turns caller audio into text for the bot.
    asr = tm.add(
        tg.Model(
            "Speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that decides the next dialogue step and which tool to call.
    llm = tm.add(tg.LLM("Hosted dialogue LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Identity provider tenant", trust=tg.Trust.PARTNER):
    # The university's cloud directory: accounts, passwords and MFA registrations.
    idp = tm.add(
        tg.ExternalService(
            "Identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.AuditLogging(note="directory audit log of every admin operation")},
        )
    )

with tm.boundary("ITSM SaaS", trust=tg.Trust.PARTNER):
    # Service-desk ticketing tool where transferred calls get a ticket.
    itsm = tm.add(tg.ExternalService("Service-desk ticketing system"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Orchestrates the call: runs the verification script and the reset actions on its own.
    bot = tm.add(
        tg.Agent(
            "Voice bot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40, note="call is transferred after 40 turns")},
        )
    )
    # Checks the claimed ID and security answers; locks out after three failures.
    verifier = tm.add(
        tg.Service(
            "Caller verification service",
            controls={
                c.RateLimiting(note="3 failed verifications per ID lock the bot out for 24 h")
            },
        )
    )
    # Calls the identity provider to set a temporary password on the verified account.
    reset_tool = tm.add(
        tg.Tool(
            "Password reset tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="OAuth client secret in the cloud key vault")},
        )
    )
    # Calls the identity provider to remove the account's registered MFA methods.
    mfa_tool = tm.add(
        tg.Tool(
            "MFA reset tool",
            capabilities={"write", "delete"},
            controls={c.SecretsManagement(note="shares the reset OAuth client")},
        )
    )
    # Opens a ticket and asks the contact centre to transfer the call to a person.
    handoff_tool = tm.add(
        tg.Tool("Service-desk handoff tool", capabilities={"write", "send-messages"})
    )
    # Keeps call transcripts for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Identity data tier", trust=tg.Trust.RESTRICTED):
        # Self-service reset enrolment: the security questions each user chose.
        sspr_db = tm.add(
            tg.DataStore(
                "Security question database",
                stores={security_answers},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Service desk", trust=tg.Trust.INTERNAL):
    # Takes over calls the bot cannot finish.
    analyst = tm.add(tg.Actor("Service-desk analyst", role="IT support staff", privileged=True))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# the call
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, bot_speech, analyst_audio, protocol="pstn")
tm.flow(telephony, asr, caller_audio)
tm.flow(asr, telephony, utterance)
tm.flow(telephony, bot, utterance, protocol="https")
tm.flow(bot, telephony, bot_reply_text, protocol="https")

# dialogue reasoning
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, llm_completion, protocol="https")

# verification
tm.flow(bot, verifier, claimed_identity, protocol="https")
tm.flow(verifier, bot, verification_result, protocol="https")
tm.flow(sspr_db, verifier, security_answers, protocol="tls", controls=tls)

# resets
tm.flow(bot, reset_tool, reset_request)
tm.flow(
    reset_tool,
    idp,
    reset_request,
    temp_password,
    api_token,
    protocol="https",
    controls={c.Authentication(method="OAuth2 client credentials")},
)
tm.flow(idp, reset_tool, idp_result, protocol="https")
tm.flow(reset_tool, bot, temp_password, idp_result)
tm.flow(bot, mfa_tool, mfa_request)
tm.flow(
    mfa_tool,
    idp,
    mfa_request,
    api_token,
    protocol="https",
    controls={c.Authentication(method="OAuth2 client credentials")},
)
tm.flow(idp, mfa_tool, idp_result, protocol="https")
tm.flow(mfa_tool, bot, idp_result)

# handoff to people
tm.flow(bot, handoff_tool, handoff)
tm.flow(handoff_tool, itsm, handoff, protocol="https")
tm.flow(handoff_tool, telephony, handoff, protocol="https", label="transfer request")
tm.flow(telephony, analyst, caller_audio, protocol="sip", label="transferred call")
tm.flow(analyst, telephony, analyst_audio, protocol="sip", label="analyst speaks to caller")
tm.flow(itsm, analyst, handoff, protocol="https")

# records
tm.flow(bot, transcript_store, transcripts)
