"""Year-end accounts drafting agent: the first design, before any security review.

A small accountancy practice wants an agent that does the first pass of its
clients' year-end work. From a review workbench a member of staff picks a client
and a year; the agent, running in the practice's cloud account, pulls the client's
bank-feed transactions, uploaded receipts and ledger from the cloud bookkeeping
platform through a read-only connector, asks a hosted LLM to categorise and
reconcile them, runs a tax computation tool, writes draft accounts and working
papers to the practice's document store and prepares a draft return in the
practice's tax filing software. A qualified accountant reviews every draft and is
the only one who submits a filing to the tax authority. Staff sign in to the
workbench with Microsoft 365 SSO and MFA, the connector's OAuth tokens live in a
secrets vault, the LLM vendor was vetted for zero retention, and the agent is
capped at 60 steps a run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax advisor year-end accounts drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts clients' year-end accounts, tax computations and returns for "
    "an accountant to review and file.",
)

# ---------------------------------------------------------------- data assets
bank_transactions = tg.Data(
    "Client bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Bank-feed lines: date, payee, reference and amount.",
)
receipts = tg.Data(
    "Client receipts and invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and PDFs the client uploads to the bookkeeping platform.",
)
ledger = tg.Data(
    "Client ledger and trial balance",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
client_details = tg.Data(
    "Client engagement details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, company number, tax reference, year end and engagement scope.",
)
job = tg.Data("Drafting job request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions with the transactions, receipt text and ledger lines.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tax_comp = tg.Data(
    "Tax computation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
draft_accounts = tg.Data(
    "Draft year-end accounts and working papers",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_return = tg.Data(
    "Draft tax return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_notes = tg.Data(
    "Accountant review notes", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
submission = tg.Data(
    "Tax return submission",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
filing_receipt = tg.Data(
    "Filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The practice's clients: sole traders and small limited companies.
    client = tm.add(tg.Actor("Client", role="business owner"))

with tm.boundary("Client's bank", trust=tg.Trust.PARTNER):
    # Sends the daily bank feed to the bookkeeping platform under open banking consent.
    bank = tm.add(
        tg.ExternalService("Client bank feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bookkeeping platform vendor", trust=tg.Trust.PARTNER):
    # The cloud bookkeeping platform the clients keep their books in.
    bookkeeping = tm.add(
        tg.ExternalService("Bookkeeping platform API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the transactions and receipts, categorises and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention, no training on inputs")},
        )
    )

with tm.boundary("Tax software vendor", trust=tg.Trust.PARTNER):
    # The commercial tax filing software the practice already files through.
    tax_software = tm.add(
        tg.ExternalService("Tax filing software", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # The tax authority's online filing service.
    tax_authority = tm.add(
        tg.ExternalService("Tax authority filing gateway", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Qualified accountant: starts jobs, reviews drafts and files returns.
    accountant = tm.add(tg.Actor("Qualified accountant", role="accountant"))

with tm.boundary("Practice cloud account", trust=tg.Trust.INTERNAL):
    # Web app where staff start drafting jobs and review what the agent produced.
    workbench = tm.add(
        tg.Endpoint(
            "Review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # The practice's client list, engagement letters and tax references.
    practice_db = tm.add(tg.DataStore("Practice management database", stores={client_details}))
    # Plans and carries out the year-end work for one client and year.
    agent = tm.add(
        tg.Agent(
            "Accounts drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=60),
                c.HumanInTheLoop(
                    approver="qualified accountant",
                    note="every draft is reviewed and every return is submitted by the accountant",
                ),
            },
        )
    )
    # Reads transactions, receipts and the ledger from the bookkeeping platform.
    connector = tm.add(
        tg.Tool(
            "Bookkeeping connector",
            capabilities={"read", "network-egress"},
            controls={
                c.Authentication(method="OAuth 2.0 per client connection"),
                c.LeastPrivilegeTools(note="read-only OAuth scopes"),
                c.SecretsManagement(note="refresh tokens kept in the cloud secrets vault"),
            },
        )
    )
    # Deterministic corporation and income tax calculation from the drafted figures.
    tax_calc = tm.add(tg.Tool("Tax computation tool", capabilities={"read"}))
    # Saves the draft accounts and working papers into the document store.
    papers_writer = tm.add(tg.Tool("Working papers writer", capabilities={"write"}))
    # Draft accounts, computations and working papers per client and year.
    papers_store = tm.add(
        tg.DataStore(
            "Working papers store",
            stores={draft_accounts, tax_comp, review_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Creates the draft return in the tax filing software; it cannot submit it.
    filing_prep = tm.add(
        tg.Tool("Draft return preparation tool", capabilities={"write", "network-egress"})
    )

# ---------------------------------------------------------------- flows
tm.flow(client, bookkeeping, receipts, protocol="https", label="receipt upload")
tm.flow(bank, bookkeeping, bank_transactions, protocol="https", label="daily bank feed")

tm.flow(accountant, workbench, job, review_notes, protocol="https")
tm.flow(practice_db, workbench, client_details)
tm.flow(workbench, agent, job, client_details)
tm.flow(agent, workbench, label="job status")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, connector, tool_call)
tm.flow(connector, bookkeeping, tool_call, protocol="https")
tm.flow(bookkeeping, connector, bank_transactions, receipts, ledger, protocol="https")
tm.flow(connector, agent, bank_transactions, receipts, ledger)

tm.flow(agent, tax_calc, ledger)
tm.flow(tax_calc, agent, tax_comp)

tm.flow(agent, papers_writer, draft_accounts, tax_comp)
tm.flow(papers_writer, papers_store, draft_accounts, tax_comp)
tm.flow(papers_store, workbench, draft_accounts, tax_comp)
tm.flow(workbench, papers_store, review_notes)
tm.flow(workbench, accountant, draft_accounts, tax_comp, protocol="https")

tm.flow(agent, filing_prep, draft_return)
tm.flow(filing_prep, tax_software, draft_return, protocol="https")
tm.flow(tax_software, accountant, draft_return, protocol="https", label="review in tax software")
tm.flow(accountant, tax_software, submission, protocol="https", label="approves and submits")
tm.flow(tax_software, tax_authority, submission, protocol="https")
tm.flow(tax_authority, tax_software, filing_receipt, protocol="https")
