"""Small-business grant application screening: the first design, before any security review.

A regional development agency in an EU member state runs a small-business grant
scheme. Applicants (sole traders and small companies) create an account on the
online grant portal and upload a business plan, financial statements and the
business bank account the grant should be paid to. A screening service sends
each application, with the published eligibility criteria and scoring rubric,
to an LLM behind a vendor's hosted API, which checks eligibility, scores the
plan and drafts a recommendation. Grant officers review the draft in the case
management console and make every decision; approved grants go to the finance
payment service, which pays the bank account from the application by a payment
file sent to the agency's bank. Unsuccessful applicants can request feedback,
which the LLM drafts and an officer edits before it is sent. Controls in this
design: applicant sign-in, agency SSO and roles for officers, encrypted storage,
TLS on every external link, and officer review of every recommendation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Small-business grant application screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online grant applications screened and scored by a hosted LLM against the "
        "published rubric; grant officers decide and finance pays the grant."
    ),
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business name, owner and director names, contact details, amount requested.",
)
business_plan = tg.Data(
    "Business plan",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
financials = tg.Data(
    "Financial statements",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
bank_account = tg.Data(
    "Business bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder, IBAN and BIC given in the application.",
)
applicant_login = tg.Data(
    "Applicant sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
rubric = tg.Data(
    "Eligibility criteria and scoring rubric",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt with the rubric, plus the extracted application text.",
)
assessment = tg.Data(
    "Draft assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Eligibility checks, rubric scores and the drafted recommendation.",
)
decision = tg.Data(
    "Grant decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Grant payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
feedback_request = tg.Data("Feedback request", kind="records", sensitivity=tg.Sensitivity.PII)
feedback_prompt = tg.Data("Feedback prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
feedback_draft = tg.Data(
    "Draft feedback", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
feedback_letter = tg.Data("Feedback letter", kind="documents", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any business in the region can register and apply.
    applicant = tm.add(tg.Actor("Grant applicant", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The vendor's general-purpose model, used through its API under the agency's contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks eligibility, scores plans against the rubric, drafts recommendations.",
            controls={c.SupplierAssessment(note="procurement security and data-processing review")},
        )
    )

with tm.boundary("Agency bank", trust=tg.Trust.PARTNER):
    # The agency's bank executes the grant payments from the payment file.
    bank = tm.add(tg.ExternalService("Agency bank", description="Bulk SEPA credit transfers."))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends status and decision notifications to applicants.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The public entry point: registration, uploads, status and feedback requests.
    portal = tm.add(
        tg.Endpoint(
            "Grant portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Extracts the text of each application and runs the LLM screening and feedback drafts.
    screener = tm.add(tg.Service("Screening service"))
    # The published criteria and rubric the screening prompt is built from.
    criteria = tm.add(tg.DataStore("Scheme criteria", stores={rubric}, controls={c.RBAC()}))

    with tm.boundary("Application data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded business plans, financial statements and form data, with bank details.
        applications = tm.add(
            tg.DataStore(
                "Application store",
                stores={application_form, business_plan, financials, bank_account},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Draft assessments, officer decisions and feedback for each application.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={assessment, decision, feedback_draft, feedback_letter},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Agency network", trust=tg.Trust.INTERNAL):
    # Grant officers read the application and the draft, then decide.
    officer = tm.add(tg.Actor("Grant officer", role="grant officer"))
    # Where officers review drafts, record decisions and release feedback.
    console = tm.add(
        tg.Service(
            "Case management console",
            controls={
                c.Authentication(method="agency SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="grant officer"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Finance system that turns approved grants into a payment file for the bank.
    payments = tm.add(tg.Service("Grant payment service"))

# ---------------------------------------------------------------- flows
# Applying
tm.flow(applicant, portal, applicant_login, protocol="https", label="sign-in")
tm.flow(
    applicant, portal, application_form, business_plan, financials, bank_account, protocol="https"
)
tm.flow(portal, applications, application_form, business_plan, financials, bank_account)
tm.flow(portal, applicant, status, feedback_letter, protocol="https")

# Screening
tm.flow(applications, screener, application_form, business_plan, financials)
tm.flow(criteria, screener, rubric)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, assessment, protocol="https")
tm.flow(screener, case_db, assessment)

# Officer review and decision
tm.flow(case_db, console, assessment, feedback_draft)
tm.flow(applications, console, application_form, business_plan, financials)
tm.flow(console, officer, assessment, business_plan, financials, protocol="https")
tm.flow(officer, console, decision, feedback_letter, protocol="https")
tm.flow(console, case_db, decision, feedback_letter)
tm.flow(case_db, portal, status, feedback_letter)
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, applicant, notification, protocol="smtp+starttls")

# Feedback on request
tm.flow(applicant, portal, feedback_request, protocol="https")
tm.flow(portal, case_db, feedback_request)
tm.flow(case_db, screener, feedback_request, assessment)
tm.flow(screener, llm, feedback_prompt, protocol="https")
tm.flow(llm, screener, feedback_draft, protocol="https")
tm.flow(screener, case_db, feedback_draft)

# Payment
tm.flow(console, payments, decision)
tm.flow(applications, payments, bank_account)
tm.flow(payments, bank, payment_file, protocol="sftp")
tm.flow(bank, payments, payment_status, protocol="sftp")
tm.flow(payments, case_db, payment_status)
