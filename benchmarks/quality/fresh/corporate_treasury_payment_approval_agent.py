"""Treasury payment approval agent: the first design, before any security review.

Group treasury wants an LLM agent to prepare the weekly supplier payment runs.
A treasury analyst asks the agent for a run; the agent reads open, approved
supplier invoices and the supplier master data from the ERP through a read-only
tool, and checks every supplier whose bank details changed since the last run:
it searches the accounts-payable mailbox for the supplier's change request and
asks an account verification provider whether the new IBAN belongs to that
supplier. It then drafts a payment batch, with its notes on each change, into
the treasury approval portal. Two treasury approvers, signed in with SSO and
MFA, each release the batch there, and the portal sends the payment file to the
bank over host-to-host SFTP. The agent runs in the finance systems zone on a
model hosted by a vetted vendor, and every prompt and tool call is logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Treasury payment approval agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent preparing supplier payment runs from the ERP for dual approval and bank release.",
)

# ---------------------------------------------------------------- data assets
run_request = tg.Data(
    "Payment run request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The analyst's instruction: value date, entities, currencies to include.",
)
invoices = tg.Data(
    "Open supplier invoices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="IBAN, BIC and account holder from the ERP supplier master, with change history.",
)
change_emails = tg.Data(
    "Bank details change e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suppliers' letters and e-mails announcing new bank accounts, with attachments.",
)
mailbox_query = tg.Data("Mailbox search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
erp_query = tg.Data("ERP query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
verification_request = tg.Data(
    "Account verification request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
verification_result = tg.Data(
    "Account verification result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether the account holder name matches the supplier: match, close match or no match.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the run request, invoice lines, bank details and mail excerpts.",
)
completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
batch_proposal = tg.Data(
    "Payment batch proposal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payee, IBAN, amount, invoice references and the agent's notes on bank changes.",
)
batch_reference = tg.Data(
    "Draft batch reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft_batch = tg.Data(
    "Draft payment batch",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
batch_approval = tg.Data("Batch approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_file = tg.Data(
    "Payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="ISO 20022 pain.001 credit transfer file for the released batch.",
)
bank_status = tg.Data(
    "Bank status reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="pain.002 acknowledgements and rejections from the bank.",
)
agent_trace = tg.Data("Agent trace", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Suppliers tell us about new bank accounts by e-mail; anyone can write to the mailbox.
    supplier = tm.add(tg.Actor("Supplier", role="supplier accounts contact"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The accounts-payable shared mailbox where bank change requests arrive.
    mailbox = tm.add(
        tg.ExternalService(
            "Accounts payable mailbox",
            description="Exchange Online shared mailbox read by AP clerks and by the agent.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that plans the agent's steps and writes its notes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={
                tg.controls.SupplierAssessment(
                    note="enterprise agreement: no training on our data, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Verification provider", trust=tg.Trust.PARTNER):
    # Checks that an IBAN is held by the named company before we pay it.
    verifier = tm.add(
        tg.ExternalService(
            "Account verification service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Bank account name-check API covering SEPA and UK accounts.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The house bank's host-to-host channel that executes released payment files.
    bank = tm.add(
        tg.ExternalService(
            "Bank host-to-host gateway",
            description="The house bank's SFTP file channel for payment files and status reports.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Starts each payment run and reads the agent's notes.
    analyst = tm.add(tg.Actor("Treasury analyst", role="treasury analyst"))
    # Two of them must each release a batch before it goes to the bank.
    approvers = tm.add(tg.Actor("Treasury approvers", role="treasury approver", privileged=True))

    with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
        # System of record for invoices and the supplier master.
        erp = tm.add(
            tg.DataStore(
                "ERP",
                stores={invoices, bank_details},
                controls={
                    tg.controls.RBAC(note="SAP roles; AP clerks maintain the supplier master")
                },
            )
        )
        # The agent that assembles the run and reviews bank details changes.
        agent = tm.add(
            tg.Agent(
                "Payment run agent",
                autonomy=tg.Autonomy.SUPERVISED,
                description="Plans the run, calls its tools and writes a proposal with notes per supplier.",
                controls={tg.controls.AuditLogging(retention_days=2555)},
            )
        )
        # Read-only access to invoices and supplier master data.
        erp_tool = tm.add(
            tg.Tool(
                "ERP lookup tool",
                capabilities={"read"},
                controls={tg.controls.LeastPrivilegeTools(note="read-only SAP technical user")},
            )
        )
        # Finds the supplier's change request in the AP mailbox.
        mail_tool = tm.add(
            tg.Tool(
                "Mailbox search tool",
                capabilities={"read"},
                description="Searches the AP mailbox by supplier name and returns message bodies and attachment text.",
            )
        )
        # Asks the verification provider about a changed IBAN.
        verify_tool = tm.add(
            tg.Tool(
                "Account verification tool",
                capabilities={"read", "network-egress"},
            )
        )
        # Writes the proposed batch into the approval portal as a draft.
        batch_tool = tm.add(
            tg.Tool(
                "Payment batch tool",
                capabilities={"write", "money-movement"},
                description="Creates a draft payment batch in the treasury approval portal.",
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="two treasury approvers, each releasing the batch in the approval portal"
                    )
                },
            )
        )
        # Where approvers review and release batches, and which talks to the bank.
        portal = tm.add(
            tg.Endpoint(
                "Treasury approval portal",
                purpose=tg.EndpointPurpose.API,
                description="Treasury workstation module: dual release of payment batches, bank connectivity.",
                controls={
                    tg.controls.Authentication(method="Entra ID SSO with MFA"),
                    tg.controls.RBAC(note="approver role separate from the analyst role"),
                    tg.controls.HumanInTheLoop(
                        approver="two distinct treasury approvers per batch"
                    ),
                },
            )
        )
        # Prompts, completions and tool calls of every run.
        audit_log = tm.add(
            tg.DataStore(
                "Agent audit log",
                stores={agent_trace},
                controls={tg.controls.AuditLogging(retention_days=2555)},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(supplier, mailbox, change_emails, protocol="smtp", label="bank change request")

tm.flow(analyst, agent, run_request, protocol="https")
tm.flow(agent, analyst, completion, protocol="https", label="run summary and notes")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, erp_tool, erp_query)
tm.flow(erp_tool, erp, erp_query, protocol="https")
tm.flow(erp, erp_tool, invoices, bank_details, protocol="https")
tm.flow(erp_tool, agent, invoices, bank_details)

tm.flow(agent, mail_tool, mailbox_query)
tm.flow(mail_tool, mailbox, mailbox_query, protocol="https", label="Graph API")
tm.flow(mailbox, mail_tool, change_emails, protocol="https", label="Graph API")
tm.flow(mail_tool, agent, change_emails)

tm.flow(agent, verify_tool, verification_request)
tm.flow(verify_tool, verifier, verification_request, protocol="https")
tm.flow(verifier, verify_tool, verification_result, protocol="https")
tm.flow(verify_tool, agent, verification_result)

tm.flow(agent, batch_tool, batch_proposal)
tm.flow(batch_tool, portal, draft_batch, protocol="https")
tm.flow(portal, batch_tool, batch_reference, protocol="https")
tm.flow(batch_tool, agent, batch_reference)

tm.flow(portal, approvers, draft_batch, protocol="https", label="batch for review")
tm.flow(approvers, portal, batch_approval, protocol="https", label="release")
tm.flow(portal, bank, payment_file, protocol="sftp")
tm.flow(bank, portal, bank_status, protocol="sftp")

tm.flow(agent, audit_log, agent_trace)
