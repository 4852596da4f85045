"""Client-money reconciliation agent: the first design, before any security review.

An insurance broker runs an LLM agent once a day to reconcile its client-money bank
accounts. The agent pulls the previous day's statements from the bank's corporate
API, looks each receipt and payment up against policies in the policy administration
system, and drafts journal entries that it posts to the accounting system through a
posting tool. Insurers e-mail commission statements as PDFs to a shared finance
mailbox, which the agent reads to match commission deductions. Items the agent cannot
match go to a reconciliation workbench, where the finance team works through them.
The agent runs in the broker's Azure subscription and reasons with a hosted LLM.
Controls in this design: a finance manager approves any journal above GBP 10,000 in
the workbench (smaller journals post straight away), staff sign in to the workbench
with Entra ID and MFA, the bank API token sits in Key Vault, the policy tool uses a
read-only service account, and the accounting system keeps its own journal audit
trail. The FCA's CASS client-money rules apply.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Client-money reconciliation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Daily LLM-agent reconciliation of client-money bank accounts for an insurance broker (FCA CASS).",
)

# ---------------------------------------------------------------- data assets
bank_token = tg.Data(
    "Bank API access token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OAuth client-credentials token for the corporate banking API.",
)
statements = tg.Data(
    "Client-money bank statements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Daily transactions on the client-money accounts, with payer names and references.",
)
commission_email = tg.Data(
    "Insurer commission statement email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mail with a PDF commission statement attached, sent by each insurer.",
)
policy_query = tg.Data("Policy lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policies = tg.Data(
    "Policy and premium records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, statement lines, policy matches and the text of commission statements.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
ledger = tg.Data(
    "Client-money ledger",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
journals = tg.Data(
    "Draft journal entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
unmatched = tg.Data(
    "Unmatched items list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Receipts and payments the agent could not match, with its reasoning.",
)
resolutions = tg.Data(
    "Unmatched item resolution notes", kind="records", sensitivity=tg.Sensitivity.PII
)
journal_approval = tg.Data(
    "Journal approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Insurers' accounts teams e-mail commission statements; anyone can e-mail the mailbox.
    insurer = tm.add(tg.Actor("Insurer accounts team", role="insurer"))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The broker's clearing bank, which holds the client-money accounts.
    bank_api = tm.add(
        tg.ExternalService(
            "Corporate banking API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The bank's API for account statements and balances.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Broker Azure subscription", trust=tg.Trust.INTERNAL):
    # The agent itself: runs daily after the bank's overnight statement cut-off.
    agent = tm.add(
        tg.Agent(
            "Daily reconciliation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Matches statement lines to policies and commissions and drafts journals.",
        )
    )
    # Fetches statements from the bank for the agent.
    bank_tool = tm.add(
        tg.Tool(
            "Bank statement tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="bank API credentials held in Azure Key Vault")},
        )
    )
    # Reads the commission statement emails and extracts the PDF text.
    mail_tool = tm.add(tg.Tool("Commission mailbox reader", capabilities={"read"}))
    # Looks policies and premiums up for matching.
    policy_tool = tm.add(
        tg.Tool(
            "Policy lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account on the policy system")},
        )
    )
    # Reads the client-money ledger and posts the agent's journals.
    posting_tool = tm.add(
        tg.Tool(
            "Journal posting tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(approver="Finance manager", above="GBP 10,000 per journal"),
            },
        )
    )
    # Web app where the finance team works unmatched items and the manager approves journals.
    workbench = tm.add(
        tg.Service(
            "Reconciliation workbench",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="only the finance manager role can approve journals"),
            },
        )
    )

    with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
        # Shared Exchange Online mailbox that insurers send commission statements to.
        mailbox = tm.add(tg.DataStore("Commission statements mailbox", stores={commission_email}))
        # System of record for policies, clients and premiums.
        policy_system = tm.add(tg.DataStore("Policy administration system", stores={policies}))
        # General ledger, including the client-money ledger the reconciliation balances to.
        accounting = tm.add(
            tg.DataStore(
                "Accounting system",
                stores={ledger, journals},
                controls={c.AuditLogging(retention_days=2190, note="built-in journal audit trail")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Finance staff who investigate and clear unmatched items.
    finance_team = tm.add(tg.Actor("Finance team", role="finance staff"))
    # Approves journals above the threshold and signs off the daily reconciliation.
    finance_manager = tm.add(tg.Actor("Finance manager", role="finance manager"))

# ---------------------------------------------------------------- flows
# commission statements by e-mail
tm.flow(insurer, mailbox, commission_email, protocol="smtp", label="commission statements")
tm.flow(agent, mail_tool, tool_calls)
tm.flow(mail_tool, mailbox, tool_calls, protocol="https", label="Graph API read")
tm.flow(mailbox, mail_tool, commission_email, protocol="https")
tm.flow(mail_tool, agent, commission_email)

# bank statements
tm.flow(agent, bank_tool, tool_calls)
tm.flow(
    bank_tool,
    bank_api,
    bank_token,
    protocol="https",
    controls={c.Authentication(method="OAuth 2.0 client credentials")},
    label="statement request",
)
tm.flow(bank_api, bank_tool, statements, protocol="https")
tm.flow(bank_tool, agent, statements)

# policy matching
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_system, policy_query, protocol="https")
tm.flow(policy_system, policy_tool, policies, protocol="https")
tm.flow(policy_tool, agent, policies)

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# ledger and journals
tm.flow(agent, posting_tool, journals, label="journals to post")
tm.flow(posting_tool, accounting, journals, protocol="https", label="post journal")
tm.flow(accounting, posting_tool, ledger, protocol="https", label="ledger balances")
tm.flow(posting_tool, agent, ledger)
tm.flow(posting_tool, workbench, journals, protocol="https", label="journals above GBP 10,000")
tm.flow(workbench, posting_tool, journal_approval, protocol="https")

# people
tm.flow(agent, workbench, unmatched, protocol="https")
tm.flow(workbench, finance_team, unmatched, protocol="https")
tm.flow(finance_team, workbench, resolutions, protocol="https")
tm.flow(workbench, agent, resolutions, protocol="https", label="cleared items for next run")
tm.flow(workbench, finance_manager, journals, protocol="https", label="journals awaiting approval")
tm.flow(finance_manager, workbench, journal_approval, protocol="https")
