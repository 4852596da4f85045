"""Procurement contract renewal agent: the first design, before any security review.

A scheduler watches the contract repository for agreements that end within the
next 90 days and hands each one to a renewal agent. The agent reads the contract
terms, pulls spend from the ERP and licence usage from the IT asset system, and
asks a hosted LLM to draft a negotiation position. It then negotiates with the
supplier's account manager by e-mail through a shared procurement mailbox,
keeping the thread and quotes in a case store. When it has a final quote it
posts a renewal proposal to the procurement workspace; the budget owner reviews
it there (SSO login) and only after their sign-off does the agent create the
renewal requisition in the ERP, through a service account limited to
requisitions. Procurement staff maintain the negotiation playbook (target
discounts, walk-away rules) in the same workspace. The LLM vendor was
assessed by vendor management; traffic to it and to the mail service is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Procurement contract renewal agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that negotiates supplier renewals by e-mail and files approved renewals in the ERP.",
)

# ---------------------------------------------------------------- data assets
contract_terms = tg.Data(
    "Contract terms and end dates",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pricing, notice periods, auto-renewal clauses, end dates.",
)
renewal_task = tg.Data("Renewal task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
playbook = tg.Data(
    "Negotiation playbook",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target discounts, budget ceilings and walk-away rules per category.",
)
spend = tg.Data(
    "Spend and purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
usage = tg.Data("Licence usage", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Negotiation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Playbook, contract terms, spend, usage and the e-mail thread so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outbound_email = tg.Data(
    "Negotiation e-mail to supplier",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
supplier_email = tg.Data(
    "Supplier e-mail and quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Replies from the supplier's account manager, with names, signatures and PDF quotes.",
)
case_record = tg.Data(
    "Negotiation case record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail thread, quotes received and the agent's current position per contract.",
)
proposal = tg.Data("Renewal proposal", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sign_off = tg.Data(
    "Budget owner sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
requisition = tg.Data(
    "Renewal requisition",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The other side of the negotiation: any supplier we buy from.
    supplier = tm.add(tg.Actor("Supplier account manager", role="supplier"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Hosted corporate e-mail; the agent uses the shared procurement mailbox on it.
    mail = tm.add(
        tg.ExternalService(
            "Corporate mail service",
            description="Hosted e-mail; the procurement@ shared mailbox lives here.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts negotiation positions, e-mails and the proposal summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and DPA; no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves the spend; nothing is filed in the ERP without them.
    budget_owner = tm.add(tg.Actor("Budget owner", role="budget owner"))
    # Maintains the playbook and watches the negotiations.
    buyer = tm.add(tg.Actor("Procurement specialist", role="procurement staff"))
    # Licence seat counts and active users per SaaS product.
    asset_system = tm.add(
        tg.DataSource(
            "IT asset management system",
            origin=tg.Origin.INTERNAL,
            provides={usage},
        )
    )

with tm.boundary("Procurement platform", trust=tg.Trust.INTERNAL):
    # Web app where proposals are reviewed and signed off and the playbook is edited.
    workspace = tm.add(
        tg.Service(
            "Procurement workspace",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Daily job that finds contracts approaching their end date.
    watcher = tm.add(tg.Service("Contract end-date watcher"))
    # Plans the renewal, calls the tools and the LLM, runs the e-mail negotiation.
    agent = tm.add(
        tg.Agent(
            "Renewal agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            description="Negotiates on its own by e-mail; ERP submission waits for sign-off.",
        )
    )
    # Keeps the state of each negotiation across days and weeks.
    case_store = tm.add(tg.DataStore("Negotiation case store", stores={case_record}))
    # Reads contract terms from the contract repository.
    contract_tool = tm.add(tg.Tool("Contract lookup tool", capabilities={"read"}))
    # Reads spend from the ERP and usage from the asset system.
    spend_tool = tm.add(tg.Tool("Spend and usage lookup tool", capabilities={"read"}))
    # Sends and reads e-mail in the shared procurement mailbox.
    email_tool = tm.add(tg.Tool("Supplier e-mail tool", capabilities={"read", "send-messages"}))
    # Creates the renewal requisition in the ERP after sign-off.
    erp_tool = tm.add(
        tg.Tool(
            "ERP renewal submission tool",
            capabilities={"write", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="the budget owner, in the procurement workspace"),
                c.LeastPrivilegeTools(note="ERP service account limited to creating requisitions"),
            },
        )
    )

with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
    # System of record for suppliers, POs, invoices and requisitions.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={spend, requisition},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Contract lifecycle management: the signed agreements and their metadata.
    clm = tm.add(tg.DataStore("Contract repository", stores={contract_terms}))

# ---------------------------------------------------------------- flows
# trigger
tm.flow(clm, watcher, contract_terms, label="contracts ending within 90 days")
tm.flow(watcher, agent, renewal_task)
tm.flow(buyer, workspace, playbook, protocol="https", label="edits playbook")
tm.flow(workspace, agent, playbook)

# gathering facts
tm.flow(agent, contract_tool, tool_call)
tm.flow(contract_tool, clm, tool_call, label="query")
tm.flow(clm, contract_tool, contract_terms)
tm.flow(contract_tool, agent, contract_terms)
tm.flow(agent, spend_tool, tool_call)
tm.flow(spend_tool, erp, tool_call, label="spend query")
tm.flow(erp, spend_tool, spend)
tm.flow(asset_system, spend_tool, usage, protocol="https")
tm.flow(spend_tool, agent, spend, usage)

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, case_store, case_record, label="save negotiation state")
tm.flow(case_store, agent, case_record, label="resume negotiation")

# negotiating by e-mail
tm.flow(agent, email_tool, outbound_email)
tm.flow(email_tool, mail, outbound_email, protocol="https")
tm.flow(mail, supplier, outbound_email, protocol="smtp+starttls")
tm.flow(supplier, mail, supplier_email, protocol="smtp+starttls")
tm.flow(mail, email_tool, supplier_email, protocol="https")
tm.flow(email_tool, agent, supplier_email)

# sign-off and submission
tm.flow(agent, workspace, proposal)
tm.flow(workspace, budget_owner, proposal, protocol="https")
tm.flow(budget_owner, workspace, sign_off, protocol="https")
tm.flow(workspace, agent, sign_off)
tm.flow(agent, erp_tool, requisition)
tm.flow(erp_tool, erp, requisition, protocol="https")
tm.flow(erp, erp_tool, requisition, label="requisition number")
tm.flow(case_store, workspace, case_record, label="negotiation status")
tm.flow(workspace, buyer, case_record, protocol="https", label="monitors negotiations")
