"""Recruitment agency CV shortlisting: the first design, before any security review.

A recruitment agency in the EU places candidates with client employers. Candidates
upload CVs on the agency's careers portal, and more CVs arrive from a job board
partner's feed; all land in the agency's applicant tracking system (ATS). When a
client sends a job brief, a consultant enters it in the consultant workbench; the
shortlisting service finds likely candidates in a vector index of CV embeddings,
sends each CV with the brief to a hosted LLM, which scores fit from 0 to 100 and
writes a short rationale, and saves a draft shortlist. The consultant reviews and
edits the draft and sends the approved shortlist to the client by e-mail.
Everything but the LLM, the embedding model and e-mail runs in the agency's cloud
account. Controls in this design: candidate accounts and file checks on the
portal, SSO with MFA and roles for consultants, encrypted ATS, HTTPS to every
vendor, a vetted LLM vendor with a data processing agreement, prompt and score
logging, and a consultant's approval before any shortlist leaves the agency.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency CV shortlisting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM scoring of candidates' CVs against job briefs to draft shortlists for consultants.",
)

# ---------------------------------------------------------------- data assets
cv = tg.Data(
    "Candidate CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="PDF or Word CV: work history, education, contact details, sometimes age, photo or nationality.",
)
profile = tg.Data(
    "Candidate profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, right-to-work answer, salary expectation, availability.",
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
job_brief = tg.Data(
    "Job brief",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The client's role description, must-have skills, salary band and location.",
)
cv_chunks = tg.Data("CV text chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
cv_embeddings = tg.Data("CV embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
brief_embedding = tg.Data(
    "Job brief embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
candidate_matches = tg.Data(
    "Matching CV passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the job brief and one candidate's full CV.",
)
fit_score = tg.Data(
    "Fit score and rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A 0-100 fit score per candidate with strengths, gaps and a recommendation.",
)
draft_shortlist = tg.Data(
    "Draft shortlist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked candidates with scores and rationales, awaiting the consultant.",
)
approved_shortlist = tg.Data(
    "Approved shortlist",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The consultant's edited shortlist with anonymised-by-hand CV summaries.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Job seekers applying through the careers site.
    candidate = tm.add(tg.Actor("Candidate", role="job seeker"))
    # The hiring manager at a client employer: sends briefs, receives shortlists.
    client = tm.add(tg.Actor("Client hiring manager", role="client employer"))

with tm.boundary("Job board partner", trust=tg.Trust.PARTNER):
    # CVs of job board members who applied to the agency's adverts.
    job_board = tm.add(
        tg.DataSource("Job board CV feed", origin=tg.Origin.PARTNER, provides={cv, profile})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that reads a CV against a brief and scores fit.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.SupplierAssessment(
                    note="DPA signed; EU region; no training on our prompts, 30-day abuse retention"
                )
            },
        )
    )
    # The same vendor's embedding model, for CV search.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The agency's hosted mailboxes; briefs come in and shortlists go out this way.
    email = tm.add(tg.ExternalService("Agency e-mail service"))

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Recruitment consultant who owns the client relationship and the shortlist.
    consultant = tm.add(tg.Actor("Recruitment consultant", role="consultant"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Public careers site where candidates create an account and upload a CV.
    portal = tm.add(
        tg.Endpoint(
            "Careers portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and DOCX only, 5 MB limit"),
            },
        )
    )
    # Web app where consultants enter briefs, review drafts and send shortlists.
    workbench = tm.add(
        tg.Endpoint(
            "Consultant workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the consultant, before any shortlist is sent"),
            },
        )
    )
    # Orchestrates search, scoring and drafting for one job brief.
    shortlister = tm.add(
        tg.Service(
            "Shortlisting service",
            description="Retrieves the top 50 candidates, asks the LLM to score each, ranks and drafts the shortlist.",
            controls={c.AuditLogging(note="prompts, scores and model version kept per shortlist")},
        )
    )
    # Chunks new CVs and has them embedded for search.
    indexer = tm.add(tg.Pipeline("CV indexing pipeline", stage=tg.Stage.INGESTION))

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # System of record for candidates, CVs and applications.
        ats = tm.add(
            tg.DataStore(
                "Applicant tracking system",
                stores={cv, profile, application_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Semantic search over every CV in the ATS.
        index = tm.add(tg.VectorStore("CV vector index", stores={cv_embeddings, cv_chunks}))
        # Draft and approved shortlists per job brief.
        shortlists = tm.add(
            tg.DataStore("Shortlist store", stores={draft_shortlist, approved_shortlist, job_brief})
        )

# ---------------------------------------------------------------- flows
tm.flow(candidate, portal, cv, profile, protocol="https")
tm.flow(portal, candidate, application_status, protocol="https")
tm.flow(portal, ats, cv, profile)
tm.flow(ats, portal, application_status)
tm.flow(job_board, ats, cv, profile, protocol="https", label="hourly applicant feed")

tm.flow(ats, indexer, cv)
tm.flow(indexer, embedder, cv_chunks, protocol="https")
tm.flow(embedder, indexer, cv_embeddings, protocol="https")
tm.flow(indexer, index, cv_chunks, cv_embeddings)

tm.flow(client, email, job_brief, protocol="smtp+starttls")
tm.flow(email, consultant, job_brief, protocol="https")
tm.flow(consultant, workbench, job_brief, protocol="https")
tm.flow(workbench, shortlister, job_brief)
tm.flow(shortlister, embedder, job_brief, protocol="https")
tm.flow(embedder, shortlister, brief_embedding, protocol="https")
tm.flow(shortlister, index, brief_embedding, label="similarity search")
tm.flow(index, shortlister, candidate_matches)
tm.flow(ats, shortlister, cv, profile, label="full CVs of matched candidates")
tm.flow(shortlister, llm, scoring_prompt, protocol="https")
tm.flow(llm, shortlister, fit_score, protocol="https")
tm.flow(shortlister, shortlists, job_brief, draft_shortlist)

tm.flow(shortlists, workbench, draft_shortlist)
tm.flow(workbench, consultant, draft_shortlist, protocol="https")
tm.flow(consultant, workbench, approved_shortlist, protocol="https", label="edits and approves")
tm.flow(workbench, shortlists, approved_shortlist)
tm.flow(workbench, email, approved_shortlist, protocol="https")
tm.flow(email, client, approved_shortlist, protocol="smtp+starttls")
