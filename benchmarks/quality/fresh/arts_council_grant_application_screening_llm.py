"""Grant application screening assistant: the first design, before any security review.

An arts funding body runs open funds for individual artists and small organisations.
Applicants sign in to the online grants portal, fill in the application form, upload a
budget, a CV and supporting documents, and answer equality monitoring questions. After
the deadline a screening service converts the uploads to text, reads the fund's
eligibility criteria and assessment guidance, and sends each application to a hosted
LLM, which returns an eligibility check against every criterion and a one-page summary.
Both are saved on the application's record in the grants management system. Staff
grants officers confirm every application flagged as ineligible before it is withdrawn;
freelance peer assessors, signing in from home, read the application and the summary in
the assessor workspace and enter their scores. Equality monitoring answers are stored
separately and never sent to the model. The LLM vendor was reviewed by procurement and
does not keep or train on prompts; the API key is held in the cloud key vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Arts grant application screening assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM eligibility checks and summaries of grant applications for assessors.",
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Application form answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant details, project description, activity plan, audiences, budget totals.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
attachments = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded budgets, CVs, letters of support and work samples (PDF, DOCX).",
)
equality_answers = tg.Data(
    "Equality monitoring answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Ethnicity, disability, sexual orientation and similar; special category data.",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII
)
fund_criteria = tg.Data(
    "Fund criteria and guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The published eligibility criteria and assessment guidance for each fund.",
)
screening_prompt = tg.Data("Screening prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_response = tg.Data(
    "LLM screening response", kind="model-output", sensitivity=tg.Sensitivity.PII
)
screening_result = tg.Data(
    "Eligibility check and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Met / not met / unclear per criterion with reasons, and a one-page summary.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
eligibility_decision = tg.Data(
    "Eligibility decision", kind="records", sensitivity=tg.Sensitivity.PII
)
assessment_scores = tg.Data(
    "Assessment scores and comments", kind="records", sensitivity=tg.Sensitivity.PII
)
submission_status = tg.Data("Submission status", kind="records", sensitivity=tg.Sensitivity.PII)
llm_log = tg.Data("Prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)
api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Artists and organisations applying for funding; anyone can register.
    applicant = tm.add(tg.Actor("Applicant", role="grant applicant"))
    # Freelance peer assessors contracted per funding round, working from home.
    assessor = tm.add(tg.Actor("Peer assessor", role="external assessor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the eligibility check and the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API, EU region.",
            controls={
                c.SupplierAssessment(
                    note="procurement review: no retention, no training on prompts"
                )
            },
        )
    )

with tm.boundary("Funding body cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web app where applicants register, apply and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Grants portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file types limited to PDF and DOCX, 20 MB per file"),
            },
        )
    )
    # Web app for peer assessors and grants officers to read applications and record scores.
    workspace = tm.add(
        tg.Endpoint(
            "Assessor workspace",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="assessors see only the applications allocated to them"),
            },
        )
    )
    # Turns uploaded PDFs and Word files into plain text for the prompt.
    extractor = tm.add(
        tg.Service(
            "Document text extraction",
            description="Container running open-source PDF and DOCX parsers.",
        )
    )
    # Builds the prompt per application, calls the LLM and saves the result.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Batch job run after each fund's deadline.",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud key vault"),
                c.HumanInTheLoop(
                    approver="a grants officer",
                    note="confirms every ineligible flag before an application is withdrawn",
                ),
            },
        )
    )
    # The funding body's existing system of record for applications, decisions and scores.
    gms = tm.add(
        tg.DataStore(
            "Grants management system",
            stores={
                application_form,
                attachments,
                equality_answers,
                screening_result,
                eligibility_decision,
                assessment_scores,
            },
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(),
            },
        )
    )
    # Each fund's published criteria and guidance, maintained by the funds team.
    criteria_store = tm.add(tg.DataStore("Fund criteria library", stores={fund_criteria}))
    # Every prompt and response, kept so the funds team can check the assistant's quality.
    log_store = tm.add(tg.DataStore("Screening log store", stores={llm_log}))
    # Holds the LLM API key used by the screening service.
    key_vault = tm.add(tg.DataStore("Cloud key vault", stores={api_key}))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Staff who run each fund, confirm eligibility and allocate applications to assessors.
    officer = tm.add(tg.Actor("Grants officer", role="grants officer"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application_form, attachments, equality_answers, protocol="https")
tm.flow(portal, applicant, submission_status, protocol="https")
tm.flow(portal, gms, application_form, attachments, equality_answers)
tm.flow(gms, portal, submission_status)

tm.flow(gms, extractor, attachments)
tm.flow(extractor, screening, extracted_text)
tm.flow(gms, screening, application_form)
tm.flow(criteria_store, screening, fund_criteria)
tm.flow(key_vault, screening, api_key)
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, llm_response, protocol="https")
tm.flow(screening, log_store, llm_log)
tm.flow(screening, gms, screening_result)

tm.flow(gms, workspace, application_form, attachments, screening_result)
tm.flow(workspace, officer, application_form, screening_result, protocol="https")
tm.flow(officer, workspace, eligibility_decision, protocol="https")
tm.flow(workspace, assessor, application_form, attachments, screening_result, protocol="https")
tm.flow(assessor, workspace, assessment_scores, protocol="https")
tm.flow(workspace, gms, eligibility_decision, assessment_scores)
