"""Bike courier insurance claims assistant: the first design, before any security review.

We insure gig-economy couriers against bike theft and road accidents. Couriers
open a claim in our chat app on their phone (signed in with their phone number and
an SMS code) and upload photos of the damage, police crime reports and receipts.
A claims orchestrator in our cloud account stores the evidence, looks up the
courier's policy, and asks the courier platform's delivery-log API whether the
courier was on a delivery at the time of the incident. It then sends the evidence
text and policy wording to a hosted LLM, which extracts the claim details, checks
them against the cover and drafts a settlement offer. A claims handler reviews the
case in the claims workbench (staff SSO with MFA) and approves or amends the offer;
only approved settlements are paid, by the payout service through our payments
provider into the bank account the courier gave in the chat. Evidence and case
data are encrypted at rest; the LLM vendor passed our supplier review.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bike courier insurance claims assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat-based theft and accident claims for gig couriers: an LLM extracts details "
        "and drafts settlements that a claims handler approves before payout."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Courier chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the courier types: what happened, where and when.",
)
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
evidence = tg.Data(
    "Claim evidence uploads",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Photos of the bike or injuries, police crime reports, purchase and repair receipts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Courier bank account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account holder name, sort code and account number for the payout.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy = tg.Data(
    "Policy records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The courier's cover, excess, limits and policy wording.",
)
log_query = tg.Data(
    "Delivery log query",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Courier platform id and the incident time window.",
)
delivery_logs = tg.Data(
    "Courier delivery logs",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Shifts, delivery timestamps and GPS points around the incident.",
)
llm_prompt = tg.Data(
    "Claim assessment prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, OCR text of the evidence, policy wording and delivery logs.",
)
llm_output = tg.Data(
    "Extracted details and draft offer",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Structured claim facts, cover check and a proposed settlement amount.",
)
case_file = tg.Data(
    "Claim case file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
settlement_offer = tg.Data("Settlement offer", sensitivity=tg.Sensitivity.PII, kind="records")
settlement_approval = tg.Data(
    "Settlement approval",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Claim id, approved amount and the approving handler.",
)
payout_instruction = tg.Data(
    "Payout instruction",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Amount, reference and the courier's bank account.",
)
payout_status = tg.Data("Payout status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders using the chat app on their own phones.
    courier = tm.add(tg.Actor("Courier", role="policyholder"))

with tm.boundary("Courier platforms", trust=tg.Trust.PARTNER):
    # The delivery apps the couriers work for; confirms the courier was working.
    delivery_api = tm.add(
        tg.ExternalService(
            "Courier platform delivery log API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Partner API, one per platform, called with a per-partner API key.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the evidence and drafts the offer.
    llm = tm.add(
        tg.LLM(
            "Claims assessment LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose hosted model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option")},
        )
    )

with tm.boundary("Payments provider", trust=tg.Trust.PARTNER):
    # Sends the money to couriers' bank accounts.
    payments = tm.add(
        tg.ExternalService(
            "Payments provider",
            description="Faster Payments payouts through the provider's API.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # The chat app's backend that couriers talk to.
    chat_api = tm.add(
        tg.Endpoint(
            "Claims chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Runs each claim: stores evidence, gathers policy and delivery logs, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Claims orchestrator",
            controls={
                c.SecretsManagement(note="LLM and partner API keys in the cloud secret store")
            },
        )
    )
    # Where claims handlers review cases and approve settlements.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Pays approved settlements through the payments provider.
    payout = tm.add(
        tg.Service(
            "Payout service",
            controls={
                c.HumanInTheLoop(approver="claims handler"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the photos, police reports and receipts.
        evidence_store = tm.add(
            tg.DataStore(
                "Claim evidence store",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Policy administration system's database (read-only for this service).
        policy_db = tm.add(tg.DataStore("Policy database", stores={policy}))
        # Claim cases, LLM drafts, approvals and payout status.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={case_file, settlement_approval, payout_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Courier contact and payout bank details captured in the chat.
        profile_store = tm.add(
            tg.DataStore(
                "Courier profile store",
                stores={bank_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who approve or amend the LLM's draft settlement.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))

# ---------------------------------------------------------------- flows
# Courier <-> chat
tm.flow(courier, chat_api, chat_message, evidence, bank_details, protocol="https")
tm.flow(chat_api, courier, assistant_reply, settlement_offer, protocol="https")
tm.flow(chat_api, orchestrator, chat_message, evidence, bank_details)
tm.flow(orchestrator, chat_api, assistant_reply, settlement_offer)

# Evidence, policy and profile
tm.flow(orchestrator, evidence_store, evidence)
tm.flow(evidence_store, orchestrator, evidence)
tm.flow(policy_db, orchestrator, policy)
tm.flow(orchestrator, profile_store, bank_details, label="payout details from chat")

# Delivery log check with the courier platform
tm.flow(orchestrator, delivery_api, log_query, protocol="https")
tm.flow(delivery_api, orchestrator, delivery_logs, protocol="https")

# LLM assessment
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_output, protocol="https")
tm.flow(orchestrator, claims_db, case_file, label="case with draft offer")

# Handler review and approval
tm.flow(claims_db, workbench, case_file)
tm.flow(evidence_store, workbench, evidence)
tm.flow(workbench, handler, case_file, evidence, protocol="https")
tm.flow(handler, workbench, settlement_approval, protocol="https")
tm.flow(workbench, claims_db, settlement_approval)
tm.flow(claims_db, orchestrator, settlement_approval, label="approved offer to send")
tm.flow(workbench, payout, settlement_approval)

# Payout
tm.flow(profile_store, payout, bank_details)
tm.flow(payout, payments, payout_instruction, protocol="https")
tm.flow(payments, payout, payout_status, protocol="https", label="payout status webhook")
tm.flow(payout, claims_db, payout_status)
