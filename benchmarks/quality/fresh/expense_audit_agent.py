"""Expense audit agent: the first design, before any security review.

Employees submit expense claims with receipt photos from the expense app. The
expense API stores them, and an open-weights OCR model in our expense platform
reads each receipt into text. An audit agent, driven by a vendor-hosted LLM,
checks the claim against the travel policy document and the corporate card feed
(a nightly SFTP file from the card issuer, card numbers masked). Through its
decision tool it approves claims under the auto-approval limit, rejects obvious
duplicates and routes the rest to a finance reviewer's queue; approved claims go
to payroll for reimbursement. Employees sign in with company SSO, uploads are
type- and size-checked, the claims database is KMS-encrypted, the LLM vendor was
vetted, and every agent decision is logged. Staff are in the EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Expense audit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that audits employee expense claims and auto-approves small ones.",
)

# ---------------------------------------------------------------- data assets
receipts = tg.Data(
    "Receipt images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of receipts; can show names, card digits, hotel and travel details.",
)
claim = tg.Data(
    "Expense claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Employee, amount, currency, merchant, date, business purpose.",
)
ocr_text = tg.Data("Extracted receipt text", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Travel and expense policy",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
card_txns = tg.Data(
    "Corporate card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Cardholder, masked card number, merchant, amount and date.",
)
prompt = tg.Data(
    "Audit prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the claim, the receipt text, policy sections and card matches.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Lookup result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Earlier claims by the employee and card transactions around the claim date.",
)
decision_call = tg.Data(
    "Claim decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="approve, reject as duplicate, or send to review, with the agent's reason.",
)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.PII)
reviewer_decision = tg.Data(
    "Reviewer decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reimbursement = tg.Data(
    "Reimbursement instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Employee id and amount to add to the next pay run.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Employees submit from personal phones and laptops, wherever they are travelling.
    employee = tm.add(tg.Actor("Employee", role="claimant"))

with tm.boundary("Card issuer", trust=tg.Trust.PARTNER):
    # The bank that issues the corporate cards sends a nightly transaction file.
    card_feed = tm.add(
        tg.DataSource(
            "Corporate card feed",
            origin=tg.Origin.PARTNER,
            provides={card_txns},
            description="Nightly transaction file dropped on our SFTP server.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with; the vendor was vetted and signed a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement review and DPA, no training on our data")
            },
        )
    )

with tm.boundary("Expense platform", trust=tg.Trust.INTERNAL):
    # The API behind the expense app: receives claims and receipts, returns status.
    expense_api = tm.add(
        tg.Endpoint(
            "Expense API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC)"),
                c.InputValidation(note="receipt uploads limited to JPEG/PNG/PDF under 10 MB"),
            },
        )
    )
    # Receipt photos, kept for the statutory retention period.
    receipt_store = tm.add(tg.DataStore("Receipt store", stores={receipts}))
    # Claims, their status and history; also the source for duplicate checks.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, ocr_text, card_txns, reviewer_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the receipt text, totals, dates and merchant names out of the photos.
    ocr = tm.add(
        tg.Model(
            "Receipt OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights document OCR model served on our GPU nodes.",
        )
    )
    # Keeps the current travel policy that the agent quotes from.
    policy_store = tm.add(tg.DataStore("Policy document store", stores={policy}))
    # Audits each new claim; acts on its own below the auto-approval limit.
    agent = tm.add(
        tg.Agent(
            "Expense audit agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.AuditLogging(retention_days=2555, note="every decision and its reason, 7 years"),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Read-only lookups: earlier claims of the employee and card transactions.
    lookup_tool = tm.add(tg.Tool("Claim and card lookup tool", capabilities={"read"}))
    # Sets a claim's outcome: approve, reject as duplicate, or send to review.
    decision_tool = tm.add(
        tg.Tool(
            "Claim decision tool",
            capabilities={"write", "money-movement"},
            controls={
                c.LeastPrivilegeTools(
                    note="can approve only claims under the auto-approval limit; cannot edit amounts"
                )
            },
        )
    )
    # Claims the agent did not decide wait here for a person.
    review_queue = tm.add(tg.DataStore("Finance review queue", stores={review_case}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works the review queue in the expense app's back office.
    reviewer = tm.add(tg.Actor("Finance reviewer", role="finance reviewer"))

with tm.boundary("HR and payroll", trust=tg.Trust.RESTRICTED):
    # Pays approved amounts to employees' bank accounts with the monthly salary.
    payroll = tm.add(tg.Service("Payroll system"))

# ---------------------------------------------------------------- flows
# Submission
tm.flow(employee, expense_api, claim, receipts, protocol="https")
tm.flow(expense_api, employee, claim_status, protocol="https")
tm.flow(expense_api, receipt_store, receipts)
tm.flow(expense_api, claims_db, claim)
tm.flow(claims_db, expense_api, claim_status)
tm.flow(receipt_store, ocr, receipts)
tm.flow(ocr, claims_db, ocr_text)

# Card feed
tm.flow(card_feed, claims_db, card_txns, protocol="sftp", label="nightly file")

# Audit
tm.flow(claims_db, agent, claim, ocr_text, label="new claim")
tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, claims_db, lookup_call, label="query")
tm.flow(claims_db, lookup_tool, lookup_result)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, decision_tool, decision_call)
tm.flow(decision_tool, claims_db, decision_call, label="record outcome")
tm.flow(decision_tool, review_queue, review_case, label="needs review")

# Human review
tm.flow(review_queue, reviewer, review_case, protocol="https")
tm.flow(reviewer, claims_db, reviewer_decision, protocol="https")

# Reimbursement
tm.flow(decision_tool, payroll, reimbursement, protocol="https", label="auto-approved")
tm.flow(claims_db, payroll, reimbursement, protocol="https", label="reviewer-approved")
