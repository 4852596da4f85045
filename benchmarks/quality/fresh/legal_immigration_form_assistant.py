"""Immigration form assistant: the first design, before any security review.

An immigration law firm in Dublin serves clients applying for visas, work
permits and residence. Clients upload passports, payslips, bank statements and
letters through the client portal. A text-extraction job OCRs each upload into
the case file. Paralegals open a case in the drafting assistant, which sends
the extracted documents and the relevant government form guidance to a hosted
LLM and gets back draft form answers and a cover letter, saved to the case file.
A supervising lawyer reviews and approves every draft before the paralegal
files it on the government immigration portal. Controls: portal logins with
MFA, upload type checks, encrypted document storage, firm SSO on the assistant,
an audit log on the case file, lawyer approval before filing and a vendor review
of the LLM provider (no training on our data, 30-day retention).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Immigration form assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafting of immigration forms and cover letters from client documents.",
)

# ---------------------------------------------------------------- data assets
client_docs = tg.Data(
    "Client identity and financial documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport scans, payslips, bank statements, employer and family letters.",
)
extracted = tg.Data(
    "Extracted document text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_notes = tg.Data(
    "Case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Client details, immigration history, notes, drafts and approvals.",
)
guidance = tg.Data(
    "Government form guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Official form instructions and eligibility rules.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the client's extracted documents and the form guidance.",
)
draft = tg.Data(
    "Draft form answers and cover letter",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
approval = tg.Data("Lawyer approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
filed_application = tg.Data(
    "Filed application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants (and sometimes their employers) who send documents to the firm.
    client = tm.add(tg.Actor("Client", role="immigration client"))
    # Where approved applications are submitted; run by the government.
    gov_portal = tm.add(
        tg.ExternalService(
            "Government immigration portal",
            description="Online application system of the immigration service.",
        )
    )
    # Public pages with the official instructions for each form.
    gov_guidance = tm.add(
        tg.DataSource(
            "Government guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="Fetched when a form version changes.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, no training on inputs, 30-day retention")
            },
        )
    )

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Client-facing upload site and case status page.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email, password and SMS one-time code"),
                c.InputValidation(note="PDF, JPEG and PNG only, 25 MB per file"),
            },
        )
    )
    # Original uploads, kept for the life of the case.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={client_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # OCRs each new upload so the assistant can read it.
    extraction = tm.add(tg.Pipeline("Text extraction job", stage=tg.Stage.PREPROCESSING))
    # System of record for each case: extracted text, drafts, approvals, status.
    case_db = tm.add(
        tg.DataStore(
            "Case management database",
            stores={case_notes, extracted, draft, approval, guidance},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # The paralegals' drafting tool: builds prompts, calls the LLM, saves drafts.
    assistant = tm.add(
        tg.Service(
            "Drafting assistant",
            controls={
                c.Authentication(method="firm SSO"),
                c.HumanInTheLoop(approver="supervising lawyer"),
            },
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Prepares applications with the assistant and files them once approved.
    paralegal = tm.add(tg.Actor("Paralegal", role="paralegal"))
    # Reviews every draft and signs off before anything is filed.
    lawyer = tm.add(tg.Actor("Supervising lawyer", role="solicitor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, client_docs, protocol="https", label="upload")
tm.flow(portal, client, case_status, protocol="https")
tm.flow(portal, doc_store, client_docs)
tm.flow(case_db, portal, case_status)

tm.flow(doc_store, extraction, client_docs)
tm.flow(extraction, case_db, extracted)
tm.flow(gov_guidance, case_db, guidance, protocol="https", label="form guidance refresh")

tm.flow(paralegal, assistant, case_notes, protocol="https", label="open case, request draft")
tm.flow(case_db, assistant, case_notes, extracted, guidance)
tm.flow(doc_store, assistant, client_docs, label="view originals")
tm.flow(assistant, llm, drafting_prompt, protocol="https")
tm.flow(llm, assistant, draft, protocol="https")
tm.flow(assistant, case_db, draft)
tm.flow(assistant, paralegal, draft, client_docs, protocol="https")

tm.flow(assistant, lawyer, draft, protocol="https", label="review queue")
tm.flow(lawyer, assistant, approval, protocol="https")
tm.flow(assistant, case_db, approval, label="record approval")

tm.flow(
    paralegal, gov_portal, filed_application, protocol="https", label="file approved application"
)
tm.flow(gov_portal, paralegal, case_status, protocol="https", label="receipt and decisions")
tm.flow(paralegal, case_db, case_status, protocol="https", label="update status")
