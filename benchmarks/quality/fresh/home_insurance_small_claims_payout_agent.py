"""Home insurance small-claims payout agent: the first design, before any security review.

Policyholders of our home insurance open a claim for small losses (a burst pipe,
a broken window) in a chat on the insurer's website, after signing in to the
customer portal. They describe the damage, upload photos and contractor quotes,
and give the bank account the settlement should go to. An LLM agent, running in
our claims platform and backed by a hosted model from an AI provider, checks the
cover in the policy administration system, decides the payout and, up to
GBP 2,000, pays it straight to the policyholder's account through our bank's
payments API. Larger payouts are referred to a claims handler, who approves them
in the claims workbench before the same payout tool pays them. Controls: portal
sign-in and rate limiting on the chat, a GBP 2,000 per-claim cap and a vaulted
bank API key on the payout tool, handler approval above the cap, SSO and roles on
the workbench, encrypted claims and evidence, and a log of every conversation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home insurance small-claims payout agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that settles small home-insurance claims and pays them by bank transfer.",
)

# ---------------------------------------------------------------- data assets
chat = tg.Data(
    "Claim chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The policyholder's description of the loss and answers to the agent.",
)
reply = tg.Data("Agent replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
evidence = tg.Data(
    "Claim photos and contractor quotes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the damage and PDF quotes or invoices from contractors.",
)
bank_details = tg.Data(
    "Policyholder bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account name, sort code and account number the payout goes to.",
)
prompt = tg.Data(
    "Agent prompt with claim context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, evidence, cover details and tool results.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_query = tg.Data("Policy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policy_records = tg.Data(
    "Policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Policyholder, address, cover sections, excess and claims history.",
)
cover = tg.Data("Cover details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payout_call = tg.Data(
    "Payout request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim number, amount and the payee's bank details.",
)
payment = tg.Data(
    "Faster Payments instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data("Payment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
claims = tg.Data(
    "Claim records and settlement decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
referral = tg.Data("Claim referral", kind="tool-call", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Handler payout approval", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation and tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer making the claim, from the insurer's website.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("AI provider", trust=tg.Trust.PARTNER):
    # The hosted model that reads the claim and plans the agent's tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A multimodal general-purpose model behind the provider's API.",
            controls={
                c.SupplierAssessment(note="provider vetted by procurement; no training on our data")
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our clearing bank's API that sends Faster Payments out of the claims account.
    bank_api = tm.add(
        tg.ExternalService(
            "Bank payments API",
            description="Corporate payments API of the insurer's clearing bank.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget; also receives the uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Claims chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer portal e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the claim from first message to payout or referral.
    agent = tm.add(
        tg.Agent(
            "Claims settlement agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks cover, assesses evidence, decides and pays small claims.",
            controls={
                c.HumanInTheLoop(approver="claims handler", above="GBP 2,000 per claim"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Where uploaded photos and quotes are kept with the claim.
    evidence_store = tm.add(
        tg.DataStore(
            "Claim evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Read-only lookup of the policy and its cover for the agent.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Pays the settlement to the policyholder's account through the bank.
    payout_tool = tm.add(
        tg.Tool(
            "Payout tool",
            capabilities={"money-movement", "write"},
            controls={
                c.TransactionLimits(limit="GBP 2,000 per claim"),
                c.SecretsManagement(note="bank API key in the cloud secrets vault"),
            },
        )
    )
    # Hands a claim above the limit to the claims handlers' queue.
    referral_tool = tm.add(tg.Tool("Claims referral tool", capabilities={"write"}))
    # Every conversation, tool call and decision, for complaints and audit.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # The system of record for policies and cover.
    pas = tm.add(tg.Service("Policy administration system", description="Policy system of record."))
    # Claims, reserves and settlement decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claims},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who approve the larger settlements.
    handler = tm.add(tg.Actor("Claims handler", role="claims staff"))
    # The handlers' case tool where referred claims are reviewed and approved.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(policyholder, chat_api, chat, evidence, bank_details, protocol="https")
tm.flow(chat_api, policyholder, reply, protocol="https")
tm.flow(chat_api, evidence_store, evidence, label="uploads")
tm.flow(chat_api, agent, chat, bank_details)
tm.flow(agent, chat_api, reply)
tm.flow(evidence_store, agent, evidence)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_tool, pas, policy_query, protocol="https")
tm.flow(pas, policy_tool, policy_records, protocol="https")
tm.flow(policy_tool, agent, cover)

tm.flow(agent, payout_tool, payout_call)
tm.flow(payout_tool, bank_api, payment, protocol="https")
tm.flow(bank_api, payout_tool, payment_status, protocol="https")
tm.flow(payout_tool, agent, payment_status)

tm.flow(agent, claims_db, claims, label="claim and decision")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, workbench, referral, protocol="https")
tm.flow(claims_db, workbench, claims)
tm.flow(evidence_store, workbench, evidence)
tm.flow(workbench, handler, claims, evidence, protocol="https")
tm.flow(handler, workbench, approval, protocol="https")
tm.flow(workbench, claims_db, claims, label="handler decision")
tm.flow(workbench, payout_tool, approval, payout_call, label="approved payout", protocol="https")
