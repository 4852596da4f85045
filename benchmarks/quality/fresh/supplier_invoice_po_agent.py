"""Supplier invoice and PO-matching agent: the first design, before any security review.

A manufacturer's accounts-payable team wants an agent to take over routine invoice
handling. Suppliers e-mail invoices (PDF or XML attachments) to a shared AP mailbox
in our Microsoft 365 tenant. An ingestion service polls the mailbox, checks the
attachment type and size, and stores the invoice. The AP agent, running in our
cloud VPC, asks a hosted LLM to extract the invoice fields, then uses an ERP tool to
look up the purchase order and goods receipt, does the three-way match and posts
the invoice and a payment proposal to the ERP. Invoices below the approval threshold
are paid without a person; above it, the agent raises an approval request in the AP
portal and an AP clerk approves or rejects it. The agent then releases the payment
through the bank's payment API over mutual TLS, with the bank certificate kept in a
vault. The ERP tool uses a dedicated service user, the portal uses company SSO, and
every agent action is written to an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supplier invoice and PO-matching agent",
    profile=tg.RiskProfile.HIGH,
    description="An AP agent that matches e-mailed supplier invoices to POs and pays them.",
)

# ---------------------------------------------------------------- data assets
supplier_email = tg.Data(
    "Supplier e-mail with invoice attachment",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mail body and PDF/XML invoice, including the supplier's bank details.",
)
invoice = tg.Data(
    "Invoice document",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Extraction and matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the invoice text and the PO lines to compare.",
)
completion = tg.Data(
    "Extracted fields and match reasoning",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
erp_query = tg.Data(
    "ERP lookup and posting call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
po_records = tg.Data(
    "Purchase orders and goods receipts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vendor_master = tg.Data(
    "Vendor master data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Supplier names, addresses, tax ids and bank accounts.",
)
posting = tg.Data(
    "Invoice posting and payment proposal",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_call = tg.Data(
    "Payment release call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_order = tg.Data(
    "Payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Amount, beneficiary name and IBAN, value date.",
)
payment_status = tg.Data(
    "Payment status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data(
    "Approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_decision = tg.Data(
    "Approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers (and anyone else) can write to the AP address.
    supplier = tm.add(tg.Actor("Supplier", role="supplier billing contact"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared mailbox the invoices arrive in; hosted by Microsoft.
    mailbox = tm.add(
        tg.DataSource(
            "AP shared mailbox",
            origin=tg.Origin.PARTNER,
            provides={supplier_email},
            description="invoices@ address published on every purchase order.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the invoice and reasons about the match; hosted by a model vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model called through the vendor's API.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Where money actually leaves the company.
    bank_api = tm.add(
        tg.ExternalService(
            "Bank payment API",
            description="Corporate banking API for single credit transfers.",
        )
    )

with tm.boundary("AP automation VPC", trust=tg.Trust.INTERNAL):
    # Pulls new mail and attachments off the mailbox and files them.
    ingestion = tm.add(
        tg.Service(
            "Mail ingestion service",
            description="Polls the mailbox via Microsoft Graph, keeps PDF/XML attachments.",
            controls={c.InputValidation(note="attachment type allowlist and 10 MB size limit")},
        )
    )
    # Keeps the original invoices for the audit trail and for the agent to read.
    invoice_store = tm.add(tg.DataStore("Invoice document store", stores={invoice}))
    # The agent doing extraction, three-way match, posting and payment release.
    agent = tm.add(
        tg.Agent(
            "AP agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Matches invoices to POs and goods receipts and pays them.",
            controls={
                c.HumanInTheLoop(
                    approver="AP clerk",
                    note="only for invoices above the 10,000 EUR threshold",
                ),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Lets the agent read POs, goods receipts and vendor data and post invoices.
    erp_tool = tm.add(
        tg.Tool(
            "ERP tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            controls={c.LeastPrivilegeTools(note="dedicated ERP service user, AP roles only")},
        )
    )
    # Lets the agent release a payment through the bank.
    payment_tool = tm.add(
        tg.Tool(
            "Payment release tool",
            capabilities={tg.Capability.MONEY_MOVEMENT},
            controls={c.SecretsManagement(note="bank client certificate held in the vault")},
        )
    )
    # Where the AP clerk sees and decides the invoices above the threshold.
    portal = tm.add(
        tg.Endpoint(
            "AP approval portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Record of every agent step, for finance audit.
    audit_store = tm.add(tg.DataStore("Agent audit log", stores={agent_log}))

with tm.boundary("Corporate data centre", trust=tg.Trust.RESTRICTED):
    # The system of record for POs, goods receipts, vendors and payables.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={po_records, vendor_master, posting},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves high-value invoices.
    clerk = tm.add(tg.Actor("AP clerk", role="accounts payable clerk"))

# ---------------------------------------------------------------- flows
tm.flow(supplier, mailbox, supplier_email, protocol="smtp+starttls")
tm.flow(mailbox, ingestion, supplier_email, protocol="https", label="Graph API poll")
tm.flow(ingestion, invoice_store, invoice)
tm.flow(ingestion, agent, invoice, label="new invoice")
tm.flow(invoice_store, agent, invoice)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, erp_tool, erp_query)
tm.flow(erp_tool, agent, po_records, vendor_master, label="PO, GR and vendor data")
tm.flow(erp_tool, erp, erp_query, posting, protocol="https", label="OData lookup and posting")
tm.flow(erp, erp_tool, po_records, vendor_master, protocol="https")

tm.flow(agent, portal, approval_request)
tm.flow(portal, clerk, approval_request, invoice, protocol="https")
tm.flow(clerk, portal, approval_decision, protocol="https")
tm.flow(portal, agent, approval_decision)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, bank_api, payment_order, protocol="mtls")
tm.flow(bank_api, payment_tool, payment_status, protocol="mtls")
tm.flow(payment_tool, agent, payment_status)

tm.flow(agent, audit_store, agent_log)
