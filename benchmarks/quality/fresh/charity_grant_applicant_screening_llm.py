"""Charity grant applicant screening: the first design, before any security review.

A grant-making charity in the UK funds small community groups. Groups apply
through an online form on the charity's website, attaching a budget, their
constitution and their latest accounts. A screening service on the charity's
cloud tenancy sends each application, with the eligibility criteria, to an LLM a
vendor hosts, which checks the application against the criteria and summarises
the budget. Grants officers read the summary and the original papers in the
grants console and decide; grants above 10,000 pounds also need a trustee's
approval in the same console. Decisions are emailed to applicants through an
e-mail delivery provider. Applicants sign in with e-mail and password; staff use
the charity's Microsoft 365 sign-in with MFA; the console has roles and an audit
log; stored applications are encrypted; the LLM vendor was vetted and does not
train on our data.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Charity grant applicant screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM eligibility checks and budget summaries for community grant applications.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Grant application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Group details, contact person's name, address, phone and e-mail, project plan.",
)
attachments = tg.Data(
    "Application attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Budget spreadsheet, constitution, annual accounts (PDF, Word, Excel).",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Eligibility criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The fund's eligibility rules and the screening prompt template.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Criteria, the application text and the text extracted from its attachments.",
)
assessment = tg.Data(
    "Eligibility assessment and budget summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
decision = tg.Data(
    "Grant decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
trustee_approval = tg.Data("Trustee approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision_email = tg.Data("Decision e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Small community groups: anyone can register and apply.
    applicant = tm.add(tg.Actor("Applicant group", role="grant applicant"))
    # Trustees are volunteers who approve large grants from their own devices.
    trustee = tm.add(tg.Actor("Trustee", role="trustee", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads applications against the criteria and summarises budgets.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day retention")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the decision e-mails to applicants.
    mailer = tm.add(tg.ExternalService("E-mail delivery provider"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public application form, with applicant accounts.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, DOCX and XLSX only, 10 MB per file"),
            },
        )
    )
    # Holds the uploaded files.
    file_store = tm.add(
        tg.DataStore(
            "Application file store",
            stores={attachments},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Applications, LLM summaries and decisions.
    grants_db = tm.add(
        tg.DataStore(
            "Grants database",
            stores={application, assessment, decision, trustee_approval},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the screening prompt is built from.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria store", stores={criteria}))
    # Extracts text from attachments, builds the prompt, calls the LLM, saves the summary.
    screener = tm.add(
        tg.Service(
            "Screening service",
            description="Runs for each new application; queued, one LLM call per application.",
        )
    )
    # Where officers read summaries and decide, and trustees approve large grants.
    console = tm.add(
        tg.Service(
            "Grants console",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="officer and trustee roles"),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="a trustee", above="GBP 10,000 per grant"),
            },
        )
    )

with tm.boundary("Charity staff devices", trust=tg.Trust.INTERNAL):
    # Reads the summaries and makes each decision.
    officer = tm.add(tg.Actor("Grants officer", role="grants officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, attachments, protocol="https", label="submits")
tm.flow(portal, applicant, receipt, protocol="https")
tm.flow(portal, file_store, attachments)
tm.flow(portal, grants_db, application)

tm.flow(grants_db, screener, application)
tm.flow(file_store, screener, attachments)
tm.flow(criteria_store, screener, criteria)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, assessment, protocol="https")
tm.flow(screener, grants_db, assessment)

tm.flow(grants_db, console, application, assessment, decision)
tm.flow(file_store, console, attachments, label="original papers")
tm.flow(console, officer, application, attachments, assessment, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(
    console,
    trustee,
    application,
    assessment,
    decision,
    protocol="https",
    label="grants above 10,000 pounds",
)
tm.flow(trustee, console, trustee_approval, protocol="https")
tm.flow(console, grants_db, decision, trustee_approval)

tm.flow(console, mailer, decision_email, protocol="https")
tm.flow(mailer, applicant, decision_email, protocol="smtp")
