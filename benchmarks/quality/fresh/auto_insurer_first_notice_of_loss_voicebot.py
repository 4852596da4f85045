"""First notice of loss voicebot for a motor insurer: the first design.

Policyholders who have just had a car accident call the claims line. The
contact-centre provider's telephony platform answers and streams the call over
a SIP trunk to our voice gateway in the insurer's cloud VPC. The gateway uses a
hosted speech service for speech-to-text and text-to-speech. A voicebot agent,
backed by a hosted LLM, talks the caller through the accident questions. It
identifies the policy with a lookup tool (policy number and date of birth), opens
the claim in the claims system through a claims tool, and, when the car cannot be
driven, books a recovery truck with our recovery partner's dispatch API. Calls are
recorded and transcribed for the claims file. Claims handlers pick up new claims
from the claims system the next working day. Controls in this design: a step cap
on the agent, the LLM vendor's content filter and vendor review, encryption and
role-based access on the core systems, and audit logging in the claims system.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motor FNOL voicebot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Phone voicebot that takes first notice of loss after car accidents, "
        "opens claims and books recovery trucks for an EU motor insurer."
    ),
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller speech audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's voice: name, policy number, accident account, location.",
)
bot_audio = tg.Data("Synthesised bot speech", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Caller utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each caller turn, as the agent reads it.",
)
reply_text = tg.Data("Bot reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Voicebot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policy_query = tg.Data(
    "Policy lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number and date of birth given by the caller.",
)
policy_records = tg.Data(
    "Motor policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Policyholder, named drivers, insured vehicles, cover and recovery add-on.",
)
policy_summary = tg.Data(
    "Policy cover summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Holder name, vehicle registration, cover level, recovery cover yes/no.",
)
claim_call = tg.Data(
    "Claim creation call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Accident date, place, circumstances, third parties, injuries mentioned.",
)
fnol_claim = tg.Data(
    "FNOL claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="New claim with the caller's account of the accident and any injuries.",
)
claim_reference = tg.Data("Claim reference", kind="tool-result", sensitivity=tg.Sensitivity.PII)
recovery_call = tg.Data(
    "Recovery booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicle registration, breakdown location, caller phone number, destination.",
)
recovery_job = tg.Data("Recovery job request", kind="records", sensitivity=tg.Sensitivity.PII)
recovery_confirmation = tg.Data(
    "Recovery job confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Job number, truck ETA and driver contact.",
)
recovery_result = tg.Data(
    "Recovery booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
recordings = tg.Data(
    "Call recordings and transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
claim_updates = tg.Data("Claim handling updates", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The person calling after the accident: policyholder, named driver or anyone with the number.
    caller = tm.add(tg.Actor("Policyholder caller", role="policyholder"))

with tm.boundary("Contact-centre provider", trust=tg.Trust.PARTNER):
    # CCaaS platform that owns the claims phone number and hands calls to us over SIP.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony platform",
            description="Contact-centre-as-a-service platform answering the claims line.",
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text and text-to-speech API; we do not run speech models ourselves.
    speech = tm.add(
        tg.ExternalService(
            "Speech service",
            provides="model-api",
            description="Streaming speech-to-text and neural text-to-speech.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the conversation and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            description="General-purpose chat model behind the vendor's API, with function calling.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement review and DPA with zero data retention"),
            },
        )
    )

with tm.boundary("Insurer cloud VPC", trust=tg.Trust.INTERNAL):
    # Terminates the SIP trunk, relays audio to the speech service and turns text into turns.
    gateway = tm.add(
        tg.Service(
            "Voice gateway",
            description="Media server: call control, barge-in, recording, STT/TTS relay.",
        )
    )
    # The voicebot itself: runs the FNOL script, decides which tool to call next.
    agent = tm.add(
        tg.Agent(
            "FNOL voicebot agent",
            autonomy="autonomous",
            description="Completes the call on its own; claims handlers see the claim afterwards.",
            controls={
                c.CircuitBreaker(max_steps=60, note="hangs up to a human queue after 60 turns")
            },
        )
    )
    # Finds the caller's policy and cover so the bot knows who is calling and what they have.
    policy_tool = tm.add(
        tg.Tool(
            "Policy lookup tool",
            capabilities={"read"},
            description="Returns the policy matching the policy number and date of birth given.",
            controls={
                c.Authentication(
                    method="policy number and date of birth matched to the policy record"
                )
            },
        )
    )
    # Opens the claim: the whole point of first notice of loss.
    claims_tool = tm.add(
        tg.Tool(
            "Claim creation tool",
            capabilities={"write"},
            description="Creates a new FNOL claim against the identified policy.",
            controls={c.InputValidation(note="claims API rejects missing mandatory FNOL fields")},
        )
    )
    # Books a recovery truck when the car is not driveable.
    recovery_tool = tm.add(
        tg.Tool(
            "Recovery booking tool",
            capabilities={"write", "network-egress"},
            description="Books a tow with the recovery partner's dispatch API.",
        )
    )
    # Recordings and transcripts kept for the claims file and complaint handling.
    recording_store = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recordings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # System of record for motor policies.
    policy_admin = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={policy_records},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Where claims live and are handled.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={fnol_claim, claim_updates},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="database TDE"),
                c.AuditLogging(note="every claim change is logged with user and time"),
            },
        )
    )

with tm.boundary("Recovery partner", trust=tg.Trust.PARTNER):
    # National recovery network that sends the tow trucks.
    recovery_partner = tm.add(
        tg.ExternalService(
            "Recovery dispatch API",
            description="The recovery partner's job booking API.",
        )
    )

with tm.boundary("Claims office", trust=tg.Trust.INTERNAL):
    # Picks up the bot's claims, calls the customer back and handles the claim.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, bot_audio, protocol="pstn")
tm.flow(telephony, gateway, caller_audio, protocol="sips", label="SIP trunk")
tm.flow(gateway, telephony, bot_audio, protocol="sips", label="SIP trunk")

# Speech in and out
tm.flow(gateway, speech, caller_audio, protocol="wss", label="streaming STT")
tm.flow(speech, gateway, utterance, protocol="wss", label="streaming STT")
tm.flow(gateway, speech, reply_text, protocol="https", label="TTS request")
tm.flow(speech, gateway, bot_audio, protocol="https", label="TTS audio")

# Conversation
tm.flow(gateway, agent, utterance)
tm.flow(agent, gateway, reply_text)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_admin, policy_query, protocol="https")
tm.flow(policy_admin, policy_tool, policy_records, protocol="https")
tm.flow(policy_tool, agent, policy_summary)

tm.flow(agent, claims_tool, claim_call)
tm.flow(claims_tool, claims_system, fnol_claim, protocol="https")
tm.flow(claims_system, claims_tool, claim_reference, protocol="https")
tm.flow(claims_tool, agent, claim_reference)

tm.flow(agent, recovery_tool, recovery_call)
tm.flow(
    recovery_tool,
    recovery_partner,
    recovery_job,
    protocol="https",
    controls={c.Authentication(method="partner-issued API key")},
)
tm.flow(recovery_partner, recovery_tool, recovery_confirmation, protocol="https")
tm.flow(recovery_tool, agent, recovery_result)

# Records
tm.flow(gateway, recording_store, recordings, label="call recording and transcript")
tm.flow(claims_system, handler, fnol_claim, protocol="https", label="new claims queue")
tm.flow(handler, claims_system, claim_updates, protocol="https")
