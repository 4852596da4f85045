"""Student union society expense claims with an LLM checker agent (first design).

A UK students' union runs 200+ student societies, each with a budget held by the
union. Society treasurers sign in to the union's claims portal with university
single sign-on and submit expense claims with receipt photos and the payee's bank
details. A checker agent, using a hosted multimodal LLM, reads the receipts and checks
each claim against the society's remaining budget and the union's finance
regulations, then records its check result on the claim. The finance officer reviews
each claim with the agent's result in a finance console and approves or rejects it;
approved claims go to the union's accounting system, whose weekly BACS run pays the
students' bank accounts. Controls: SSO sign-in (MFA for staff), upload checks, encryption
at rest and role-based access on claims data, a DPA with the LLM vendor, and the finance
officer's approval of every payment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student union society expense claim checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent-checked society expense claims, approved by finance and paid by BACS.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Expense claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Society, payee student, items, amounts, purpose and budget line.",
)
receipts = tg.Data(
    "Receipt photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos or PDFs of till receipts and invoices.",
)
bank_details = tg.Data(
    "Payee bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name on account, sort code and account number, typed into the claim form.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
sign_in = tg.Data("SSO sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
check_prompt = tg.Data(
    "Claim check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the claim, receipt images and the budget and rules looked up.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
budget_call = tg.Data("Budget lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
budget_result = tg.Data(
    "Society budget balance", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
rules_call = tg.Data(
    "Spending rules lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
rules_result = tg.Data(
    "Applicable spending rules", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
check_call = tg.Data("Check result call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Claim check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, query or fail per rule, with the agent's reasons and amounts read.",
)
budgets = tg.Data(
    "Society budgets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
regulations = tg.Data(
    "Union finance regulations", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Claim approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmations", kind="records", sensitivity=tg.Sensitivity.PII
)
spend = tg.Data("Society spend to date", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students elected treasurer of a society; they claim for themselves and for members.
    treasurer = tm.add(tg.Actor("Society treasurer", role="student society treasurer"))

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # The university's single sign-on, which the union relies on for student and staff accounts.
    idp = tm.add(
        tg.ExternalService(
            "University identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads receipt images and the rules.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="data processing agreement; prompts not used for training"
                )
            },
        )
    )

with tm.boundary("Union cloud", trust=tg.Trust.INTERNAL):
    # Web portal where treasurers submit claims and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Expense claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university single sign-on (OIDC)"),
                c.InputValidation(note="receipt uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # LLM agent that checks each new claim and records its result for the finance officer.
    agent = tm.add(
        tg.Agent(
            "Claim checker agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.HumanInTheLoop(
                    approver="finance officer",
                    note="the finance officer approves or rejects every claim before payment",
                )
            },
        )
    )
    # Reads the claiming society's budget line and what is left of it.
    budget_tool = tm.add(tg.Tool("Budget lookup tool", capabilities={"read"}))
    # Fetches the finance regulation clauses that apply to the claim's spending category.
    rules_tool = tm.add(tg.Tool("Spending rules tool", capabilities={"read"}))
    # Writes the agent's check result onto the claim record.
    result_tool = tm.add(tg.Tool("Check result tool", capabilities={"write"}))
    # Claims, payee bank details, check results and approvals.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, bank_details, check_result, approval},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
            },
        )
    )
    # Object storage for the uploaded receipt photos.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt image store",
            stores={receipts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Per-society budget lines for the year, with spend to date.
    budget_ledger = tm.add(tg.DataStore("Society budget ledger", stores={budgets}))
    # The union's finance regulations, split by spending category.
    regs = tm.add(tg.DataStore("Finance regulations store", stores={regulations}))

with tm.boundary("Union finance office", trust=tg.Trust.INTERNAL):
    # Union staff member who approves claims and releases payments.
    officer = tm.add(tg.Actor("Finance officer", role="finance officer"))
    # Staff screen listing claims with receipts and the agent's check result.
    console = tm.add(
        tg.Endpoint(
            "Finance review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university single sign-on (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # The union's accounting package; runs the weekly BACS payment run.
    accounts = tm.add(
        tg.Service(
            "Union accounting system",
            description="Finance package that runs the weekly BACS payment run.",
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The union's bank, which takes the BACS file and pays the students.
    bank = tm.add(tg.ExternalService("Union bank BACS service"))

# ---------------------------------------------------------------- flows
# Submission
tm.flow(treasurer, portal, claim, receipts, bank_details, protocol="https")
tm.flow(portal, treasurer, claim_status, protocol="https")
tm.flow(portal, idp, sign_in, protocol="oidc", label="sign-in redirect")
tm.flow(idp, portal, sign_in, protocol="oidc")
tm.flow(portal, claims_db, claim, bank_details)
tm.flow(claims_db, portal, claim_status)
tm.flow(portal, receipt_store, receipts)

# Checking
tm.flow(claims_db, agent, claim, label="new claims queue")
tm.flow(receipt_store, agent, receipts)
tm.flow(agent, llm, check_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, budget_tool, budget_call)
tm.flow(budget_tool, agent, budget_result)
tm.flow(budget_ledger, budget_tool, budgets)
tm.flow(agent, rules_tool, rules_call)
tm.flow(rules_tool, agent, rules_result)
tm.flow(regs, rules_tool, regulations)
tm.flow(agent, result_tool, check_call)
tm.flow(result_tool, claims_db, check_result)

# Approval and payment
tm.flow(claims_db, console, claim, bank_details, check_result, protocol="https")
tm.flow(receipt_store, console, receipts, protocol="https")
tm.flow(console, officer, claim, receipts, check_result, protocol="https")
tm.flow(officer, console, approval, protocol="https")
tm.flow(console, claims_db, approval, protocol="https")
tm.flow(
    claims_db,
    accounts,
    claim,
    bank_details,
    approval,
    protocol="https",
    label="weekly export of approved claims",
)
tm.flow(accounts, bank, payment_file, protocol="https", label="BACS upload")
tm.flow(bank, accounts, payment_confirmation, protocol="https")
tm.flow(accounts, budget_ledger, spend, protocol="https", label="nightly sync")
tm.flow(officer, budget_ledger, budgets, protocol="https", label="sets yearly budgets")
