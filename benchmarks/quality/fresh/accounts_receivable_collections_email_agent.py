"""Accounts-receivable collections e-mail agent: the first design.

A European wholesale distributor's customers send remittance advice and payment
disputes to the shared AR mailbox in Microsoft 365. An ingestion service polls the
mailbox through the Graph API, extracts the body and PDF/XLSX attachments and hands
each message to a collections agent. The agent asks a hosted LLM to read the message,
looks up open invoices in the ERP, applies cash against the bank receipts imported
from the house bank, issues small credit notes (short payments, price differences)
within policy, and escalates real disputes to the credit controllers as ERP dispute
cases. Credit notes above EUR 250 wait for a credit controller's approval, and the
credit-note tool refuses anything above that cap on its own. The agent runs in the
finance automation subscription; the ERP sits in its own restricted segment with its
existing role model. Every agent step is written to an action log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Accounts-receivable collections e-mail agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that reads AR e-mail, applies cash, issues small credits and escalates disputes.",
)

# ---------------------------------------------------------------- data assets
emails = tg.Data(
    "Customer AR e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Remittance advice and dispute e-mails with attachments, from customers' AP staff.",
)
message = tg.Data(
    "Extracted message and attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policy instructions, the e-mail text and the ERP lookup results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
invoices = tg.Data(
    "Open invoices and customer ledger",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
cash_postings = tg.Data(
    "Cash application postings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_notes = tg.Data(
    "Credit notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
dispute_case = tg.Data("Dispute case", kind="records", sensitivity=tg.Sensitivity.PII)
bank_statements = tg.Data(
    "Bank statement lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval_request = tg.Data(
    "Credit approval request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Credit approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers' accounts-payable staff; anyone can e-mail the AR address.
    customer = tm.add(tg.Actor("Customer AP clerk", role="customer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared AR mailbox the customers already write to.
    mailbox = tm.add(
        tg.ExternalService(
            "AR shared mailbox",
            description="Exchange Online shared mailbox ar@ of the distributor.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the e-mail and decides which tool to call next.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API, EU region.",
        )
    )

with tm.boundary("House bank", trust=tg.Trust.PARTNER):
    # The incoming payments that cash application matches against.
    bank_feed = tm.add(
        tg.DataSource(
            "Bank statement feed",
            origin=tg.Origin.PARTNER,
            provides={bank_statements},
            description="Daily camt.053 statements from the house bank.",
        )
    )

with tm.boundary("Finance automation subscription", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and turns each e-mail into a task for the agent.
    ingestion = tm.add(
        tg.Service(
            "Mailbox ingestion service",
            description="Graph API poller; extracts body text, PDF and XLSX attachments.",
            controls={c.InputValidation(note="only PDF, XLSX and CSV attachments up to 10 MB")},
        )
    )
    # The collections agent: one run per e-mail.
    agent = tm.add(
        tg.Agent(
            "Collections agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(approver="credit controller", above="EUR 250 per credit note"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only lookup of open items for the payer.
    invoice_lookup = tm.add(tg.Tool("Invoice lookup", capabilities={"read"}, origin="first-party"))
    # Posts incoming payments against invoices (clears open items).
    cash_app = tm.add(
        tg.Tool("Cash application", capabilities={"read", "write"}, origin="first-party")
    )
    # Issues credit notes for short payments and price differences.
    credit_tool = tm.add(
        tg.Tool(
            "Credit note issuer",
            capabilities={"write", "money-movement"},
            origin="first-party",
            controls={c.TransactionLimits(limit="EUR 250 per credit note")},
        )
    )
    # Opens a dispute case for the credit controllers.
    escalation = tm.add(tg.Tool("Dispute escalation", capabilities={"write"}, origin="first-party"))
    # Every prompt, tool call and result, for finance audit.
    log_store = tm.add(
        tg.DataStore(
            "Agent action log",
            stores={action_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("ERP segment", trust=tg.Trust.RESTRICTED):
    # System of record for invoices, payments, credits and disputes.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={invoices, cash_postings, credit_notes, dispute_case, bank_statements},
            controls={c.RBAC(note="existing ERP roles; the agent uses one technical user")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works escalated disputes and approves larger credits.
    controller = tm.add(tg.Actor("Credit controller", role="finance staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, mailbox, emails, protocol="smtp+starttls")
tm.flow(
    mailbox,
    ingestion,
    emails,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials")},
    label="Graph API poll",
)
tm.flow(ingestion, agent, message)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, invoice_lookup, tool_call)
tm.flow(invoice_lookup, erp, tool_call, protocol="https", label="OData query")
tm.flow(erp, invoice_lookup, invoices, protocol="https")
tm.flow(invoice_lookup, agent, tool_result)

tm.flow(agent, cash_app, tool_call)
tm.flow(cash_app, erp, cash_postings, protocol="https")
tm.flow(erp, cash_app, bank_statements, invoices, protocol="https", label="receipts and open items")
tm.flow(cash_app, agent, tool_result)

tm.flow(agent, credit_tool, tool_call)
tm.flow(credit_tool, erp, credit_notes, protocol="https")
tm.flow(credit_tool, agent, tool_result)

tm.flow(agent, escalation, tool_call)
tm.flow(escalation, erp, dispute_case, protocol="https")
tm.flow(escalation, agent, tool_result)

tm.flow(agent, controller, approval_request, protocol="https", label="credit above EUR 250")
tm.flow(controller, agent, approval, protocol="https")
tm.flow(erp, controller, dispute_case, invoices, protocol="https", label="dispute worklist")
tm.flow(controller, erp, credit_notes, dispute_case, protocol="https", label="resolves disputes")

tm.flow(agent, log_store, action_log)
tm.flow(bank_feed, erp, bank_statements, protocol="sftp", label="daily statements")
