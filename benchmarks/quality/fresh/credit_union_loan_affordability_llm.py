"""Credit union loan affordability assistant: the first design, before any security review.

An Irish credit union's loan officers use this assistant when members apply for
personal loans. A member applies in online banking and consents, through a
licensed open-banking aggregator, to share 12 months of transactions from their
other bank accounts. The assistant service gathers the application, those
transactions, the member's share and loan history from the core banking system
and their Central Credit Register report, adds the lending policy, and asks a
hosted LLM (EU region, vendor-assessed) to draft an affordability assessment:
income, committed outgoings, gambling or arrears signals, and a suggested
repayment capacity. The loan officer reads the draft in the lending workbench,
edits it and makes and signs the decision. Staff sign in with SSO and MFA,
members with their online banking PIN and an SMS code; member data is encrypted
at rest and the aggregator and LLM API keys live in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit union loan affordability assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="An LLM drafts affordability assessments from members' open-banking data for loan officers.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, purpose, term, stated income and outgoings, employment.",
)
consent = tg.Data("Open-banking consent", kind="records", sensitivity=tg.Sensitivity.PII)
transactions = tg.Data(
    "Open-banking transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="12 months of balances and transactions, payee names and free-text references.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
member_history = tg.Data(
    "Member share and loan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
credit_report = tg.Data(
    "Central Credit Register report", kind="records", sensitivity=tg.Sensitivity.PII
)
policy = tg.Data(
    "Lending policy and affordability guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Affordability prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, policy extract, application, transactions, history and credit report.",
)
completion = tg.Data("LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft affordability assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Income, committed outgoings, risk signals and suggested repayment capacity.",
)
decision = tg.Data(
    "Signed loan decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
api_keys = tg.Data(
    "Aggregator and LLM API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_log = tg.Data("Prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members apply for loans and grant open-banking consent.
    member = tm.add(tg.Actor("Member", role="credit union member"))

with tm.boundary("Open-banking aggregator", trust=tg.Trust.PARTNER):
    # Licensed account information service that fetches the member's bank transactions.
    aggregator = tm.add(tg.ExternalService("Open-banking aggregator API", provides="data-provider"))

with tm.boundary("Central Credit Register", trust=tg.Trust.PARTNER):
    # The national credit register every lender must check for loans over EUR 2,000.
    ccr = tm.add(tg.ExternalService("Central Credit Register", provides="data-provider"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the draft assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data")
            },
        )
    )

with tm.boundary("Credit union cloud tenancy", trust=tg.Trust.INTERNAL):
    # Member-facing loan application pages in online banking.
    portal = tm.add(
        tg.Endpoint(
            "Online loan application",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="online banking member number, PIN and SMS code")},
        )
    )
    # Gathers the evidence, builds the prompt, calls the LLM and stores the draft.
    assistant = tm.add(
        tg.Service(
            "Affordability assistant service",
            controls={c.SecretsManagement()},
        )
    )
    # The credit policy and affordability guidelines put into every prompt.
    policy_store = tm.add(tg.DataStore("Lending policy guidelines", stores={policy}))
    # Drafts, officers' edits and signed decisions for each application.
    assessments = tm.add(tg.DataStore("Assessment store", stores={draft, decision, application}))
    # Every prompt and completion, kept for audit of the assessments.
    llm_logs = tm.add(tg.DataStore("LLM call log", stores={llm_log}))
    # Key vault holding the aggregator and LLM API keys.
    vault = tm.add(
        tg.DataStore("Key vault", stores={api_keys}, controls={c.RBAC(), c.AuditLogging()})
    )
    # Web app where loan officers read, edit and sign assessments.
    workbench = tm.add(
        tg.Service(
            "Lending workbench",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="loan officer reviews the draft and signs every decision"
                ),
            },
        )
    )

    with tm.boundary("Member data zone", trust=tg.Trust.RESTRICTED):
        # The system of record for members' shares and loans.
        core_banking = tm.add(
            tg.DataStore(
                "Core banking system",
                stores={member_history},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Fetched transactions kept with the application.
        txn_store = tm.add(
            tg.DataStore(
                "Transaction store",
                stores={transactions, consent},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Credit union office network", trust=tg.Trust.INTERNAL):
    # Assesses applications and makes the lending decision.
    officer = tm.add(tg.Actor("Loan officer", role="loan officer"))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, application, consent, protocol="https")
tm.flow(portal, member, application_status, protocol="https")
tm.flow(portal, assessments, application)
tm.flow(portal, assistant, consent, label="start affordability check")

tm.flow(vault, assistant, api_keys)
tm.flow(assistant, aggregator, consent, protocol="https")
tm.flow(aggregator, assistant, transactions, protocol="https")
tm.flow(assistant, txn_store, transactions, consent)
tm.flow(txn_store, assistant, transactions)
tm.flow(core_banking, assistant, member_history)
tm.flow(assistant, ccr, application, protocol="https", label="credit report enquiry")
tm.flow(ccr, assistant, credit_report, protocol="https")
tm.flow(policy_store, assistant, policy)
tm.flow(assessments, assistant, application)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, llm_logs, llm_log)
tm.flow(assistant, assessments, draft)

tm.flow(assessments, workbench, draft, application)
tm.flow(txn_store, workbench, transactions, label="officer views source transactions")
tm.flow(workbench, officer, draft, transactions, protocol="https")
tm.flow(officer, workbench, decision, protocol="https")
tm.flow(workbench, assessments, decision)
tm.flow(workbench, core_banking, decision, label="book approved loan")
tm.flow(assessments, portal, application_status)
