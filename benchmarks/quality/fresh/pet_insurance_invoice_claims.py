"""Pet insurance invoice claims: the first design, before any security review.

Policyholders of our pet insurer submit a claim from the mobile app by taking a
photo of the vet's invoice and confirming the bank account the money goes to.
The claims API stores the photo and hands it to the claims orchestrator, which
runs an in-house OCR model over it and then asks a vendor-hosted LLM to turn the
OCR text into structured treatments and amounts. A rules engine checks those
lines against the customer's policy (cover, exclusions, excess, limits).
Claims under EUR 300 that pass the rules are paid automatically by a payout tool
through our payment provider's bank-transfer API; everything else goes to a
claims handler in the review console. Customers are EU residents (GDPR).
Controls in this design: app login via our identity provider, TLS to the vendor
and the payment provider, encrypted storage of invoices and claims, a per-claim
payout cap with handler approval above it, and role-based access for handlers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet insurance invoice claims",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="App-submitted vet invoices read by OCR and an LLM, checked by rules, "
    "small claims paid automatically.",
)

# ---------------------------------------------------------------- data assets
invoice_photo = tg.Data(
    "Vet invoice photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the invoice: owner name and address, pet, treatments, prices.",
)
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, pet, date of treatment, payout bank account (IBAN).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
ocr_text = tg.Data("Invoice OCR text", kind="documents", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the OCR text of the invoice.",
)
line_items = tg.Data(
    "Extracted treatments and amounts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy_records = tg.Data(
    "Policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover, exclusions, excess, annual limits, pre-existing conditions.",
)
claim_decision = tg.Data("Rules decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handler_decision = tg.Data(
    "Handler decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_instruction = tg.Data(
    "Payment instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="IBAN, account holder and amount.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholder using the mobile app; anyone can buy a policy.
    customer = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that turns messy OCR text into structured line items.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API, called with a fixed extraction prompt.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Executes SEPA transfers to the customer's bank account.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider API",
            description="SEPA credit-transfer API used for claim payouts.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Public entry point of the app: accepts claim submissions and reports status.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC login through the customer identity provider")},
        )
    )
    # Drives each claim through OCR, extraction, rules and payout or review.
    orchestrator = tm.add(
        tg.Service(
            "Claims orchestrator",
            description="Workflow service that owns the claim state machine.",
        )
    )
    # Reads the text off the invoice photo; runs on our own GPU nodes.
    ocr = tm.add(
        tg.Model(
            "Invoice OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights document OCR model, served in-cluster.",
        )
    )
    # Deterministic checks of the extracted lines against the policy terms.
    rules = tm.add(
        tg.Service(
            "Policy rules engine",
            description="Business rules: cover, exclusions, excess, limits, waiting periods.",
        )
    )
    # Pays approved claims; auto-pays small ones without a person.
    payout = tm.add(
        tg.Tool(
            "Payout tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 300 per claim auto-paid"),
                c.HumanInTheLoop(approver="claims handler", above="EUR 300 per claim"),
            },
        )
    )
    # Where handlers see referred claims and record their decision.
    console = tm.add(
        tg.Endpoint(
            "Claims review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Claims data", trust=tg.Trust.RESTRICTED):
        # Original invoice photos, kept as evidence for the claim.
        invoice_store = tm.add(
            tg.DataStore(
                "Invoice image store",
                stores={invoice_photo},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # System of record for policies, maintained by the policy admin system.
        policy_db = tm.add(tg.DataStore("Policy database", stores={policy_records}))
        # Claims, extracted lines, decisions and payout bank details.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim_record, claim_form, line_items, handler_decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who assess claims the automation does not pay.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# submission and status
tm.flow(customer, claims_api, invoice_photo, claim_form, protocol="https")
tm.flow(claims_api, customer, claim_status, protocol="https")
tm.flow(claims_api, orchestrator, invoice_photo, claim_form)
tm.flow(orchestrator, claims_api, claim_status)
tm.flow(orchestrator, invoice_store, invoice_photo)

# reading the invoice
tm.flow(invoice_store, ocr, invoice_photo)
tm.flow(ocr, orchestrator, ocr_text)
tm.flow(orchestrator, llm, extraction_prompt, protocol="https")
tm.flow(llm, orchestrator, line_items, protocol="https")

# checking against the policy
tm.flow(orchestrator, rules, line_items, claim_form)
tm.flow(policy_db, rules, policy_records)
tm.flow(rules, orchestrator, claim_decision)
tm.flow(orchestrator, claims_db, claim_record, claim_form, line_items)

# automatic payout
tm.flow(orchestrator, payout, payment_instruction, label="small claims that pass the rules")
tm.flow(payout, payments, payment_instruction, protocol="https")
tm.flow(payments, payout, payment_result, protocol="https")
tm.flow(payout, orchestrator, payment_result)

# handler review
tm.flow(claims_db, console, claim_record, claim_form, line_items)
tm.flow(invoice_store, console, invoice_photo)
tm.flow(console, handler, claim_record, invoice_photo, protocol="https")
tm.flow(handler, console, handler_decision, protocol="https")
tm.flow(console, claims_db, handler_decision)
tm.flow(console, payout, payment_instruction, label="handler-approved claims")
