"""Venture deal memo agent: the first design, before any security review.

Founders email pitch decks to the firm's shared deals@ inbox in our hosted
email workspace. An inbox connector in our cloud account polls the mailbox,
extracts the text of each attached deck and hands it to the memo agent. The
agent, an LLM agent on a hosted model API, researches the company with two
tools: a web research tool (search API plus page fetch) and a client for the
paid startup database (funding rounds, investors, headcount). It also pulls
similar past memos from an index of the firm's earlier memos, then writes a
draft investment memo into the deal CRM, where partners read it and add notes
before the Monday partner meeting decides. The agent only drafts; people decide.
Controls: SSO with MFA on the CRM, role-based access to deals, the database API
key in the cloud secret manager, an enterprise no-retention agreement with the
model vendor, a step limit on each agent run, and TLS on all vendor calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Venture deal memo agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that reads inbound pitch decks, researches the companies on the web and "
        "in a paid startup database, and drafts investment memos for the partners."
    ),
)

# ---------------------------------------------------------------- data assets
pitch_deck = tg.Data(
    "Pitch deck email",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Founder's email and PDF deck: traction, financials, founder names and contacts.",
)
deck_text = tg.Data(
    "Extracted deck text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, deck text, research results and past memos so far.",
)
llm_reply = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_query = tg.Data(
    "Web research request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Search terms and URLs to fetch; reveals which companies the firm is looking at.",
)
web_pages = tg.Data(
    "Web pages and search results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
web_result = tg.Data("Web research result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
db_query = tg.Data(
    "Startup database query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
db_records = tg.Data(
    "Startup database records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed company profiles: rounds, investors, headcount, founder bios.",
)
db_result = tg.Data(
    "Startup database result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
past_memos = tg.Data(
    "Past memo chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chunks and embeddings of earlier memos, including passed and portfolio deals.",
)
memo_query = tg.Data("Similar-memo query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
memo_draft = tg.Data(
    "Draft investment memo",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
deal_records = tg.Data(
    "Deal records and final memos",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
partner_notes = tg.Data("Partner notes", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can email the deals inbox; the deck is the agent's main input.
    founder = tm.add(tg.Actor("Founder", role="pitching founder"))
    # Company websites, news, social profiles the agent reads during research.
    public_web = tm.add(
        tg.DataSource("Public web", origin=tg.Origin.PUBLIC_WEB, provides={web_pages})
    )

with tm.boundary("Workspace SaaS", trust=tg.Trust.PARTNER):
    # The shared deals@ mailbox in the firm's hosted email workspace.
    deals_inbox = tm.add(
        tg.DataSource(
            "Deals inbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={pitch_deck},
            description="Shared mailbox; decks arrive as PDF attachments or links.",
        )
    )
    # The firm's hosted deal CRM: where memos land and partners read them.
    deal_crm = tm.add(
        tg.DataStore(
            "Deal CRM",
            stores={memo_draft, deal_records, partner_notes},
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(note="deal team and partners only"),
            },
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("Data vendor", trust=tg.Trust.PARTNER):
    # The paid startup database the firm subscribes to.
    startup_db = tm.add(
        tg.ExternalService("Startup database API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and turns each new deck into text for the agent.
    connector = tm.add(
        tg.Pipeline(
            "Inbox connector",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Mail API poller plus an open-source PDF text extractor.",
        )
    )
    # The LLM agent that plans the research and writes the memo.
    agent = tm.add(
        tg.Agent(
            "Deal memo agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Runs once per deck; its only output is a draft memo for the partners.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Web search and page fetch for company research.
    web_tool = tm.add(
        tg.Tool(
            "Web research tool",
            capabilities={tg.Capability.READ, tg.Capability.NETWORK_EGRESS},
            description="Calls a search API and fetches the pages the agent picks.",
        )
    )
    # Read-only client for the startup database, using the firm's API key.
    db_tool = tm.add(
        tg.Tool(
            "Startup database tool",
            capabilities={tg.Capability.READ},
            controls={c.SecretsManagement(note="API key in the cloud secret manager")},
        )
    )
    # Index of earlier memos so the agent can compare with deals seen before.
    memo_index = tm.add(tg.VectorStore("Past memo index", stores={past_memos}))
    # Nightly job that embeds final memos from the CRM into the index.
    memo_indexer = tm.add(tg.Pipeline("Memo indexer", stage=tg.Stage.INGESTION))

with tm.boundary("Firm offices", trust=tg.Trust.INTERNAL):
    # Partners read the drafts and make the investment decision.
    partner = tm.add(tg.Actor("Partner", role="investment partner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(founder, deals_inbox, pitch_deck, protocol="smtp", label="emails the deck")
tm.flow(deals_inbox, connector, pitch_deck, protocol="https", label="mail API poll")
tm.flow(connector, agent, deck_text, label="new deck")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, web_tool, search_query)
tm.flow(web_tool, public_web, search_query, protocol="https", label="search and fetch")
tm.flow(public_web, web_tool, web_pages, protocol="https")
tm.flow(web_tool, agent, web_result)

tm.flow(agent, db_tool, db_query)
tm.flow(db_tool, startup_db, db_query, protocol="https")
tm.flow(startup_db, db_tool, db_records, protocol="https")
tm.flow(db_tool, agent, db_result)

tm.flow(agent, memo_index, memo_query, label="similar deals")
tm.flow(memo_index, agent, past_memos)

tm.flow(agent, deal_crm, memo_draft, protocol="https", label="files the draft")
tm.flow(deal_crm, partner, memo_draft, deal_records, protocol="https")
tm.flow(partner, deal_crm, partner_notes, protocol="https")

tm.flow(deal_crm, memo_indexer, deal_records, protocol="https", label="nightly export")
tm.flow(memo_indexer, memo_index, past_memos)
