"""Pet insurance vet-bill claims agent: the first design, before any security review.

Policyholders claim vet costs from the insurer's mobile app by photographing the
vet invoice. The claims API stores the photo, and an in-house OCR model (an
open-weights document model we fine-tuned) extracts the invoice line items. An
LLM agent, reasoning with a hosted model from an LLM vendor, checks the items
against the pet's policy and coverage; for claims over 500 EUR it asks the vet
practice to confirm the invoice through our vets' portal. Approved claims are paid
by the agent's payment tool to the owner's bank account on file, through our
bank's SEPA payment API. Owners can change their bank details in the app after
entering a one-time code sent by SMS. Rejected claims go to claims handlers, who
review them in an internal workbench. Controls in this design: app sign-in with
e-mail and password, upload checks and rate limits on the API, encryption of the
stores, a step limit and logging on the agent, mTLS to the bank, and SSO for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet insurance vet-bill claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="OCR plus an LLM agent that checks vet invoices against pet policies and pays claims.",
)

# ---------------------------------------------------------------- data assets
invoice_photo = tg.Data(
    "Vet invoice photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the invoice: owner name and address, pet, treatments, amounts.",
)
claim = tg.Data("Claim submission", kind="records", sensitivity=tg.Sensitivity.PII)
line_items = tg.Data(
    "Extracted invoice line items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy = tg.Data("Policy and coverage records", kind="records", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Owner bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_change = tg.Data(
    "Bank details change request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="New IBAN and account holder, with the one-time code the owner entered.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_query = tg.Data("Policy lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
confirm_request = tg.Data(
    "Invoice confirmation request", kind="records", sensitivity=tg.Sensitivity.PII
)
vet_confirmation = tg.Data(
    "Vet invoice confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout = tg.Data(
    "Claim payout instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim id, policy id and amount to pay.",
)
payment_order = tg.Data(
    "SEPA credit transfer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision = tg.Data("Claim decision", kind="records", sensitivity=tg.Sensitivity.PII)
rejected = tg.Data("Rejected claims for review", kind="records", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data("Handler review outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders use the insurer's mobile app to claim and manage their account.
    owner = tm.add(tg.Actor("Pet owner", role="policyholder"))
    # Vet practice staff confirm invoices in the vets' portal.
    vet = tm.add(tg.Actor("Vet practice staff", role="vet practice"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on inputs")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our house bank's API that executes the SEPA transfers.
    bank = tm.add(tg.ExternalService("Bank SEPA payment API", description="Corporate banking API."))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Backend of the mobile app: claims, status and account settings.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password; SMS one-time code when bank details change"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Invoice photos kept as evidence for the claim.
    image_store = tm.add(
        tg.DataStore(
            "Invoice image store",
            stores={invoice_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Fine-tuned document model that reads the invoice into structured line items.
    ocr = tm.add(
        tg.Model(
            "Invoice OCR model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights document understanding model, fine-tuned on vet invoices.",
        )
    )
    # Decides each claim: checks coverage, asks vets to confirm, pays approved claims.
    agent = tm.add(
        tg.Agent(
            "Claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Approves and pays claims on its own; over 500 EUR it first waits for the vet's confirmation.",
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookup of the pet's policy, exclusions and remaining annual limit.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Posts confirmation requests to the vets' portal and reads the vet's answer.
    vet_tool = tm.add(
        tg.Tool("Vet confirmation tool", capabilities={"read", "write", "send-messages"})
    )
    # Pays an approved claim to the bank account on file for the policy.
    pay_tool = tm.add(
        tg.Tool(
            "Claim payment tool",
            capabilities={"read", "money-movement"},
            controls={c.SecretsManagement(note="bank API certificate in the vault")},
        )
    )
    # Web portal where vet practices see and confirm invoices submitted by their clients.
    vet_portal = tm.add(
        tg.Service(
            "Vets' portal",
            controls={c.Authentication(method="practice user name and password")},
        )
    )
    # Claims, decisions and review outcomes.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, line_items, decision, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Policy data tier", trust=tg.Trust.RESTRICTED):
        # Policies, coverage and the bank account each claim is paid to.
        policy_db = tm.add(
            tg.DataStore(
                "Policy database",
                stores={policy, bank_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Claims handlers review what the agent rejected.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Internal screen listing rejected claims with the invoice and the agent's reasons.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Claim intake from the app
tm.flow(owner, claims_api, invoice_photo, claim, protocol="https")
tm.flow(claims_api, image_store, invoice_photo)
tm.flow(claims_api, claims_db, claim)
tm.flow(claims_api, agent, claim, label="new claim")
tm.flow(image_store, ocr, invoice_photo)
tm.flow(ocr, agent, line_items)
tm.flow(claims_db, claims_api, decision, label="claim status")
tm.flow(claims_api, owner, decision, protocol="https")

# Bank details change in the app
tm.flow(
    owner,
    claims_api,
    bank_change,
    protocol="https",
    label="change bank details",
    id="owner->claims-api:bank",
)
tm.flow(claims_api, policy_db, bank_change)
tm.flow(policy_db, claims_api, bank_details, label="masked account shown in app")

# Agent reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Policy check
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_db, policy_query)
tm.flow(policy_db, policy_tool, policy)
tm.flow(policy_tool, agent, policy)

# Vet confirmation for claims over 500 EUR
tm.flow(agent, vet_tool, confirm_request)
tm.flow(vet_tool, vet_portal, confirm_request)
tm.flow(vet_portal, vet, confirm_request, protocol="https")
tm.flow(vet, vet_portal, vet_confirmation, protocol="https")
tm.flow(vet_portal, vet_tool, vet_confirmation)
tm.flow(vet_tool, agent, vet_confirmation)

# Payment of approved claims
tm.flow(agent, pay_tool, payout)
tm.flow(policy_db, pay_tool, bank_details)
tm.flow(pay_tool, bank, payment_order, protocol="mtls")
tm.flow(bank, pay_tool, payment_status, protocol="mtls")
tm.flow(pay_tool, agent, payment_status)
tm.flow(agent, claims_db, decision, line_items)

# Review of rejected claims
tm.flow(claims_db, workbench, rejected)
tm.flow(image_store, workbench, invoice_photo)
tm.flow(workbench, handler, rejected, protocol="https")
tm.flow(handler, workbench, review_outcome, protocol="https")
tm.flow(workbench, claims_db, review_outcome)
tm.flow(claims_db, agent, review_outcome, label="overturned rejections queued for payment")
