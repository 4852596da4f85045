"""Bank call centre: voice authentication and LLM call summaries (first design).

Retail banking customers phone the contact centre. The telephony gateway answers,
and a licensed voice biometric engine, run in a restricted enclave of our data
centre, compares the caller's voice with the voiceprint stored at enrolment
(enrolment needs the customer's explicit consent) and tells the agent whether the
caller is verified. During the call a call-assist service streams the audio to a
cloud speech-to-text service, masks card numbers and security answers in the
transcript, adds the customer's CRM profile and the bank's procedures, and asks a
hosted LLM for a running summary and suggested next actions. The suggestions
appear on the agent's desktop; at wrap-up the summary is written into the CRM
automatically and the agent can edit it afterwards. Staff sign in with corporate
SSO and MFA; stores are encrypted and access is role-based. Both cloud AI
services passed the bank's vendor review (UK region, no training on our data).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank call centre voice authentication and call summaries",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Voice biometric caller verification plus LLM call summaries and "
        "next-action suggestions for retail banking contact-centre agents."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The live voice of the caller and the agent.",
)
voiceprint = tg.Data(
    "Customer voiceprint",
    kind="embeddings",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Biometric template made at enrolment (special-category data).",
)
verification_result = tg.Data(
    "Voice verification result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Match / no match / inconclusive, with the customer id claimed.",
)
recording = tg.Data(
    "Call recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Kept for complaints and regulatory review.",
)
transcript = tg.Data(
    "Call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
customer_profile = tg.Data(
    "Customer profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, products held, recent contacts, vulnerability flags.",
)
procedures = tg.Data(
    "Call handling procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, masked transcript so far, customer profile and procedures.",
)
llm_output = tg.Data(
    "Summary and suggested next actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
call_summary = tg.Data(
    "Call summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
suggestions = tg.Data(
    "Next-action suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
summary_edits = tg.Data("Agent summary edits", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can dial the bank's number and claim to be a customer.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # Streaming transcription; the bank does not run its own speech models.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Cloud streaming transcription in the UK region.",
            controls={c.SupplierAssessment(note="vendor review: UK region, no training on data")},
        )
    )
    # Writes the running summary and the next-action suggestions.
    summary_llm = tm.add(
        tg.LLM(
            "Call summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted general-purpose chat model in the bank's cloud tenant.",
            controls={c.SupplierAssessment(note="vendor review: UK region, no training on data")},
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # Answers calls, runs the IVR, routes to agents and forks the audio.
    gateway = tm.add(
        tg.Service(
            "Telephony gateway",
            description="Session border controller, IVR and call routing.",
        )
    )
    # Keeps every call for complaints handling and regulatory review.
    recordings = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={recording},
            controls={
                c.EncryptionAtRest(key_management="bank KMS"),
                c.RBAC(),
                c.RetentionLimits(days=2190),
            },
        )
    )
    # Builds the prompt, calls the LLM and pushes results to the CRM and the desktop.
    call_assist = tm.add(
        tg.Service(
            "Call-assist service",
            description="Transcribes, masks, prompts the LLM, writes the summary at wrap-up.",
            controls={
                c.DataMinimization(note="card numbers and security answers masked in transcript"),
                c.SecretsManagement(),
            },
        )
    )
    # System of record for customer contacts; summaries land here.
    crm = tm.add(
        tg.DataStore(
            "Customer CRM",
            stores={customer_profile, call_summary},
            controls={
                c.EncryptionAtRest(key_management="bank KMS"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Approved scripts and procedures the suggestions are grounded in.
    knowledge_base = tm.add(tg.DataStore("Procedures knowledge base", stores={procedures}))
    # The agent's web screen: verification status, live suggestions, wrap-up.
    desktop = tm.add(
        tg.Endpoint(
            "Agent desktop",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.UserTraining(note="agents told suggestions are advisory"),
            },
        )
    )

    with tm.boundary("Biometric enclave", trust=tg.Trust.RESTRICTED):
        # Decides whether the caller's voice matches the claimed customer.
        voice_engine = tm.add(
            tg.Model(
                "Voice biometric engine",
                task=tg.Task.VERIFICATION,
                high_stakes=True,
                description="Licensed vendor engine deployed on our servers; also enrols.",
                controls={c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)")},
            )
        )
        # Holds the enrolled voiceprints.
        voiceprints = tm.add(
            tg.DataStore(
                "Voiceprint store",
                stores={voiceprint},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.RBAC()},
            )
        )

with tm.boundary("Contact centre floor", trust=tg.Trust.INTERNAL):
    # Handles the call and acts on the verification result and suggestions.
    agent = tm.add(tg.Actor("Call centre agent", role="contact centre agent"))

# ---------------------------------------------------------------- flows
tm.flow(caller, gateway, call_audio, protocol="pstn")
tm.flow(gateway, caller, call_audio, protocol="pstn", label="IVR and agent voice")

tm.flow(gateway, voice_engine, call_audio, protocol="tls", label="first seconds of speech")
tm.flow(voiceprints, voice_engine, voiceprint, label="claimed customer's voiceprint")
tm.flow(voice_engine, voiceprints, voiceprint, label="enrolment")
tm.flow(voice_engine, gateway, verification_result, protocol="tls")
tm.flow(gateway, desktop, verification_result, protocol="https", label="screen pop")

tm.flow(gateway, recordings, recording)

tm.flow(gateway, call_assist, call_audio, protocol="tls", label="forked audio stream")
tm.flow(call_assist, stt, call_audio, protocol="wss")
tm.flow(stt, call_assist, transcript, protocol="wss")
tm.flow(crm, call_assist, customer_profile, protocol="https")
tm.flow(knowledge_base, call_assist, procedures)
tm.flow(call_assist, summary_llm, summary_prompt, protocol="https")
tm.flow(summary_llm, call_assist, llm_output, protocol="https")
tm.flow(call_assist, desktop, suggestions, transcript, protocol="wss")
tm.flow(call_assist, crm, call_summary, protocol="https", label="written at wrap-up")

tm.flow(desktop, agent, verification_result, suggestions, call_summary, protocol="https")
tm.flow(agent, desktop, summary_edits, protocol="https")
tm.flow(desktop, crm, summary_edits, protocol="https")
tm.flow(crm, desktop, customer_profile, call_summary, protocol="https")
