"""Crypto exchange withdrawal risk agent: the first design, before any security review.

Customers of our EU-licensed exchange request crypto withdrawals from the web and
mobile apps through the public API gateway (password plus TOTP, per-account rate
limits). The withdrawal service records each request as pending in the withdrawal
ledger and hands it to a risk agent: an LLM agent, driven by a vendor-hosted model,
that looks up recent account activity (logins, devices, 2FA and e-mail changes),
screens the destination address with a blockchain analytics provider and asks our
in-house account-takeover and fraud model for a score. It then releases the
withdrawal or places it on hold; a hold opens a case that a compliance analyst
approves or rejects in the review console (staff SSO with hardware keys). Only
withdrawals the agent holds wait for an analyst, and automatic release is capped per
withdrawal and per account per day. Released withdrawals are signed by the hot
wallet signer, whose keys sit in an HSM, and broadcast to the blockchain.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crypto exchange withdrawal risk agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that scores customer withdrawals for account takeover and fraud, "
        "holds risky ones for compliance approval and releases the rest."
    ),
)

# ---------------------------------------------------------------- data assets
withdrawal_request = tg.Data(
    "Withdrawal request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account id, asset, amount, destination address, session and device id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
withdrawal_status = tg.Data("Withdrawal status", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the withdrawal request and the tool results so far.",
)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
account_query = tg.Data("Account activity query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_activity = tg.Data(
    "Account activity records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Login history, IP addresses, device fingerprints, 2FA resets, e-mail changes.",
)
account_signals = tg.Data(
    "Account activity signals", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
risk_features = tg.Data("Withdrawal risk features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Account takeover and fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
address_query = tg.Data(
    "Destination address screening query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
address_risk = tg.Data(
    "Address risk report",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sanctions, mixer and darknet-market exposure of the destination address.",
)
decision_call = tg.Data(
    "Hold or release decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Release, or hold with the agent's written rationale for the analyst.",
)
withdrawal_decision = tg.Data(
    "Withdrawal decision record", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_case = tg.Data(
    "Held withdrawal case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The request, the score, the address report and the agent's rationale.",
)
analyst_decision = tg.Data(
    "Analyst approval decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
released_withdrawal = tg.Data(
    "Released withdrawal",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
signed_tx = tg.Data(
    "Signed blockchain transaction", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Exchange customers; an account taken over looks exactly like one.
    customer = tm.add(tg.Actor("Exchange customer", role="customer"))
    # The public chain the signed withdrawals are broadcast to.
    blockchain = tm.add(
        tg.ExternalService(
            "Blockchain network",
            description="Public nodes of the supported chains; we broadcast through our own nodes' peers.",
        )
    )

with tm.boundary("Chain analytics vendor", trust=tg.Trust.PARTNER):
    # Third-party address screening (sanctions lists, mixers, known scam wallets).
    chain_analytics = tm.add(
        tg.ExternalService("Chain analytics API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the agent, hosted by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Exchange production VPC", trust=tg.Trust.INTERNAL):
    # The only way customers reach the exchange.
    gateway = tm.add(
        tg.Endpoint(
            "Exchange API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password and TOTP at every sign-in"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Owns the withdrawal lifecycle: records requests, asks the agent, reports status.
    withdrawal_svc = tm.add(
        tg.Service(
            "Withdrawal service",
            description="Writes each request as pending, triggers the risk agent, reads back status.",
        )
    )
    # The LLM agent that gathers evidence and decides hold or release.
    agent = tm.add(
        tg.Agent(
            "Withdrawal risk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="compliance analyst",
                    note="only withdrawals the agent holds wait for an analyst; the rest are released by the agent",
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # In-house gradient-boosted model trained on past takeover and fraud cases.
    ato_model = tm.add(
        tg.Model(
            "Account takeover and fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores a withdrawal for takeover and fraud risk from account and request features.",
        )
    )
    # Read-only lookup of recent account activity for the agent.
    account_tool = tm.add(
        tg.Tool(
            "Account activity lookup", capabilities={"read"}, controls={c.LeastPrivilegeTools()}
        )
    )
    # Read-only wrapper around the chain analytics vendor's API.
    screening_tool = tm.add(
        tg.Tool("Address screening tool", capabilities={"read", "network-egress"})
    )
    # The agent's only acting tool: marks a withdrawal released or held.
    decision_tool = tm.add(
        tg.Tool(
            "Withdrawal hold and release tool",
            capabilities={"write"},
            description="Sets a pending withdrawal to released or held in the withdrawal ledger.",
            controls={
                c.TransactionLimits(
                    limit="automatic release up to EUR 10,000 per withdrawal and EUR 25,000 per account per day"
                ),
            },
        )
    )
    # Customer accounts with login, device and security-change history.
    account_db = tm.add(
        tg.DataStore(
            "Customer account database",
            stores={account_activity},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # System of record for withdrawals, decisions and compliance cases.
    ledger = tm.add(
        tg.DataStore(
            "Withdrawal ledger",
            stores={
                withdrawal_request,
                withdrawal_decision,
                held_case,
                analyst_decision,
                released_withdrawal,
            },
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
        )
    )

    with tm.boundary("Wallet enclave", trust=tg.Trust.RESTRICTED):
        # Signs released withdrawals with hot wallet keys held in an HSM.
        signer = tm.add(
            tg.Service(
                "Hot wallet signer",
                description="Picks up released withdrawals, signs them in the HSM and broadcasts them.",
                controls={c.SecretsManagement(note="hot wallet keys never leave the HSM")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Compliance staff who decide on held withdrawals.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))
    # Internal web app listing held cases with the agent's rationale.
    console = tm.add(
        tg.Service(
            "Compliance review console",
            controls={c.Authentication(method="staff SSO with hardware key"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, gateway, withdrawal_request, protocol="https")
tm.flow(gateway, customer, withdrawal_status, protocol="https")
tm.flow(gateway, withdrawal_svc, withdrawal_request)
tm.flow(withdrawal_svc, gateway, withdrawal_status)
tm.flow(withdrawal_svc, ledger, withdrawal_request, label="pending")
tm.flow(ledger, withdrawal_svc, withdrawal_status)
tm.flow(withdrawal_svc, agent, withdrawal_request, label="review task")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, account_tool, account_query)
tm.flow(account_db, account_tool, account_activity)
tm.flow(account_tool, agent, account_signals)

tm.flow(agent, ato_model, risk_features)
tm.flow(ato_model, agent, risk_score)

tm.flow(agent, screening_tool, address_query)
tm.flow(screening_tool, chain_analytics, address_query, protocol="https")
tm.flow(chain_analytics, screening_tool, address_risk, protocol="https")
tm.flow(screening_tool, agent, address_risk)

tm.flow(agent, decision_tool, decision_call)
tm.flow(decision_tool, ledger, withdrawal_decision, held_case)

tm.flow(ledger, console, held_case, label="held cases")
tm.flow(console, analyst, held_case, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, ledger, analyst_decision)

tm.flow(ledger, signer, released_withdrawal)
tm.flow(signer, ledger, withdrawal_status, label="broadcast confirmation")
tm.flow(signer, blockchain, signed_tx)
