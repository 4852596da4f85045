"""CV redaction service: the first design, before any security review.

An internal HR service that strips bias cues (names, photos, ages, dates of
birth, addresses, nationality, marital status and similar) from candidates' CVs
before hiring managers read them. Candidates apply on the careers site of our
SaaS applicant tracking system (ATS); the ATS calls our redaction service with a
webhook, the service extracts the CV text, asks a hosted LLM to rewrite it
without the cues, runs a regex post-check for e-mails and phone numbers, and
writes the redacted version back to the ATS. Hiring managers see only the
redacted CV in the ATS; recruiters can still open the original. Originals and
redactions are archived (encrypted, 180-day retention) in our HR VPC, and each
week an HR quality reviewer checks a random sample of redactions in a small
review console behind company SSO. The LLM vendor passed procurement's vendor
review and signed a DPA. Candidates are in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CV redaction service",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Removes bias cues from CVs with a hosted LLM before hiring managers see them.",
)

# ---------------------------------------------------------------- data assets
original_cv = tg.Data(
    "Original CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The uploaded PDF or Word file: name, photo, age, address, work history.",
)
cv_text = tg.Data("Extracted CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
redaction_prompt = tg.Data(
    "Redaction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The redaction instructions followed by the full CV text.",
)
instructions = tg.Data(
    "Redaction instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt listing the cues to remove and the output format.",
)
completion = tg.Data("LLM redaction output", kind="model-output", sensitivity=tg.Sensitivity.PII)
redacted_cv = tg.Data(
    "Redacted CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
screening_notes = tg.Data(
    "Screening decisions and notes", kind="records", sensitivity=tg.Sensitivity.PII
)
redaction_log = tg.Data(
    "Redaction log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Per job: application id, removed spans, model version, timings.",
)
review_sample = tg.Data(
    "Weekly review sample",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Original and redacted CV pairs picked at random for the weekly check.",
)
review_verdicts = tg.Data("Review verdicts", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply for a job and upload any file as a CV.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # The SaaS applicant tracking system: careers site, candidate records, hiring views.
    ats = tm.add(
        tg.ExternalService(
            "Applicant tracking system",
            description="SaaS ATS; recruiter and hiring-manager roles decide who sees originals.",
            controls={
                c.Authentication(method="company SSO (SAML)"),
                c.RBAC(note="hiring managers see the redacted CV only"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the actual rewriting; we have no model of our own.
    llm = tm.add(
        tg.LLM(
            "Hosted redaction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model; its output is what hiring managers judge.",
            controls={c.SupplierAssessment(note="procurement review and DPA, EU region")},
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Company SSO for staff; the review console relies on it.
    idp = tm.add(tg.ExternalService("Company SSO", provides="identity-provider"))

with tm.boundary("HR services VPC", trust=tg.Trust.INTERNAL):
    # Receives ATS webhooks and runs each redaction job end to end.
    redactor = tm.add(
        tg.Service(
            "Redaction service",
            description="Webhook handler and job runner: extract, prompt, post-check, write back.",
            controls={
                c.OutputFiltering(note="regex post-check for e-mails, phone numbers, dates"),
                c.SecretsManagement(note="ATS and LLM API keys in the cloud secret manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Turns uploaded files into plain text and drops embedded images (photos).
    extractor = tm.add(
        tg.Service(
            "Document extraction worker",
            description="PDF/DOCX parsing with an open-source library; OCR for scanned CVs.",
        )
    )
    # Where the redaction instructions live, versioned by the HR tech team.
    prompt_config = tm.add(tg.DataStore("Prompt configuration", stores={instructions}))
    # Web page where the HR reviewer grades the weekly sample.
    review_console = tm.add(
        tg.Endpoint(
            "Redaction review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO"), c.RBAC()},
        )
    )

    with tm.boundary("HR data tier", trust=tg.Trust.RESTRICTED):
        # Keeps originals and redactions for audits, sampling and disputes.
        archive = tm.add(
            tg.DataStore(
                "CV archive",
                stores={original_cv, redacted_cv},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.RetentionLimits(days=180),
                },
            )
        )
        # Per-job record of what was removed, and the reviewers' verdicts.
        log_store = tm.add(
            tg.DataStore("Redaction log store", stores={redaction_log, review_verdicts})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads redacted CVs in the ATS and shortlists.
    hiring_manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))
    # Runs the process; may open the original CV.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Checks a sample of redactions every week.
    reviewer = tm.add(tg.Actor("HR quality reviewer", role="reviewer"))
    # Maintains the service and edits the redaction instructions.
    hr_engineer = tm.add(tg.Actor("HR tech engineer", role="engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(candidate, ats, original_cv, protocol="https", label="applies")
tm.flow(ats, redactor, original_cv, protocol="https", label="new-application webhook")
tm.flow(redactor, extractor, original_cv)
tm.flow(extractor, redactor, cv_text)
tm.flow(prompt_config, redactor, instructions)
tm.flow(redactor, llm, redaction_prompt, protocol="https")
tm.flow(llm, redactor, completion, protocol="https")
tm.flow(redactor, archive, original_cv, redacted_cv)
tm.flow(redactor, log_store, redaction_log)
tm.flow(redactor, ats, redacted_cv, protocol="https", label="writes redacted attachment")

tm.flow(ats, hiring_manager, redacted_cv, protocol="https")
tm.flow(hiring_manager, ats, screening_notes, protocol="https")
tm.flow(ats, recruiter, original_cv, redacted_cv, protocol="https")
tm.flow(recruiter, ats, screening_notes, protocol="https")

tm.flow(archive, review_console, review_sample, label="random weekly sample")
tm.flow(log_store, review_console, redaction_log)
tm.flow(review_console, reviewer, review_sample, redaction_log, protocol="https")
tm.flow(reviewer, review_console, review_verdicts, protocol="https")
tm.flow(review_console, log_store, review_verdicts)
tm.flow(idp, review_console, sso_assertion, protocol="https")
tm.flow(idp, ats, sso_assertion, protocol="https")
tm.flow(hr_engineer, prompt_config, instructions, label="edits instructions")
