"""Pre-sentence report drafting: the first design, before any security review.

Probation officers of our national probation service (an EU member state) use a
drafting web app on the justice network to prepare pre-sentence reports. For a
case, an orchestrator pulls the case file and the officer's interview notes from
the case management system, the defendant's record from the national police
records interface, and the report template and sentencing guidance, then asks an
LLM hosted by a cloud provider in an EU region (under a government framework
contract) to draft the report. The officer edits the draft, and signs the final
report with a smartcard; only signed reports go to the court through the court's
document exchange. Controls in this design: SSO with MFA and role-based access,
officer sign-off on every report, encryption at rest of case data and drafts,
mTLS to the police interface, and a log of every prompt and draft.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Probation pre-sentence report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "An LLM drafts pre-sentence reports from case files, police records and interview "
        "notes; a probation officer edits and signs each report before it goes to court."
    ),
)

# ---------------------------------------------------------------- data assets
case_file = tg.Data(
    "Case file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Charges, prosecution summary, previous supervision, victim statements.",
)
interview_notes = tg.Data(
    "Interview notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The officer's notes of interviews with the defendant: health, family, risk.",
)
police_record = tg.Data(
    "Police criminal record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "Report template and sentencing guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, template, case file, police record and interview notes.",
)
draft = tg.Data(
    "Draft pre-sentence report",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edited_report = tg.Data(
    "Officer-edited report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
signed_report = tg.Data(
    "Signed pre-sentence report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
drafting_log = tg.Data("Prompt and draft log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Justice network", trust=tg.Trust.INTERNAL):
    # Writes interview notes, asks for drafts, edits and signs every report.
    officer = tm.add(tg.Actor("Probation officer", role="probation officer"))
    # The web app officers draft, edit and sign reports in.
    drafting_app = tm.add(
        tg.Endpoint(
            "Report drafting app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )
    # Gathers the case material, builds the prompt, calls the LLM and logs the exchange.
    orchestrator = tm.add(
        tg.Service(
            "Drafting orchestrator",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Signs the officer's final text with the officer's smartcard certificate.
    signing = tm.add(
        tg.Service(
            "Report signing service",
            controls={c.HumanInTheLoop(approver="the probation officer who signs the report")},
        )
    )
    # The service's staff directory and SSO.
    idp = tm.add(tg.ExternalService("Justice identity provider", provides="identity-provider"))

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # System of record for probation cases: case files and interview notes.
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_file, interview_notes},
                controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
            )
        )
        # Drafts, edit history and signed reports, kept with the case.
        report_store = tm.add(
            tg.DataStore(
                "Report store",
                stores={draft, edited_report, signed_report},
                controls={c.EncryptionAtRest(key_management="HSM")},
            )
        )
        # Templates and sentencing guidance the prompt is built from.
        guidance_store = tm.add(tg.DataStore("Template and guidance library", stores={guidance}))
        # Every prompt and draft, for oversight and complaints.
        log_store = tm.add(tg.DataStore("Drafting log store", stores={drafting_log}))

with tm.boundary("National police network", trust=tg.Trust.PARTNER):
    # The national police records interface: criminal record and previous convictions.
    police_records = tm.add(
        tg.DataSource(
            "Police records interface", origin=tg.Origin.PARTNER, provides={police_record}
        )
    )

with tm.boundary("Cloud LLM provider (EU region)", trust=tg.Trust.PARTNER):
    # The model that writes the first draft.
    llm = tm.add(
        tg.LLM(
            "Drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="government framework contract, no retention")},
            description="General-purpose hosted model; its draft informs a sentencing decision.",
        )
    )

with tm.boundary("Court", trust=tg.Trust.PARTNER):
    # The court's document exchange, where signed reports are filed for the judge and parties.
    court_exchange = tm.add(tg.ExternalService("Court document exchange"))

# ---------------------------------------------------------------- flows
tm.flow(officer, idp, sso_token, protocol="https", label="sign in")
tm.flow(idp, drafting_app, sso_token, protocol="https")

tm.flow(officer, drafting_app, interview_notes, draft_request, protocol="https")
tm.flow(drafting_app, case_system, interview_notes, label="save interview notes")
tm.flow(drafting_app, orchestrator, draft_request)

tm.flow(case_system, orchestrator, case_file, interview_notes)
tm.flow(orchestrator, police_records, draft_request, protocol="mtls", label="record lookup")
tm.flow(police_records, orchestrator, police_record, protocol="mtls")
tm.flow(guidance_store, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, log_store, prompt, draft, drafting_log)
tm.flow(orchestrator, report_store, draft)

tm.flow(report_store, drafting_app, draft, edited_report)
tm.flow(drafting_app, officer, draft, edited_report, protocol="https")
tm.flow(officer, drafting_app, edited_report, protocol="https", label="edits")
tm.flow(drafting_app, report_store, edited_report)

tm.flow(drafting_app, signing, edited_report, label="officer signs")
tm.flow(signing, report_store, signed_report)
tm.flow(signing, court_exchange, signed_report, protocol="https")
