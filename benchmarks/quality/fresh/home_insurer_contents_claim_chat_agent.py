"""Contents claim chat agent: a home insurer's first design, before any security review.

Policyholders who are signed in to the customer portal report a contents claim
(stolen, lost or damaged belongings) in a chat window. An LLM agent, running in the
insurer's claims platform on a hosted model from an LLM vendor, asks what happened,
checks the policy's cover and excess, collects photos of the damage and receipts,
and records the claim in the claims management system. The policyholder gives the
bank account the settlement should be paid to in the chat. Claims up to GBP 1,000
are settled by the agent itself through a payment tool that calls the insurer's
banking partner; larger ones are referred to a claims handler who approves them in
the claims workbench. Controls in this design: portal sign-in with e-mail and
password, per-user rate limits and upload checks, TLS on every external link, a
step limit on the agent, a per-claim payout cap, encryption and role-based access on
the claims data, and single sign-on with MFA for claims staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home contents claim chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that takes contents claims and settles small ones by bank transfer.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Policyholder chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the policyholder types: what happened, what was lost, its value.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
claim_photos = tg.Data(
    "Damage photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photos of the damaged or missing items and of the home.",
)
receipts = tg.Data(
    "Purchase receipts",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Receipts, invoices and bank statements proving ownership and value.",
)
bank_details = tg.Data(
    "Policyholder bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account name, sort code and account number the settlement is paid to.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the conversation so far, policy details and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The next reply or the next tool call the agent should make.",
)
policy_query = tg.Data("Policy lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
policy_details = tg.Data(
    "Policy details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Policyholder, address, cover, contents sum insured, single-item limits, excess.",
)
claim_record = tg.Data(
    "Claim record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Incident, item list with claimed values, evidence references, status, settlement amount.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_update = tg.Data("Claim update request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
claim_status = tg.Data("Claim status", sensitivity=tg.Sensitivity.PII, kind="tool-result")
settlement_request = tg.Data(
    "Settlement request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Claim number and the amount the agent has worked out to pay.",
)
payment_instruction = tg.Data(
    "Faster Payments instruction",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Payee name, sort code, account number, amount and claim reference.",
)
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
referral = tg.Data(
    "Referred claim",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="A claim above the auto-settlement limit, with the agent's summary.",
)
handler_decision = tg.Data(
    "Handler settlement approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The claimant: any signed-in policyholder, honest or not.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent thinks with; we call the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A multimodal chat model; it also reads the damage photos.",
        )
    )

with tm.boundary("Banking partner", trust=tg.Trust.PARTNER):
    # The bank that sends the insurer's outbound Faster Payments.
    bank = tm.add(
        tg.ExternalService(
            "Bank payments API",
            description="The insurer's clearing bank's API for outbound payments.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Where policyholders reach the chat, behind the portal sign-in.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 20 MB"),
            },
        )
    )
    # The LLM agent that runs the claim conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Claims chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes the claim, checks cover, gathers evidence and settles small claims.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(
                    approver="a claims handler",
                    above="GBP 1,000 per claim",
                ),
            },
        )
    )
    # Lets the agent read the cover, limits and excess of the policy on the claim.
    policy_tool = tm.add(
        tg.Tool(
            "Policy lookup tool",
            capabilities={"read"},
            description="Returns the policy for the policy number the agent passes.",
        )
    )
    # Lets the agent open and update the claim, attach evidence and record bank details.
    claim_tool = tm.add(
        tg.Tool(
            "Claim record tool",
            capabilities={"read", "write"},
            description="Creates and updates claims and stores uploaded evidence.",
        )
    )
    # Pays a settled claim to the bank account on the claim record.
    settlement_tool = tm.add(
        tg.Tool(
            "Claim settlement payout tool",
            capabilities={"money-movement"},
            description="Sends the payment for a claim the agent has settled.",
            controls={c.TransactionLimits(limit="GBP 1,000 per claim")},
        )
    )
    # Keeps every conversation for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # System of record for policies, owned by the policy administration team.
        policy_admin = tm.add(
            tg.DataStore(
                "Policy administration system",
                stores={policy_details},
                controls={c.RBAC()},
            )
        )
        # System of record for claims, including the payee bank details.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_record, bank_details},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Object storage for the photos and receipts uploaded in the chat.
        evidence_store = tm.add(
            tg.DataStore(
                "Claim evidence store",
                stores={claim_photos, receipts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide the claims the agent may not settle alone.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # The handlers' screen for referred claims and their evidence.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# The conversation
tm.flow(
    policyholder,
    portal,
    chat_message,
    claim_photos,
    receipts,
    bank_details,
    protocol="https",
)
tm.flow(portal, policyholder, agent_reply, protocol="https")
tm.flow(portal, agent, chat_message, claim_photos, receipts, bank_details)
tm.flow(agent, portal, agent_reply)
tm.flow(agent, llm, llm_prompt, claim_photos, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Checking cover
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, agent, policy_details)
tm.flow(policy_tool, policy_admin, policy_query, protocol="https")
tm.flow(policy_admin, policy_tool, policy_details, protocol="https")

# Recording the claim and its evidence
tm.flow(agent, claim_tool, claim_update, claim_photos, receipts, bank_details)
tm.flow(claim_tool, agent, claim_status)
tm.flow(claim_tool, claims_system, claim_record, bank_details, protocol="https")
tm.flow(claims_system, claim_tool, claim_record, protocol="https")
tm.flow(claim_tool, evidence_store, claim_photos, receipts, protocol="https")

# Settling small claims
tm.flow(agent, settlement_tool, settlement_request)
tm.flow(settlement_tool, agent, payment_confirmation)
tm.flow(claims_system, settlement_tool, claim_record, bank_details, protocol="https")
tm.flow(settlement_tool, claims_system, payment_confirmation, protocol="https")
tm.flow(settlement_tool, bank, payment_instruction, protocol="mtls")
tm.flow(bank, settlement_tool, payment_confirmation, protocol="mtls")

# Referral of larger claims to a handler
tm.flow(claims_system, workbench, referral, claim_record, protocol="https")
tm.flow(evidence_store, workbench, claim_photos, receipts, protocol="https")
tm.flow(workbench, handler, referral, claim_photos, receipts, protocol="https")
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, claims_system, handler_decision, protocol="https")
