"""Timesheet approval agent for a staffing agency: the first design, before any security review.

Contractors e-mail their weekly timesheet (PDF or phone photo) to the agency's shared
Microsoft 365 mailbox. An LLM agent in the agency's cloud picks up each e-mail, has a
hosted multimodal LLM extract the hours, and checks them against the client's purchase
order in the back office (hours cap, rate, named approver). It e-mails that approver a
one-click link; only after the click reaches the approval endpoint does the agent submit
the hours to the payroll provider's API and the invoice to the billing system. Payroll
runs weekly; the payroll team corrects entries in the back office. Controls: the
approver's click gates submission, the link carries a signed single-use token, the PO
tool is read-only, the payroll API key is in the secret manager, staff use SSO with MFA,
and the agent's actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency timesheet approval agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that turns e-mailed contractor timesheets into approved payroll "
        "entries and client invoices."
    ),
)

# ---------------------------------------------------------------- data assets
timesheet_email = tg.Data(
    "Timesheet e-mail with attachment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Contractor's e-mail with a PDF or photo of the signed weekly timesheet.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Agent instructions plus the timesheet image or PDF text.",
)
extracted_hours = tg.Data(
    "Extracted hours",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Contractor, client, week, days and hours as JSON.",
)
po_query = tg.Data("Purchase order lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
po_terms = tg.Data(
    "Purchase order terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hours cap, hourly rate and the client's named approver and e-mail.",
)
approval_request = tg.Data(
    "Approval request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of the hours and a one-click confirmation link.",
)
approval_click = tg.Data(
    "Approver confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The click on the one-click link, carrying the link token.",
)
timesheet_entry = tg.Data(
    "Timesheet entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payroll_submission = tg.Data(
    "Payroll hours submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contractor id, week, approved hours and pay rate.",
)
payroll_receipt = tg.Data("Payroll submission receipt", kind="tool-result")
invoice = tg.Data(
    "Client invoice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoice_receipt = tg.Data("Invoice number", kind="tool-result")
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
correction = tg.Data(
    "Payroll correction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Corrected hours or rate entered by the payroll team.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contractors send their timesheets from their own mail accounts.
    contractor = tm.add(tg.Actor("Contractor", role="placed contractor"))
    # The client's named approver confirms the hours from their own inbox.
    approver = tm.add(tg.Actor("Client approver", role="client timesheet approver"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared mailbox anyone can write to; the agent reads it over Graph API.
    mailbox = tm.add(
        tg.ExternalService(
            "Shared timesheet mailbox",
            description="timesheets@ shared mailbox in the agency's Microsoft 365 tenant.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the PDF or photo and returns the hours.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-capable chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # Outsourced payroll: pays contractors weekly from the hours we submit.
    payroll_provider = tm.add(
        tg.ExternalService(
            "Payroll provider API",
            description="Runs the weekly payroll from submitted hours and stored pay details.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # The agent: orchestrates extraction, PO check, approval and submission.
    agent = tm.add(
        tg.Agent(
            "Timesheet agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Reads new timesheet e-mails, extracts hours with the LLM, checks them "
                "against the PO, requests approval and submits payroll and invoice."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="the client's named approver, by one-click e-mail link",
                    note="payroll and invoice submission wait for the approver's click",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only lookup of the client's purchase order in the back office.
    po_tool = tm.add(
        tg.Tool(
            "Purchase order lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only back-office service account")},
        )
    )
    # Writes the extracted and approved timesheet entries into the back office.
    entry_tool = tm.add(tg.Tool("Timesheet entry tool", capabilities={"read", "write"}))
    # Sends the approver the confirmation e-mail with the one-click link.
    approval_mail_tool = tm.add(tg.Tool("Approval e-mail tool", capabilities={"send-messages"}))
    # Public endpoint behind the one-click link; tells the agent the hours are confirmed.
    approval_endpoint = tm.add(
        tg.Endpoint(
            "Approval link endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="signed single-use token in the e-mailed link"),
            },
        )
    )
    # Submits the approved hours to the payroll provider.
    payroll_tool = tm.add(
        tg.Tool(
            "Payroll submission tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="payroll API key in the cloud secret manager")},
        )
    )
    # Raises the client invoice for the approved hours.
    invoice_tool = tm.add(tg.Tool("Invoice tool", capabilities={"write"}))

with tm.boundary("Back-office systems", trust=tg.Trust.INTERNAL):
    # System of record: placements, POs, approvers, timesheet entries.
    back_office = tm.add(
        tg.DataStore(
            "Agency back office",
            stores={po_terms, timesheet_entry, correction},
            controls={
                c.RBAC(),
                c.Authentication(method="corporate SSO with MFA"),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Billing system that issues invoices to clients.
    billing = tm.add(tg.Service("Billing system", description="Issues and tracks client invoices."))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Payroll staff who fix wrong entries before or after the weekly run.
    payroll_team = tm.add(tg.Actor("Payroll team", role="payroll staff"))

# ---------------------------------------------------------------- flows
tm.flow(contractor, mailbox, timesheet_email, protocol="smtp")
tm.flow(mailbox, agent, timesheet_email, protocol="https", label="Graph API poll")

tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extracted_hours, protocol="https")

tm.flow(agent, po_tool, po_query)
tm.flow(po_tool, back_office, po_query, protocol="https")
tm.flow(back_office, po_tool, po_terms, protocol="https")
tm.flow(po_tool, agent, po_terms)

tm.flow(agent, entry_tool, tool_call, timesheet_entry)
tm.flow(entry_tool, back_office, timesheet_entry, protocol="https")
tm.flow(back_office, entry_tool, timesheet_entry, protocol="https")
tm.flow(entry_tool, agent, tool_result)

tm.flow(agent, approval_mail_tool, approval_request)
tm.flow(approval_mail_tool, approver, approval_request, protocol="smtp")
tm.flow(approver, approval_endpoint, approval_click, protocol="https")
tm.flow(approval_endpoint, agent, approval_click)

tm.flow(agent, payroll_tool, payroll_submission)
tm.flow(payroll_tool, payroll_provider, payroll_submission, protocol="https")
tm.flow(payroll_provider, payroll_tool, payroll_receipt, protocol="https")
tm.flow(payroll_tool, agent, payroll_receipt)

tm.flow(agent, invoice_tool, invoice)
tm.flow(invoice_tool, billing, invoice, protocol="https")
tm.flow(billing, invoice_tool, invoice_receipt, protocol="https")
tm.flow(invoice_tool, agent, invoice_receipt)

tm.flow(back_office, payroll_team, timesheet_entry, protocol="https")
tm.flow(payroll_team, back_office, correction, protocol="https", label="corrects entries")
tm.flow(
    payroll_team, payroll_provider, correction, protocol="https", label="re-submits corrections"
)
