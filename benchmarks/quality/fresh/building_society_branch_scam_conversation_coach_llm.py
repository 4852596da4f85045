"""Branch scam conversation coach: the first design, before any security review.

When a member asks for an unusual cash withdrawal or transfer at the counter, the
cashier opens the scam coach in the branch intranet (Entra ID single sign-on),
types what the member wants and what they have said, and can add the account
number so the coach can see recent account activity. An orchestrator in our
Azure tenant fetches a 90-day activity summary through a read-only account
context service in front of core banking, retrieves matching passages from an
index of the financial crime team's scam playbooks and UK Finance typology
bulletins, and asks a hosted LLM (Azure OpenAI, UK region, default content
filter) for questions to ask the member and whether to escalate. The cashier
decides; escalation goes to the branch manager in person and, through the app,
as a referral to the financial crime case system. Every exchange is logged for
Consumer Duty evidence. Staff complete e-learning before they get access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Branch scam conversation coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM coach suggesting scam-check questions and escalation for branch withdrawals.",
)

# ---------------------------------------------------------------- data assets
situation = tg.Data(
    "Withdrawal situation description",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the cashier: amount, stated reason, member's behaviour, "
    "often the member's circumstances (age, health, a caller on the phone).",
)
account_number = tg.Data("Member account number", kind="records", sensitivity=tg.Sensitivity.PII)
account_activity = tg.Data(
    "Recent account activity summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Last 90 days: balances, large withdrawals, new payees.",
)
member_accounts = tg.Data(
    "Member accounts and transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
guidance_docs = tg.Data(
    "Scam playbooks and typology bulletins",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
typology_bulletins = tg.Data(
    "UK Finance typology bulletins", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
guidance_chunks = tg.Data(
    "Guidance passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
llm_prompt = tg.Data(
    "Coaching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the cashier's description, the activity summary and guidance passages.",
)
completion = tg.Data("LLM coaching completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestions = tg.Data(
    "Suggested questions and escalation advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
conversation_log = tg.Data("Coaching conversation log", kind="logs", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Scam concern referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, account, what was asked and said, and the coach's advice.",
)
escalation = tg.Data("In-branch escalation", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # The user: counter staff facing a member who wants an unusual withdrawal.
    cashier = tm.add(tg.Actor("Branch cashier", role="customer service adviser"))
    # Takes the escalation in person and can invoke the Banking Protocol.
    manager = tm.add(tg.Actor("Branch manager", role="branch manager"))

with tm.boundary("Azure tenant", trust=tg.Trust.INTERNAL):
    # The intranet web app branch staff use.
    coach_app = tm.add(
        tg.Endpoint(
            "Scam coach web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on from branch PCs"),
                c.RBAC(note="branch staff group"),
                c.UserTraining(note="scam coach e-learning before access is granted"),
            },
        )
    )
    # Gathers account context and guidance, builds the prompt, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Coaching orchestrator",
            controls={c.SecretsManagement(note="managed identity; keys in Key Vault")},
        )
    )
    # Vector index of the guidance documents.
    guidance_index = tm.add(tg.VectorStore("Scam guidance index", stores={guidance_chunks}))
    # Re-embeds the guidance library when documents change.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))
    # Every description, prompt and suggestion kept as Consumer Duty evidence.
    log_store = tm.add(
        tg.DataStore(
            "Coaching log store",
            stores={conversation_log},
            controls={c.EncryptionAtRest(key_management="Microsoft-managed keys")},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Writes the playbooks and files the UK Finance bulletins.
    fincrime_analyst = tm.add(tg.Actor("Financial crime analyst", role="financial crime analyst"))
    # SharePoint library the financial crime team maintains.
    guidance_library = tm.add(
        tg.DataStore(
            "Scam guidance library",
            stores={guidance_docs, typology_bulletins},
            controls={c.RBAC(note="financial crime team edits; others read")},
        )
    )
    # Where referrals are triaged and worked.
    case_system = tm.add(
        tg.DataStore(
            "Financial crime case system",
            stores={referral},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # Read-only API giving a 90-day summary for one account number.
    account_service = tm.add(
        tg.Service(
            "Account context service",
            controls={c.Authentication(method="OAuth client credentials for the orchestrator")},
        )
    )
    # The society's system of record for member accounts.
    core_banking = tm.add(
        tg.DataStore(
            "Core banking system",
            stores={member_accounts},
            controls={
                c.EncryptionAtRest(key_management="HSM-held keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Azure OpenAI (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model; the vendor's default content filter is on.
    llm = tm.add(
        tg.LLM(
            "Hosted coaching LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="Azure OpenAI default content filter"),
                c.SupplierAssessment(note="procurement and DPO vendor review"),
            },
        )
    )

with tm.boundary("UK Finance", trust=tg.Trust.PARTNER):
    # Industry scam typology bulletins from the member portal.
    uk_finance = tm.add(
        tg.DataSource(
            "UK Finance member portal",
            origin=tg.Origin.PARTNER,
            provides={typology_bulletins},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cashier, coach_app, situation, account_number, protocol="https")
tm.flow(coach_app, orchestrator, situation, account_number)
tm.flow(orchestrator, account_service, account_number, protocol="https")
tm.flow(account_service, core_banking, account_number, label="account lookup")
tm.flow(core_banking, account_service, member_accounts)
tm.flow(account_service, orchestrator, account_activity, protocol="https")
tm.flow(orchestrator, guidance_index, situation, label="similarity query")
tm.flow(guidance_index, orchestrator, guidance_chunks, label="retrieved guidance")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, conversation_log)
tm.flow(orchestrator, coach_app, suggestions)
tm.flow(coach_app, cashier, suggestions, protocol="https")

tm.flow(cashier, manager, escalation, label="in person at the counter")
tm.flow(cashier, coach_app, referral, protocol="https", label="escalate button")
tm.flow(coach_app, case_system, referral, protocol="https")
tm.flow(case_system, fincrime_analyst, referral, protocol="https")

tm.flow(fincrime_analyst, guidance_library, guidance_docs, protocol="https")
tm.flow(
    uk_finance, fincrime_analyst, typology_bulletins, protocol="https", label="monthly download"
)
tm.flow(
    fincrime_analyst,
    guidance_library,
    typology_bulletins,
    protocol="https",
    label="files bulletins",
)
tm.flow(guidance_library, indexer, guidance_docs, typology_bulletins, protocol="https")
tm.flow(indexer, guidance_index, guidance_chunks)
