"""Recruitment agency CV screening: the first design, before any security review.

Candidates apply to roles on the agency's public job board, creating an account and
uploading a CV and a cover letter. A parser turns the files into text in the
applicant tracking system (ATS). When a consultant starts a screening run for a
client's job spec, an orchestrator sends the spec and each applicant's documents to
an LLM hosted by a vendor, which ranks the applicants with a short rationale and
drafts a shortlist. Consultants review and edit the draft in the recruiter console
and e-mail the approved shortlist to the client's hiring manager.
Everything but the model runs in the agency's cloud account (EU region); candidate
files and the ATS sit in a restricted data tier. Candidates sign in with e-mail and
password, staff with SSO and MFA; stores are encrypted, the ATS is role-based, the
model vendor was reviewed under a DPA, and no shortlist leaves without a consultant.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency CV screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM ranking of job-board applicants against client job specs, with draft shortlists.",
)

# ---------------------------------------------------------------- data assets
cv = tg.Data(
    "CV and cover letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="PDF or Word files as uploaded; may mention health, age or nationality.",
)
profile = tg.Data(
    "Candidate profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, right-to-work answer, salary expectation.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
cv_text = tg.Data("Parsed CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
job_spec = tg.Data(
    "Client job spec",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Role, requirements and salary band, sent by the client's hiring manager.",
)
screening_request = tg.Data(
    "Screening run request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Ranking instructions, the job spec and the applicants' CV text.",
)
ranking = tg.Data(
    "Candidate ranking and rationale", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft = tg.Data("Draft shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
shortlist = tg.Data("Approved shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
screening_log = tg.Data("Screening run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register on the job board and apply.
    candidate = tm.add(tg.Actor("Candidate", role="job seeker"))
    # The client sends the job spec and receives the shortlist.
    hiring_manager = tm.add(tg.Actor("Client hiring manager", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; it does the ranking.
    llm = tm.add(
        tg.LLM(
            "Hosted screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Ranks applicants against the job spec and drafts the shortlist.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the console sends shortlists through.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public job board where candidates register, apply and follow their applications.
    job_board = tm.add(
        tg.Endpoint(
            "Job board site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF or DOCX only, 5 MB limit"),
            },
        )
    )
    # Extracts text from uploaded PDF and Word files.
    parser = tm.add(tg.Service("CV parser", description="Converts uploaded files to plain text."))
    # Builds the prompt per role, calls the LLM and writes the draft shortlist.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            controls={c.SecretsManagement(note="LLM API key in the cloud secrets manager")},
        )
    )
    # Staff web app for job specs, screening runs and shortlist review.
    console = tm.add(
        tg.Endpoint(
            "Recruiter console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SSO with MFA"),
                c.HumanInTheLoop(approver="the consultant on the assignment"),
            },
        )
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the original uploaded files.
        cv_store = tm.add(
            tg.DataStore(
                "CV file store",
                stores={cv},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Applicant tracking system: profiles, CV text, job specs and shortlists.
        ats = tm.add(
            tg.DataStore(
                "Applicant tracking database",
                stores={profile, cv_text, job_spec, draft, shortlist},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Prompts and outputs of each run, kept for troubleshooting.
        log_store = tm.add(tg.DataStore("Screening log store", stores={screening_log}))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Runs the assignment, triggers screening and signs off the shortlist.
    consultant = tm.add(tg.Actor("Recruitment consultant", role="consultant"))

# ---------------------------------------------------------------- flows
tm.flow(candidate, job_board, profile, cv, protocol="https")
tm.flow(job_board, candidate, status, protocol="https")
tm.flow(job_board, cv_store, cv, protocol="https")
tm.flow(job_board, ats, profile)
tm.flow(ats, job_board, status)
tm.flow(cv_store, parser, cv)
tm.flow(parser, ats, cv_text)

tm.flow(hiring_manager, consultant, job_spec, protocol="smtp", label="e-mailed job brief")
tm.flow(consultant, console, job_spec, screening_request, protocol="https")
tm.flow(console, ats, job_spec)
tm.flow(console, orchestrator, screening_request)
tm.flow(ats, orchestrator, job_spec, profile, cv_text, label="applicants for the role")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, ranking, protocol="https")
tm.flow(orchestrator, ats, draft)
tm.flow(orchestrator, log_store, screening_log)

tm.flow(ats, console, draft, profile, cv_text)
tm.flow(console, consultant, draft, profile, cv_text, protocol="https")
tm.flow(consultant, console, shortlist, protocol="https", label="edits and approves")
tm.flow(console, ats, shortlist)
tm.flow(console, mailer, shortlist, protocol="https")
tm.flow(mailer, hiring_manager, shortlist, protocol="smtp")
