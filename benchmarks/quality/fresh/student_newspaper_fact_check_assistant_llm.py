"""Student newspaper fact-check assistant: the first design.

Reporters at the university's student newspaper upload a draft article to a
small web app, with the sources they used attached: PDFs, interview notes and
transcripts, links. An ingestion job extracts and embeds the attached sources
into a per-article index. A fact-check agent, running on the paper's university
cloud tenancy and driven by a hosted LLM, lists the draft's factual claims and
checks each against the attached sources (through a source lookup tool) and the
web (through a search tool over a commercial search API that also fetches the
result pages). It writes a claim report, and the section editor reviews the
doubtful claims it flags before anything goes to print; the agent publishes and
edits nothing. Students sign in with university SSO and Duo MFA; the LLM vendor
is under the university's enterprise agreement; the agent is capped at a fixed
number of tool calls per article.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student newspaper fact-check assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Checks the factual claims in draft articles against attached sources and "
    "the web, and flags doubtful ones to the editor.",
)

# ---------------------------------------------------------------- data assets
draft = tg.Data(
    "Draft article",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished text; may name people before the story runs.",
)
source_files = tg.Data(
    "Attached source files",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Interview notes and transcripts, PDFs and links; can identify sources.",
)
source_chunks = tg.Data("Source chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Source embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
check_request = tg.Data(
    "Fact-check request", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Claim-check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the draft, the claim under check and the evidence found.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_query = tg.Data(
    "Web search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_results = tg.Data("Search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
page_request = tg.Data("Page request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
page_text = tg.Data("Web page text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
web_evidence = tg.Data("Web evidence", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
lookup_query = tg.Data(
    "Source lookup query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report = tg.Data(
    "Claim check report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Each claim, the evidence for and against, and a supported/doubtful flag.",
)
editor_notes = tg.Data(
    "Editor decisions on flagged claims", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Writes the drafts and attaches the sources; works from their own laptops anywhere.
    reporter = tm.add(tg.Actor("Reporter", role="student reporter"))
    # Reviews the flagged claims and decides what changes before publication.
    editor = tm.add(tg.Actor("Section editor", role="student editor"))
    # Whatever the search results point at: news sites, university pages, blogs.
    web = tm.add(
        tg.DataSource("Public web pages", origin=tg.Origin.PUBLIC_WEB, provides={page_text})
    )

with tm.boundary("Search provider", trust=tg.Trust.PARTNER):
    # Commercial web search API, paid per query.
    search_api = tm.add(
        tg.ExternalService("Web search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that extracts claims and judges them against the evidence.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="university enterprise agreement; no training on inputs")
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where reporters submit drafts and editors review the flags.
    app = tm.add(
        tg.Endpoint(
            "Fact-check web app",
            purpose=tg.EndpointPurpose.API,
            description="Reporters see the checks on their own drafts; editors see every check.",
            controls={
                c.Authentication(method="university SSO (SAML) with Duo MFA"),
                c.RBAC(),
            },
        )
    )
    # Drives the check: lists claims, gathers evidence through its tools, asks the LLM.
    agent = tm.add(
        tg.Agent(
            "Fact-check agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={
                c.CircuitBreaker(max_steps=40, note="tool calls per article"),
                c.HumanInTheLoop(
                    approver="the section editor",
                    note="flags are advice; the editor decides every change before print",
                ),
            },
        )
    )
    # Lets the agent search the web and read the pages the results point to.
    search_tool = tm.add(
        tg.Tool(
            "Web search tool",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Lets the agent find passages in the sources attached to this article.
    lookup_tool = tm.add(tg.Tool("Source lookup tool", capabilities={"read"}))
    # Extracts text from uploaded files, chunks and embeds it.
    ingestion = tm.add(
        tg.Pipeline("Source ingestion job", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Small open-weights embedding model run inside the ingestion container.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )

    with tm.boundary("Newsroom data", trust=tg.Trust.RESTRICTED):
        # The drafts and attached sources as uploaded.
        source_store = tm.add(
            tg.DataStore(
                "Draft and source store",
                stores={draft, source_files},
                controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
            )
        )
        # Per-article index of the attached sources.
        index = tm.add(tg.VectorStore("Source index", stores={source_chunks, embeddings}))
        # Claim reports and the editor's decisions on them.
        report_store = tm.add(
            tg.DataStore(
                "Claim report store",
                stores={report, editor_notes},
                controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(reporter, app, draft, source_files, protocol="https")
tm.flow(app, source_store, draft, source_files)
tm.flow(source_store, ingestion, source_files)
tm.flow(ingestion, embedder, source_chunks)
tm.flow(embedder, ingestion, embeddings)
tm.flow(ingestion, index, source_chunks, embeddings)

tm.flow(app, agent, check_request, draft)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_query)
tm.flow(lookup_tool, index, lookup_query)
tm.flow(index, lookup_tool, source_chunks)
tm.flow(lookup_tool, agent, source_chunks)

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, search_api, search_query, protocol="https")
tm.flow(search_api, search_tool, search_results, protocol="https")
tm.flow(search_tool, web, page_request, protocol="https")
tm.flow(web, search_tool, page_text, protocol="https")
tm.flow(search_tool, agent, web_evidence)

tm.flow(agent, report_store, report)
tm.flow(report_store, app, report)
tm.flow(app, reporter, report, protocol="https")
tm.flow(app, editor, report, protocol="https")
tm.flow(editor, app, editor_notes, protocol="https")
tm.flow(app, report_store, editor_notes)
