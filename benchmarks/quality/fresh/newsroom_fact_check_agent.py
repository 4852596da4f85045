"""Newsroom fact-check agent: the first design, before any security review.

Reporters paste a draft into the editorial CMS and press "fact-check". The CMS
hands the draft to an agent service in our newsroom cloud account, which asks a
hosted LLM to extract the checkable claims, then for each claim searches the web
through a commercial search API and searches the newspaper's archive index, fetches
and reads the source pages it finds, and asks the LLM to judge each claim against
them. The result, a list of supported and unsupported claims with source links, is
written back into the CMS as a note on the draft; a section editor reads it and
decides what to change before publication, and the agent never edits the draft.
Controls in this design: newsroom SSO and desk roles in the CMS, TLS to the LLM
and search vendors (the LLM vendor's no-training terms were reviewed by legal),
a step limit on the agent loop and a run log of prompts and tool calls.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Newsroom fact-check agent",
    profile=tg.RiskProfile.HIGH,
    description="Checks claims in reporters' drafts against web and archive sources before publication.",
)

# ---------------------------------------------------------------- data assets
draft = tg.Data(
    "Unpublished draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Story text before publication; may name people and unnamed sources' details.",
)
check_request = tg.Data(
    "Fact-check request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the draft or a claim, and the text of retrieved sources.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_query = tg.Data(
    "Search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Claim-derived queries; they reveal what the paper is about to publish.",
)
search_results = tg.Data("Search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
page_url = tg.Data("Source URL", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
web_page = tg.Data("Source page text", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC)
archive_articles = tg.Data(
    "Archive articles",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Published articles and their corrections since 1995.",
)
report = tg.Data(
    "Fact-check report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Supported and unsupported claims with links to the sources.",
)
edits = tg.Data("Editor's changes", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Whatever pages the search results point to: news sites, blogs, official records.
    open_web = tm.add(
        tg.DataSource("Public web pages", origin=tg.Origin.PUBLIC_WEB, provides={web_page})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; claim extraction and judging.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="legal reviewed no-training and 30-day retention terms")
            },
        )
    )

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Commercial web search API, billed per query.
    search_api = tm.add(
        tg.ExternalService("Web search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Writes the draft and asks for the check.
    reporter = tm.add(tg.Actor("Reporter", role="reporter"))
    # Reads the report and decides what changes before publication.
    editor = tm.add(tg.Actor("Section editor", role="editor", privileged=True))

with tm.boundary("Newsroom cloud account", trust=tg.Trust.INTERNAL):
    # Where drafts are written, checked and published from.
    cms = tm.add(
        tg.Service(
            "Editorial CMS",
            controls={
                c.Authentication(method="newsroom SSO"),
                c.RBAC(note="desk-based access to drafts"),
            },
        )
    )
    # Drafts, notes and revision history behind the CMS.
    cms_db = tm.add(tg.DataStore("CMS database", stores={draft, report, edits}))
    # Orchestrates claim extraction, searching, reading and judging.
    agent = tm.add(
        tg.Agent(
            "Fact-check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=60),
                c.HumanInTheLoop(
                    approver="section editor", note="report is advisory; the editor decides changes"
                ),
            },
        )
    )
    # Wraps the search vendor's API for the agent.
    search_tool = tm.add(
        tg.Tool(
            "Web search tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Downloads and extracts the text of any URL the agent picks from the results.
    fetch_tool = tm.add(
        tg.Tool(
            "Page fetch tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Semantic search over the newspaper's own archive.
    archive_tool = tm.add(tg.Tool("Archive search tool", capabilities={"read"}))
    # Embedded archive of published articles and corrections.
    archive_index = tm.add(tg.VectorStore("Archive index", stores={archive_articles}))
    # Posts the finished report onto the draft as a CMS note.
    cms_note_tool = tm.add(tg.Tool("CMS note tool", capabilities={"write"}))
    # Prompts, completions and tool calls of each run, for debugging and disputes.
    log_store = tm.add(
        tg.DataStore(
            "Agent run log", stores={run_log}, controls={c.AuditLogging(retention_days=90)}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(reporter, cms, draft, check_request, protocol="https")
tm.flow(cms, reporter, report, protocol="https")
tm.flow(cms, cms_db, draft, edits)
tm.flow(cms_db, cms, draft, report)
tm.flow(cms, agent, draft, check_request, label="fact-check job")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, search_api, search_query, protocol="https")
tm.flow(search_api, search_tool, search_results, protocol="https")
tm.flow(search_tool, agent, search_results)

tm.flow(agent, fetch_tool, page_url)
tm.flow(fetch_tool, open_web, page_url, label="GET source page")
tm.flow(open_web, fetch_tool, web_page)
tm.flow(fetch_tool, agent, web_page)

tm.flow(agent, archive_tool, search_query)
tm.flow(archive_tool, archive_index, search_query)
tm.flow(archive_index, archive_tool, archive_articles)
tm.flow(archive_tool, agent, archive_articles)

tm.flow(agent, cms_note_tool, report)
tm.flow(cms_note_tool, cms, report, protocol="https")
tm.flow(agent, log_store, run_log)

tm.flow(cms, editor, draft, report, protocol="https")
tm.flow(editor, cms, edits, protocol="https")
