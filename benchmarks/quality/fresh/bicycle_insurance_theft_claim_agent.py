"""Bicycle theft claim agent: the first design, before any security review.

Policyholders of our bicycle insurance report a theft in the mobile app: they
write what happened, give the police crime reference, upload photos of the
purchase receipt and of the broken lock, and enter the bank details the
settlement should go to. An LLM agent running in our cloud account reads the
claim (using a vendor-hosted multimodal LLM), looks up the policy and the
insured bike's frame number in the policy administration system, and checks the
frame number against the national stolen-bike register. Claims of up to 600
pounds it settles itself by bank transfer through our bank's payments API;
larger or doubtful claims it refers to a claims handler, who decides them in the
claims workbench. The app signs people in with e-mail and password, uploads are
type- and size-checked, stores are encrypted, the payment tool has a per-claim
cap, and every agent step is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle insurance theft claim agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="App-based theft claims, settled by an LLM agent up to GBP 600, larger ones by a handler.",
)

# ---------------------------------------------------------------- data assets
theft_account = tg.Data(
    "Policyholder theft account",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free-text description of when, where and how the bike was stolen.",
)
crime_ref = tg.Data("Police crime reference", sensitivity=tg.Sensitivity.PII, kind="records")
evidence_photos = tg.Data(
    "Receipt and broken lock photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bank_details = tg.Data(
    "Payout bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account name, sort code and account number for the settlement.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_record = tg.Data(
    "Theft claim record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The claim as submitted, its status and its outcome.",
)
claim_status = tg.Data("Claim status update", sensitivity=tg.Sensitivity.PII, kind="records")
policy_records = tg.Data(
    "Policy and insured bike records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Cover, excess, insured value, lock requirement and frame number.",
)
agent_prompt = tg.Data(
    "Claim assessment prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the theft account, crime reference, photos and tool results.",
)
agent_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
policy_query = tg.Data("Policy lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
policy_result = tg.Data("Policy lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
frame_query = tg.Data("Frame number query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
register_result = tg.Data(
    "Stolen-bike register entry", sensitivity=tg.Sensitivity.PII, kind="records"
)
register_call = tg.Data(
    "Register check call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
register_tool_result = tg.Data(
    "Register check result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
settlement_call = tg.Data(
    "Settlement payment call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Claim id, amount and the payee bank details.",
)
payment_order = tg.Data(
    "Faster Payments order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
payment_result = tg.Data(
    "Settlement payment result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
claim_update_call = tg.Data(
    "Claim decision and referral call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Settle, decline or refer, with the agent's reasons.",
)
claim_update_result = tg.Data(
    "Claim update result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
referred_case = tg.Data(
    "Referred claim case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Claims over GBP 600 or flagged by the agent, with evidence and the agent's notes.",
)
handler_decision = tg.Data("Handler claim decision", sensitivity=tg.Sensitivity.PII, kind="records")
handler_settlement = tg.Data(
    "Handler-approved settlement", sensitivity=tg.Sensitivity.PII, kind="records"
)
agent_log = tg.Data("Agent step log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured cyclist making the claim, using our mobile app.
    policyholder = tm.add(tg.Actor("Policyholder", role="insured customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the theft account and the photos for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Stolen-bike register", trust=tg.Trust.PARTNER):
    # National register of bikes reported stolen, queried by frame number.
    register = tm.add(
        tg.ExternalService("Stolen-bike register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our corporate bank's payments API, used to send Faster Payments.
    bank = tm.add(tg.ExternalService("Bank payments API"))

with tm.boundary("Claims cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the mobile app: sign-in, claim submission, status updates.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims app backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG/HEIC under 15 MB"),
            },
        )
    )
    # Photos uploaded with each claim.
    evidence_store = tm.add(
        tg.DataStore(
            "Claim evidence store",
            stores={evidence_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for theft claims and their outcomes.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, bank_details, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that assesses each new claim and settles or refers it.
    agent = tm.add(
        tg.Agent(
            "Theft claim agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="claims handler", above="GBP 600 per claim"),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Read-only lookup of the policy and insured bike for the claimant.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Sends the frame number to the stolen-bike register and returns the entry.
    register_tool = tm.add(
        tg.Tool("Stolen-bike register check", capabilities={"read", "network-egress"})
    )
    # Records the agent's decision on the claim and refers it to a handler.
    claim_tool = tm.add(tg.Tool("Claim update tool", capabilities={"read", "write"}))
    # Pays the settlement to the payout bank details.
    payment_tool = tm.add(
        tg.Tool(
            "Settlement payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 600 per claim"),
                c.SecretsManagement(note="bank API credentials in the cloud secrets manager"),
            },
        )
    )

with tm.boundary("Insurer core systems", trust=tg.Trust.INTERNAL):
    # Existing policy administration system, source of cover and frame numbers.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy_records}))
    # Where handlers work referred claims.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff member who decides claims over GBP 600 and those the agent flags.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Claim submission from the app
tm.flow(
    policyholder,
    claims_api,
    theft_account,
    crime_ref,
    evidence_photos,
    bank_details,
    protocol="https",
    controls={tls},
    label="submit theft claim",
)
tm.flow(claims_api, policyholder, claim_status, protocol="https", controls={tls})
tm.flow(claims_api, evidence_store, evidence_photos)
tm.flow(claims_api, claims_db, claim_record, bank_details)
tm.flow(claims_db, claims_api, claim_status, label="status for the app")
tm.flow(claims_api, agent, claim_record, label="new claim event")

# Agent reasoning with the hosted LLM
tm.flow(evidence_store, agent, evidence_photos)
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})

# Policy check
tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_admin, policy_tool, policy_records)
tm.flow(policy_tool, agent, policy_result)

# Stolen-bike register check
tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, register, frame_query, protocol="https", controls={tls})
tm.flow(register, register_tool, register_result, protocol="https", controls={tls})
tm.flow(register_tool, agent, register_tool_result)

# Settlement up to GBP 600
tm.flow(agent, payment_tool, settlement_call)
tm.flow(payment_tool, bank, payment_order, protocol="https", controls={tls})
tm.flow(bank, payment_tool, payment_confirmation, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_result)

# Decision, referral and logging
tm.flow(agent, claim_tool, claim_update_call)
tm.flow(claims_db, claim_tool, claim_record)
tm.flow(claim_tool, claims_db, claim_record, label="decision and status")
tm.flow(claim_tool, agent, claim_update_result)
tm.flow(agent, claims_db, agent_log, label="step log")
tm.flow(claim_tool, workbench, referred_case, label="referral")

# Claims handler
tm.flow(workbench, handler, referred_case, evidence_photos, protocol="https")
tm.flow(evidence_store, workbench, evidence_photos)
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, claims_db, handler_decision)
tm.flow(workbench, payment_tool, handler_settlement, label="pay approved larger claim")
