"""Tax advisory client document intake agent: the first design, before any security review.

A UK tax advisory firm's individual and sole-trader clients upload their year's
documents (payslips, P60s, bank interest statements, sales and expense invoices)
to the firm's client portal, which signs them in with e-mail and password and
checks file types and sizes. An intake agent running in the firm's cloud account
reads each upload through a document reader tool, sends the text to a hosted LLM to
extract the figures, looks up the client's record and last year's return in the
practice management system, and asks the client through the portal for anything
missing. It writes a draft return with a workings note into the tax software; the
assigned accountant checks every draft and files it with HMRC from the tax software.
Uploads are encrypted at rest, the agent's steps are logged and capped per case,
and the LLM vendor was reviewed for data retention and no training on inputs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax advisory client document intake agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Collects clients' tax documents through a portal, extracts the figures with an "
        "LLM agent and prepares draft returns for an accountant to check and file."
    ),
)

# ---------------------------------------------------------------- data assets
tax_documents = tg.Data(
    "Client tax documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payslips, P60s, bank interest statements, invoices and receipts as PDFs or photos.",
)
client_message = tg.Data(
    "Client portal message",
    sensitivity=tg.Sensitivity.PII,
    description="Notes and replies the client writes when uploading or answering a request.",
)
portal_login = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
document_text = tg.Data(
    "Extracted document text",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text and layout of each uploaded document.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the document text and the client's notes.",
)
extracted_figures = tg.Data(
    "Extracted income and expense figures",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Employer pay and tax, interest received, invoice totals, with source references.",
)
client_record = tg.Data(
    "Client record and prior-year return",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, UTR, National Insurance number, address, last year's return.",
)
record_query = tg.Data("Client record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
read_request = tg.Data(
    "Document read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
draft_return = tg.Data(
    "Draft tax return and workings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
document_request = tg.Data(
    "Missing document request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Message to the client listing what is still needed for the return.",
)
review_notes = tg.Data(
    "Accountant review and corrections", kind="records", sensitivity=tg.Sensitivity.PII
)
submission = tg.Data("Filed tax return", kind="records", sensitivity=tg.Sensitivity.PII)
receipt = tg.Data("HMRC submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Individuals and sole traders who send in their documents.
    client = tm.add(tg.Actor("Client", role="taxpayer"))

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # The only way documents come in; replaces documents sent by e-mail.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
            description="Web portal where clients upload documents and read the firm's messages.",
        )
    )
    # Keeps every upload per client and tax year.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={tax_documents, client_message},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Orchestrates each client's intake case for the tax year.
    agent = tm.add(
        tg.Agent(
            "Document intake agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the assigned accountant checks every draft return before filing"
                ),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(),
            },
            description="Starts when a client uploads; extracts figures, chases gaps, drafts the return.",
        )
    )
    # Turns uploaded PDFs and photos into text the agent can read.
    reader_tool = tm.add(
        tg.Tool(
            "Document reader tool",
            capabilities={"read"},
            description="Fetches an upload and runs OCR.",
        )
    )
    # Gives the agent the client's details and last year's figures.
    lookup_tool = tm.add(tg.Tool("Client record lookup tool", capabilities={"read"}))
    # Creates or updates the draft return in the tax software.
    draft_tool = tm.add(tg.Tool("Draft return writer tool", capabilities={"read", "write"}))
    # Posts requests for missing documents to the client's portal inbox and e-mails a notice.
    message_tool = tm.add(tg.Tool("Client messaging tool", capabilities={"send-messages"}))

with tm.boundary("Firm office systems", trust=tg.Trust.INTERNAL):
    # The firm's accountants, who own each client's return.
    accountant = tm.add(tg.Actor("Accountant", role="tax accountant"))
    # Existing practice management system: the firm's client database.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_record},
            controls={c.RBAC()},
        )
    )
    # Existing tax return software the accountants file from.
    tax_software = tm.add(
        tg.Service(
            "Tax return software",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
            description="Holds draft and filed returns; filing needs an accountant's action.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads document text and returns structured figures.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="UK/EU processing, no retention or training on inputs")
            },
        )
    )

with tm.boundary("HMRC", trust=tg.Trust.PARTNER):
    # Where the accountant files the approved return.
    hmrc = tm.add(tg.ExternalService("HMRC filing API", provides=tg.ExternalCategory.GENERIC))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, portal_login, tax_documents, client_message, protocol="https")
tm.flow(portal, client, document_request, protocol="https", label="portal inbox")
tm.flow(portal, doc_store, tax_documents, client_message)
tm.flow(portal, agent, client_message, label="new upload")

tm.flow(agent, reader_tool, read_request, label="document to read")
tm.flow(doc_store, reader_tool, tax_documents)
tm.flow(reader_tool, agent, document_text)

tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extracted_figures, protocol="https")

tm.flow(agent, lookup_tool, record_query)
tm.flow(lookup_tool, pms, record_query)
tm.flow(pms, lookup_tool, client_record)
tm.flow(lookup_tool, agent, client_record)

tm.flow(agent, draft_tool, draft_return)
tm.flow(draft_tool, tax_software, draft_return, protocol="https")
tm.flow(tax_software, draft_tool, draft_return, protocol="https")

tm.flow(agent, message_tool, document_request)
tm.flow(message_tool, portal, document_request)

tm.flow(tax_software, accountant, draft_return, protocol="https")
tm.flow(accountant, tax_software, review_notes, protocol="https")
tm.flow(doc_store, accountant, tax_documents, protocol="https", label="checks source documents")
tm.flow(tax_software, hmrc, submission, protocol="https")
tm.flow(hmrc, tax_software, receipt, protocol="https")
