"""Probation pre-sentence report drafting: the first design, before any security review.

Probation officers write pre-sentence reports (PSRs) for the courts. In this tool an
officer opens a case by its case reference, uploads their interview notes and the
prosecution case papers downloaded from the court store (plus what came back from
police and children's services safeguarding enquiries), and asks for draft sections:
offence analysis, risk of serious harm narrative and sentencing proposal. A drafting
service pulls the offender record and previous convictions from the case management
system and the latest risk assessment from the risk assessment system, adds the
national templates and practice guidance, and sends the prompt to an LLM hosted in
the provider's UK government cloud tenancy. The officer edits and signs off every
section; a senior probation officer countersigns; the final report is filed to the
case record and uploaded by the officer to the court. Staff sign in through the
probation SSO with MFA; the national systems keep their existing role-based access
and audit logs; drafts are stored encrypted in the probation cloud tenancy.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Probation pre-sentence report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts pre-sentence report sections from interview notes and "
    "case records, for probation officers to finalise.",
)

# ---------------------------------------------------------------- data assets
interview_notes = tg.Data(
    "Interview notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The officer's notes of the interview: offending, relationships, "
    "substance misuse, mental and physical health.",
)
case_papers = tg.Data(
    "Prosecution case papers",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="CPS case summary, witness and victim statements, previous convictions list.",
)
safeguarding = tg.Data(
    "Safeguarding enquiry responses",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Domestic abuse call-out history and children's services involvement.",
)
draft_request = tg.Data(
    "Drafting request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Case reference and the sections asked for.",
)
offender_record = tg.Data(
    "Offender record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, previous convictions, supervision history and contacts.",
)
risk_assessment = tg.Data(
    "Risk assessment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Latest structured risk assessment with reoffending and harm scores.",
)
guidance = tg.Data(
    "Report templates and practice guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="PSR section templates, system prompt and sentencing practice guidance.",
)
llm_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, template, notes, case papers and record extracts.",
)
llm_completion = tg.Data(
    "LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft_sections = tg.Data(
    "Draft report sections",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Offence analysis, risk of serious harm narrative and sentencing proposal.",
)
final_report = tg.Data(
    "Final pre-sentence report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
countersignature = tg.Data(
    "Countersignature approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
drafting_log = tg.Data(
    "Prompt and output log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every prompt and completion, with the officer and case reference.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Probation office network", trust=tg.Trust.INTERNAL):
    # Writes the report and is accountable for every word of it.
    officer = tm.add(tg.Actor("Probation officer", role="report author"))
    # Quality-assures and countersigns reports before they go to court.
    senior_officer = tm.add(tg.Actor("Senior probation officer", role="countersigning officer"))
    # Maintains templates, the system prompt and practice guidance.
    practice_lead = tm.add(
        tg.Actor("Practice development lead", role="guidance owner", privileged=True)
    )

with tm.boundary("Probation cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app officers use to upload material, review drafts and finalise.
    report_app = tm.add(
        tg.Endpoint(
            "Report drafting app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="probation staff SSO with MFA")},
        )
    )
    # Assembles the prompt from notes, papers and records, calls the LLM, keeps drafts.
    drafting_service = tm.add(
        tg.Service(
            "Drafting service",
            description="Reads records by the case reference the officer enters, "
            "using the tool's service account.",
            controls={
                c.HumanInTheLoop(
                    approver="the authoring probation officer, who edits and signs off "
                    "every section before the report is final"
                )
            },
        )
    )
    # Templates, system prompt and guidance the drafts follow.
    guidance_store = tm.add(tg.DataStore("Report guidance and templates", stores={guidance}))
    # Work in progress and final reports.
    draft_store = tm.add(
        tg.DataStore(
            "Draft report store",
            stores={interview_notes, case_papers, safeguarding, draft_sections, final_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Kept so that drafts can be traced back to what the model was given.
    log_store = tm.add(tg.DataStore("Drafting log store", stores={drafting_log}))

with tm.boundary("National probation systems", trust=tg.Trust.RESTRICTED):
    # System of record for people on probation.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={offender_record, final_report},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Structured risk and needs assessments.
    risk_system = tm.add(
        tg.DataStore(
            "Risk assessment system",
            stores={risk_assessment},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("LLM provider government cloud", trust=tg.Trust.PARTNER):
    # Hosted model that writes the draft sections.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model; its drafts inform sentencing.",
            controls={
                c.SupplierAssessment(
                    note="government framework contract: UK data residency, no training on prompts"
                )
            },
        )
    )

with tm.boundary("Courts and partner agencies", trust=tg.Trust.PARTNER):
    # Court store: source of case papers, destination of the final report.
    court_system = tm.add(tg.ExternalService("Court digital case system"))
    # Answers the safeguarding enquiries made for each report.
    safeguarding_source = tm.add(
        tg.DataSource(
            "Police and children's services",
            origin=tg.Origin.PARTNER,
            provides={safeguarding},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    court_system, officer, case_papers, protocol="https", label="downloaded from the court store"
)
tm.flow(safeguarding_source, officer, safeguarding, protocol="smtp+starttls", label="secure email")
tm.flow(
    officer,
    report_app,
    draft_request,
    interview_notes,
    case_papers,
    safeguarding,
    protocol="https",
)
tm.flow(report_app, officer, draft_sections, final_report, protocol="https")
tm.flow(officer, report_app, final_report, protocol="https", label="edited and signed off")
tm.flow(report_app, senior_officer, final_report, protocol="https")
tm.flow(senior_officer, report_app, countersignature, protocol="https")

tm.flow(report_app, drafting_service, draft_request, interview_notes, case_papers, safeguarding)
tm.flow(report_app, drafting_service, final_report, countersignature, id="app-finalise")
tm.flow(drafting_service, report_app, draft_sections, final_report)

tm.flow(
    drafting_service, case_system, draft_request, protocol="https", label="lookup by case reference"
)
tm.flow(case_system, drafting_service, offender_record, protocol="https")
tm.flow(
    drafting_service, risk_system, draft_request, protocol="https", label="lookup by case reference"
)
tm.flow(risk_system, drafting_service, risk_assessment, protocol="https")
tm.flow(guidance_store, drafting_service, guidance)
tm.flow(drafting_service, llm, llm_prompt, protocol="https")
tm.flow(llm, drafting_service, llm_completion, protocol="https")
tm.flow(
    drafting_service,
    draft_store,
    interview_notes,
    case_papers,
    safeguarding,
    draft_sections,
    final_report,
)
tm.flow(draft_store, drafting_service, interview_notes, case_papers, safeguarding, draft_sections)
tm.flow(drafting_service, log_store, drafting_log)
tm.flow(
    drafting_service,
    case_system,
    final_report,
    protocol="https",
    label="filed to the case record",
    id="service-file-report",
)

tm.flow(officer, court_system, final_report, protocol="https", label="uploaded to the court store")
tm.flow(practice_lead, guidance_store, guidance, protocol="https")
