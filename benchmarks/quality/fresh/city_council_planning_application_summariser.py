"""City council planning application summariser: first design before security review.

Planning officers at a UK city council spend hours reading application documents
and the public comments on each case. This tool drafts two summaries per case:
the proposal (from the applicant's documents, read against the local plan) and
the representations (what residents support or object to, and why). Applications
arrive from the national Planning Portal into the council's case management
system; residents comment through the council's public access website. A
summariser service in the council's Azure subscription extracts the text, looks
up relevant policies in a policy index, and calls a hosted LLM (Azure OpenAI,
UK region, procured after a supplier review). Names and addresses are stripped
from comments before they reach the model. Drafts go back to the case file; an
officer signed in with council SSO edits and approves each one before it goes
into the committee report, which the public access website publishes.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Planning application summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts officer summaries of planning applications and public comments.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Forms, plans, design and access statements; name and address of the applicant.",
)
representation = tg.Data(
    "Public representations",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Residents' comments with their names and addresses.",
)
published = tg.Data(
    "Published case documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Redacted application documents and the committee report.",
)
policy_docs = tg.Data(
    "Planning policy documents", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_chunks = tg.Data(
    "Policy extracts", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
case_bundle = tg.Data(
    "Case bundle for summarising",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The case's application documents and representations.",
)
extracted_text = tg.Data("Extracted case text", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, policy extracts, application text and de-named comments.",
)
draft = tg.Data(
    "Draft summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approved = tg.Data("Approved summary", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_logs = tg.Data("Prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Householders, developers and their planning agents.
    applicant = tm.add(tg.Actor("Applicant or agent", role="applicant"))
    # Anyone may comment on a live application.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("National Planning Portal", trust=tg.Trust.PARTNER):
    # The national submission service that forwards applications to councils.
    portal = tm.add(
        tg.ExternalService("Planning Portal", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Azure OpenAI (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model; the council's tenancy, no training on our prompts per contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="G-Cloud procurement, UK data residency, DPIA"),
                tg.controls.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("Council DMZ", trust=tg.Trust.INTERNAL):
    # Public access website: case search, document viewing and the comment form.
    public_site = tm.add(
        tg.Endpoint(
            "Public access website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=30),
                tg.controls.InputValidation(note="comment form: plain text, 10,000 characters"),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The vendor planning system the council already runs: the case file.
    case_system = tm.add(tg.Service("Planning case management system"))
    # Its database: applications, comments, summaries and reports.
    case_db = tm.add(
        tg.DataStore(
            "Planning case database",
            stores={application, representation, draft, approved, published},
            controls={
                tg.controls.EncryptionAtRest(key_management="SQL Server TDE"),
                tg.controls.RBAC(),
            },
        )
    )
    # Where officers read, edit and approve drafts.
    review_app = tm.add(
        tg.Service(
            "Officer review app",
            controls={
                tg.controls.Authentication(method="Entra ID SSO with MFA"),
                tg.controls.HumanInTheLoop(approver="case officer"),
            },
        )
    )
    # Writes the officer report and recommends the decision.
    officer = tm.add(tg.Actor("Planning officer", role="case officer"))
    # The local plan and national policy PDFs kept by the policy team.
    policy_source = tm.add(
        tg.DataSource("Planning policy library", origin=tg.Origin.INTERNAL, provides={policy_docs})
    )

with tm.boundary("Council Azure subscription", trust=tg.Trust.INTERNAL):
    # Builds prompts, calls the LLM and writes drafts back to the case.
    orchestrator = tm.add(
        tg.Service(
            "Summariser service",
            controls={
                tg.controls.DataMinimization(note="names and addresses removed from comments"),
                tg.controls.SecretsManagement(note="LLM key in Azure Key Vault"),
            },
        )
    )
    # OCR and text extraction for scanned PDFs and plans; also chunks policy documents.
    extraction = tm.add(
        tg.Pipeline(
            "Document text extraction", stage=tg.Stage.PREPROCESSING, third_party_packages=True
        )
    )
    # Embedded policy paragraphs, so prompts cite the right policies.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_chunks}))
    # Every prompt and response, kept for officers' queries and complaints.
    log_store = tm.add(
        tg.DataStore(
            "Summariser log store",
            stores={llm_logs},
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, protocol="https")
tm.flow(portal, case_system, application, protocol="https", label="application transfer")
tm.flow(resident, public_site, representation, protocol="https")
tm.flow(public_site, resident, published, protocol="https")
tm.flow(public_site, case_system, representation, protocol="https")
tm.flow(case_system, public_site, published, protocol="https", label="publish")
tm.flow(case_system, case_db, application, representation, draft, approved, published)
tm.flow(case_db, case_system, application, representation, draft, approved)

tm.flow(
    case_system,
    orchestrator,
    case_bundle,
    protocol="https",
    label="new case or comment period closed",
)
tm.flow(orchestrator, extraction, case_bundle)
tm.flow(extraction, orchestrator, extracted_text)
tm.flow(policy_source, extraction, policy_docs, label="when policy changes")
tm.flow(extraction, policy_index, policy_chunks)
tm.flow(orchestrator, policy_index, extracted_text, label="policy lookup")
tm.flow(policy_index, orchestrator, policy_chunks)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, log_store, llm_logs)
tm.flow(orchestrator, case_system, draft, protocol="https")

tm.flow(case_system, review_app, draft, application, representation)
tm.flow(review_app, officer, draft, application, representation, protocol="https")
tm.flow(officer, review_app, approved, protocol="https")
tm.flow(review_app, case_system, approved)
