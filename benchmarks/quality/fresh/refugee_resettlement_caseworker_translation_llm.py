"""Refugee resettlement caseworker assistant: the first design, before any security review.

A resettlement charity's caseworkers interview newly arrived refugee families in
the office. Interviews are recorded on an office tablet, transcribed by a hosted
speech-to-text model, then translated and summarised into English by a hosted LLM,
which also drafts housing and benefit applications from the summary, the case
record and the family's identity papers and medical letters (scanned straight
into the cloud case system). Caseworkers and volunteers (on their own laptops)
use the case portal; a caseworker approves each draft before a connector submits
it to the local authority's portal, which sends back its status.
Controls: Microsoft 365 sign-in with MFA on the portal, vendor encryption at rest
and an audit trail in the case system, a DPA with the AI vendor (no training on
our data), caseworker approval before submission, and HTTPS on external links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Refugee resettlement caseworker translation LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM translation, summarisation and application drafting for a refugee "
        "resettlement charity's caseworkers and volunteers."
    ),
)

# ---------------------------------------------------------------- data assets
interview_audio = tg.Data(
    "Interview audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The family's own account in their language: journey, family, health, religion.",
)
transcript = tg.Data(
    "Interview transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identity_papers = tg.Data(
    "Scanned identity papers",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passports, BRP cards, Home Office letters, birth certificates.",
)
medical_letters = tg.Data(
    "Scanned medical letters",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="GP and hospital letters used to support housing priority and disability benefits.",
)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Family members, immigration status, address, needs, caseworker notes.",
)
case_notes = tg.Data(
    "Caseworker notes and requests", kind="records", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Translation and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript, case record fields and document images.",
)
llm_output = tg.Data(
    "LLM translation and draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
summary = tg.Data(
    "Translated interview summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_application = tg.Data(
    "Draft housing and benefit application",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
submitted_application = tg.Data(
    "Approved application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
llm_log = tg.Data(
    "LLM request log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every prompt and completion, kept for troubleshooting translations.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The family being resettled: speaks at interview and hands over their papers.
    family = tm.add(tg.Actor("Refugee family member", role="client"))

with tm.boundary("Volunteers' own devices", trust=tg.Trust.UNTRUSTED):
    # Volunteers help families with forms from their personal laptops at home.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Staff who run the cases, review the LLM's work and approve submissions.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # Records the interview in the interview room and uploads it to the portal.
    tablet = tm.add(
        tg.Device(
            "Interview tablet", fleet=False, description="Charity-owned tablet with the portal app."
        )
    )
    # Multifunction scanner whose scan-to-cloud button files papers into the case system.
    scanner = tm.add(tg.Device("Office scanner", fleet=False))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web portal caseworkers and volunteers use for cases, summaries and drafts.
    portal = tm.add(
        tg.Endpoint(
            "Case portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # System of record: case records, scans, summaries and draft applications.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={
                case_record,
                identity_papers,
                medical_letters,
                transcript,
                summary,
                draft_application,
            },
            controls={
                c.EncryptionAtRest(key_management="SaaS vendor-managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # Orchestrates transcription, translation, summarising and drafting.
    assistant = tm.add(
        tg.Service(
            "Translation and drafting service",
            description="Builds prompts from the case, calls the AI vendor, files results back.",
        )
    )
    # Keeps prompts and completions so staff can check odd translations.
    llm_log_store = tm.add(tg.DataStore("LLM request log store", stores={llm_log}))
    # Sends applications a caseworker has approved to the council portal.
    submitter = tm.add(
        tg.Service(
            "Application submission connector",
            controls={c.HumanInTheLoop(approver="the assigned caseworker")},
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text for interviews in Arabic, Dari, Pashto, Tigrinya and others.
    speech = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )
    # Hosted multilingual LLM that translates, summarises and drafts applications.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Local authority", trust=tg.Trust.PARTNER):
    # The council's housing register and benefits application portal.
    council = tm.add(tg.ExternalService("Local authority portal"))

# ---------------------------------------------------------------- flows
tm.flow(family, tablet, interview_audio, label="interview")
tm.flow(family, scanner, identity_papers, medical_letters, label="hands over papers")
tm.flow(tablet, portal, interview_audio, protocol="https", label="upload recording")
tm.flow(
    scanner, case_system, identity_papers, medical_letters, protocol="https", label="scan-to-cloud"
)

tm.flow(caseworker, portal, case_notes, protocol="https")
tm.flow(portal, caseworker, case_record, summary, draft_application, protocol="https")
tm.flow(volunteer, portal, case_notes, protocol="https")
tm.flow(portal, volunteer, case_record, summary, draft_application, protocol="https")
tm.flow(portal, case_system, case_notes, interview_audio)
tm.flow(
    case_system, portal, case_record, summary, draft_application, identity_papers, medical_letters
)

tm.flow(case_system, assistant, interview_audio, case_record, identity_papers, medical_letters)
tm.flow(assistant, speech, interview_audio, protocol="https")
tm.flow(speech, assistant, transcript, protocol="https")
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_output, protocol="https")
tm.flow(assistant, llm_log_store, llm_log)
tm.flow(assistant, case_system, transcript, summary, draft_application)

tm.flow(caseworker, submitter, submitted_application, protocol="https", label="approves draft")
tm.flow(case_system, submitter, submitted_application, identity_papers, medical_letters)
tm.flow(
    submitter,
    council,
    submitted_application,
    identity_papers,
    medical_letters,
    protocol="https",
)
tm.flow(council, submitter, application_status, protocol="https")
tm.flow(submitter, case_system, application_status)
