"""Trial participant travel reimbursement app: the first design, before any security review.

Our clinical research organisation pays back what trial participants spend on
travel to study visits. Participants use a phone app to photograph receipts and
submit a claim per visit; they register a bank account or a debit card for payouts
(card numbers go straight to the payment provider's hosted card form, we keep its
token). In our cloud, a claims orchestrator sends the receipt image to a cloud OCR
API and the OCR text, with the study's travel allowance rules, to a hosted LLM that
extracts date, amount and category and says whether the claim fits the allowance.
Coordinators at the trial sites review each claim in a web portal and approve or
reject it; a payout service then pays approved claims through the payment provider.
Controls: participants sign in with an e-mail one-time link, site staff with
password and TOTP under per-site roles, all traffic is HTTPS, stores are encrypted
with KMS keys, every claim waits for a site approval and payouts are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trial participant travel reimbursement",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Receipt capture, OCR and LLM allowance check, site approval and payout "
    "of clinical trial participants' travel costs.",
)

# ---------------------------------------------------------------- data assets
receipt_photo = tg.Data(
    "Receipt photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of a taxi, train, parking or fuel receipt; may show names and card digits.",
)
claim = tg.Data(
    "Travel claim",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Participant id, study and visit, claimed amounts: reveals trial participation.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Participant bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account holder name and IBAN for bank transfers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_number = tg.Data("Debit card number", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card_token = tg.Data(
    "Payout card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ocr_text = tg.Data("Receipt OCR text", kind="documents", sensitivity=tg.Sensitivity.PII)
allowance = tg.Data(
    "Study travel allowance rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-study caps: mileage rate, taxi limits, meals, overnight stays.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the receipt OCR text, the claim and the study's allowance rules.",
)
check_result = tg.Data(
    "Extracted fields and allowance check",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Date, merchant, amount, category and an in-policy / out-of-policy verdict.",
)
site_decision = tg.Data(
    "Site approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payout_instruction = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, currency, payee bank account or card token, claim reference.",
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trial participants, often older or unwell, claiming travel to their study visits.
    participant = tm.add(tg.Actor("Trial participant", role="participant"))
    # The iOS/Android app participants photograph receipts and track claims with.
    app = tm.add(
        tg.Device(
            "Participant mobile app",
            description="Phone app: camera capture, claim form, payout details, claim status.",
        )
    )

with tm.boundary("Trial sites", trust=tg.Trust.PARTNER):
    # Study coordinators at hospital sites who know which visits really took place.
    site_staff = tm.add(tg.Actor("Site study coordinator", role="site coordinator"))

with tm.boundary("CRO corporate network", trust=tg.Trust.INTERNAL):
    # Sets each study's allowance rules from the protocol and budget.
    study_manager = tm.add(tg.Actor("Study manager", role="clinical operations", privileged=True))

with tm.boundary("CRO cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the participant app.
    api = tm.add(
        tg.Endpoint(
            "Reimbursement API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail one-time sign-in link"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Holds the original receipt images for review and audit.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt image store",
            stores={receipt_photo},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Per-study allowance rules the LLM check compares against.
    allowance_store = tm.add(tg.DataStore("Study allowance rules store", stores={allowance}))
    # Runs OCR and the LLM check on each new claim and records the result.
    orchestrator = tm.add(
        tg.Service(
            "Claims orchestrator",
            description="Sends the receipt to OCR, builds the extraction prompt, parses the "
            "LLM's JSON answer and stores it on the claim.",
        )
    )
    # Where site coordinators review claims with the receipt and the LLM's check.
    portal = tm.add(
        tg.Endpoint(
            "Site review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password and TOTP"),
                c.RBAC(note="coordinators see only their own site's participants"),
            },
        )
    )
    # Pays approved claims through the payment provider.
    payout_service = tm.add(
        tg.Service(
            "Payout service",
            controls={
                c.HumanInTheLoop(approver="site study coordinator"),
                c.AuditLogging(retention_days=3650),
                c.SecretsManagement(note="payment provider API key in the cloud secret manager"),
            },
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # System of record for claims, payout details and their status.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={
                    claim,
                    bank_details,
                    card_token,
                    check_result,
                    site_decision,
                    payout_status,
                },
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hyperscaler document OCR API that turns receipt photos into text.
    ocr = tm.add(tg.ExternalService("Cloud OCR API", provides=tg.ExternalCategory.MODEL_API))
    # Hosted LLM that reads the OCR text and checks it against the allowance.
    llm = tm.add(
        tg.LLM(
            "Receipt checking LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Extracts receipt fields and judges whether the claim fits the study allowance.",
            controls={c.SupplierAssessment(note="DPA signed; vendor keeps no prompts")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Licensed payment provider that captures cards and pays out to cards and bank accounts.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted card capture, push-to-card and SEPA credit transfer payouts.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(participant, app, receipt_photo, claim, bank_details, card_number, label="claims a visit")
tm.flow(app, participant, claim_status, label="claim status")
tm.flow(app, api, receipt_photo, claim, protocol="https", label="submit claim")
tm.flow(app, api, bank_details, protocol="https", label="register payout account")
tm.flow(app, payments, card_number, protocol="https", label="hosted card capture")
tm.flow(payments, app, card_token, protocol="https")
tm.flow(app, api, card_token, protocol="https", label="register payout card")
tm.flow(api, app, claim_status, protocol="https")

tm.flow(api, receipt_store, receipt_photo)
tm.flow(api, claims_db, claim, bank_details, card_token)
tm.flow(claims_db, api, claim_status)
tm.flow(api, orchestrator, claim, label="new claim")

tm.flow(receipt_store, orchestrator, receipt_photo)
tm.flow(orchestrator, ocr, receipt_photo, protocol="https")
tm.flow(ocr, orchestrator, ocr_text, protocol="https")
tm.flow(allowance_store, orchestrator, allowance)
tm.flow(orchestrator, llm, extraction_prompt, protocol="https")
tm.flow(llm, orchestrator, check_result, protocol="https")
tm.flow(orchestrator, claims_db, check_result)

tm.flow(
    study_manager, allowance_store, allowance, protocol="https", label="configures study allowance"
)

tm.flow(claims_db, portal, claim, check_result)
tm.flow(receipt_store, portal, receipt_photo)
tm.flow(
    portal, site_staff, claim, check_result, receipt_photo, protocol="https", label="review queue"
)
tm.flow(site_staff, portal, site_decision, protocol="https", label="approve or reject")
tm.flow(portal, claims_db, site_decision)

tm.flow(
    claims_db,
    payout_service,
    claim,
    site_decision,
    bank_details,
    card_token,
    label="approved claims",
)
tm.flow(payout_service, payments, payout_instruction, protocol="https")
tm.flow(payments, payout_service, payout_status, protocol="https", label="payout status webhook")
tm.flow(payout_service, claims_db, payout_status)
