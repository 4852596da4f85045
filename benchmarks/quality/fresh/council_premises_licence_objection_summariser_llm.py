"""Premises licence representations summariser: the first design, before any security review.

The council's licensing team receives objections and other representations on premises
licence applications from residents, businesses and responsible authorities, either
through the council's online licensing forms or by e-mail to the licensing shared
mailbox. An intake service files each one against the application in the licensing case
management system. When the consultation period closes, a summariser service sends the
representations to an LLM hosted in the council's Azure tenant (Azure OpenAI, UK South),
which groups the points by licensing objective and flags near-duplicate or template
objections. Licensing officers read the summaries beside the original representations
and write the committee report themselves, redacting objectors' personal details; they
upload it to the hosted committee management system, which publishes it on the council
website for applicants, objectors and sub-committee members. Officers sign in with
Entra ID and MFA; the forms have CAPTCHA, rate limits and upload checks; a DPIA covers
the processing and the LLM supplier was assessed.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Premises licence representations summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summaries of objections to premises licence applications, by licensing "
        "objective, for the officers who write the licensing sub-committee report."
    ),
)

# ---------------------------------------------------------------- data assets
representation = tg.Data(
    "Representation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Objection or support text with the sender's name, address and e-mail.",
)
attachments = tg.Data(
    "Representation attachments",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, videos and noise diaries sent with a representation.",
)
application = tg.Data(
    "Premises licence application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operating schedule, plan and the applicant's and DPS's details.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application summary and every representation received.",
)
summary = tg.Data(
    "Summary by licensing objective with duplicate flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
draft_report = tg.Data(
    "Draft committee report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Officer's report with the unredacted representations as appendices.",
)
published_report = tg.Data(
    "Published committee report",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents, businesses and their representatives; anyone may make a representation.
    objector = tm.add(tg.Actor("Objector", role="member of the public"))
    # The business applying for or varying a premises licence (or its solicitor).
    applicant = tm.add(tg.Actor("Licence applicant", role="applicant"))

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # Public online forms for applications and representations; no account needed.
    web_forms = tm.add(
        tg.Endpoint(
            "Licensing online forms",
            purpose="api",
            internet_facing=True,
            controls={
                c.InputValidation(note="file type and 20 MB size limits on uploads"),
                c.RateLimiting(requests_per_minute=10, note="CAPTCHA and per-IP limit"),
            },
        )
    )

with tm.boundary("Council Microsoft 365 tenant", trust=tg.Trust.INTERNAL):
    # licensing@ shared mailbox: many objectors simply e-mail the team.
    mailbox = tm.add(tg.DataStore("Licensing shared mailbox", stores={representation, attachments}))

with tm.boundary("Council Azure subscription", trust=tg.Trust.INTERNAL):
    # Files form submissions and mailbox e-mails against the right application.
    intake = tm.add(
        tg.Service(
            "Representation intake service",
            description="Matches each submission to an application by reference or address.",
        )
    )
    # The licensing team's case system: applications, representations, reports.
    case_system = tm.add(
        tg.Service(
            "Licensing case management system",
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="licensing team role only"),
                c.AuditLogging(),
            },
        )
    )
    # Where the case system keeps everything filed against an application.
    case_db = tm.add(
        tg.DataStore(
            "Licensing case database",
            stores={representation, attachments, application, summary, draft_report},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Builds the prompt once the consultation closes and stores the LLM's summary.
    summariser = tm.add(
        tg.Service(
            "Objection summariser",
            description="Runs per application when the 28-day consultation period closes.",
            controls={
                c.HumanInTheLoop(
                    approver="the licensing officer, who writes the committee report "
                    "from the summary and the original representations"
                ),
                c.ImpactAssessment(
                    basis="public task, UK GDPR Art. 6(1)(e); DPIA signed off by the DPO"
                ),
            },
        )
    )

with tm.boundary("Azure OpenAI (UK South)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model; summarises and flags duplicate objections.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(
                    note="UK data residency, no training on prompts, abuse-monitoring opt-out"
                )
            },
        )
    )

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Reviews representations and writes the report to the licensing sub-committee.
    officer = tm.add(tg.Actor("Licensing officer", role="licensing officer"))

with tm.boundary("Committee system vendor", trust=tg.Trust.PARTNER):
    # Hosted committee management system that publishes agendas and reports on the website.
    committee_system = tm.add(
        tg.ExternalService(
            "Committee management system",
            description="Vendor-hosted; its public pages are linked from the council website.",
        )
    )

with tm.boundary("Internet"):
    # Councillors on the licensing sub-committee, reading the papers on their own devices.
    member = tm.add(tg.Actor("Sub-committee member", role="councillor"))

# ---------------------------------------------------------------- flows
tm.flow(objector, web_forms, representation, attachments, protocol="https")
tm.flow(web_forms, objector, receipt, protocol="https")
tm.flow(applicant, web_forms, application, protocol="https")
tm.flow(web_forms, applicant, receipt, protocol="https")
tm.flow(objector, mailbox, representation, attachments, protocol="smtp", label="e-mailed objection")

tm.flow(web_forms, intake, representation, attachments, application, protocol="https")
tm.flow(
    mailbox, intake, representation, attachments, protocol="https", label="Graph API mailbox poll"
)
tm.flow(intake, case_system, representation, attachments, application, protocol="https")
tm.flow(case_system, case_db, representation, attachments, application, draft_report)
tm.flow(case_db, case_system, representation, attachments, application, summary, draft_report)

tm.flow(case_db, summariser, representation, application, label="read when consultation closes")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, case_db, summary)

tm.flow(case_system, officer, representation, attachments, application, summary, protocol="https")
tm.flow(officer, case_system, draft_report, protocol="https")
tm.flow(
    officer,
    committee_system,
    published_report,
    protocol="https",
    label="officer uploads redacted report",
    controls={c.DataMinimization(note="officer redacts objectors' names and addresses by hand")},
)
tm.flow(committee_system, member, published_report, protocol="https")
tm.flow(committee_system, objector, published_report, protocol="https")
tm.flow(committee_system, applicant, published_report, protocol="https")
