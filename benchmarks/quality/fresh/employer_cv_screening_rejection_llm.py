"""Retail applicant tracking system with LLM CV screening: the first design.

Candidates create an account on the retailer's careers site and apply for store,
warehouse and head-office roles by uploading a CV. A parser extracts the CV text; a
screening service sends it with the job description to a hosted LLM, which returns a
suitability score with a short rationale and drafts a rejection email. Hiring managers
write the job descriptions in the recruiter portal. Recruiters review and confirm every
shortlist there, but candidates scoring below the cut-off are sent the drafted
rejection automatically through an email delivery provider. CVs, extracted text and
scores are kept in the ATS database for one year. The ATS runs in the retailer's cloud;
the LLM and the email provider are vendors. Controls in this design: candidate sign-in,
upload checks and rate limits, staff SSO with MFA and roles, encryption at rest, a
one-year retention limit, a reviewed LLM vendor and recruiter approval of shortlists.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail CV screening with LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Hosted LLM scores uploaded CVs against job descriptions; recruiters confirm "
        "shortlists, rejections below the cut-off are emailed automatically."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, role applied for, right-to-work answer.",
)
cv_file = tg.Data(
    "Uploaded CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="PDF or Word file; work history, education, often age, photo, address.",
)
cv_text = tg.Data("Extracted CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
job_description = tg.Data(
    "Job description",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Scoring instructions, the job description and the CV text.",
)
completion = tg.Data(
    "LLM screening output",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Score 0-100, rationale and a drafted rejection email, as JSON.",
)
score = tg.Data(
    "Screening score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rejection = tg.Data("Rejection email", kind="model-output", sensitivity=tg.Sensitivity.PII)
shortlist = tg.Data("Candidate shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
shortlist_confirmation = tg.Data(
    "Shortlist confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register on the careers site and upload a CV.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; no training on our data per contract.
    llm = tm.add(
        tg.LLM(
            "Hosted screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Scores each CV against the job description and drafts rejection emails.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option")},
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email service that delivers candidate emails.
    email_provider = tm.add(tg.ExternalService("Email delivery provider"))

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Public careers site: job listings, candidate accounts, CV upload, status page.
    careers_site = tm.add(
        tg.Endpoint(
            "Careers site",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="candidate e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="PDF/DOCX only, 5 MB limit"),
            },
        )
    )
    # Object storage for the uploaded CV files.
    cv_bucket = tm.add(
        tg.DataStore(
            "CV file store",
            stores={cv_file},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=365),
            },
        )
    )
    # Turns PDF and Word files into plain text for screening.
    parser = tm.add(tg.Service("CV parser", description="Open-source document text extraction."))
    # The ATS core: applications, requisitions, workflow and candidate emails.
    ats = tm.add(
        tg.Service(
            "ATS application service",
            controls={
                c.HumanInTheLoop(
                    approver="the recruiter",
                    above="screening score cut-off (shortlist only)",
                    note="rejections below the cut-off are sent without review",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Builds the prompt, calls the LLM and parses the score and draft email.
    screener = tm.add(
        tg.Service(
            "CV screening service",
            controls={c.SecretsManagement(note="vendor API key in the cloud secrets manager")},
        )
    )
    # Web UI for recruiters and hiring managers.
    portal = tm.add(
        tg.Endpoint(
            "Recruiter portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Applications, CV text, scores and job descriptions, kept for one year.
        ats_db = tm.add(
            tg.DataStore(
                "ATS database",
                stores={application, cv_text, score, job_description, shortlist},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=365),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Recruiters confirm shortlists before interviews are arranged.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Hiring managers in stores and head office write the job descriptions.
    hiring_manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))

# ---------------------------------------------------------------- flows
# Candidate applies
tm.flow(candidate, careers_site, application, cv_file, protocol="https")
tm.flow(careers_site, candidate, status, protocol="https")
tm.flow(careers_site, cv_bucket, cv_file, protocol="https")
tm.flow(careers_site, ats, application)
tm.flow(ats, careers_site, status)
tm.flow(cv_bucket, parser, cv_file, protocol="https")
tm.flow(parser, ats, cv_text)

# Job descriptions
tm.flow(hiring_manager, portal, job_description, protocol="https")
tm.flow(portal, ats, job_description, shortlist_confirmation)

# ATS storage
tm.flow(ats, ats_db, application, cv_text, score, job_description, shortlist)
tm.flow(ats_db, ats, application, cv_text, score, job_description, shortlist)

# Screening
tm.flow(ats, screener, cv_text, job_description)
tm.flow(screener, llm, prompt, protocol="https")
tm.flow(llm, screener, completion, protocol="https")
tm.flow(screener, ats, score, rejection)

# Shortlist review
tm.flow(ats, portal, shortlist, score, cv_text)
tm.flow(portal, recruiter, shortlist, score, cv_text, protocol="https")
tm.flow(recruiter, portal, shortlist_confirmation, protocol="https")

# Automatic rejections
tm.flow(ats, email_provider, rejection, protocol="https", label="below cut-off")
tm.flow(email_provider, candidate, rejection, protocol="smtp")
