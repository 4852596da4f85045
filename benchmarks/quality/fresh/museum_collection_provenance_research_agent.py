"""Provenance research agent: the first design, before any security review.

Curators ask a research agent to trace the ownership history of an object (an
acquisition offer, a loan, a gap in its 1933-1945 provenance). They use a
research workspace in the museum's cloud tenancy, signed in with museum SSO; it
pulls the object record and acquisition file from the collection management
system and hands the task to the agent. The agent plans with a hosted LLM and
calls search tools: the museum's digitised archive (dealer stock books and
letters scanned by archivists and indexed), a subscription auction-records
database, an art loss register and public online archives. It saves a draft
report with sources; a curator reviews and edits it before anyone relies on it.
Controls so far: SSO on the workspace, CMS roles, a step limit and tool-call
logging on the agent, subscription keys in the cloud vault, a vetted LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum provenance research agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that searches archives, auction records and loss registers to "
        "draft provenance reports on collection objects for curators."
    ),
)

# ---------------------------------------------------------------- data assets
research_request = tg.Data(
    "Provenance research request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The curator's question: object number, period to cover, known gaps.",
)
object_record = tg.Data(
    "Object record and acquisition file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Catalogue data, acquisition history, donor, vendor and lender names and addresses.",
)
agent_context = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, the object record and the search results so far.",
)
llm_reply = tg.Data("LLM plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
archive_query = tg.Data(
    "Archive search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
archive_scans = tg.Data(
    "Scanned archive documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dealer stock books, correspondence and invoices from the museum archive.",
)
archive_chunks = tg.Data(
    "Archive passages and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
auction_query = tg.Data(
    "Auction records query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
auction_results = tg.Data(
    "Auction sale records",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot descriptions, sale dates, prices and consignor notes under a licence.",
)
register_query = tg.Data(
    "Loss register search",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Object description and images; reveals which objects the museum is checking.",
)
register_matches = tg.Data(
    "Loss register matches", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
web_query = tg.Data(
    "Public archive search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
web_pages = tg.Data(
    "Public archive pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Online catalogues, digitised newspapers and public looted-art databases.",
)
draft_report = tg.Data(
    "Draft provenance report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Ownership chronology, cited sources, open gaps and red flags.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Museum staff network", trust=tg.Trust.INTERNAL):
    # The people who ask for research and judge the drafts.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Scans the paper archive so the agent can search it.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))

with tm.boundary("Collections systems", trust=tg.Trust.INTERNAL):
    # The museum's system of record for objects, already in place.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={object_record},
            controls={c.RBAC(note="collections roles from the existing CMS")},
        )
    )

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where curators start research and read the drafts.
    workspace = tm.add(
        tg.Endpoint(
            "Research workspace",
            purpose=tg.EndpointPurpose.API,
            description="Web app: pick an object, ask a question, read and edit drafts.",
            controls={c.Authentication(method="museum single sign-on (OIDC)")},
        )
    )
    # Plans and runs the searches and writes the draft.
    agent = tm.add(
        tg.Agent(
            "Provenance research agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Searches on its own; only curators act on what it drafts.",
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365, note="every tool call and result"),
            },
        )
    )
    # Semantic search over the museum's own digitised archive.
    archive_tool = tm.add(tg.Tool("Archive search tool", capabilities={"read"}))
    # Holds the OCR'd, chunked and embedded archive.
    archive_index = tm.add(tg.VectorStore("Archive index", stores={archive_chunks}))
    # OCR, chunking and embedding of newly scanned archive material.
    indexer = tm.add(tg.Pipeline("Archive indexing pipeline", stage=tg.Stage.INGESTION))
    # Wraps the auction-records subscription API.
    auction_tool = tm.add(
        tg.Tool(
            "Auction records search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="subscription API key in the cloud vault")},
        )
    )
    # Wraps the loss register's search API.
    register_tool = tm.add(
        tg.Tool(
            "Loss register search tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="register account key in the cloud vault")},
        )
    )
    # Fetches pages from public online archives and databases.
    web_tool = tm.add(
        tg.Tool("Public archive search tool", capabilities={"read", "network-egress"})
    )
    # Keeps drafts until a curator finalises them.
    drafts = tm.add(tg.DataStore("Draft report store", stores={draft_report}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's language model, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our prompts")},
        )
    )

with tm.boundary("Auction data provider", trust=tg.Trust.PARTNER):
    # Commercial database of past auction sales.
    auction_db = tm.add(
        tg.ExternalService("Auction records database", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Loss register operator", trust=tg.Trust.PARTNER):
    # Register of stolen and looted works, searched under the museum's account.
    loss_register = tm.add(
        tg.ExternalService("Art loss register", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public archives, newspapers and looted-art databases anyone can publish to.
    public_sources = tm.add(
        tg.DataSource(
            "Public online archives",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_pages},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(curator, workspace, research_request, protocol="https")
tm.flow(cms, workspace, object_record, label="object lookup")
tm.flow(workspace, agent, research_request, object_record)

tm.flow(agent, llm, agent_context, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, archive_tool, archive_query)
tm.flow(archive_tool, archive_index, archive_query, label="similarity search")
tm.flow(archive_index, archive_tool, archive_chunks)
tm.flow(archive_tool, agent, archive_chunks)

tm.flow(agent, auction_tool, auction_query)
tm.flow(auction_tool, auction_db, auction_query, protocol="https")
tm.flow(auction_db, auction_tool, auction_results, protocol="https")
tm.flow(auction_tool, agent, auction_results)

tm.flow(agent, register_tool, register_query)
tm.flow(register_tool, loss_register, register_query, protocol="https")
tm.flow(loss_register, register_tool, register_matches, protocol="https")
tm.flow(register_tool, agent, register_matches)

tm.flow(agent, web_tool, web_query)
tm.flow(web_tool, public_sources, web_query, protocol="https")
tm.flow(public_sources, web_tool, web_pages, protocol="https")
tm.flow(web_tool, agent, web_pages)

tm.flow(agent, drafts, draft_report, label="save draft")
tm.flow(drafts, workspace, draft_report)
tm.flow(workspace, curator, draft_report, protocol="https")
tm.flow(curator, workspace, draft_report, protocol="https", label="edits and sign-off")
tm.flow(workspace, drafts, draft_report, label="save edits")

tm.flow(archivist, indexer, archive_scans, label="upload scans")
tm.flow(indexer, archive_index, archive_chunks)
