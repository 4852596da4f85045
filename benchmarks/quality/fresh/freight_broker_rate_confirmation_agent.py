"""Freight broker rate-confirmation agent: the first design, before any security review.

Carriers e-mail signed rate confirmations and invoices (PDF) to our carrier-billing
mailbox on our hosted e-mail provider. An agent in our cloud reads new mail through
a mailbox tool, has a hosted LLM extract the load number, rate, accessorials and
remit-to details, and looks the load up in our transport management system (TMS)
through a read-only tool. When the paperwork matches the load, it schedules the
carrier payment in our cloud accounting system through a payment tool, capped per
load; mismatches and amounts over the cap go to an exception queue that the
accounts-payable team works, and their approvals come back to the agent. The
accounting system pays carriers by ACH through our bank. Controls: tool credentials
in a secrets vault, a per-load payment cap with AP approval above it, a step limit
on each agent run, run logs kept for audit, and TLS to every outside service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight broker rate-confirmation agent",
    profile=tg.RiskProfile.HIGH,
    description="Checks carriers' e-mailed rate confirmations and invoices against TMS loads "
    "and schedules carrier payments under a per-load limit.",
)

# ---------------------------------------------------------------- data assets
carrier_mail = tg.Data(
    "Carrier e-mail with rate confirmation or invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Message body and PDF attachments: load number, rate, accessorials, remit-to.",
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions plus the e-mail text and attachment text.",
)
extraction = tg.Data(
    "Extracted document fields", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
load_query = tg.Data("Load lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
load_record = tg.Data(
    "Load record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Carrier, lane, agreed rate, approved accessorials, delivery status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
mail_action = tg.Data(
    "Mailbox fetch and mark-processed", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payment_request = tg.Data(
    "Scheduled payment",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Carrier vendor id, load number, amount and pay date.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment scheduling result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
discrepancy = tg.Data(
    "Discrepancy or over-limit flag",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The document, the load record, what differs and the proposed payment.",
)
approval = tg.Data(
    "AP decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ach_batch = tg.Data(
    "ACH payment batch",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Carrier bank routing and account numbers, amounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Thousands of carriers and their factoring companies e-mail us paperwork.
    carrier = tm.add(tg.Actor("Carrier billing staff", role="carrier"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Our hosted carrier-billing mailbox (SaaS e-mail).
    mailbox = tm.add(tg.ExternalService("Carrier billing mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the documents and returns structured fields.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Our cloud accounting system: carrier vendor records, bills and payments.
    accounting = tm.add(tg.ExternalService("Cloud accounting system", provides="generic"))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Sends the ACH payments to carriers.
    bank = tm.add(tg.ExternalService("Operating bank ACH", provides="generic"))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Orchestrates each document: read, extract, match, pay or flag.
    agent = tm.add(
        tg.Agent(
            "Rate confirmation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="AP specialist", above="USD 4,000 per load"),
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Reads new messages and attachments, marks them processed.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="mail API app credentials in the cloud vault")},
        )
    )
    # Looks up loads by number in the TMS; read only.
    tms_tool = tm.add(tg.Tool("TMS lookup tool", capabilities={"read"}))
    # Creates a bill and schedules its payment in the accounting system.
    pay_tool = tm.add(
        tg.Tool(
            "Payment scheduling tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="USD 4,000 per load, not above the TMS agreed total"),
                c.SecretsManagement(note="accounting API token in the cloud vault"),
            },
        )
    )
    # Posts flags to the AP exception queue.
    notify_tool = tm.add(
        tg.Tool("Exception notifier tool", capabilities={"write", "send-messages"})
    )
    # Where AP sees flagged documents and approves or rejects.
    exceptions = tm.add(
        tg.Service("AP exception queue", controls={c.Authentication(method="corporate SSO")})
    )
    # Keeps every document, extraction and run log.
    archive = tm.add(
        tg.DataStore(
            "Document and run archive",
            stores={carrier_mail, extraction, run_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Broker office network", trust=tg.Trust.INTERNAL):
    # The system of record for loads, carriers and agreed rates.
    tms = tm.add(tg.DataStore("Transport management system", stores={load_record}))
    # Accounts-payable staff who resolve exceptions and approve larger payments.
    ap = tm.add(tg.Actor("AP specialist", role="accounts payable"))

# ---------------------------------------------------------------- flows
tm.flow(carrier, mailbox, carrier_mail, protocol="smtp+starttls")
tm.flow(mail_tool, mailbox, mail_action, protocol="https")
tm.flow(mailbox, mail_tool, carrier_mail, protocol="https")
tm.flow(agent, mail_tool, mail_action)
tm.flow(mail_tool, agent, carrier_mail)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, extraction, protocol="https")

tm.flow(agent, tms_tool, load_query)
tm.flow(tms_tool, tms, load_query, protocol="https")
tm.flow(tms, tms_tool, load_record, protocol="https")
tm.flow(tms_tool, agent, load_record)

tm.flow(agent, pay_tool, payment_request)
tm.flow(pay_tool, accounting, payment_request, protocol="https")
tm.flow(accounting, pay_tool, payment_result, protocol="https")
tm.flow(pay_tool, agent, payment_result)
tm.flow(accounting, bank, ach_batch, protocol="sftp")

tm.flow(agent, notify_tool, discrepancy)
tm.flow(notify_tool, exceptions, discrepancy)
tm.flow(exceptions, ap, discrepancy, protocol="https")
tm.flow(ap, exceptions, approval, protocol="https")
tm.flow(exceptions, agent, approval)

tm.flow(agent, archive, carrier_mail, extraction, run_log)
