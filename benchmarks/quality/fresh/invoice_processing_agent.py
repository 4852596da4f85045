"""Invoice processing agent: the first design, before any security review.

Suppliers e-mail their invoices as PDF attachments to a shared accounts-payable
mailbox in our Microsoft 365 tenant. An AP agent running in the finance platform
polls the mailbox, turns each PDF into text with a self-hosted OCR model, and asks
a hosted LLM to extract the invoice fields (supplier, PO number, lines, totals,
bank account) as JSON. It then matches the invoice to the purchase order in the
ERP through a PO-matching tool. Matched invoices below 10,000 EUR are scheduled for
payment straight away through the bank's payment API; larger ones, and anything
that does not match, go to an AP clerk's approval queue. Suppliers keep their own
master data, bank details included, up to date in a supplier portal that writes
to the ERP vendor master. Controls in this design: portal and approval-queue
logins, ERP roles, JSON-schema validation of the LLM output, the approval threshold,
the bank API key held in a vault and sent over mTLS, and an audit trail of every
invoice and payment decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Invoice processing agent",
    profile=tg.RiskProfile.HIGH,
    description="Reads supplier invoices from a mailbox, matches them to POs and pays them.",
)

# ---------------------------------------------------------------- data assets
invoice_email = tg.Data(
    "Invoice e-mail with PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier e-mail with the invoice PDF attached; any sender can write one.",
)
page_images = tg.Data("Invoice page images", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ocr_text = tg.Data(
    "OCR text and layout", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extraction instructions, the JSON schema and the OCR text of the invoice.",
)
invoice_fields = tg.Data(
    "Extracted invoice fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
po_query = tg.Data("PO match request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
po_records = tg.Data(
    "Purchase orders and goods receipts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
match_result = tg.Data(
    "PO match result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="IBAN, account holder and contact of each supplier, sole traders included.",
)
payment_call = tg.Data(
    "Payment scheduling call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_order = tg.Data(
    "Payment order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_result = tg.Data(
    "Payment tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data(
    "Approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_decision = tg.Data(
    "Approval decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
audit_trail = tg.Data("Invoice audit trail", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers send invoices and maintain their own master data.
    supplier = tm.add(tg.Actor("Supplier", role="supplier"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared AP mailbox is where every invoice arrives.
    mailbox = tm.add(
        tg.DataSource(
            "Shared AP mailbox",
            origin=tg.Origin.PARTNER,
            provides={invoice_email},
            description="ap-invoices@ mailbox; the vendor's standard spam and malware filter.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that turns OCR text into structured invoice fields.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The bank's corporate payment API executes the scheduled payments.
    bank_api = tm.add(tg.ExternalService("Bank payment API", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Finance platform", trust=tg.Trust.INTERNAL):
    # Suppliers log in here to update addresses, contacts and bank details.
    portal = tm.add(
        tg.Endpoint(
            "Supplier portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent that drives the whole invoice workflow.
    agent = tm.add(
        tg.Agent(
            "AP invoice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="AP clerk", note="only invoices of 10,000 EUR or more, or unmatched"
                ),
                c.SchemaEnforcement(note="LLM output parsed against the invoice JSON schema"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Self-hosted open-weights OCR model; invoices are not sent to a vendor for OCR.
    ocr = tm.add(
        tg.Model(
            "OCR model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Encoder-decoder document OCR model on a GPU node.",
        )
    )
    # Read-only tool that looks a PO up in the ERP and does a three-way match.
    po_tool = tm.add(tg.Tool("PO matching tool", capabilities={"read"}))
    # Tool that schedules a payment with the bank for an approved or sub-threshold invoice.
    pay_tool = tm.add(
        tg.Tool(
            "Payment scheduling tool",
            capabilities={"write", "money-movement"},
            controls={c.SecretsManagement(note="bank API client certificate and key in Vault")},
        )
    )
    # Work queue where AP clerks approve large or unmatched invoices.
    approval_queue = tm.add(
        tg.Service(
            "AP approval queue",
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Archive of invoice PDFs, extracted fields and decisions, kept for audit.
    archive = tm.add(
        tg.DataStore("Invoice archive", stores={invoice_email, invoice_fields, audit_trail})
    )

    with tm.boundary("ERP zone", trust=tg.Trust.RESTRICTED):
        # System of record for purchase orders and the supplier (vendor) master.
        erp = tm.add(
            tg.DataStore(
                "ERP",
                stores={po_records, bank_details},
                controls={c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves invoices above the threshold.
    clerk = tm.add(tg.Actor("AP clerk", role="accounts payable"))

# ---------------------------------------------------------------- flows
# Invoice intake
tm.flow(supplier, mailbox, invoice_email, protocol="smtp", label="e-mails invoice")
tm.flow(mailbox, agent, invoice_email, protocol="https", label="Graph API poll")
tm.flow(agent, ocr, page_images)
tm.flow(ocr, agent, ocr_text)
tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, invoice_fields, protocol="https")

# PO matching
tm.flow(agent, po_tool, po_query)
tm.flow(po_tool, erp, po_query, protocol="https")
tm.flow(erp, po_tool, po_records, bank_details, protocol="https")
tm.flow(po_tool, agent, match_result)

# Payment below the threshold
tm.flow(agent, pay_tool, payment_call)
tm.flow(erp, pay_tool, bank_details, protocol="https", label="payee account")
tm.flow(pay_tool, bank_api, payment_order, protocol="mtls")
tm.flow(bank_api, pay_tool, payment_status, protocol="mtls")
tm.flow(pay_tool, agent, payment_result)

# Approval above the threshold
tm.flow(agent, approval_queue, approval_request, invoice_fields)
tm.flow(approval_queue, clerk, approval_request, invoice_fields, protocol="https")
tm.flow(clerk, approval_queue, approval_decision, protocol="https")
tm.flow(approval_queue, agent, approval_decision)

# Audit
tm.flow(agent, archive, invoice_email, invoice_fields, audit_trail)

# Supplier self-service
tm.flow(supplier, portal, bank_details, protocol="https", label="updates bank details")
tm.flow(portal, supplier, bank_details, protocol="https", label="shows current details")
tm.flow(portal, erp, bank_details, protocol="https", label="vendor master update")
tm.flow(erp, portal, bank_details, protocol="https")
