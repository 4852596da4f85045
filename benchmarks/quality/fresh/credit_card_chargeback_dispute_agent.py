"""Chargeback dispute agent: the first design, before any security review.

A European card issuer lets cardholders dispute card transactions by chatting
with an LLM agent in the mobile banking app. The agent looks up the disputed
transaction in the card ledger, asks the cardholder what happened and for
receipts or screenshots, and fetches the merchant's order details and delivery
evidence from a merchant-data network. When the claim fits a network reason
code it posts a provisional credit to the cardholder's card account and files
the chargeback through the card network's dispute API. Chargebacks above
USD 500 wait for a disputes analyst's approval in the back-office console.
The agent runs on a hosted LLM (EU region) and keeps each dispute as a case.
Cardholders sign in with the app's device-bound login; tool calls are logged;
the ledger and case stores are encrypted; the card network link uses mTLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chargeback dispute agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "In-app LLM agent that takes cardholder disputes, gathers merchant evidence "
        "and files chargebacks through the card network."
    ),
)

# ---------------------------------------------------------------- data assets
dispute_message = tg.Data(
    "Cardholder dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the cardholder types in the dispute chat.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
evidence_upload = tg.Data(
    "Cardholder evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Receipts, screenshots of merchant e-mails, cancellation confirmations.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, conversation so far, tool results and evidence text.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or tool call the model chooses.",
)
card_transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Authorisations and clearing records with full PAN and ARN.",
)
transaction_lookup = tg.Data(
    "Transaction lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
transaction_details = tg.Data(
    "Transaction details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Merchant, amount, date and last four card digits of the disputed transaction.",
)
evidence_request = tg.Data(
    "Merchant evidence request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
merchant_evidence = tg.Data(
    "Merchant order evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Order details, delivery proof and refund history the merchant shares.",
)
chargeback_request = tg.Data(
    "Chargeback filing call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Transaction reference, reason code, amount and evidence summary.",
)
chargeback_submission = tg.Data(
    "Chargeback submission",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chargeback_status = tg.Data(
    "Chargeback case status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
credit_request = tg.Data(
    "Provisional credit call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
credit_posting = tg.Data(
    "Provisional credit posting",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispute_case = tg.Data(
    "Dispute case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim, reason code, evidence references, transcript and outcome.",
)
analyst_approval = tg.Data(
    "Analyst chargeback approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The cardholder disputing a transaction from the banking app.
    cardholder = tm.add(tg.Actor("Cardholder", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that drives the dispute agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model with function calling, EU region deployment.",
        )
    )

with tm.boundary("Merchant data network", trust=tg.Trust.PARTNER):
    # Network where merchants share order and delivery details to head off disputes.
    merchant_network = tm.add(
        tg.ExternalService(
            "Merchant order insight network",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns the merchant's order details for a card transaction.",
        )
    )

with tm.boundary("Card network", trust=tg.Trust.PARTNER):
    # The scheme's dispute platform; chargebacks are filed and tracked here.
    card_network = tm.add(
        tg.ExternalService(
            "Card network dispute API",
            description="Scheme dispute resolution platform for issuers.",
        )
    )

with tm.boundary("Issuer production", trust=tg.Trust.INTERNAL):
    # Public entry point of the banking app's API.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile banking API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="app login bound to a registered device, with biometric or app passcode"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Talks with the cardholder and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Dispute agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="every prompt and tool call is logged"),
            },
        )
    )
    # Reads the disputed transaction for the agent.
    txn_tool = tm.add(
        tg.Tool(
            "Transaction lookup tool",
            capabilities={"read"},
            controls={c.DataMinimization(note="returns last four digits, never the full PAN")},
        )
    )
    # Fetches merchant order details from the merchant data network.
    evidence_tool = tm.add(
        tg.Tool("Merchant evidence tool", capabilities={"read", "network-egress"})
    )
    # Files the chargeback with the card network.
    chargeback_tool = tm.add(
        tg.Tool(
            "Chargeback filing tool",
            capabilities={"write", "network-egress", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="a disputes analyst", above="USD 500 per chargeback"),
            },
        )
    )
    # Credits the cardholder's card account while the dispute runs.
    credit_tool = tm.add(
        tg.Tool("Provisional credit tool", capabilities={"write", "money-movement"})
    )
    # Back-office screen where analysts approve large chargebacks.
    console = tm.add(
        tg.Endpoint(
            "Disputes back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with hardware key"), c.RBAC()},
        )
    )

    with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
        # Card processing ledger: the system of record for card transactions and postings.
        ledger = tm.add(
            tg.DataStore(
                "Card ledger",
                stores={card_transactions, credit_posting},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.RBAC()},
            )
        )

    with tm.boundary("Disputes data", trust=tg.Trust.INTERNAL):
        # One record per dispute, with the chat transcript.
        case_store = tm.add(
            tg.DataStore(
                "Dispute case store",
                stores={dispute_case},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Files the cardholder uploads in the chat.
        evidence_store = tm.add(tg.DataStore("Evidence document store", stores={evidence_upload}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Disputes operations staff who approve chargebacks above the threshold.
    analyst = tm.add(tg.Actor("Disputes analyst", role="disputes operations"))

# ---------------------------------------------------------------- flows
tm.flow(cardholder, gateway, dispute_message, evidence_upload, protocol="https")
tm.flow(gateway, cardholder, agent_reply, protocol="https")
tm.flow(gateway, agent, dispute_message)
tm.flow(gateway, evidence_store, evidence_upload)
tm.flow(agent, gateway, agent_reply)
tm.flow(evidence_store, agent, evidence_upload)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, case_store, dispute_case)
tm.flow(case_store, agent, dispute_case)

tm.flow(agent, txn_tool, transaction_lookup)
tm.flow(ledger, txn_tool, card_transactions)
tm.flow(txn_tool, agent, transaction_details)

tm.flow(agent, evidence_tool, evidence_request)
tm.flow(evidence_tool, merchant_network, evidence_request, protocol="https")
tm.flow(merchant_network, evidence_tool, merchant_evidence, protocol="https")
tm.flow(evidence_tool, agent, merchant_evidence)

tm.flow(agent, chargeback_tool, chargeback_request)
tm.flow(ledger, chargeback_tool, card_transactions, label="PAN and ARN for the filing")
tm.flow(chargeback_tool, card_network, chargeback_submission, protocol="mtls")
tm.flow(card_network, chargeback_tool, chargeback_status, protocol="mtls")
tm.flow(chargeback_tool, agent, chargeback_status)

tm.flow(agent, credit_tool, credit_request)
tm.flow(credit_tool, ledger, credit_posting)

tm.flow(chargeback_tool, console, chargeback_request, label="awaiting approval")
tm.flow(case_store, console, dispute_case)
tm.flow(console, analyst, chargeback_request, dispute_case, protocol="https")
tm.flow(analyst, console, analyst_approval, protocol="https")
tm.flow(console, chargeback_tool, analyst_approval)
