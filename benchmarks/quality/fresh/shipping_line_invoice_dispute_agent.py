"""Shipping line invoice dispute agent: the first design, before any security review.

An EU-headquartered container shipping line lets customers dispute invoices
(demurrage, detention, surcharges) by email. An intake service reads the
disputes mailbox in our Microsoft 365 tenant and hands each email, its
attachments and any forwarded trucker or terminal messages to an LLM agent. The
agent uses a hosted LLM, looks up container events and tariffs in the operations
system through a read-only tool, drafts and sends the reply, and within the
credit policy issues credit notes of up to 500 USD each through the billing
system's API. Disputes that need a larger credit go to a credit controller's
queue, where the controller decides and issues the credit in billing. Every case
and agent step is recorded in a dispute case store. Calls use HTTPS; the tools
use scoped service accounts whose secrets sit in the vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shipping line invoice dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent resolving demurrage, detention and surcharge disputes by email.",
)

# ---------------------------------------------------------------- data assets
dispute_email = tg.Data(
    "Dispute email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Customer contact's email disputing an invoice line.",
)
attachments = tg.Data(
    "Dispute attachments",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF invoices, gate tickets, delivery orders and screenshots.",
)
forwarded = tg.Data(
    "Forwarded trucker and terminal messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Messages from truckers and terminals quoted inside the customer's email.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the dispute, attachment text and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
ops_query = tg.Data(
    "Container and tariff lookup", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
container_events = tg.Data(
    "Container events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gate-in, discharge, gate-out and empty return times; free-time days.",
)
tariffs = tg.Data(
    "Demurrage and detention tariffs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ops_result = tg.Data(
    "Operations lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
credit_request = tg.Data(
    "Credit note request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoice number, customer account, amount and reason code.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_note = tg.Data(
    "Credit note",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_result = tg.Data(
    "Credit note result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
invoices = tg.Data(
    "Customer invoices and ledger", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reply = tg.Data("Dispute reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Escalated dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The dispute, the agent's findings, proposed credit and draft reply.",
)
controller_reply = tg.Data("Controller reply", kind="documents", sensitivity=tg.Sensitivity.PII)
case_log = tg.Data("Dispute case log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers' billing contacts write in, often forwarding truckers' and terminals' mails.
    customer = tm.add(tg.Actor("Customer billing contact", role="customer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The disputes@ mailbox: receives disputes and sends the replies.
    mail = tm.add(
        tg.ExternalService(
            "Disputes mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="Exchange Online shared mailbox with the tenant's standard spam filtering.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API; no training on our data.",
            controls={c.SupplierAssessment(note="vendor security review and DPA signed")},
        )
    )

with tm.boundary("Dispute automation platform", trust=tg.Trust.INTERNAL):
    # Polls the mailbox, extracts attachment text, opens a case per dispute.
    intake = tm.add(
        tg.Service(
            "Dispute intake service",
            description="Reads new mail via Microsoft Graph and converts PDFs to text.",
            controls={c.SecretsManagement(note="Graph client secret in the vault")},
        )
    )
    # Decides what to look up, what to credit and what to reply.
    agent = tm.add(
        tg.Agent(
            "Invoice dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works each dispute to a reply, a credit note or an escalation.",
            controls={
                c.HumanInTheLoop(approver="credit controller", above="USD 500 per credit note"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only lookups of container events and tariffs.
    ops_tool = tm.add(
        tg.Tool(
            "Operations lookup tool",
            capabilities={tg.Capability.READ},
            controls={c.LeastPrivilegeTools(note="read-only operations service account")},
        )
    )
    # Issues credit notes in billing within the auto-credit policy.
    credit_tool = tm.add(
        tg.Tool(
            "Credit note tool",
            capabilities={tg.Capability.WRITE, tg.Capability.MONEY_MOVEMENT},
            controls={
                c.TransactionLimits(limit="USD 500 per credit note"),
                c.SecretsManagement(note="billing API client credentials in the vault"),
            },
        )
    )
    # Sends the agent's reply from the disputes mailbox.
    reply_tool = tm.add(
        tg.Tool(
            "Reply email tool",
            capabilities={tg.Capability.SEND_MESSAGES},
            description="Replies in the customer's thread through Microsoft Graph.",
        )
    )
    # Every dispute, the agent's steps and the outcome.
    case_store = tm.add(
        tg.DataStore(
            "Dispute case store",
            stores={case_log, escalation},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Queue where credit controllers pick up disputes above the agent's limit.
    workbench = tm.add(
        tg.Service(
            "Credit control queue",
            description="Internal web app listing escalated disputes with the agent's findings.",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Core systems", trust=tg.Trust.INTERNAL):
    # Container moves and free-time clocks, by container and booking.
    ops_system = tm.add(tg.DataStore("Operations system", stores={container_events}))
    # The published demurrage, detention and surcharge rates.
    tariff_catalogue = tm.add(tg.DataStore("Tariff catalogue", stores={tariffs}))
    # Invoices, credit notes and customer ledgers.
    billing = tm.add(
        tg.Service(
            "Billing system",
            description="ERP billing module; exposes a REST API for credit notes.",
            controls={c.Authentication(method="OAuth client credentials")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides credits above 500 USD and handles the replies for them.
    controller = tm.add(tg.Actor("Credit controller", role="credit controller", privileged=True))

# ---------------------------------------------------------------- flows
# The dispute comes in
tm.flow(customer, mail, dispute_email, attachments, forwarded, protocol="smtp")
tm.flow(mail, intake, dispute_email, attachments, forwarded, protocol="https")
tm.flow(intake, agent, dispute_email, attachments, forwarded)
tm.flow(intake, case_store, case_log, label="open case")

# The agent reasons and looks things up
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, ops_tool, ops_query)
tm.flow(ops_tool, ops_system, ops_query, protocol="https")
tm.flow(ops_system, ops_tool, container_events, protocol="https")
tm.flow(ops_tool, tariff_catalogue, ops_query, protocol="https")
tm.flow(tariff_catalogue, ops_tool, tariffs, protocol="https")
tm.flow(ops_tool, agent, ops_result)

# Credits within policy
tm.flow(agent, credit_tool, credit_request)
tm.flow(credit_tool, billing, credit_note, protocol="https")
tm.flow(billing, credit_tool, invoices, credit_note, protocol="https")
tm.flow(credit_tool, agent, credit_result)

# The reply goes back
tm.flow(agent, reply_tool, reply)
tm.flow(reply_tool, mail, reply, protocol="https")
tm.flow(mail, customer, reply, controller_reply, protocol="smtp")
tm.flow(agent, case_store, case_log)

# Larger credits go to a credit controller
tm.flow(agent, case_store, escalation, label="escalate above 500 USD")
tm.flow(case_store, workbench, escalation)
tm.flow(workbench, controller, escalation, protocol="https")
tm.flow(controller, workbench, controller_reply, protocol="https", label="decision and reply")
tm.flow(controller, billing, credit_note, protocol="https", label="issues larger credit")
tm.flow(workbench, mail, controller_reply, protocol="https")
tm.flow(workbench, case_store, case_log, label="close case")
