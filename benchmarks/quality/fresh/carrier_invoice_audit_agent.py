"""Carrier invoice audit agent: the first design, before any security review.

The retailer's logistics team receives thousands of freight invoices a week from
road, ocean and parcel carriers, as EDI 210 messages and as PDF e-mail attachments.
An intake service turns each one into a structured invoice. An LLM agent, running in
the retailer's cloud account and calling a hosted model, compares every line with
the carrier's rate contract and with the shipment records in the transportation
management system. Where a carrier overcharged, the agent files a dispute in that
carrier's web portal; where the invoice matches, it approves it for payment in the
ERP's accounts-payable module, up to a per-invoice limit. Larger or unclear invoices
go to a queue for freight audit analysts. Analysts sign in with the corporate SSO;
carrier portal logins are kept in the company vault; every agent step is logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Carrier invoice audit agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that audits freight invoices, files disputes and approves payments.",
)

# ---------------------------------------------------------------- data assets
invoices = tg.Data(
    "Carrier invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="EDI 210 messages and PDF invoices with line items, surcharges and bank details.",
)
invoice_records = tg.Data(
    "Structured invoices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
contracts = tg.Data(
    "Rate contracts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Negotiated lane rates, fuel surcharge tables and accessorial schedules.",
)
shipments = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bills of lading, weights, proof of delivery, delivery addresses.",
)
prompt = tg.Data("Audit prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data(
    "Model reasoning and tool choice", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_call = tg.Data("Lookup request", kind="tool-call")
lookup_result = tg.Data(
    "Contract and shipment lookup", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispute = tg.Data("Overcharge dispute", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dispute_status = tg.Data("Dispute status", kind="tool-result")
payment_approval = tg.Data(
    "Payment approval",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
portal_login = tg.Data(
    "Carrier portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
review_case = tg.Data("Escalated invoice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
analyst_decision = tg.Data("Analyst decision", kind="records")
audit_trail = tg.Data("Agent audit trail", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Carriers send invoices by EDI VAN and by e-mail; anyone can e-mail the AP inbox.
    invoice_feed = tm.add(
        tg.DataSource(
            "Carrier invoice feed",
            origin=tg.Origin.PARTNER,
            provides={invoices},
            description="EDI 210 over AS2 from large carriers, PDF e-mail from the rest.",
        )
    )

with tm.boundary("Carrier portals", trust=tg.Trust.PARTNER):
    # Each carrier's own web portal, where billing disputes must be lodged.
    portals = tm.add(
        tg.ExternalService("Carrier dispute portals", description="Around 40 carrier sites.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms, no training on our data")
            },
        )
    )

with tm.boundary("Logistics cloud account", trust=tg.Trust.INTERNAL):
    # Parses EDI and PDF invoices into a common structure.
    intake = tm.add(
        tg.Service(
            "Invoice intake service",
            description="EDI parser plus OCR for PDF invoices.",
            controls={tg.controls.SchemaEnforcement(note="EDI 210 segments only")},
        )
    )
    # The LLM agent that audits each invoice and decides dispute, approve or escalate.
    agent = tm.add(
        tg.Agent(
            "Invoice audit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="freight audit analyst", above="USD 5,000 per invoice"
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only lookups of contract rates and shipment facts.
    lookup_tool = tm.add(tg.Tool("Contract and shipment lookup", capabilities={"read"}))
    # Logs in to a carrier portal and files a dispute with the evidence.
    dispute_tool = tm.add(
        tg.Tool(
            "Dispute filing tool",
            capabilities={"write", "network-egress"},
            description="Browser automation against each carrier's portal.",
            controls={tg.controls.SecretsManagement(note="portal logins fetched from the vault")},
        )
    )
    # Marks a matched invoice approved for the next payment run.
    payment_tool = tm.add(
        tg.Tool(
            "Payment approval tool",
            capabilities={"write", "money-movement"},
            controls={tg.controls.TransactionLimits(limit="USD 5,000 per invoice")},
        )
    )
    # Where escalated invoices wait for an analyst.
    review_queue = tm.add(tg.Service("Analyst review queue"))
    # Every prompt, tool call and decision the agent makes.
    audit_log = tm.add(tg.DataStore("Agent audit log", stores={audit_trail}))

with tm.boundary("Enterprise systems", trust=tg.Trust.RESTRICTED):
    # Rate contracts negotiated by procurement.
    contract_db = tm.add(tg.DataStore("Rate contract repository", stores={contracts}))
    # Transportation management system: the shipment facts invoices are checked against.
    tms = tm.add(tg.DataStore("Transportation management system", stores={shipments}))
    # ERP accounts payable: approved invoices are paid in the weekly run.
    erp = tm.add(
        tg.Service(
            "ERP accounts payable",
            controls={tg.controls.RBAC(), tg.controls.Authentication(method="service account key")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Handles escalations, large invoices and carrier push-back.
    analyst = tm.add(
        tg.Actor(
            "Freight audit analyst",
            role="analyst",
            controls={tg.controls.Authentication(method="corporate SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(invoice_feed, intake, invoices, protocol="as2", label="EDI 210")
tm.flow(invoice_feed, intake, invoices, protocol="smtp+starttls", label="PDF e-mail")
tm.flow(intake, agent, invoice_records)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(contract_db, lookup_tool, contracts)
tm.flow(tms, lookup_tool, shipments)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, dispute_tool, dispute)
tm.flow(dispute_tool, portals, dispute, portal_login, protocol="https")
tm.flow(portals, dispute_tool, dispute_status, protocol="https")
tm.flow(dispute_tool, agent, dispute_status)

tm.flow(agent, payment_tool, payment_approval)
tm.flow(payment_tool, erp, payment_approval, protocol="https")

tm.flow(agent, review_queue, review_case, label="escalate")
tm.flow(review_queue, analyst, review_case, protocol="https")
tm.flow(analyst, review_queue, analyst_decision, protocol="https")
tm.flow(analyst, erp, payment_approval, protocol="https", label="approves escalated invoices")

tm.flow(agent, audit_log, audit_trail)
