"""Landlord rent collection agent: the first design, before any security review.

A UK letting agency collects rent on behalf of small landlords. An LLM agent running
in the agency's cloud account pulls the client account's bank statement each day,
reconciles tenants' payments against the tenancy records (tenants type their own
payment references) and keeps a rent ledger. For late payers it sends reminder
e-mails and texts through a messaging provider and reads the tenants' replies;
formal arrears letters are drafted by the agent and approved by credit-control staff
in a back-office console before they go out. Once a month it pays each landlord's
share, less fees, to the bank account the landlord keeps in the landlord portal.
The LLM is a hosted vendor model under a data processing agreement. Controls in this
design: portal and console sign-in, staff approval of arrears letters, encrypted
storage of tenancy data, a vaulted bank API key and an audit log of agent actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Landlord rent collection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that reconciles rent, chases arrears and pays landlords monthly.",
)

# ---------------------------------------------------------------- data assets
bank_transactions = tg.Data(
    "Client account transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incoming rent payments with payer names and free-text payment references.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tenancies = tg.Data(
    "Tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tenants, contact details, rent due dates and amounts, landlord shares.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
landlord_bank = tg.Data(
    "Landlord bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sort code and account number each landlord enters in the portal.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ledger = tg.Data(
    "Rent ledger entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
statements = tg.Data("Landlord statements", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, arrears cases, payment references and tenant replies.",
)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
reminders = tg.Data(
    "Rent reminder messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Late-payment reminders by e-mail and text, and approved arrears letters.",
)
replies = tg.Data("Tenant replies", kind="documents", sensitivity=tg.Sensitivity.PII)
letter_drafts = tg.Data("Arrears letter drafts", kind="documents", sensitivity=tg.Sensitivity.PII)
letter_approval = tg.Data("Arrears letter approval", kind="records")
payouts = tg.Data(
    "Landlord payout instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout_status = tg.Data(
    "Payout confirmations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants pay rent into the client account and get reminders; they reply by mail or text.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Small landlords log in to see statements and keep their payout account up to date.
    landlord = tm.add(tg.Actor("Landlord", role="landlord"))

with tm.boundary("Client account bank", trust=tg.Trust.PARTNER):
    # The agency's client money account: statement API in, faster-payments API out.
    bank = tm.add(
        tg.ExternalService(
            "Client account bank API",
            description="Open banking statement feed and payment initiation for the client account.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the e-mails and texts and forwards tenants' replies back to us.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Landlord-facing web portal: statements and the payout bank account.
    portal = tm.add(
        tg.Endpoint(
            "Landlord portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Back-office console where credit-control staff review arrears letter drafts.
    console = tm.add(
        tg.Endpoint(
            "Credit control console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # The LLM agent: runs reconciliation daily, chasing as needed, payouts monthly.
    agent = tm.add(
        tg.Agent(
            "Rent collection agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reconciles payments, chases late payers, runs the monthly landlord payout.",
            controls={
                c.HumanInTheLoop(
                    approver="credit-control staff",
                    note="formal arrears letters only; reminders and payouts go ahead unapproved",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Matches bank lines to tenancies and writes the rent ledger.
    recon_tool = tm.add(
        tg.Tool("Reconciliation tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Sends reminders and approved arrears letters through the messaging provider.
    message_tool = tm.add(
        tg.Tool("Tenant messaging tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Initiates each landlord's monthly payment from the client account.
    payout_tool = tm.add(
        tg.Tool(
            "Landlord payout tool",
            capabilities={"read", "money-movement"},
            origin="first-party",
            controls={c.SecretsManagement(note="bank API key in the cloud secrets manager")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Tenancies, tenants' contact details and landlords' payout accounts.
        tenancy_db = tm.add(
            tg.DataStore(
                "Tenancy database",
                stores={tenancies, landlord_bank},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # What each tenant has paid and what each landlord is owed.
        ledger_db = tm.add(
            tg.DataStore(
                "Rent ledger",
                stores={ledger},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Credit-control staff approve arrears letters before they are sent.
    staff = tm.add(tg.Actor("Credit control officer", role="agency staff"))

# ---------------------------------------------------------------- flows
# Reconciliation
tm.flow(bank, recon_tool, bank_transactions, protocol="https", label="daily statement pull")
tm.flow(tenancy_db, recon_tool, tenancies)
tm.flow(recon_tool, ledger_db, ledger)
tm.flow(ledger_db, recon_tool, ledger)
tm.flow(agent, recon_tool, tool_call)
tm.flow(recon_tool, agent, tool_result, label="unmatched payments and arrears")

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Chasing late payers
tm.flow(agent, message_tool, tool_call)
tm.flow(message_tool, agent, tool_result)
tm.flow(message_tool, messaging, reminders, protocol="https")
tm.flow(messaging, tenant, reminders, protocol="smtp", label="e-mail")
tm.flow(messaging, tenant, reminders, protocol="sms", label="text message")
tm.flow(tenant, messaging, replies, protocol="smtp", label="e-mail reply")
tm.flow(tenant, messaging, replies, protocol="sms", label="text reply")
tm.flow(messaging, agent, replies, protocol="https", label="inbound reply webhook")

# Arrears letter approval
tm.flow(agent, console, letter_drafts)
tm.flow(console, staff, letter_drafts, protocol="https")
tm.flow(staff, console, letter_approval, protocol="https")
tm.flow(console, agent, letter_approval)

# Landlord portal
tm.flow(landlord, portal, landlord_bank, protocol="https", label="updates payout account")
tm.flow(portal, tenancy_db, landlord_bank)
tm.flow(ledger_db, portal, ledger)
tm.flow(portal, landlord, statements, protocol="https")

# Monthly landlord payout
tm.flow(agent, payout_tool, tool_call, label="monthly payout run")
tm.flow(ledger_db, payout_tool, ledger)
tm.flow(tenancy_db, payout_tool, landlord_bank)
tm.flow(payout_tool, bank, payouts, protocol="https")
tm.flow(bank, payout_tool, payout_status, protocol="https")
tm.flow(payout_tool, agent, tool_result)
tm.flow(payout_tool, ledger_db, ledger, label="records payouts")
