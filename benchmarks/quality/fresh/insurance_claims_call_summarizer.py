"""Insurance claims call summarizer: the first design, before any security review.

Policyholders phone the insurer's claims contact centre to report and chase
claims. Calls run on a hosted contact-centre (CCaaS) platform, which exports each
recording to a bucket in the insurer's cloud when the call ends. A summarizer
service sends the recording to a vendor speech-to-text API, pulls the claim's
policy and history from the claims management system, and asks a hosted LLM to
write a call summary and a list of next actions, which it writes straight into
the claim file. Claims adjusters read the summaries in the claims workbench and
act on them: request documents, set reserves, approve or decline payments.
The workbench uses corporate SSO with MFA and role-based access; the claims
system and the recording bucket are encrypted at rest; vendor calls use HTTPS
and both AI vendors went through the insurer's supplier review. EU insurer,
so GDPR applies; calls often include health details of injured parties.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Insurance claims call summarizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries and next actions of claims calls, written into the claim file.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Both sides of the call; may include injury and health details.",
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller number, agent id, claim number typed in by the agent, timestamps.",
)
recording = tg.Data("Call recording", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data(
    "Call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
claim_context = tg.Data(
    "Claim context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy cover, claim status, previous notes and payments.",
)
prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript and the claim context.",
)
summary = tg.Data(
    "Call summary and next actions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_file = tg.Data(
    "Claim file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
claim_decision = tg.Data(
    "Claim handling decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Document requests, reserve changes, payment approvals and declines.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The policyholder or third-party claimant on the phone.
    claimant = tm.add(tg.Actor("Claimant", role="policyholder or claimant"))

with tm.boundary("Contact-centre vendor", trust=tg.Trust.PARTNER):
    # Hosted telephony, call routing and recording for the contact centre.
    telephony = tm.add(
        tg.ExternalService(
            "CCaaS telephony platform",
            description="Routes calls to agents, records them, exports recordings.",
        )
    )

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Turns the recording into a speaker-separated transcript.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no retention")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the summary and the next actions from the transcript and claim context.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Landing bucket for recordings exported by the telephony platform.
    recordings = tm.add(
        tg.DataStore(
            "Call recording bucket",
            stores={recording, call_metadata},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates transcription, context lookup, the LLM call and the write-back.
    summarizer = tm.add(
        tg.Service(
            "Call summarizer service",
            description="Triggered by each new recording; vendor API keys in the secrets vault.",
            controls={c.SecretsManagement()},
        )
    )
    # Keeps transcripts for quality assurance and complaints handling.
    transcripts = tm.add(tg.DataStore("Transcript store", stores={transcript}))
    # Web application adjusters and contact-centre agents use to work claims.
    workbench = tm.add(
        tg.Endpoint(
            "Claims workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Claims core", trust=tg.Trust.RESTRICTED):
        # System of record for claims: policy, notes, reserves and payments.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_file},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Takes the call; tags it with the claim number on the agent desktop.
    cc_agent = tm.add(tg.Actor("Contact-centre agent", role="claims handler"))
    # Reads the summaries and decides what happens next on the claim.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster"))

# ---------------------------------------------------------------- flows
tm.flow(claimant, telephony, call_audio, label="inbound call")
tm.flow(telephony, claimant, call_audio, label="agent voice")
tm.flow(cc_agent, telephony, call_audio, call_metadata, protocol="wss", label="softphone")
tm.flow(telephony, cc_agent, call_audio, protocol="wss", label="softphone")
tm.flow(telephony, recordings, recording, call_metadata, protocol="https", label="post-call export")

tm.flow(recordings, summarizer, recording, call_metadata, label="new recording event")
tm.flow(summarizer, stt, recording, protocol="https")
tm.flow(stt, summarizer, transcript, protocol="https")
tm.flow(summarizer, transcripts, transcript)
tm.flow(claims_system, summarizer, claim_context, label="lookup by claim number")
tm.flow(summarizer, llm, prompt, protocol="https")
tm.flow(llm, summarizer, summary, protocol="https")
tm.flow(summarizer, claims_system, summary, label="append to claim file")

tm.flow(claims_system, workbench, claim_file, summary)
tm.flow(workbench, adjuster, claim_file, summary, protocol="https")
tm.flow(adjuster, workbench, claim_decision, protocol="https")
tm.flow(workbench, claims_system, claim_decision)
tm.flow(cc_agent, workbench, claim_decision, protocol="https", label="call notes")
tm.flow(workbench, cc_agent, claim_file, protocol="https")
