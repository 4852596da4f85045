"""Hardship fund screening: the first design, before any security review.

Students apply to the university's hardship fund through a form in the student
portal, signing in with university SSO and MFA. They describe their
circumstances (which often include health, disability or caring details),
state their income and outgoings, and upload recent bank statements as PDFs or
photos. A text extraction service reads the statements, and a screening
service builds a prompt from the application, the extracted statement text,
the student's enrolment and fee status from the student record system and the
fund's eligibility criteria. It sends this to an LLM in the university's cloud
AI tenancy, which drafts an eligibility recommendation and suggested award.
A student support adviser reviews every draft in the case review app and makes
the decision; approved awards go to the finance system for payment and the
outcome is e-mailed to the student. Applications are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student hardship fund screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM screens students' hardship fund applications and drafts a "
        "recommendation that the student support team reviews and decides on."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Hardship fund application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Personal circumstances statement, income, outgoings, dependants; may mention health or disability.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Three months of statements uploaded as PDFs or phone photos.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
statement_text = tg.Data(
    "Extracted statement text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Transactions and balances read out of the uploaded statements.",
)
enrolment = tg.Data(
    "Enrolment and fee status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Course, year, mode of study, fee status and funding already received.",
)
criteria = tg.Data(
    "Fund eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The fund's rules, priority groups and award bands for this academic year.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, criteria, the application, statement text and enrolment status.",
)
draft = tg.Data(
    "Draft recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Eligible or not, the reasons, a suggested award amount and points for the adviser to check.",
)
case = tg.Data(
    "Screening case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The application, its evidence and the draft recommendation, with the adviser's notes.",
)
decision = tg.Data(
    "Award decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Award payment request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student ID, award amount and the bank details held on the student record.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome_email = tg.Data("Outcome e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students apply from their own devices, on or off campus.
    student = tm.add(tg.Actor("Student", role="applicant"))

with tm.boundary("University cloud AI tenancy", trust=tg.Trust.PARTNER):
    # The model that reads applications and writes the draft recommendation.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="A hosted general-purpose model in the university's enterprise cloud subscription.",
            controls={c.HumanInTheLoop(approver="student support adviser")},
        )
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # The application form in the student portal.
    portal = tm.add(
        tg.Endpoint(
            "Hardship application form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.InputValidation(note="file type and size limits on uploads"),
            },
        )
    )
    # Holds submitted applications and uploaded evidence.
    app_store = tm.add(
        tg.DataStore(
            "Application store",
            stores={application, bank_statements},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Turns uploaded statements (PDF or photo) into text.
    extractor = tm.add(
        tg.Service("Statement text extraction", description="Open-source PDF parser and OCR.")
    )
    # Gathers everything about one application and calls the LLM.
    screener = tm.add(tg.Service("Screening service"))
    # The fund's rules, maintained by the student support team.
    criteria_store = tm.add(tg.DataStore("Fund criteria and guidance", stores={criteria}))
    # The university's system of record for students.
    srs = tm.add(tg.DataStore("Student record system", stores={enrolment}))
    # Cases waiting for an adviser, with the draft and the final decision.
    case_store = tm.add(tg.DataStore("Screening case store", stores={case, decision}))
    # Web app in which advisers read the case and the draft and record a decision.
    review_app = tm.add(
        tg.Service(
            "Case review app",
            controls={c.Authentication(method="university SSO with MFA"), c.AuditLogging()},
        )
    )
    # Pays approved awards into the student's bank account.
    finance = tm.add(tg.Service("Finance payments system"))
    # University mail relay used for outcome letters.
    mailer = tm.add(tg.Service("University e-mail service"))

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Student support team member who decides on each application.
    adviser = tm.add(tg.Actor("Student support adviser", role="student support staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Applying
tm.flow(student, portal, application, bank_statements, protocol="https", controls={tls})
tm.flow(portal, student, application, protocol="https", controls={tls}, label="submission receipt")
tm.flow(portal, app_store, application, bank_statements)

# Screening
tm.flow(app_store, extractor, bank_statements)
tm.flow(extractor, screener, statement_text)
tm.flow(app_store, screener, application)
tm.flow(srs, screener, enrolment)
tm.flow(criteria_store, screener, criteria)
tm.flow(screener, llm, screening_prompt, protocol="https", controls={tls})
tm.flow(llm, screener, draft, protocol="https", controls={tls})
tm.flow(screener, case_store, case)

# Review and decision
tm.flow(case_store, review_app, case)
tm.flow(app_store, review_app, application, bank_statements, label="evidence view")
tm.flow(review_app, adviser, case, bank_statements, protocol="https", controls={tls})
tm.flow(adviser, review_app, decision, protocol="https", controls={tls})
tm.flow(review_app, case_store, decision)

# Payment and outcome
tm.flow(review_app, finance, payment_request, label="approved awards, nightly batch")
tm.flow(srs, finance, payment_request, label="bank details")
tm.flow(review_app, mailer, outcome_email)
tm.flow(mailer, student, outcome_email, protocol="smtp")
