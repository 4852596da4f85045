"""Research assistant agent for a hedge fund: the first design, before any security review.

Analysts ask the assistant questions in an internal web app, such as "what did we
and the brokers say about this issuer's margins last quarter?". An LLM agent
searches a vector index built from the fund's own research notes and from broker
research that sell-side desks e-mail to a shared research inbox, looks up prices
and fundamentals through the market data vendor's API, and answers with
citations. On request it drafts a trade idea memo into the memo store, where a
portfolio manager reviews it; no memo becomes a trade without a PM. The app and
agent run in the fund's private cloud; the LLM is a hosted model reached over
the vendor's API under a zero-retention agreement. Users sign in with the fund's
SSO and MFA, agent runs are capped in steps and logged for compliance, and the
market data key sits in the vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedge fund research assistant agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent answering analysts from internal notes, broker research and market "
    "data, and drafting trade idea memos for PM review.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Analyst question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data("Cited answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, retrieved passages and tool results so far.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reasoning, tool calls to make, or the final answer.",
)
notes = tg.Data(
    "Internal research notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Analysts' models, theses and meeting notes; may hold positions and "
    "wall-crossed material.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
broker_research = tg.Data(
    "Broker research",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sell-side reports and morning notes e-mailed with PDF attachments; licensed.",
)
chunks = tg.Data(
    "Research passages", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data(
    "Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_call = tg.Data(
    "Research search call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_result = tg.Data(
    "Research search result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
md_call = tg.Data("Market data request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
market_data = tg.Data(
    "Market data",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Prices, estimates and fundamentals under the vendor's licence.",
)
md_key = tg.Data("Market data API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
memo_call = tg.Data("Draft memo call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
memo = tg.Data(
    "Trade idea memo",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Thesis, instrument, direction, sizing suggestion and sources.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
review = tg.Data("PM review decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Fund corporate network", trust=tg.Trust.INTERNAL):
    # Research analysts who ask questions and write the internal notes.
    analyst = tm.add(tg.Actor("Research analyst", role="analyst"))
    # Portfolio managers who review drafted memos and decide on trades.
    pm = tm.add(tg.Actor("Portfolio manager", role="portfolio manager", privileged=True))

with tm.boundary("Broker e-mail", trust=tg.Trust.PARTNER):
    # Shared mailbox that sell-side desks send their research to.
    inbox = tm.add(
        tg.DataSource(
            "Broker research inbox",
            origin=tg.Origin.PARTNER,
            provides={broker_research},
            description="research@ mailbox in the fund's hosted e-mail; brokers add it to "
            "their distribution lists.",
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Licensed prices, estimates and fundamentals.
    md_vendor = tm.add(tg.ExternalService("Market data API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted frontier model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Fund private cloud", trust=tg.Trust.INTERNAL):
    # Internal web app analysts and PMs use.
    app = tm.add(
        tg.Endpoint(
            "Research assistant app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # The LLM agent that plans searches, lookups and memo drafts.
    agent = tm.add(
        tg.Agent(
            "Research agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=2190, note="prompts, tool calls and answers"),
            },
        )
    )
    # Semantic search over the research index.
    search_tool = tm.add(tg.Tool("Research search tool", capabilities={"read"}))
    # Fetches quotes and fundamentals from the vendor.
    md_tool = tm.add(
        tg.Tool(
            "Market data tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Writes draft memos for PM review.
    memo_tool = tm.add(tg.Tool("Memo drafting tool", capabilities={"write"}))
    # Drafted memos waiting for, or past, PM review.
    memo_store = tm.add(
        tg.DataStore(
            "Memo store",
            stores={memo, review},
            controls={c.HumanInTheLoop(approver="portfolio manager")},
        )
    )

    with tm.boundary("Research data tier", trust=tg.Trust.RESTRICTED):
        # The fund's research note repository.
        notes_store = tm.add(
            tg.DataStore(
                "Research notes repository",
                stores={notes},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Parses e-mails and PDFs, chunks and embeds notes and broker research.
        ingest = tm.add(tg.Pipeline("Research ingestion", stage=tg.Stage.INGESTION))
        # Vector index over notes and broker research.
        index = tm.add(tg.VectorStore("Research index", stores={chunks, embeddings}))

# ---------------------------------------------------------------- flows
tm.flow(analyst, app, question, protocol="https")
tm.flow(app, agent, question)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, index, search_call, label="similarity query")
tm.flow(index, search_tool, chunks)
tm.flow(search_tool, agent, search_result)

tm.flow(agent, md_tool, md_call)
tm.flow(md_tool, md_vendor, md_call, md_key, protocol="https")
tm.flow(md_vendor, md_tool, market_data, protocol="https")
tm.flow(md_tool, agent, market_data)

tm.flow(agent, memo_tool, memo_call)
tm.flow(memo_tool, memo_store, memo)
tm.flow(agent, app, answer)
tm.flow(app, analyst, answer, protocol="https")

tm.flow(memo_store, pm, memo, protocol="https", label="memo for review")
tm.flow(pm, memo_store, review, protocol="https")

tm.flow(analyst, notes_store, notes, protocol="https", label="writes notes")
tm.flow(notes_store, ingest, notes)
tm.flow(inbox, ingest, broker_research, protocol="https", label="mailbox pull")
tm.flow(ingest, index, chunks, embeddings)
