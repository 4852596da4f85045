"""Card dispute chat agent: the first design, before any security review.

An EU online bank adds a chat agent to its mobile banking app that helps customers
dispute card transactions they do not recognise or were not given what they paid
for. Customers are already signed in to the app; the chat gateway passes their
messages and any uploaded evidence (receipts, screenshots, merchant e-mails) to an
LLM agent in the bank's cloud. The agent calls a hosted LLM, reads the bank's
dispute policy and card-scheme reason codes from a vector index, and uses three
tools against the card-issuing platform: look up card transactions, block a card,
and open a dispute case. Card blocks and dispute cases take effect as soon as the
customer confirms in the chat; the disputes operations team then works each case
in a back-office tool and decides whether a chargeback is filed with the scheme.
Controls in this design: app sign-in, rate limits on the gateway, mutual TLS to
the card platform, the LLM vendor's safety filter, a step limit and tool-call
logging on the agent, encrypted transcript and evidence stores, staff SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Card dispute chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="In-app LLM agent that blocks cards and opens card disputes for customers.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
evidence = tg.Data(
    "Dispute evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Receipts, screenshots, merchant e-mails and PDFs the customer attaches.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, evidence text, policy passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The next reply or the tool calls to make.",
)
policies = tg.Data(
    "Dispute policy and reason codes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
policy_passages = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
txn_query = tg.Data(
    "Transaction lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Card id and date range chosen by the agent.",
)
transactions = tg.Data(
    "Card transactions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Masked PAN, merchant, amount, date and status of each transaction.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
block_call = tg.Data("Card block call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
block_result = tg.Data(
    "Card block result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispute_call = tg.Data(
    "Dispute request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Transaction id, reason code, amount disputed and the customer's statement.",
)
dispute_result = tg.Data(
    "Dispute case reference", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cases = tg.Data(
    "Dispute cases",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chargeback = tg.Data(
    "Chargeback decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="File with the scheme, reject, or ask the customer for more evidence.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bank customers disputing a card payment.
    customer = tm.add(tg.Actor("Customer", role="retail banking customer"))
    # The bank's mobile banking app on the customer's phone; hosts the chat screen.
    app = tm.add(
        tg.Device(
            "Mobile banking app",
            description="The bank's iOS/Android app on customers' own smartphones.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's EU-region API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content safety filter")},
        )
    )

with tm.boundary("Card issuing processor", trust=tg.Trust.PARTNER):
    # Third-party card-issuing platform: card status, authorisations, dispute cases.
    card_platform = tm.add(
        tg.ExternalService(
            "Card issuing platform",
            description="Holds card accounts and transactions; its dispute API opens cases.",
        )
    )

with tm.boundary("Bank cloud", trust=tg.Trust.INTERNAL):
    # Entry point for chat traffic from the app; carries the signed-in customer's session.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="banking app session: device-bound key unlocked by passcode or biometrics"
                ),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="attachment type and size limits"),
            },
        )
    )
    # The LLM agent that runs the dispute conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Dispute chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.AuditLogging(note="every tool call and its arguments are logged"),
            },
            description="Blocks cards and opens disputes once the customer confirms in the chat.",
        )
    )
    # Dispute policy, FAQs and scheme reason codes, chunked for retrieval.
    policy_index = tm.add(
        tg.VectorStore("Dispute policy index", stores={policies, policy_passages})
    )
    # Reads a card's recent transactions from the card platform.
    txn_tool = tm.add(
        tg.Tool(
            "Transaction lookup tool",
            capabilities={"read"},
            description="Returns the transactions of the card id the agent passes in.",
        )
    )
    # Freezes a card on the card platform.
    block_tool = tm.add(tg.Tool("Card block tool", capabilities={"write"}))
    # Opens a dispute case on the card platform for a transaction.
    dispute_tool = tm.add(tg.Tool("Dispute filing tool", capabilities={"write"}))
    # Conversation history kept for complaints handling and QA.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Customer-uploaded evidence attached to disputes.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Case management where the disputes team reviews cases and decides chargebacks.
    back_office = tm.add(
        tg.Service(
            "Disputes back office",
            controls={
                c.Authentication(method="staff SSO with hardware key"),
                c.RBAC(note="disputes analyst and team lead roles"),
                c.HumanInTheLoop(
                    approver="disputes analyst",
                    note="an analyst decides every chargeback before it is filed with the scheme",
                ),
            },
        )
    )

with tm.boundary("Bank operations network", trust=tg.Trust.INTERNAL):
    # Works dispute cases, files chargebacks, keeps the policy documents current.
    analyst = tm.add(tg.Actor("Disputes analyst", role="disputes operations"))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, message, evidence, label="types and attaches in the app")
tm.flow(app, customer, reply, label="shown in the app")
tm.flow(app, gateway, message, evidence, protocol="https")
tm.flow(gateway, app, reply, protocol="https")
tm.flow(gateway, agent, message, evidence)
tm.flow(agent, gateway, reply)
tm.flow(gateway, evidence_store, evidence)

tm.flow(agent, policy_index, message, label="similarity query")
tm.flow(policy_index, agent, policy_passages)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, txn_tool, txn_query)
tm.flow(txn_tool, agent, transactions)
tm.flow(txn_tool, card_platform, txn_query, protocol="mtls")
tm.flow(card_platform, txn_tool, transactions, protocol="mtls")

tm.flow(agent, block_tool, block_call)
tm.flow(block_tool, agent, block_result)
tm.flow(block_tool, card_platform, block_call, protocol="mtls")
tm.flow(card_platform, block_tool, block_result, protocol="mtls")

tm.flow(agent, dispute_tool, dispute_call)
tm.flow(dispute_tool, agent, dispute_result)
tm.flow(dispute_tool, card_platform, dispute_call, protocol="mtls")
tm.flow(card_platform, dispute_tool, dispute_result, protocol="mtls")

tm.flow(card_platform, back_office, cases, protocol="mtls", label="dispute case sync")
tm.flow(back_office, card_platform, chargeback, protocol="mtls")
tm.flow(evidence_store, back_office, evidence)
tm.flow(transcript_store, back_office, transcripts)
tm.flow(back_office, analyst, cases, evidence, transcripts, protocol="https")
tm.flow(analyst, back_office, chargeback, protocol="https")
tm.flow(analyst, policy_index, policies, protocol="https", label="updates policy documents")
