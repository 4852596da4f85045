"""Applicant tracking CV parser: the first design, before any security review.

Our multi-tenant recruiting platform hosts the career pages of employers across the
EU. Candidates apply there by filling in a short form and uploading a CV (PDF or
Word); the application API checks file type and size and rate-limits uploads. CVs
are kept encrypted in object storage. A document-parsing service extracts the text
with open-source PDF and DOCX libraries, and an extractor service asks a hosted
LLM (EU region, under a DPA) to turn it into a structured candidate record, which it
validates against our schema before saving it to the candidate database. For each
opening, an in-house learning-to-rank model scores and orders the applicants;
recruiters, signed in to the recruiter app with SSO or MFA and limited to their
employer's data, see the ranked list and decide whom to contact. Their shortlist and
reject decisions are collected as training data for the next version of the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Applicant tracking CV parser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Parses uploaded CVs into candidate records and ranks candidates per opening.",
)

# ---------------------------------------------------------------- data assets
cv_file = tg.Data(
    "Uploaded CV file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="PDF or Word document as the candidate uploaded it.",
)
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, opening applied for, consent to processing.",
)
confirmation = tg.Data("Application confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
cv_text = tg.Data("Extracted CV text", sensitivity=tg.Sensitivity.PII, kind="documents")
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions, the target JSON schema and the CV text.",
)
extraction_output = tg.Data(
    "Extracted candidate JSON", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
candidate_record = tg.Data(
    "Candidate record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Work history, education, skills, languages, location, contact details.",
)
opening = tg.Data(
    "Job opening",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Description, requirements and screening criteria set by the employer.",
)
ranking = tg.Data(
    "Candidate ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Match score and rank of each applicant for one opening.",
)
decisions = tg.Data(
    "Recruiter decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Shortlist, contact and reject decisions per applicant.",
)
training_data = tg.Data(
    "Matching training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
matching_weights = tg.Data(
    "Matching model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply through a public career page, including with crafted files.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("Employer organisations", trust=tg.Trust.PARTNER):
    # Employers' recruiters and hiring managers, our customers' staff.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted model used only to turn CV text into structured fields.
    llm = tm.add(
        tg.LLM(
            "Extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU processing, no training on inputs")
            },
        )
    )

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Backend of the embedded career-page widget: takes applications and CV uploads.
    career_api = tm.add(
        tg.Endpoint(
            "Application API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="PDF/DOCX only, 10 MB limit, MIME sniffing"),
            },
        )
    )
    # Turns each uploaded file into plain text; queue-driven workers.
    parser = tm.add(
        tg.Service(
            "Document parsing service",
            description="Open-source PDF and DOCX parsing libraries in a container.",
        )
    )
    # Builds the extraction prompt, calls the LLM and checks its JSON.
    extractor = tm.add(
        tg.Service(
            "Candidate extractor",
            controls={c.OutputFiltering(note="LLM JSON validated against the record schema")},
        )
    )
    # Openings and their criteria, as employers enter them.
    openings_db = tm.add(tg.DataStore("Openings database", stores={opening}))
    # Scores every applicant of an opening against it, per tenant.
    matcher = tm.add(
        tg.Model(
            "Candidate matching model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="the employer's recruiter",
                    note="ranking is advisory; no one is rejected automatically",
                )
            },
        )
    )
    # The recruiter-facing ATS web app: openings, ranked lists, CVs, decisions.
    recruiter_app = tm.add(
        tg.Endpoint(
            "Recruiter app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="SAML SSO or password with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # Original CVs, kept for recruiters to open and for re-parsing.
        cv_store = tm.add(
            tg.DataStore(
                "CV object storage",
                stores={cv_file},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Structured candidate records per employer tenant.
        candidate_db = tm.add(
            tg.DataStore(
                "Candidate database",
                stores={candidate_record, application},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past candidate records joined with recruiter decisions, as ranking labels.
        training_set = tm.add(
            tg.Dataset(
                "Matching training set",
                stores={training_data},
                controls={c.DataMinimization(note="names, photos, age and gender fields dropped")},
            )
        )
        # Monthly retraining of the ranker; evaluated on a held-out set before release.
        training = tm.add(
            tg.Pipeline(
                "Matching model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="NDCG on a held-out set of past openings")},
            )
        )
        # Versions of the matching model; serving loads a pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={matching_weights}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(candidate, career_api, application, cv_file, protocol="https")
tm.flow(career_api, candidate, confirmation, protocol="https")
tm.flow(career_api, cv_store, cv_file)
tm.flow(career_api, candidate_db, application)

tm.flow(cv_store, parser, cv_file)
tm.flow(parser, extractor, cv_text)
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extraction_output, protocol="https")
tm.flow(extractor, candidate_db, candidate_record)

tm.flow(recruiter, recruiter_app, opening, decisions, protocol="https")
tm.flow(recruiter_app, openings_db, opening)
tm.flow(openings_db, matcher, opening)
tm.flow(candidate_db, matcher, candidate_record)
tm.flow(matcher, recruiter_app, ranking)
tm.flow(candidate_db, recruiter_app, candidate_record, application)
tm.flow(cv_store, recruiter_app, cv_file, label="recruiter opens the original CV")
tm.flow(recruiter_app, recruiter, ranking, candidate_record, cv_file, protocol="https")

tm.flow(recruiter_app, training_set, decisions)
tm.flow(candidate_db, training_set, candidate_record, label="monthly snapshot")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, matching_weights)
tm.flow(registry, matcher, matching_weights, label="deploy pinned version")
