"""Invoice three-way match assistant for accounts payable: first design, pre-review.

Suppliers e-mail their invoices (PDF attachments) to the AP shared mailbox in our
Microsoft 365 tenant. An intake service polls the mailbox over Graph, keeps the
PDFs in an invoice document store and hands the extracted text to a match agent.
The agent uses a hosted LLM (Azure OpenAI, EU region) to read the invoice, looks up
the purchase order and goods receipts in SAP through a read-only lookup tool, and
parks the invoice in SAP as a payment proposal through a second tool. SAP's own
invoice verification still applies its price and quantity tolerances. An AP clerk
reviews every proposal in the AP workbench (Entra ID SSO with MFA) and releases it;
the weekly SAP payment run then pays released invoices to the supplier bank details
held in the vendor master and sends the payment file to the house bank over EBICS.
Used by the AP team at the manufacturer's plants; runs in the corporate data centre.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Invoice three-way match assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that reads supplier invoices from the AP mailbox, matches them to "
        "POs and goods receipts in SAP and proposes them for payment."
    ),
)

# ---------------------------------------------------------------- data assets
invoice_mail = tg.Data(
    "Supplier invoice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail with a PDF invoice attached: supplier, lines, totals, bank details.",
)
invoice_doc = tg.Data(
    "Invoice document",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The PDF and its extracted text, kept as the accounting source document.",
)
match_prompt = tg.Data(
    "Match prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, invoice text and the PO and goods receipt lines found so far.",
)
match_result = tg.Data(
    "Match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extracted header and line items, matched PO lines, variances, next tool call.",
)
lookup_query = tg.Data("PO and goods receipt query", kind="tool-call")
po_lines = tg.Data(
    "PO and goods receipt lines",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
proposal = tg.Data(
    "Payment proposal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Parked invoice: vendor, PO reference, amounts, tax code, due date.",
)
proposal_ack = tg.Data("SAP document number", kind="tool-result")
purchasing = tg.Data(
    "Purchase orders and goods receipts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="IBAN and BIC per vendor in the SAP vendor master.",
)
pending = tg.Data(
    "Proposals awaiting review", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release = tg.Data("Invoice release decision", kind="records")
payment_file = tg.Data(
    "Payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="pain.001 credit transfers for the released invoices.",
)
bank_statement = tg.Data(
    "Bank account statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_log = tg.Data("Match agent log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any supplier (or anyone who knows the address) can send an invoice.
    supplier = tm.add(tg.Actor("Supplier", role="supplier billing clerk"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The AP shared mailbox suppliers are told to send invoices to.
    mailbox = tm.add(
        tg.ExternalService(
            "AP invoice mailbox",
            description="Exchange Online shared mailbox ap-invoices@; vendor spam filtering only.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the invoice and does the matching reasoning for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Azure OpenAI deployment in an EU region under the enterprise agreement.",
            controls={c.SupplierAssessment(note="reviewed by IT security with the Microsoft EA")},
        )
    )

with tm.boundary("House bank", trust=tg.Trust.PARTNER):
    # Executes the credit transfers in the payment file.
    bank = tm.add(tg.ExternalService("House bank EBICS server"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and releases each proposal; the only person in the loop.
    clerk = tm.add(tg.Actor("AP clerk", role="accounts payable clerk"))

    with tm.boundary("Finance applications", trust=tg.Trust.INTERNAL):
        # Pulls new mail and attachments and starts one match run per invoice.
        intake = tm.add(
            tg.Service(
                "Invoice intake service",
                description="Polls the mailbox via Microsoft Graph, converts PDFs to text.",
                controls={
                    c.InputValidation(note="PDF attachments only, max 20 MB, max 50 pages"),
                    c.SecretsManagement(note="Graph app secret in the corporate vault"),
                },
            )
        )
        # Keeps every received invoice as the source document for audit.
        doc_store = tm.add(
            tg.DataStore(
                "Invoice document store",
                stores={invoice_doc},
                controls={c.EncryptionAtRest(key_management="storage-array encryption"), c.RBAC()},
            )
        )
        # The LLM agent that does the three-way match and proposes payment.
        agent = tm.add(
            tg.Agent(
                "Three-way match agent",
                autonomy=tg.Autonomy.SUPERVISED,
                description="Extracts the invoice, finds the PO and receipts, parks a proposal.",
                controls={
                    c.HumanInTheLoop(approver="AP clerk releases every proposal in the workbench"),
                    c.CircuitBreaker(max_steps=15),
                    c.AuditLogging(),
                },
            )
        )
        # Read-only access to purchasing data for the agent.
        lookup_tool = tm.add(
            tg.Tool(
                "PO and goods receipt lookup",
                capabilities={"read"},
                description="SAP OData read of PO and goods receipt lines by PO number or vendor.",
                controls={
                    c.LeastPrivilegeTools(note="technical user with display-only purchasing role")
                },
            )
        )
        # Lets the agent park the matched invoice in SAP for review.
        proposal_tool = tm.add(
            tg.Tool(
                "Invoice parking tool",
                capabilities={"write"},
                description="Parks a supplier invoice in SAP (MIRO park); it cannot post or pay.",
                controls={
                    c.LeastPrivilegeTools(note="technical user may park invoices only"),
                    c.PolicyEnforcement(
                        rules="SAP invoice verification applies price and quantity tolerance keys"
                    ),
                },
            )
        )
        # Where the clerk sees proposals next to the invoice PDF and releases them.
        workbench = tm.add(
            tg.Endpoint(
                "AP review workbench",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="Entra ID SSO with MFA"),
                    c.RBAC(),
                },
            )
        )
        # Prompts, model answers and tool calls of each match run.
        agent_logs = tm.add(tg.DataStore("Match agent log store", stores={agent_log}))

    with tm.boundary("SAP production", trust=tg.Trust.RESTRICTED):
        # System of record for POs, goods receipts, vendor master and invoices.
        erp = tm.add(
            tg.DataStore(
                "SAP S/4HANA ERP",
                stores={purchasing, bank_details, proposal},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="HANA data volume encryption"),
                },
            )
        )
        # Weekly SAP payment run over released invoices.
        payment_run = tm.add(
            tg.Service(
                "SAP payment run",
                description="F110 payment run; treasury releases the file with two EBICS signatures.",
                controls={c.HumanInTheLoop(approver="two treasury signatories in EBICS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(supplier, mailbox, invoice_mail, protocol="smtp")
tm.flow(mailbox, intake, invoice_mail, protocol="https", label="Graph API poll")
tm.flow(intake, doc_store, invoice_doc)
tm.flow(intake, agent, invoice_doc, label="starts a match run")

tm.flow(agent, llm, match_prompt, protocol="https")
tm.flow(llm, agent, match_result, protocol="https")

tm.flow(agent, lookup_tool, lookup_query)
tm.flow(lookup_tool, erp, lookup_query, protocol="https")
tm.flow(erp, lookup_tool, po_lines, protocol="https")
tm.flow(lookup_tool, agent, po_lines)

tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, erp, proposal, protocol="https")
tm.flow(erp, proposal_tool, proposal_ack, protocol="https")
tm.flow(proposal_tool, agent, proposal_ack)

tm.flow(agent, agent_logs, agent_log)

tm.flow(erp, workbench, pending, protocol="https")
tm.flow(doc_store, workbench, invoice_doc)
tm.flow(workbench, clerk, pending, invoice_doc, protocol="https")
tm.flow(clerk, workbench, release, protocol="https")
tm.flow(workbench, erp, release, protocol="https")

tm.flow(erp, payment_run, proposal, bank_details, label="released invoices")
tm.flow(payment_run, bank, payment_file, protocol="https", label="EBICS upload")
tm.flow(bank, payment_run, bank_statement, protocol="https", label="EBICS statement download")
