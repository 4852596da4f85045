"""Bank support agent: the first design, before any security review.

Retail customers of our EU bank chat with a support agent in the mobile app and on
the website after logging in. A chat API in the bank's cloud VPC passes each message
to an agent orchestrator, which retrieves passages from a policy knowledge base and
prompts a third-party hosted LLM (vendor's EU region). Its three tools call the core
banking API: look up the customer's accounts, freeze a card, open a card dispute; the
agent calls them on its own when the model asks. Compliance writes the policy
documents, indexed nightly; every transcript is kept for contact-centre QA review.
Controls: OIDC login and a per-customer rate limit on the chat API, TLS everywhere,
mTLS to core banking, a vendor assessment and DPA for the LLM provider, encrypted
transcripts readable by the QA role only, and audit logs in core banking.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bank support agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Customer-support chat agent for a retail bank, with account and card tools.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, policy passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or a structured tool call chosen by the model.",
)
policies = tg.Data("Policy documents", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
passages = tg.Data(
    "Policy passages and embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
tool_call = tg.Data(
    "Tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, card id, dispute reason and amount.",
)
account_data = tg.Data(
    "Account and transaction data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balances, recent transactions, masked card numbers and card status.",
)
card_action = tg.Data(
    "Card freeze and dispute request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result")
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
review_notes = tg.Data("QA review notes", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Logged-in retail customer using the app or the website.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The model that writes replies and picks tools; hosted and run by the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, EU data residency.",
            controls={c.SupplierAssessment(note="vendor review and DPA, no training on our data")},
        )
    )

with tm.boundary("Bank cloud VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget in the app and on the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC session from online banking login"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation loop: retrieval, prompt assembly, LLM calls, tool calls.
    agent = tm.add(
        tg.Agent(
            "Support agent orchestrator",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Calls tools whenever the model asks for one; no staff approval.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Knowledge base the agent answers from.
    kb = tm.add(tg.VectorStore("Policy knowledge base", stores={passages}))
    # Nightly job that chunks and embeds the policy documents.
    indexer = tm.add(tg.Pipeline("KB indexing job", stage=tg.Stage.INGESTION))
    # Keeps every conversation for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts, review_notes},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="QA team role only"),
            },
        )
    )
    # Read-only lookup of the logged-in customer's accounts.
    lookup_tool = tm.add(
        tg.Tool("Account lookup tool", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Blocks a card immediately (reversible by the customer in the app).
    freeze_tool = tm.add(
        tg.Tool("Card freeze tool", capabilities={"write"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Files a chargeback dispute that the back office then processes.
    dispute_tool = tm.add(
        tg.Tool("Dispute tool", capabilities={"write"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, cards and disputes, behind its own API.
    core = tm.add(
        tg.DataStore(
            "Core banking API",
            stores={account_data, card_action},
            controls={c.AuditLogging(retention_days=3650)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Compliance team that owns the policy texts and the document repository.
    policy_repo = tm.add(
        tg.DataSource(
            "Policy document repository",
            origin=tg.Origin.INTERNAL,
            provides={policies},
        )
    )
    # Contact-centre staff who read transcripts and score conversations.
    qa_reviewer = tm.add(tg.Actor("QA reviewer", role="contact-centre QA"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, kb, message, label="similarity query")
tm.flow(kb, agent, passages, label="policy passages")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, tool_call)
tm.flow(lookup_tool, core, tool_call, protocol="mtls")
tm.flow(core, lookup_tool, account_data, protocol="mtls")
tm.flow(lookup_tool, agent, tool_result)

tm.flow(agent, freeze_tool, tool_call)
tm.flow(freeze_tool, core, card_action, protocol="mtls")
tm.flow(core, freeze_tool, tool_result, protocol="mtls")
tm.flow(freeze_tool, agent, tool_result)

tm.flow(agent, dispute_tool, tool_call)
tm.flow(dispute_tool, core, card_action, protocol="mtls")
tm.flow(core, dispute_tool, tool_result, protocol="mtls")
tm.flow(dispute_tool, agent, tool_result)

tm.flow(agent, chat_api, reply)
tm.flow(chat_api, customer, reply, protocol="https")

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, qa_reviewer, transcripts, protocol="https")
tm.flow(qa_reviewer, transcript_store, review_notes, protocol="https")

tm.flow(policy_repo, indexer, policies, protocol="https", label="nightly export")
tm.flow(indexer, kb, passages)
