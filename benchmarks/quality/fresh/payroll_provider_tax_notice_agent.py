"""Payroll tax notice agent: the first design, before any security review.

Payroll clients receive notices from federal, state and local tax agencies and
upload them to the client portal or forward them to a notices@ mailbox. The
agent has each notice OCR'd, asks a hosted LLM which agency sent it, what it asks
and by when, looks up the client's filings in the payroll system, drafts a
response and, when money is owed, prepares a pending tax payment. Nothing is
filed or paid until a tax specialist approves it in the case workbench, which
then files the response while the payroll system releases the payment.
Controls: SSO with MFA on the portal, TLS on external links, KMS encryption of
stored notices and payroll data, role-based access to the payroll system,
specialist approval of payments, an audit log of agent actions, and a SOC 2
vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll tax notice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Reads client tax notices, drafts responses and prepares payments for approval.",
)

# ---------------------------------------------------------------- data assets
notice = tg.Data(
    "Tax notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Agency letter as PDF or scan: employer EIN, amounts, sometimes employee SSNs.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
notice_email = tg.Data(
    "Forwarded notice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Client e-mail with the notice attached and the client's own comments.",
)
notice_text = tg.Data("Extracted notice text", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Notice analysis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the notice text and the client's filing history.",
)
completion = tg.Data("LLM analysis and draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data(
    "Filing lookup request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payroll_records = tg.Data(
    "Payroll and tax filing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_request = tg.Data(
    "Prepared tax payment",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Agency, tax period, amount and the client's bank account to debit.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case_draft = tg.Data(
    "Case summary and draft response",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approval = tg.Data("Specialist approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
filing = tg.Data("Notice response filing", kind="documents", sensitivity=tg.Sensitivity.PII)
agency_payment = tg.Data(
    "Tax payment to agency",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
case_status = tg.Data("Case status for client", kind="records", sensitivity=tg.Sensitivity.PII)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client's payroll administrator, who receives the agency's letter.
    client = tm.add(tg.Actor("Client payroll admin", role="client"))
    # Federal and state e-services where responses are filed and payments are sent.
    agency = tm.add(
        tg.ExternalService(
            "Tax agency e-services",
            description="IRS and state agency portals and payment systems.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the notice and drafts the analysis; hosted by the vendor behind its API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="SOC 2 vendor review, zero-retention terms")},
        )
    )

with tm.boundary("Provider DMZ", trust=tg.Trust.INTERNAL):
    # Where clients log in to upload notices and follow their cases.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO with MFA")},
        )
    )
    # Receives notices clients forward by e-mail.
    mailbox = tm.add(
        tg.Service(
            "Notices mailbox",
            internet_facing=True,
            description="Inbound mail gateway for notices@; attachments go to the notice store.",
        )
    )

with tm.boundary("Payroll operations", trust=tg.Trust.INTERNAL):
    # Keeps the original notice files for the case record.
    notice_store = tm.add(
        tg.DataStore(
            "Notice store",
            stores={notice, notice_email},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Turns PDFs and scans into text for the agent.
    ocr = tm.add(tg.Service("OCR extraction service"))
    # Works each notice: classify, look up filings, draft, prepare payment.
    agent = tm.add(
        tg.Agent(
            "Tax notice agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only access to the client's filings and payroll history.
    lookup_tool = tm.add(tg.Tool("Filing lookup tool", capabilities={"read"}))
    # Creates a pending tax payment in the payroll system; held until approved.
    payment_tool = tm.add(
        tg.Tool(
            "Payment preparation tool",
            capabilities={"write", "money-movement"},
            controls={c.HumanInTheLoop(approver="tax specialist")},
        )
    )
    # Where specialists review the agent's cases and approve filing and payment.
    workbench = tm.add(
        tg.Service("Case workbench", controls={c.Authentication(method="corporate SSO")})
    )
    # Append-only log of what the agent read, asked and prepared.
    audit_store = tm.add(tg.DataStore("Agent audit log", stores={agent_log}))

    with tm.boundary("Payroll core", trust=tg.Trust.RESTRICTED):
        # System of record for clients' payroll, tax filings and tax payments.
        payroll = tm.add(
            tg.DataStore(
                "Payroll system",
                stores={payroll_records, payment_request},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each case and is the one who approves payments and filings.
    specialist = tm.add(tg.Actor("Tax specialist", role="tax specialist", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(client, portal, notice, protocol="https", label="upload")
tm.flow(portal, client, case_status, protocol="https")
tm.flow(client, mailbox, notice_email, protocol="smtp+starttls", label="forwarded notice")
tm.flow(portal, notice_store, notice)
tm.flow(mailbox, notice_store, notice_email)

tm.flow(notice_store, ocr, notice, notice_email)
tm.flow(ocr, agent, notice_text)
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, payroll, lookup_call)
tm.flow(payroll, lookup_tool, payroll_records)
tm.flow(lookup_tool, agent, payroll_records)

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payroll, payment_request, label="pending payment")

tm.flow(agent, workbench, case_draft)
tm.flow(agent, audit_store, agent_log)
tm.flow(workbench, specialist, case_draft, payment_request)
tm.flow(specialist, workbench, approval)
tm.flow(workbench, payroll, approval, label="release payment")
tm.flow(workbench, agency, filing, protocol="https", label="file response")
tm.flow(payroll, agency, agency_payment, protocol="https", label="EFTPS / state payment")
tm.flow(workbench, portal, case_status)
