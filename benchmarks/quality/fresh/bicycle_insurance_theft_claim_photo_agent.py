"""Bicycle insurance theft-claim photo agent: the first design, before any security review.

A bicycle insurer lets policyholders report a stolen bike through a chat in the
customer portal and app. An LLM agent running in our AWS account asks for the
theft details, the police crime reference number, the purchase receipt, photos of
the bike and the broken lock, and the bank account for the payout. It sends the
documents and photos to a hosted multimodal LLM, looks the policy up in the policy
administration system, checks the frame serial number with a stolen-bike register,
and writes a claim file with a proposed settlement into the claims system. A claims
handler reviews every proposal in the claims workbench, approves or changes it and
releases the payout through the payments provider; the customer gets the decision
by e-mail. Controls in this design: portal sign-in, upload type and size checks,
rate limits, a handler's approval of every settlement, encrypted evidence storage,
staff SSO with MFA, and role-based access with an audit trail in the claims system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle insurance theft claim photo agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that collects and checks bicycle theft claims and proposes a "
        "settlement for a claims handler to approve."
    ),
)

# ---------------------------------------------------------------- data assets
messages = tg.Data("Claim chat messages", kind="prompt", sensitivity=tg.Sensitivity.PII)
theft_report = tg.Data(
    "Theft report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Where and when the bike was stolen, how it was locked, the customer's account.",
)
police_ref = tg.Data(
    "Police crime reference number", kind="records", sensitivity=tg.Sensitivity.PII
)
receipts = tg.Data("Purchase receipts", kind="documents", sensitivity=tg.Sensitivity.PII)
photos = tg.Data(
    "Bike and lock photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the bike before the theft, the frame number and the cut lock; may carry EXIF location.",
)
bank_details = tg.Data(
    "Payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
replies = tg.Data("Agent replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with claim evidence",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, receipt and report text, and the photos.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_query = tg.Data("Policy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Policy details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover, sum insured, excess, insured bike and serial, lock requirements.",
)
serial_query = tg.Data(
    "Frame serial number query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
register_status = tg.Data(
    "Stolen-bike register status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
claim_file = tg.Data(
    "Claim file and settlement proposal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Structured claim, the agent's evidence checks and its proposed settlement amount.",
)
decision = tg.Data("Settlement decision", kind="records", sensitivity=tg.Sensitivity.PII)
payout = tg.Data("Payout instruction", kind="records", sensitivity=tg.Sensitivity.PII)
letter = tg.Data("Claim decision e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer reporting the theft, from the web portal or the app.
    customer = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads text and images; hosted by a model vendor under a DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Stolen-bike register", trust=tg.Trust.PARTNER):
    # National register of frame numbers, checked for bikes already reported or re-registered.
    register = tm.add(
        tg.ExternalService("Stolen bike register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payments provider", trust=tg.Trust.PARTNER):
    # Sends the settlement to the customer's bank account.
    payments = tm.add(tg.ExternalService("Payments provider", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for decision letters.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Insurer AWS account", trust=tg.Trust.INTERNAL):
    # The chat and upload API behind the customer portal and app.
    chat = tm.add(
        tg.Endpoint(
            "Claims chat and upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG, PNG, PDF under 20 MB"),
            },
        )
    )
    # Runs the conversation, decides which tools to call, drafts the proposal.
    agent = tm.add(
        tg.Agent(
            "Theft claim agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="claims handler", note="every settlement is approved before payment"
                ),
                c.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Receipts, reports and photos the customer uploads.
    evidence = tm.add(
        tg.DataStore(
            "Claim evidence bucket",
            stores={receipts, photos, theft_report},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Reads the policy by the policy number the customer gives.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Checks the frame serial number against the register.
    register_tool = tm.add(
        tg.Tool("Stolen bike register check tool", capabilities={"read", "network-egress"})
    )
    # Creates and updates the claim file and its settlement proposal.
    claim_tool = tm.add(tg.Tool("Claim file tool", capabilities={"write"}))
    # Web app where handlers review the proposal, decide and release the payout.
    workbench = tm.add(
        tg.Endpoint(
            "Claims handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
        # Policy administration: the system of record for cover.
        policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy}))
        # Claims system of record: files, proposals, decisions, bank details.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_file, decision, bank_details, police_ref},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Claims office", trust=tg.Trust.INTERNAL):
    # Reviews the proposal and approves or changes the settlement.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(
    customer,
    chat,
    messages,
    theft_report,
    police_ref,
    receipts,
    photos,
    bank_details,
    protocol="https",
)
tm.flow(chat, customer, replies, protocol="https")
tm.flow(chat, evidence, receipts, photos, theft_report, label="stores uploads")
tm.flow(chat, agent, messages, police_ref, bank_details)
tm.flow(agent, chat, replies)

tm.flow(evidence, agent, receipts, photos, theft_report)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, policy_admin, policy_query)
tm.flow(policy_admin, policy_tool, policy)
tm.flow(policy_tool, agent, policy)

tm.flow(agent, register_tool, serial_query)
tm.flow(register_tool, register, serial_query, protocol="https")
tm.flow(register, register_tool, register_status, protocol="https")
tm.flow(register_tool, agent, register_status)

tm.flow(agent, claim_tool, claim_file, police_ref, bank_details)
tm.flow(claim_tool, claims_system, claim_file, police_ref, bank_details)

tm.flow(claims_system, workbench, claim_file, police_ref, bank_details)
tm.flow(evidence, workbench, receipts, photos, theft_report)
tm.flow(workbench, handler, claim_file, receipts, photos, protocol="https")
tm.flow(handler, workbench, decision, protocol="https")
tm.flow(workbench, claims_system, decision)
tm.flow(workbench, payments, payout, protocol="https")
tm.flow(workbench, email, letter, protocol="https")
tm.flow(email, customer, letter, protocol="smtp+starttls")
