"""Design school portfolio screening: the first design, before any security review.

Applicants to an EU design school create an account on the admissions portal and
upload their portfolio (images of their work) and a personal statement. After the
deadline a screening service reads each application, adds the school's assessment
criteria and a prompt template, and sends it to a hosted multimodal LLM, which
returns a scored summary per criterion. Admissions tutors sign in to the staff
app through the school's SSO, read the summaries beside the portfolios and decide
whom to invite to interview; the LLM only advises. After decisions, applicants can
ask for feedback through the portal; a tutor writes it and the portal e-mails the
applicant that it is ready. An admissions officer maintains the criteria and the
prompt. Controls in this design: TLS everywhere, applicant log-in with e-mail and
password, upload checks, SSO with MFA and roles for staff, encrypted storage, a
vendor contract with the LLM provider, and tutors deciding every interview.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Design school portfolio screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="An LLM writes scored summaries of applicants' portfolios for admissions tutors.",
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, date of birth, nationality, programme applied for.",
)
portfolio = tg.Data(
    "Portfolio images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Up to 30 images or PDFs of the applicant's work; may show people.",
)
statement = tg.Data("Personal statement", kind="documents", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Assessment criteria and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Prompt template, criteria, the statement and the portfolio images.",
)
summary = tg.Data(
    "Scored summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A score and a paragraph per criterion, and an overall score.",
)
interview_decision = tg.Data("Interview decision", kind="records", sensitivity=tg.Sensitivity.PII)
feedback_request = tg.Data("Feedback request", kind="records", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data("Applicant feedback", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data(
    "Application status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Submitted, under review, interview invited or declined, feedback ready.",
)
notification = tg.Data("Status e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
staff_token = tg.Data("Staff SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective students anywhere in the world; anyone can open an account.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads images and text; the school only calls its API.
    llm = tm.add(
        tg.LLM(
            "Multimodal screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Scores each portfolio against the criteria and summarises it.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our data"),
                c.HumanInTheLoop(approver="admissions tutors decide every interview"),
            },
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The school's existing identity provider for staff accounts.
    sso = tm.add(tg.ExternalService("School SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # Transactional e-mail service the portal uses to tell applicants their status changed.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Admissions cloud", trust=tg.Trust.INTERNAL):
    # Public web app where applicants apply, upload, track status and ask for feedback.
    portal = tm.add(
        tg.Endpoint(
            "Admissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Staff web app for tutors and the admissions officer.
    staff_app = tm.add(
        tg.Endpoint(
            "Admissions staff app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="school SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Runs after the application deadline over every submitted application.
    screener = tm.add(
        tg.Service(
            "Portfolio screening service",
            description="Builds the prompt per applicant, calls the LLM, stores the summary.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )

    with tm.boundary("Applicant data", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded portfolio files.
        portfolio_store = tm.add(
            tg.DataStore(
                "Portfolio file store",
                stores={portfolio},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Relational database holding everything about each application.
        records_db = tm.add(
            tg.DataStore(
                "Applications database",
                stores={
                    application_form,
                    statement,
                    summary,
                    interview_decision,
                    feedback_request,
                    feedback,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The criteria and prompt the officer edits; read by every screening run.
        criteria_store = tm.add(tg.DataStore("Assessment criteria store", stores={criteria}))

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Academic staff who read summaries and portfolios and choose interviewees.
    tutor = tm.add(tg.Actor("Admissions tutor", role="tutor"))
    # Owns the criteria and the prompt template.
    officer = tm.add(tg.Actor("Admissions officer", role="admissions staff", privileged=True))

# ---------------------------------------------------------------- flows
# applicants
tm.flow(applicant, portal, application_form, portfolio, statement, protocol="https")
tm.flow(applicant, portal, feedback_request, protocol="https", label="asks for feedback")
tm.flow(portal, applicant, status, feedback, protocol="https")
tm.flow(portal, portfolio_store, portfolio)
tm.flow(portal, records_db, application_form, statement, feedback_request)
tm.flow(records_db, portal, status, feedback)
tm.flow(portal, mailer, notification, protocol="https")
tm.flow(mailer, applicant, notification, protocol="smtp")

# screening
tm.flow(portfolio_store, screener, portfolio)
tm.flow(records_db, screener, statement)
tm.flow(criteria_store, screener, criteria)
tm.flow(screener, llm, screening_prompt, protocol="https")
tm.flow(llm, screener, summary, protocol="https")
tm.flow(screener, records_db, summary)

# staff
tm.flow(tutor, staff_app, interview_decision, feedback, protocol="https")
tm.flow(staff_app, tutor, summary, portfolio, statement, feedback_request, protocol="https")
tm.flow(officer, staff_app, criteria, protocol="https", label="edits criteria and prompt")
tm.flow(staff_app, sso, staff_token, protocol="https", label="sign-in redirect")
tm.flow(sso, staff_app, staff_token, protocol="https")
tm.flow(records_db, staff_app, summary, statement, feedback_request)
tm.flow(portfolio_store, staff_app, portfolio)
tm.flow(staff_app, records_db, interview_decision, feedback)
tm.flow(staff_app, criteria_store, criteria)
