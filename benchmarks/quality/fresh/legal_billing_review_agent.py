"""Legal billing review agent: the first design, before any security review.

Outside law firms submit LEDES invoices, with timekeeper names, rates and
narrative time entries, to the SaaS e-billing platform our legal department uses.
A connector in our cloud tenant pulls new invoices through the platform's API,
with its key kept in the corporate vault, and hands each one to a review agent.
The agent reads the billing guidelines and the firm's rate agreement, looks up
the matter's budget and approved timekeepers through a read-only matter tool,
asks a hosted LLM (a vendor that passed our supplier review) to check every line
item, and stores the proposed line-item reductions in a review database.
A legal ops analyst accepts or edits them in a review workbench behind corporate
SSO; the database keeps an audit trail of decisions. Once a reduction is
accepted, the agent posts the adjusted invoice to the accounts-payable system
for payment and sends the adjustment notice back to the firm through e-billing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Legal billing review agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Agent that reviews outside counsel invoices against billing guidelines, "
        "proposes reductions for analyst acceptance and submits adjusted invoices to AP."
    ),
)

# ---------------------------------------------------------------- data assets
invoice = tg.Data(
    "Law firm invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="LEDES line items: timekeepers, rates, hours and privileged narratives.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidelines = tg.Data(
    "Billing guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Outside counsel guidelines and per-firm rate agreements.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
matter_query = tg.Data("Matter query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
matter_data = tg.Data(
    "Matter data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Matter name, budget, spend to date, approved timekeepers and rates.",
)
matter_result = tg.Data(
    "Matter lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, guideline excerpts, matter data and the invoice line items.",
)
completion = tg.Data("Line-item assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposals = tg.Data(
    "Proposed reductions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per line item: reduction amount, guideline reason code, explanation.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decisions = tg.Data(
    "Analyst decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_call = tg.Data(
    "Adjusted invoice submission",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor id, matter cost centre, adjusted total and line items.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
adjusted_invoice = tg.Data(
    "Adjusted invoice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ap_receipt = tg.Data(
    "AP voucher confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
notice = tg.Data(
    "Adjustment notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted reductions with reason codes, for the firm.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Outside counsel: dozens of firms, each writing its own invoice narratives.
    law_firm = tm.add(tg.Actor("Outside law firm", role="vendor"))

with tm.boundary("E-billing vendor", trust=tg.Trust.PARTNER):
    # The SaaS e-billing platform where firms submit invoices and see adjustments.
    ebilling = tm.add(tg.ExternalService("E-billing platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; no fine-tuning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="legal and security review, zero-retention terms")},
        )
    )

with tm.boundary("Legal ops cloud tenant", trust=tg.Trust.INTERNAL):
    # Polls e-billing for new invoices and posts adjustment notices back.
    connector = tm.add(
        tg.Service(
            "E-billing connector",
            controls={c.SecretsManagement(note="e-billing API key in the corporate vault")},
        )
    )
    # Reviews each invoice line by line and, after acceptance, submits it for payment.
    agent = tm.add(tg.Agent("Billing review agent", autonomy=tg.Autonomy.SUPERVISED))
    # Guidelines and rate agreements the agent checks lines against.
    guidelines_store = tm.add(tg.DataStore("Guidelines store", stores={guidelines}))
    # Legal department's matter management system: budgets and approved staffing.
    matter_system = tm.add(tg.DataStore("Matter management system", stores={matter_data}))
    # Read-only lookup the agent calls for the invoice's matter.
    matter_tool = tm.add(tg.Tool("Matter lookup tool", capabilities={"read"}))
    # Proposals, analyst decisions and their history.
    review_db = tm.add(
        tg.DataStore(
            "Review database",
            stores={proposals, decisions, invoice},
            controls={c.AuditLogging(note="who accepted or edited which reduction, and when")},
        )
    )
    # Web app where analysts go through proposed reductions.
    workbench = tm.add(
        tg.Service(
            "Review workbench",
            controls={c.Authentication(method="corporate SSO (Entra ID) with MFA")},
        )
    )
    # Creates the payable voucher in AP once the analyst has accepted the reductions.
    ap_tool = tm.add(
        tg.Tool(
            "AP submission tool",
            capabilities={"write", "money-movement"},
            controls={c.HumanInTheLoop(approver="legal ops analyst")},
        )
    )

with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
    # The ERP's accounts-payable module that pays the firms.
    ap_system = tm.add(
        tg.Service(
            "Accounts-payable system",
            controls={c.Authentication(method="OAuth client credentials for the integration")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews and accepts the agent's proposals.
    analyst = tm.add(tg.Actor("Legal ops analyst", role="analyst"))
    # Maintains the billing guidelines and rate agreements.
    manager = tm.add(tg.Actor("Legal ops manager", role="administrator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(law_firm, ebilling, invoice, protocol="https", label="invoice submission")
tm.flow(ebilling, law_firm, notice, protocol="https")
tm.flow(ebilling, connector, invoice, protocol="https", label="poll new invoices")
tm.flow(connector, ebilling, notice, protocol="https")

tm.flow(connector, agent, invoice)
tm.flow(guidelines_store, agent, guidelines)
tm.flow(agent, matter_tool, matter_query)
tm.flow(matter_system, matter_tool, matter_data)
tm.flow(matter_tool, agent, matter_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, review_db, proposals, invoice)

tm.flow(review_db, workbench, proposals, invoice)
tm.flow(workbench, analyst, proposals, invoice, protocol="https")
tm.flow(analyst, workbench, decisions, protocol="https")
tm.flow(workbench, review_db, decisions)
tm.flow(review_db, agent, decisions, label="accepted reductions")

tm.flow(agent, ap_tool, payment_call)
tm.flow(ap_tool, ap_system, adjusted_invoice, protocol="https")
tm.flow(ap_system, ap_tool, ap_receipt, protocol="https")
tm.flow(ap_tool, agent, ap_receipt)
tm.flow(agent, connector, notice)

tm.flow(manager, guidelines_store, guidelines, protocol="https", label="maintains guidelines")
