"""Student union hardship fund assessment: the first design, before any review.

Students in financial difficulty apply to the union's hardship fund through a
web portal, signing in with their university account. They fill in a form, give
the bank details an award would be paid to, upload three months of bank
statements and write a personal statement about their circumstances, which often
mentions health, family or immigration matters. The portal checks enrolment
with the university's student records API. An assessment service in the
union's cloud tenant sends the application, the statements and the fund criteria
to a hosted LLM, which drafts an income and expenditure summary, a shortfall and
a suggested award band. The hardship panel (union advice staff) reads the draft
and the documents in a review console and decides every award; approved awards
go to the union's finance system, where the finance officer releases the
payment run, and the student is told the outcome by e-mail.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Student union hardship fund assessment",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hardship fund applications with bank statements and personal statements; "
        "an LLM drafts the assessment, a staff panel decides."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Hardship application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, student number, course, household, income and outgoings declared.",
)
bank_statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Three months of statements uploaded as PDF or photos.",
)
personal_statement = tg.Data(
    "Personal statement",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free text; often includes health, family and immigration circumstances.",
)
bank_details = tg.Data(
    "Student bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Account name, sort code and account number an award is paid to.",
)
sign_in = tg.Data(
    "University SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
enrolment_query = tg.Data("Enrolment check request", kind="records", sensitivity=tg.Sensitivity.PII)
enrolment = tg.Data("Enrolment status", kind="records", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Hardship fund criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Eligibility rules, award bands and the panel's guidance notes.",
)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, criteria, the form, statement text and personal statement.",
)
draft = tg.Data(
    "Draft hardship assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Income and expenditure summary, shortfall, suggested award band and reasons.",
)
decision = tg.Data(
    "Panel award decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Award payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Award amount, student name and bank details, as a bill in the finance system.",
)
payment_run = tg.Data("Payment run for approval", kind="records", sensitivity=tg.Sensitivity.PII)
payment_approval = tg.Data("Payment run approval", kind="records")
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data("Outcome notification", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The applicant, on their own phone or laptop.
    student = tm.add(tg.Actor("Student", role="applicant"))

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # Students sign in with the account the university gives them.
    sso = tm.add(
        tg.ExternalService(
            "University single sign-on",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="The university's Entra ID tenant; MFA is enforced for students.",
        )
    )
    # Confirms the applicant is a registered student this year.
    records_api = tm.add(
        tg.ExternalService(
            "University student records API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.Authentication(method="client credentials issued to the union")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Drafts the assessment; hosted by the vendor in a UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, UK data residency.",
            controls={c.SupplierAssessment(note="DPA signed; prompts not used for training")},
        )
    )

with tm.boundary("Union cloud tenant", trust=tg.Trust.INTERNAL):
    # Where students apply and follow their application.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="PDF, JPEG or PNG only, 10 MB per file"),
            },
        )
    )
    # Applications and uploaded documents, kept for the fund's audit.
    app_store = tm.add(
        tg.DataStore(
            "Application store",
            stores={
                application,
                bank_statements,
                personal_statement,
                bank_details,
                enrolment,
                draft,
                decision,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=730),
            },
        )
    )
    # The fund's rules the LLM is told to apply.
    criteria_store = tm.add(tg.DataStore("Fund criteria library", stores={criteria}))
    # Reads each new application and asks the LLM for a draft assessment.
    assessor = tm.add(
        tg.Service(
            "Assessment service",
            description="Extracts statement text, builds the prompt, stores the draft.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Where the panel reads applications and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Panel review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="union Microsoft 365 account with MFA"),
                c.RBAC(note="panel members and the fund administrator only"),
                c.HumanInTheLoop(approver="the hardship panel decides every award"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Union office", trust=tg.Trust.INTERNAL):
    # Union advice staff who make the decisions.
    panel = tm.add(tg.Actor("Hardship panel member", role="advice staff"))
    # Releases the payment run in the finance system.
    finance_officer = tm.add(tg.Actor("Finance officer", role="finance"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The union's accounting package; pays awards by BACS in the weekly payment run.
    finance = tm.add(
        tg.ExternalService(
            "Union finance system",
            description="Cloud accounting package that runs the weekly BACS payment run.",
        )
    )
    # Sends the outcome e-mail to the student.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(
    student,
    portal,
    application,
    bank_statements,
    personal_statement,
    bank_details,
    protocol="https",
)
tm.flow(portal, student, status, protocol="https")
tm.flow(portal, sso, protocol="oidc", label="sign-in redirect")
tm.flow(sso, portal, sign_in, protocol="oidc")
tm.flow(portal, records_api, enrolment_query, protocol="https")
tm.flow(records_api, portal, enrolment, protocol="https")
tm.flow(
    portal, app_store, application, bank_statements, personal_statement, bank_details, enrolment
)
tm.flow(app_store, portal, status, label="status page")

tm.flow(app_store, assessor, application, bank_statements, personal_statement)
tm.flow(criteria_store, assessor, criteria)
tm.flow(assessor, llm, prompt, protocol="https")
tm.flow(llm, assessor, draft, protocol="https")
tm.flow(assessor, app_store, draft)

tm.flow(app_store, console, application, bank_statements, personal_statement, bank_details, draft)
tm.flow(console, panel, application, bank_statements, personal_statement, draft, protocol="https")
tm.flow(panel, console, decision, protocol="https")
tm.flow(console, app_store, decision)
tm.flow(console, finance, payment_request, bank_details, protocol="https", label="approved awards")
tm.flow(finance, finance_officer, payment_run, protocol="https")
tm.flow(finance_officer, finance, payment_approval, protocol="https")
tm.flow(console, mailer, outcome, protocol="https")
tm.flow(mailer, student, outcome, protocol="smtp")
