"""Call recording compliance monitoring: the first design, before any security review.

A retail brokerage must record every sales call and check it for mis-selling. Clients
call or are called by sales advisers over the phone; a hosted call-recording platform
run by a vendor records both sides. Each night an ingestion pipeline pulls the new
recordings and their metadata over SFTP into an encrypted archive in our cloud account,
and an open-weights speech-to-text model we host transcribes them. A review orchestrator
joins each transcript with the client's suitability profile and the product sold from
the CRM and with the compliance policy library, and asks an LLM hosted by a cloud model
provider whether the call shows mis-selling, missing risk warnings or pressure selling.
Suspected breaches become cases in the case management system, where compliance
analysts, signed in through corporate SSO with MFA, listen back to the call, read the
transcript and decide every case; nothing is done about an adviser without them.
Recordings are kept five years, as the regulator requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call recording compliance monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM review of recorded sales calls for mis-selling; cases go to compliance.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Sales call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Both sides of the call: the client's finances, holdings and views on risk.",
)
call_metadata = tg.Data(
    "Call metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Adviser id, client phone number, account number, time and duration.",
)
transcripts = tg.Data(
    "Call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
account_lookup = tg.Data("Account lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
client_profile = tg.Data(
    "Client suitability profile and sales",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Risk appetite, knowledge and experience, income band, products sold on the call.",
)
policies = tg.Data(
    "Compliance policies and review criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_prompt = tg.Data(
    "Call review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Review instructions, the policy excerpts, the client profile and the transcript.",
)
review_findings = tg.Data(
    "Suspected breach findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Breach type, quoted passages, severity and a rationale, per call.",
)
cases = tg.Data(
    "Compliance cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_decisions = tg.Data(
    "Case decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Analyst outcome: no breach, adviser feedback, remediation or escalation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The client on the other end of the sales call.
    client = tm.add(tg.Actor("Client", role="retail investor"))

with tm.boundary("Call recording vendor", trust=tg.Trust.PARTNER):
    # The vendor's hosted recording platform records every sales line.
    recording_platform = tm.add(
        tg.DataSource(
            "Call recording platform",
            origin=tg.Origin.VENDOR,
            provides={call_audio, call_metadata},
            description="Hosted telephony recording; exports the day's calls to an SFTP drop.",
        )
    )

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # The model that judges each call against the policies.
    review_llm = tm.add(
        tg.LLM(
            "Compliance review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model in the provider's EU region, no fine-tuning.",
            controls={
                c.SupplierAssessment(note="vendor due diligence; DPA with no training on our data"),
            },
        )
    )

with tm.boundary("Brokerage cloud account", trust=tg.Trust.INTERNAL):
    # Pulls the nightly export and files each call in the archive.
    ingestion = tm.add(
        tg.Pipeline(
            "Recording ingestion job",
            stage=tg.Stage.INGESTION,
            description="Nightly batch: fetches recordings over SFTP and checks their count.",
        )
    )
    # Turns audio into text for the review; runs on our own GPU nodes.
    speech_to_text = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights transcription model with speaker separation.",
        )
    )
    # Builds the prompt per call, calls the LLM and raises cases.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            description="Joins transcript, client profile and policies; parses the LLM's answer.",
            controls={c.SecretsManagement(note="model provider API key in the cloud vault")},
        )
    )
    # What the model is told to look for; maintained by the compliance team.
    policy_library = tm.add(tg.DataStore("Compliance policy library", stores={policies}))
    # Where analysts work the cases the LLM raises.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={cases, case_decisions},
            controls={
                c.AuditLogging(),
                c.HumanInTheLoop(approver="compliance analyst decides every case"),
            },
        )
    )
    # Web front end for analysts to review cases, play calls and record outcomes.
    case_ui = tm.add(
        tg.Endpoint(
            "Case review UI",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="compliance team role only"),
            },
        )
    )

    with tm.boundary("Compliance data zone", trust=tg.Trust.RESTRICTED):
        # The regulatory record of every sales call.
        archive = tm.add(
            tg.DataStore(
                "Recording archive",
                stores={call_audio, call_metadata},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=1825),
                    c.RBAC(),
                },
            )
        )
        # Transcripts feed both the LLM review and the analysts.
        transcript_store = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcripts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The brokerage's CRM: who the client is and what was sold to them.
        crm = tm.add(tg.DataStore("Client CRM", stores={client_profile}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Makes the calls that are reviewed.
    adviser = tm.add(tg.Actor("Sales adviser", role="sales adviser"))
    # Decides the cases and maintains the policy library.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))

# ---------------------------------------------------------------- flows
tm.flow(client, recording_platform, call_audio, protocol="pstn", label="sales call")
tm.flow(adviser, recording_platform, call_audio, protocol="sip", label="softphone")
tm.flow(
    recording_platform,
    ingestion,
    call_audio,
    call_metadata,
    protocol="sftp",
    label="nightly export",
    controls={c.EncryptionInTransit(protocol="SSH")},
)
tm.flow(ingestion, archive, call_audio, call_metadata)
tm.flow(archive, speech_to_text, call_audio)
tm.flow(speech_to_text, transcript_store, transcripts)

tm.flow(transcript_store, orchestrator, transcripts)
tm.flow(archive, orchestrator, call_metadata)
tm.flow(orchestrator, crm, account_lookup, label="account lookup")
tm.flow(crm, orchestrator, client_profile)
tm.flow(policy_library, orchestrator, policies)
tm.flow(
    orchestrator,
    review_llm,
    review_prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(
    review_llm,
    orchestrator,
    review_findings,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(orchestrator, case_system, cases, label="raise case")

tm.flow(case_system, case_ui, cases)
tm.flow(archive, case_ui, call_audio, label="playback")
tm.flow(transcript_store, case_ui, transcripts)
tm.flow(case_ui, analyst, cases, call_audio, transcripts, protocol="https")
tm.flow(analyst, case_ui, case_decisions, protocol="https")
tm.flow(case_ui, case_system, case_decisions)
tm.flow(analyst, policy_library, policies, label="maintains criteria")
