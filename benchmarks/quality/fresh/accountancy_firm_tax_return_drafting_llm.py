"""Tax return drafting LLM: the first design, before any security review.

An accountancy firm drafts its clients' personal tax returns with an LLM. Clients
upload payslips, bank interest and rental statements to the client portal; an
extraction service turns the files into text, and a drafting service combines it
with last year's return from the practice system and the current tax rates, then
asks a hosted LLM to draft the return. An accountant reviews and corrects every
draft in a review workbench; the final return goes back to the portal, where the
client approves it, and a filing service submits it to the tax authority's filing
API. Clients sign in with e-mail, password and an SMS code; staff use SSO with MFA.
Client documents and drafts are encrypted at rest, the workbench keeps an audit
log, and the LLM vendor was vetted under a no-training, limited-retention contract.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Accountancy firm tax return drafting LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts of clients' personal tax returns, reviewed by an accountant, "
    "approved by the client and filed with the tax authority.",
)

# ---------------------------------------------------------------- data assets
client_docs = tg.Data(
    "Client tax documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Payslips, bank interest statements, rental statements (PDF and photos).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
document_text = tg.Data("Extracted document text", sensitivity=tg.Sensitivity.PII, kind="documents")
prior_return = tg.Data(
    "Last year's tax return",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Filed return with the client's tax reference and national insurance number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tax_rates = tg.Data("Tax rates and allowances", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, tax rates, last year's return and the document text.",
)
completion = tg.Data("LLM draft completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft_return = tg.Data(
    "Draft tax return",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data(
    "Accountant corrections and sign-off", sensitivity=tg.Sensitivity.PII, kind="records"
)
final_return = tg.Data(
    "Final tax return",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
client_approval = tg.Data(
    "Client approval of final return", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
filing_receipt = tg.Data("Filing receipt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's individual clients, on their own devices.
    client = tm.add(tg.Actor("Client", role="taxpayer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA: no training on our data, 30-day retention")},
        )
    )

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # Government API that accepts returns filed by registered agents.
    filing_api = tm.add(tg.ExternalService("Tax authority filing API"))

with tm.boundary("Firm cloud", trust=tg.Trust.INTERNAL):
    # Where clients upload documents and approve their final return.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS code at every sign-in"),
                c.InputValidation(note="file type and size checks on upload"),
            },
        )
    )
    # Uploaded files, one folder per client and tax year.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={client_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # OCR and PDF text extraction of the uploads.
    extraction = tm.add(tg.Service("Document extraction service"))
    # Builds the prompt, calls the LLM, parses the draft into return fields.
    drafting = tm.add(tg.Service("Return drafting service"))
    # Current rates, bands and allowances, maintained by the tax team.
    rates = tm.add(tg.DataStore("Tax rates table", stores={tax_rates}))
    # Drafts, corrections and final returns awaiting filing.
    draft_store = tm.add(
        tg.DataStore(
            "Draft return store",
            stores={draft_return, final_return},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Files a return once the accountant has signed it off and the client approved it.
    filing = tm.add(
        tg.Service(
            "Filing service",
            controls={
                c.HumanInTheLoop(approver="the reviewing accountant, then the client in the portal")
            },
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Qualified accountants who check every draft.
    accountant = tm.add(tg.Actor("Accountant", role="tax accountant"))
    # Side-by-side view of the documents and the draft, with edit and sign-off.
    workbench = tm.add(
        tg.Endpoint(
            "Review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The firm's existing practice management system: clients and past returns.
    practice = tm.add(
        tg.DataStore("Practice management system", stores={prior_return}, controls={c.RBAC()})
    )

# ---------------------------------------------------------------- flows
# upload and extraction
tm.flow(client, portal, client_docs, protocol="https", label="upload")
tm.flow(portal, doc_store, client_docs)
tm.flow(doc_store, extraction, client_docs)
tm.flow(extraction, drafting, document_text)

# drafting
tm.flow(practice, drafting, prior_return)
tm.flow(rates, drafting, tax_rates)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, draft_store, draft_return)

# accountant review
tm.flow(draft_store, workbench, draft_return)
tm.flow(doc_store, workbench, client_docs, label="source documents")
tm.flow(workbench, accountant, draft_return, client_docs, protocol="https")
tm.flow(accountant, workbench, review, protocol="https")
tm.flow(workbench, draft_store, review, final_return)

# client approval
tm.flow(draft_store, portal, final_return)
tm.flow(portal, client, final_return, protocol="https")
tm.flow(client, portal, client_approval, protocol="https")
tm.flow(portal, filing, client_approval)

# filing
tm.flow(draft_store, filing, final_return)
tm.flow(filing, filing_api, final_return, protocol="https", label="submit return")
tm.flow(filing_api, filing, filing_receipt, protocol="https")
tm.flow(filing, practice, final_return, filing_receipt, label="record filed return")
