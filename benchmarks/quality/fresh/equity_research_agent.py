"""Equity research agent: the first design, before any security review.

Buy-side analysts open the research assistant web app (behind the firm's SSO) and
ask an agent to study a company. The agent runs in our research VPC and plans with
a frontier LLM that a vendor hosts under an enterprise agreement. Its tools pull
regulatory filings from EDGAR, earnings-call transcripts from a licensed data
vendor (API key kept in the vault) and news articles found by web search. It writes
Python that runs in an isolated sandbox with no network to compute ratios and draw
charts. Its wiki service account reads the firm's earlier notes on the company
and can write only in the Drafts space, where it puts the new draft research note.
An analyst edits and publishes it; nothing the agent writes is published directly.
Each run is capped in steps, and every prompt and tool call is kept in a run log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Equity research agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that drafts company research notes from filings, transcripts and news.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ticker, questions and angle; shows which names the firm is looking at.",
)
status = tg.Data("Run status and draft link", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, and fetched filings, transcripts and news.",
)
llm_reply = tg.Data(
    "LLM reply and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
filings = tg.Data("Regulatory filings", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
transcripts = tg.Data(
    "Earnings-call transcripts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed content; not to be redistributed outside the firm.",
)
news = tg.Data("News articles", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
analysis_code = tg.Data(
    "Analysis code and input tables", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="code"
)
analysis_results = tg.Data(
    "Computed ratios and charts", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
draft_note = tg.Data(
    "Draft research note",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
published_notes = tg.Data(
    "Research notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
run_log = tg.Data("Agent run log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # SEC EDGAR: 10-K, 10-Q, 8-K and proxy filings, fetched over its public API.
    edgar = tm.add(tg.DataSource("EDGAR filings", origin=tg.Origin.PUBLIC_WEB, provides={filings}))
    # News sites and blogs that the web tool finds through a search API and fetches.
    news_web = tm.add(tg.DataSource("News websites", origin=tg.Origin.PUBLIC_WEB, provides={news}))

with tm.boundary("Transcript vendor", trust=tg.Trust.PARTNER):
    # Licensed source of earnings-call transcripts.
    transcript_api = tm.add(
        tg.ExternalService("Transcript data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent plans and writes with; vendor reviewed, zero data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted frontier LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no retention, no training")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who ask for research and finish the notes.
    analyst = tm.add(tg.Actor("Research analyst", role="analyst"))
    # The firm's research wiki: where notes are drafted, edited and published.
    wiki = tm.add(
        tg.DataStore(
            "Research wiki",
            stores={draft_note, published_notes},
            controls={c.Authentication(method="SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("Research VPC", trust=tg.Trust.INTERNAL):
    # Web front end where analysts start runs and follow them.
    app = tm.add(
        tg.Endpoint(
            "Research assistant app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO (OIDC)")},
        )
    )
    # Plans the study, calls the tools and assembles the note; runs unattended.
    agent = tm.add(
        tg.Agent(
            "Research agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=60), c.AuditLogging(retention_days=365)},
        )
    )
    # Searches the web for news about the company and fetches the articles.
    web_tool = tm.add(tg.Tool("Web search and fetch tool", capabilities={"read", "network-egress"}))
    # Looks up a company's filings on EDGAR by ticker or CIK.
    filings_tool = tm.add(tg.Tool("Filings tool", capabilities={"read", "network-egress"}))
    # Fetches transcripts from the vendor with the firm's API key.
    transcripts_tool = tm.add(
        tg.Tool(
            "Transcripts tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key in the vault")},
        )
    )
    # Reads earlier notes; creates and updates pages in the wiki's Drafts space only.
    wiki_tool = tm.add(
        tg.Tool(
            "Wiki draft tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account: read the wiki, write only in the Drafts space"
                )
            },
        )
    )
    # Prompts, tool calls and outputs of every run.
    log_store = tm.add(tg.DataStore("Run log store", stores={run_log}))

    with tm.boundary("Code sandbox", trust=tg.Trust.INTERNAL):
        # Runs the Python the agent writes (pandas, matplotlib); no network, short-lived.
        sandbox = tm.add(
            tg.Tool(
                "Python sandbox",
                capabilities={"execute-code"},
                controls={c.Sandboxing(note="gVisor container per run, no network")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(analyst, app, request, protocol="https")
tm.flow(app, analyst, status, protocol="https")
tm.flow(app, agent, request)
tm.flow(agent, app, status)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, web_tool, tool_call)
tm.flow(web_tool, news_web, tool_call, protocol="https", label="search and fetch")
tm.flow(news_web, web_tool, news, protocol="https")
tm.flow(web_tool, agent, news)

tm.flow(agent, filings_tool, tool_call)
tm.flow(filings_tool, edgar, tool_call, protocol="https", label="filing lookup")
tm.flow(edgar, filings_tool, filings, protocol="https")
tm.flow(filings_tool, agent, filings)

tm.flow(agent, transcripts_tool, tool_call)
tm.flow(transcripts_tool, transcript_api, tool_call, protocol="https", label="transcript query")
tm.flow(transcript_api, transcripts_tool, transcripts, protocol="https")
tm.flow(transcripts_tool, agent, transcripts)

tm.flow(agent, sandbox, analysis_code)
tm.flow(sandbox, agent, analysis_results)

tm.flow(agent, wiki_tool, draft_note)
tm.flow(wiki_tool, wiki, draft_note, protocol="https", label="create draft page")
tm.flow(wiki, wiki_tool, published_notes, protocol="https", label="reads earlier notes")
tm.flow(wiki_tool, agent, published_notes)

tm.flow(agent, log_store, run_log)

tm.flow(wiki, analyst, draft_note, published_notes, protocol="https")
tm.flow(analyst, wiki, published_notes, protocol="https", label="edits and publishes")
