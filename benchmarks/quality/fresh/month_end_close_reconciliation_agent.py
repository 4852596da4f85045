"""Month-end close reconciliation agent: the first design, before any security review.

During the month-end close window a scheduler starts the reconciliation agent every
night. The agent reads the bank statement lines that an import job loaded from the
bank's SFTP drop, matches them against general-ledger entries in the ERP, and for
each break it investigates by looking up the AP invoices and searching the finance
shared mailbox, where banks, vendors and customers send remittances and queries.
A vendor-hosted LLM does the reasoning. The agent writes match results and break
notes to a reconciliation workspace and drafts adjusting journal entries in the
ERP; an accountant reviews each draft in the ERP's approval workflow before it is
posted. The agent runs in the finance cloud account with a step limit and full run
logs; its journal tool can only create unposted drafts. The ERP has SSO, role-based
segregation of duties and its own audit trail; the LLM vendor was assessed by
procurement. Tool results from invoices and e-mails go to the model as they are.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Month-end close reconciliation agent",
    profile=tg.RiskProfile.HIGH,
    description="Nightly agent that matches bank lines to the GL, investigates breaks "
    "and drafts adjusting journal entries for accountant approval.",
)

# ---------------------------------------------------------------- data assets
statement_file = tg.Data(
    "Bank statement file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="camt.053 / BAI2 end-of-day statements for the operating accounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
statement_lines = tg.Data(
    "Bank statement lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
gl_entries = tg.Data(
    "General ledger entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
invoices = tg.Data(
    "AP invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor invoice PDFs and their extracted fields, including vendor bank details.",
)
emails = tg.Data(
    "Finance mailbox e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Remittance advices, payment queries and statements from external senders.",
)
run_trigger = tg.Data("Nightly run instruction", kind="instructions")
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ledger_result = tg.Data(
    "Ledger query result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
invoice_result = tg.Data(
    "Invoice lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
mail_result = tg.Data("Mail search result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the break under investigation and the tool results so far.",
)
completion = tg.Data(
    "Model reasoning and next action", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
match_results = tg.Data(
    "Match results and break notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_je = tg.Data(
    "Draft adjusting journal entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Journal approval and posting", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Banks, vendors and customers write to the shared finance mailbox; anyone can.
    correspondent = tm.add(tg.Actor("External correspondent", role="vendor, customer or bank"))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The bank's host-to-host SFTP drop that publishes end-of-day statements.
    bank_feed = tm.add(
        tg.DataSource("Bank statement feed", origin=tg.Origin.PARTNER, provides={statement_file})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, behind the vendor's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Email tenant", trust=tg.Trust.PARTNER):
    # The finance team's shared mailbox in the company's hosted e-mail tenant.
    mailbox = tm.add(tg.DataStore("Finance shared mailbox", stores={emails}))

with tm.boundary("Finance cloud account", trust=tg.Trust.INTERNAL):
    # Starts the agent each night while the close calendar says the books are open.
    scheduler = tm.add(tg.Service("Close scheduler"))
    # Parses the bank files into statement lines for matching.
    importer = tm.add(
        tg.Pipeline(
            "Statement import job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="files must parse as camt.053 or BAI2")},
        )
    )
    # Holds the statement lines, match results and break notes for each close.
    workspace = tm.add(
        tg.DataStore(
            "Reconciliation workspace",
            stores={statement_lines, match_results},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Plans the matching and investigation, calls tools and drafts adjustments.
    agent = tm.add(
        tg.Agent(
            "Reconciliation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=150),
                c.AuditLogging(retention_days=2555, note="every prompt, tool call and result"),
            },
        )
    )
    # Read-only ERP queries for GL entries by account, date and amount.
    gl_tool = tm.add(tg.Tool("GL query tool", capabilities={"read"}))
    # Fetches invoices and their extracted fields from the AP archive.
    invoice_tool = tm.add(tg.Tool("Invoice lookup tool", capabilities={"read"}))
    # Searches the shared mailbox for remittances matching a break.
    mail_tool = tm.add(tg.Tool("Mailbox search tool", capabilities={"read"}))
    # Creates adjusting journal entries in the ERP as unposted drafts.
    je_tool = tm.add(
        tg.Tool(
            "Journal draft tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="ERP role can create drafts only, not post"),
                c.HumanInTheLoop(approver="an accountant in the ERP approval workflow"),
            },
        )
    )

    with tm.boundary("ERP", trust=tg.Trust.RESTRICTED):
        # The system of record for the general ledger, and where drafts wait for approval.
        erp_gl = tm.add(
            tg.DataStore(
                "ERP general ledger",
                stores={gl_entries, draft_je},
                controls={
                    c.Authentication(method="SSO"),
                    c.RBAC(note="segregation of duties between preparer and approver"),
                    c.AuditLogging(),
                },
            )
        )
        # Vendor invoices captured by AP, kept for audit.
        ap_archive = tm.add(tg.DataStore("AP invoice archive", stores={invoices}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews breaks and approves or rejects each drafted adjustment.
    accountant = tm.add(tg.Actor("Accountant", role="general ledger accountant"))

# ---------------------------------------------------------------- flows
tm.flow(correspondent, mailbox, emails, protocol="smtp")
tm.flow(bank_feed, importer, statement_file, protocol="sftp", label="end-of-day files")
tm.flow(importer, workspace, statement_lines)

tm.flow(scheduler, agent, run_trigger, label="nightly during close")
tm.flow(workspace, agent, statement_lines, match_results, label="open items")
tm.flow(agent, workspace, match_results)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, gl_tool, tool_call)
tm.flow(gl_tool, erp_gl, tool_call, protocol="https", label="ledger query")
tm.flow(erp_gl, gl_tool, gl_entries, protocol="https")
tm.flow(gl_tool, agent, ledger_result)

tm.flow(agent, invoice_tool, tool_call)
tm.flow(invoice_tool, ap_archive, tool_call, protocol="https", label="invoice query")
tm.flow(ap_archive, invoice_tool, invoices, protocol="https")
tm.flow(invoice_tool, agent, invoice_result)

tm.flow(agent, mail_tool, tool_call)
tm.flow(mail_tool, mailbox, tool_call, protocol="https", label="mail search API")
tm.flow(mailbox, mail_tool, emails, protocol="https")
tm.flow(mail_tool, agent, mail_result)

tm.flow(agent, je_tool, draft_je, label="proposed adjustment")
tm.flow(je_tool, erp_gl, draft_je, protocol="https", label="create unposted draft")

tm.flow(workspace, accountant, match_results, protocol="https", label="break review")
tm.flow(erp_gl, accountant, draft_je, protocol="https", label="drafts awaiting approval")
tm.flow(accountant, erp_gl, approval, protocol="https", label="approve and post")
