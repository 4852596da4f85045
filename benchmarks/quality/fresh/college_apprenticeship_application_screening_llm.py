"""Apprenticeship application screening: the first design, before any security review.

A further education college in England matches apprenticeship applicants to the
vacancies of its partner employers. Applicants create an account on the college's
applications portal, fill in the application form and upload a CV (PDF or DOCX).
Employers post each vacancy's essential and desirable criteria on the employer portal.
A screening service in the college's cloud tenancy extracts the CV text, sends it with
the vacancy criteria to a hosted LLM, and records a suitability assessment and a draft
shortlist for each vacancy. An apprenticeship coordinator reviews and approves every
shortlist in a staff console before the employer sees it; the employer then downloads
the shortlisted candidates' packs and records interview outcomes on its portal.
Controls in this design: HTTPS on internet links, account sign-in on both portals,
staff single sign-on with MFA, coordinator approval of shortlists, a vendor review of
the LLM provider, the LLM API key in a vault and provider-managed encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "College apprenticeship application screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM screens apprenticeship applications and CVs against employers' vacancy "
        "criteria and drafts shortlists that college staff approve for the employer."
    ),
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, date of birth, qualifications, work history, "
    "the vacancy applied for.",
)
equality_answers = tg.Data(
    "Equality monitoring answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ethnicity, disability and learning difficulty declarations collected "
    "for funding returns; not used in screening.",
)
cv = tg.Data(
    "Applicant CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
cv_text = tg.Data("Extracted CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
criteria = tg.Data(
    "Vacancy criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job description, essential and desirable criteria, number of places.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Screening instructions, the vacancy criteria, the application form "
    "answers and the CV text.",
)
assessment = tg.Data(
    "Candidate suitability assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A 1-5 rating against each criterion with a short rationale.",
)
draft_shortlist = tg.Data("Draft shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
approved_shortlist = tg.Data(
    "Approved shortlist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
candidate_pack = tg.Data(
    "Shortlisted candidate pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The approved shortlist with each candidate's application form and CV.",
)
interview_outcome = tg.Data("Interview outcome", kind="records", sensitivity=tg.Sensitivity.PII)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
status_email = tg.Data("Application status e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone aged 16+ can create an applicant account and apply.
    applicant = tm.add(tg.Actor("Applicant", role="apprenticeship applicant"))

with tm.boundary("Partner employers", trust=tg.Trust.PARTNER):
    # Staff at the employers the college has apprenticeship agreements with.
    employer = tm.add(tg.Actor("Employer recruiter", role="employer hiring contact"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads CVs against the criteria; hosted by the vendor in a UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called through the vendor's API; "
            "the vendor does not train on our prompts under the contract.",
            controls={
                c.SupplierAssessment(
                    note="procurement review of terms, UK data residency and retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the portal's account and status e-mails to applicants.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("College cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where applicants sign up, apply, upload CVs and follow their application.
    portal = tm.add(
        tg.Endpoint(
            "Applications portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="CV uploads limited to PDF or DOCX up to 5 MB"),
            },
        )
    )
    # Where employers post vacancy criteria, fetch approved shortlists and record outcomes.
    employer_portal = tm.add(
        tg.Endpoint(
            "Employer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="employer accounts see the vacancies of their own organisation"),
            },
        )
    )
    # Turns uploaded CV files into plain text for the prompt.
    extractor = tm.add(
        tg.Service(
            "CV text extractor",
            description="Open-source PDF and DOCX parsing libraries in a container.",
        )
    )
    # Builds the prompt per applicant and vacancy, calls the LLM, ranks and drafts the shortlist.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Runs when a vacancy closes; ranks applicants by the LLM's ratings "
            "and drafts a shortlist of the top candidates.",
            controls={
                c.HumanInTheLoop(
                    approver="apprenticeship coordinator",
                    note="no shortlist reaches an employer until the coordinator approves it",
                ),
                c.SecretsManagement(note="LLM API key held in the cloud key vault"),
            },
        )
    )
    # Staff screen where coordinators read assessments and approve or edit shortlists.
    console = tm.add(
        tg.Endpoint(
            "Shortlist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="college Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="apprenticeships team role only"),
            },
        )
    )

    with tm.boundary("College data tier", trust=tg.Trust.RESTRICTED):
        # System of record for applications, equality answers and outcomes.
        applications_db = tm.add(
            tg.DataStore(
                "Applications database",
                stores={application_form, equality_answers, application_status, interview_outcome},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Uploaded CV files.
        cv_store = tm.add(
            tg.DataStore(
                "CV document store",
                stores={cv},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Vacancies and their criteria as employers entered them.
        vacancy_store = tm.add(tg.DataStore("Vacancy store", stores={criteria}))
        # LLM assessments, draft and approved shortlists per vacancy.
        results_store = tm.add(
            tg.DataStore(
                "Screening results store",
                stores={assessment, draft_shortlist, approved_shortlist},
            )
        )

with tm.boundary("College staff network", trust=tg.Trust.INTERNAL):
    # Member of the apprenticeships team who approves shortlists.
    coordinator = tm.add(tg.Actor("Apprenticeship coordinator", role="college staff"))

# ---------------------------------------------------------------- flows
# Applying
tm.flow(applicant, portal, application_form, equality_answers, cv, protocol="https")
tm.flow(portal, applicant, application_status, protocol="https")
tm.flow(portal, applications_db, application_form, equality_answers)
tm.flow(applications_db, portal, application_status)
tm.flow(portal, cv_store, cv)
tm.flow(portal, email, status_email, protocol="https")
tm.flow(email, applicant, status_email, protocol="smtp")

# Vacancies
tm.flow(employer, employer_portal, criteria, protocol="https")
tm.flow(employer_portal, vacancy_store, criteria)

# Screening
tm.flow(vacancy_store, screening, criteria)
tm.flow(applications_db, screening, application_form, label="applications for the closed vacancy")
tm.flow(cv_store, extractor, cv)
tm.flow(extractor, screening, cv_text)
tm.flow(screening, llm, screening_prompt, llm_api_key, protocol="https")
tm.flow(llm, screening, assessment, protocol="https")
tm.flow(screening, results_store, assessment, draft_shortlist)

# Review and release
tm.flow(
    coordinator, console, approved_shortlist, label="approves or edits shortlist", protocol="https"
)
tm.flow(console, coordinator, assessment, draft_shortlist, protocol="https")
tm.flow(results_store, console, assessment, draft_shortlist)
tm.flow(console, results_store, approved_shortlist)
tm.flow(results_store, employer_portal, approved_shortlist)
tm.flow(cv_store, employer_portal, cv)
tm.flow(applications_db, employer_portal, application_form)
tm.flow(employer_portal, employer, candidate_pack, protocol="https")

# Outcomes
tm.flow(employer, employer_portal, interview_outcome, protocol="https")
tm.flow(employer_portal, applications_db, interview_outcome)
