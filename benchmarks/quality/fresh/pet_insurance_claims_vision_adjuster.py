"""Pet insurance claims with a vision adjuster: the first design, before any security review.

Policyholders file a claim in our mobile app by uploading the vet invoice and photos
of the pet or of the paperwork. Partner vet clinics can also submit invoices for a
patient directly through a clinic portal. A claims orchestrator in our cloud account
stores the uploads, sends each invoice to a self-hosted vision-language model that
extracts the line items, and a coverage rules engine checks them against the policy
(waiting periods, exclusions, limits, excess). A hosted LLM from a vendor drafts the
decision letter that goes back to the owner. Payouts below the threshold are paid
automatically through our payment provider; larger ones wait for a claims adjuster
in the adjuster workbench. Controls in this design: app login with OIDC, a request
quota and upload file checks, a clinic portal login, TLS on external traffic, encrypted
document storage, audit logging of claims, a vetted LLM vendor (DPA, EU region) and
adjuster approval above the payout threshold. GDPR applies: we sell in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet insurance claims vision adjuster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Invoice and photo claims read by a vision model, letters drafted by an LLM, "
    "payouts above a threshold approved by adjusters.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pet, policy number, condition, treatment dates, owner's bank account for payout.",
)
invoice = tg.Data(
    "Vet invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the itemised invoice, with owner name and address.",
)
photos = tg.Data("Claim photos", kind="media", sensitivity=tg.Sensitivity.PII)
line_items = tg.Data(
    "Extracted invoice line items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy = tg.Data(
    "Policy and customer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
coverage = tg.Data("Coverage assessment", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
letter_prompt = tg.Data(
    "Letter prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template instructions, the owner's and pet's names, line items and the assessment.",
)
letter = tg.Data("Decision letter", kind="model-output", sensitivity=tg.Sensitivity.PII)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("Payout approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payout = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Amount, claim id, payee name and IBAN.",
)
payout_status = tg.Data(
    "Payout confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders file claims from their phones; anyone can install the app.
    owner = tm.add(tg.Actor("Pet owner", role="policyholder"))

with tm.boundary("Vet clinics", trust=tg.Trust.PARTNER):
    # Reception staff at partner clinics submit invoices on the owner's behalf.
    vet = tm.add(tg.Actor("Clinic staff", role="partner veterinary clinic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the decision letter in the owner's language from a template prompt.
    letter_llm = tm.add(
        tg.LLM(
            "Letter drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Executes bank transfers to owners (SEPA credit transfers).
    bank = tm.add(tg.ExternalService("Payment provider API", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Claims cloud account", trust=tg.Trust.INTERNAL):
    # The app's backend: the only way owners reach the claims system.
    app_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Web portal for partner clinics to submit invoices and see claim status.
    clinic_portal = tm.add(
        tg.Endpoint(
            "Clinic portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password per clinic")},
        )
    )
    # Runs each claim through extraction, coverage check, letter and payout.
    orchestrator = tm.add(
        tg.Service(
            "Claims orchestrator",
            description="Workflow service that sequences the steps of a claim.",
        )
    )
    # Reads invoices (and the text in photos) into structured line items.
    vision = tm.add(
        tg.LLM(
            "Invoice vision model",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights vision-language model served on our own GPUs, "
            "prompted to return invoice line items as JSON.",
        )
    )
    # Deterministic policy logic: waiting periods, exclusions, annual limits, excess.
    rules = tm.add(tg.Service("Coverage rules engine"))
    # Decides whether a payout goes straight out or waits for an adjuster.
    payout_svc = tm.add(
        tg.Service(
            "Payout service",
            controls={
                c.HumanInTheLoop(approver="claims adjuster", above="EUR 500 per claim"),
            },
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded invoices and photos, kept for the life of the claim and audits.
        documents = tm.add(
            tg.DataStore(
                "Claim document store",
                stores={invoice, photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # System of record for policies, customers and their pets.
        policy_db = tm.add(
            tg.DataStore(
                "Policy database",
                stores={policy},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Claims, extracted items, assessments, letters and payout state.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim_record, line_items, coverage, letter},
                controls={c.AuditLogging(retention_days=2555)},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Adjusters review large claims and approve or reject the payout.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster", privileged=True))
    # Internal web app listing claims that wait for approval.
    workbench = tm.add(
        tg.Endpoint(
            "Adjuster workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Intake: owners through the app, clinics through the portal.
tm.flow(owner, app_api, claim_form, invoice, photos, protocol="https")
tm.flow(app_api, owner, claim_status, letter, protocol="https")
tm.flow(vet, clinic_portal, invoice, protocol="https")
tm.flow(clinic_portal, vet, claim_status, protocol="https")
tm.flow(app_api, orchestrator, claim_form, invoice, photos)
tm.flow(orchestrator, app_api, claim_status, letter)
tm.flow(clinic_portal, orchestrator, invoice)
tm.flow(orchestrator, clinic_portal, claim_status)

# Storage of the uploads.
tm.flow(orchestrator, documents, invoice, photos)
tm.flow(documents, orchestrator, invoice, photos)

# Extraction and coverage check.
tm.flow(orchestrator, vision, invoice, photos, label="extract line items")
tm.flow(vision, orchestrator, line_items)
tm.flow(orchestrator, rules, line_items, claim_form)
tm.flow(policy_db, rules, policy, label="policy terms and claim history")
tm.flow(rules, orchestrator, coverage)

# Decision letter.
tm.flow(orchestrator, letter_llm, letter_prompt, protocol="https")
tm.flow(letter_llm, orchestrator, letter, protocol="https")
tm.flow(orchestrator, claims_db, claim_record, line_items, coverage, letter)
tm.flow(claims_db, orchestrator, claim_record)

# Payout: automatic below the threshold, adjuster approval above it.
tm.flow(orchestrator, payout_svc, payout)
tm.flow(claims_db, workbench, claim_record, line_items, coverage, letter, label="approval queue")
tm.flow(workbench, adjuster, claim_record, line_items, coverage, letter, protocol="https")
tm.flow(adjuster, workbench, approval, protocol="https")
tm.flow(workbench, payout_svc, approval)
tm.flow(payout_svc, bank, payout, protocol="https")
tm.flow(bank, payout_svc, payout_status, protocol="https")
tm.flow(payout_svc, claims_db, payout_status)
