"""Student accommodation noise complaints with LLM triage: the first design.

Students in the university's halls of residence report noise and antisocial
behaviour through the accommodation app, signing in with university single
sign-on. A triage service in the university's cloud tenancy stores each report,
looks up the flat's residents and earlier reports about the same flat, and asks
a hosted LLM (the university's enterprise agreement) to summarise the report,
link it to the earlier ones and suggest a response level: reminder, warning,
meeting or disciplinary referral. The residence life team see the suggestion in
their portal and decide; the summary and their decision are kept in the student
case system. When they issue a warning, the students named are told by e-mail
through the university's mail service. Staff sign in with SSO and MFA and see
cases by role; the case system keeps an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student accommodation noise complaint triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM summarises hall residents' noise reports, links them to earlier "
    "reports about the flat and suggests a response level for residence life staff.",
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Noise report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about who did what and when, and the flat.",
)
acknowledgement = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
earlier_reports = tg.Data(
    "Earlier reports for the flat",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
residents = tg.Data(
    "Flat residents",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room allocations: which students live in which flat.",
)
flat_lookup = tg.Data("Flat lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the new report, earlier reports and the residents' names.",
)
llm_output = tg.Data(
    "Summary and suggested response level",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
case_entry = tg.Data(
    "Case summary and suggestion",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Response decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The level the team chose, with their note.",
)
warning = tg.Data("Warning e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

sso_mfa = c.Authentication(method="university SSO with MFA")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any hall resident can report; the report names other students.
    reporter = tm.add(tg.Actor("Reporting student", role="hall resident"))
    # The student(s) a warning is about; they only receive e-mail.
    named_student = tm.add(tg.Actor("Named student", role="hall resident"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the accommodation app that takes reports.
    app_api = tm.add(
        tg.Endpoint(
            "Accommodation app API",
            purpose=tg.EndpointPurpose.API,
            controls={sso_mfa, c.InputValidation(note="form fields and length limits")},
        )
    )
    # The new component: stores reports, builds the prompt, files the suggestion.
    triage = tm.add(
        tg.Service(
            "Report triage service",
            description="Collects context for each report, calls the LLM and files the result.",
            controls={c.HumanInTheLoop(approver="residence life team decides the response level")},
        )
    )
    # All reports received, searchable by flat.
    report_db = tm.add(tg.DataStore("Report database", stores={report, earlier_reports}))
    # Existing housing system: who lives where.
    housing = tm.add(
        tg.DataStore(
            "Accommodation management system",
            stores={residents},
            controls={c.RBAC()},
        )
    )
    # Staff web portal showing summaries and suggestions.
    portal = tm.add(
        tg.Service(
            "Residence life portal",
            controls={sso_mfa, c.RBAC()},
        )
    )
    # System of record for student conduct cases.
    case_system = tm.add(
        tg.DataStore(
            "Student case system",
            stores={case_entry, decision},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Sends warning e-mails once the team has decided.
    notifier = tm.add(tg.Service("Warning notification service"))

with tm.boundary("University staff devices", trust=tg.Trust.INTERNAL):
    # Residence life officers and wardens who decide each case.
    officer = tm.add(tg.Actor("Residence life officer", role="residence life staff"))

with tm.boundary("Cloud providers", trust=tg.Trust.PARTNER):
    # Hosted model under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises reports, links them and suggests a response level.",
            controls={
                c.SupplierAssessment(note="enterprise agreement; prompts not used for training")
            },
        )
    )
    # The university's hosted mail service.
    mail = tm.add(tg.ExternalService("University e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(reporter, app_api, report, protocol="https")
tm.flow(app_api, reporter, acknowledgement, protocol="https")
tm.flow(app_api, triage, report, protocol="https")
tm.flow(triage, report_db, report)
tm.flow(triage, report_db, flat_lookup, label="earlier reports query")
tm.flow(report_db, triage, earlier_reports)
tm.flow(triage, housing, flat_lookup, protocol="https")
tm.flow(housing, triage, residents, protocol="https")

tm.flow(triage, llm, prompt, protocol="https")
tm.flow(llm, triage, llm_output, protocol="https")
tm.flow(triage, case_system, case_entry, protocol="https")

tm.flow(case_system, portal, case_entry, decision, protocol="https")
tm.flow(portal, officer, case_entry, protocol="https")
tm.flow(officer, portal, decision, protocol="https")
tm.flow(portal, case_system, decision, protocol="https")

tm.flow(portal, notifier, decision, protocol="https", label="warning issued")
tm.flow(housing, notifier, residents, protocol="https", label="student e-mail addresses")
tm.flow(notifier, mail, warning, protocol="smtp+starttls")
tm.flow(mail, named_student, warning, protocol="smtp+starttls")
