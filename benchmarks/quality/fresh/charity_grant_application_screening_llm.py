"""Grant application screening: the first design, before any security review.

A grant-making charity runs an online portal where community groups register, fill in
an application and upload supporting documents (constitution, latest accounts, budget,
safeguarding policy). When an application is submitted, a screening service checks the
group's charity number against the public register, then sends the application text,
the extracted document text and the programme's eligibility criteria to a hosted LLM.
The LLM returns an eligibility assessment with reasons and a one-page summary, which is
stored with the application. A grants officer confirms or overrides every eligibility
outcome in the staff console before anything is sent, then compiles panel packs that
the e-mail service sends to the volunteer grants panel; panel members send their score
sheets back by e-mail. Equality monitoring answers are never sent to the LLM, and the
LLM vendor's data processing agreement excludes training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grant application screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Funding portal with LLM eligibility checks and summaries for the grants panel.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Grant application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Organisation details, contact names, e-mail and phone, project plan, budget.",
)
equality_answers = tg.Data(
    "Equality monitoring answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who the group is led by and serves: ethnicity, disability, faith, LGBT+.",
)
supporting_docs = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF and Word uploads: constitution, accounts, budget, policies; name trustees.",
)
application_status = tg.Data(
    "Application status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
criteria = tg.Data(
    "Programme eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per funding programme: area, income band, legal form, what is not funded.",
)
register_query = tg.Data("Charity number lookup", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
register_entry = tg.Data("Register entry", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the criteria, the application and the extracted document text.",
)
assessment = tg.Data(
    "Eligibility assessment and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Eligible, ineligible or unclear per criterion, with reasons, and a summary.",
)
llm_log = tg.Data("Screening prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)
eligibility_decision = tg.Data(
    "Eligibility decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
panel_pack = tg.Data(
    "Panel pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Eligible applications with their LLM summaries, as one PDF per meeting.",
)
outcome_email = tg.Data(
    "Application outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
score_sheets = tg.Data("Panel score sheets", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers and staff of community groups; anyone can register an account.
    applicant = tm.add(tg.Actor("Community group applicant", role="applicant"))
    # Trustees and community members who score applications, on their own devices.
    panel_member = tm.add(tg.Actor("Grants panel member", role="panel member"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web portal where groups apply and follow their application.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF and DOCX under 10 MB"),
            },
        )
    )
    # Grants management database: applications, outcomes and decisions.
    application_db = tm.add(
        tg.DataStore(
            "Grants database",
            stores={application, equality_answers, assessment, eligibility_decision},
            controls={c.EncryptionAtRest(note="cloud provider default encryption")},
        )
    )
    # Blob storage for the uploaded supporting documents.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={supporting_docs},
            controls={c.EncryptionAtRest(note="cloud provider default encryption")},
        )
    )
    # Criteria text per funding programme, edited by grants officers.
    criteria_store = tm.add(tg.DataStore("Eligibility criteria store", stores={criteria}))
    # Runs on each submission: register check, text extraction, prompt, stores the result.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Extracts text from uploads, builds the prompt, calls the LLM.",
            controls={
                c.DataMinimization(note="equality monitoring answers are left out of the prompt"),
                c.HumanInTheLoop(
                    approver="a grants officer confirms or overrides every eligibility outcome"
                ),
            },
        )
    )
    # Keeps every prompt and response for quality checks of the screening.
    llm_log_store = tm.add(tg.DataStore("Screening log store", stores={llm_log}))
    # Staff web app: review queue, overrides, criteria editing, panel pack builder.
    console = tm.add(
        tg.Endpoint(
            "Grants staff console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Charity staff devices", trust=tg.Trust.INTERNAL):
    # Grants team staff who own the eligibility decision and run the panel.
    officer = tm.add(tg.Actor("Grants officer", role="grants staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model used for the eligibility check and the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks each application against the criteria and summarises it.",
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Charity regulator", trust=tg.Trust.PARTNER):
    # Public register of charities: confirms registration number, status and income.
    register = tm.add(
        tg.ExternalService("Charity register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for applicant notifications and panel packs.
    email = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
# applying
tm.flow(applicant, portal, application, equality_answers, supporting_docs, protocol="https")
tm.flow(portal, applicant, application_status, protocol="https")
tm.flow(portal, application_db, application, equality_answers)
tm.flow(application_db, portal, application_status)
tm.flow(portal, doc_store, supporting_docs)

# screening
tm.flow(application_db, screening, application, label="new submissions")
tm.flow(doc_store, screening, supporting_docs)
tm.flow(criteria_store, screening, criteria)
tm.flow(screening, register, register_query, protocol="https")
tm.flow(register, screening, register_entry, protocol="https")
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, assessment, protocol="https")
tm.flow(screening, application_db, assessment)
tm.flow(screening, llm_log_store, llm_log)

# staff review and the panel
tm.flow(application_db, console, application, assessment)
tm.flow(doc_store, console, supporting_docs)
tm.flow(console, officer, application, assessment, supporting_docs, protocol="https")
tm.flow(officer, console, eligibility_decision, criteria, protocol="https")
tm.flow(console, application_db, eligibility_decision)
tm.flow(console, criteria_store, criteria)
tm.flow(console, email, panel_pack, outcome_email, protocol="https")
tm.flow(email, panel_member, panel_pack, protocol="smtp")
tm.flow(email, applicant, outcome_email, protocol="smtp")
tm.flow(panel_member, officer, score_sheets, protocol="smtp")
