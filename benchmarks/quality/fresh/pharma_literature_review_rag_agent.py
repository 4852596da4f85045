"""Literature review agent: the first design, before any security review.

Medical writers at the company's EU headquarters ask for a literature review on a
question (a compound, an indication, a safety signal) in a drafting web app. An LLM
agent searches PubMed through the NCBI E-utilities API and the bioRxiv/medRxiv
preprint servers, and retrieves passages from the company's own clinical study
reports through a vector index built from the regulatory document management
system. It drafts the review with citations using a hosted LLM and returns it to
the writer, who edits and owns the final text; drafts are kept in a workspace.
Writers sign in with corporate SSO and MFA. The LLM and embedding APIs are under an
enterprise agreement with no training on our data; outbound search goes through
the corporate proxy to an allowlist of hosts. The index is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharma literature review agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="RAG agent drafting literature reviews from PubMed, preprints and internal study reports.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Review request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Research question and inclusion criteria; reveals pipeline interests.",
)
draft = tg.Data(
    "Draft literature review",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
search_query = tg.Data(
    "Literature search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
abstracts = tg.Data("PubMed abstracts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
preprints = tg.Data("Preprint full texts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
search_results = tg.Data(
    "Literature search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
csrs = tg.Data(
    "Clinical study reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Internal study reports, including pseudonymised patient narratives.",
)
report_query = tg.Data(
    "Study report query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
report_chunks = tg.Data(
    "Study report passages", kind="retrieved-context", sensitivity=tg.Sensitivity.REGULATED
)
embeddings = tg.Data(
    "Study report embeddings", kind="embeddings", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Drafting prompt with sources",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The request, search results and study report passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public biomedical literature; anyone can get a paper or preprint indexed.
    pubmed = tm.add(tg.DataSource("PubMed", origin=tg.Origin.PUBLIC_DATASET, provides={abstracts}))
    # bioRxiv and medRxiv: not peer-reviewed, anyone can post.
    preprint_servers = tm.add(
        tg.DataSource("Preprint servers", origin=tg.Origin.PUBLIC_WEB, provides={preprints})
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The model that plans searches and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise agreement, EU region, no training on prompts")
            },
        )
    )
    # Embeds study report chunks and queries for the index.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="same enterprise agreement as the LLM")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The medical writers who request and finalise the reviews.
    writer = tm.add(tg.Actor("Medical writer", role="medical writer"))

with tm.boundary("Research cloud tenant", trust=tg.Trust.INTERNAL):
    # The writers' front end.
    web_app = tm.add(
        tg.Endpoint(
            "Review drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that searches, reads and drafts.
    agent = tm.add(
        tg.Agent(
            "Literature review agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={c.CircuitBreaker(max_steps=40), c.AuditLogging(retention_days=180)},
        )
    )
    # Calls PubMed E-utilities and the preprint servers' APIs.
    lit_search = tm.add(
        tg.Tool(
            "External literature search tool",
            capabilities={"read", "network-egress"},
            controls={
                c.EgressFiltering(note="corporate proxy allowlist: NCBI, bioRxiv, medRxiv"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Searches the internal study report index.
    report_search = tm.add(tg.Tool("Study report search tool", capabilities={"read"}))
    # Chunks of all indexed study reports and their embeddings.
    index = tm.add(
        tg.VectorStore(
            "Study report index",
            stores={report_chunks, embeddings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that pulls new reports from the DMS and indexes them.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))
    # Drafts in progress and their edit history.
    workspace = tm.add(tg.DataStore("Draft workspace", stores={draft}))

with tm.boundary("Regulatory systems", trust=tg.Trust.RESTRICTED):
    # The validated system of record for study reports.
    dms = tm.add(
        tg.DataStore(
            "Regulatory document management system",
            stores={csrs},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

# ---------------------------------------------------------------- flows
# request and answer
tm.flow(writer, web_app, request, protocol="https")
tm.flow(web_app, agent, request)
tm.flow(agent, web_app, draft)
tm.flow(web_app, writer, draft, protocol="https")
tm.flow(writer, web_app, draft, protocol="https", label="edits")
tm.flow(web_app, workspace, draft)
tm.flow(workspace, web_app, draft)

# external literature
tm.flow(agent, lit_search, search_query)
tm.flow(lit_search, agent, search_results)
tm.flow(lit_search, pubmed, search_query, protocol="https")
tm.flow(pubmed, lit_search, abstracts, protocol="https")
tm.flow(lit_search, preprint_servers, search_query, protocol="https")
tm.flow(preprint_servers, lit_search, preprints, protocol="https")

# internal study reports
tm.flow(agent, report_search, report_query)
tm.flow(report_search, embedder, report_query, protocol="https")
tm.flow(embedder, report_search, embeddings, protocol="https")
tm.flow(report_search, index, embeddings, label="similarity query")
tm.flow(index, report_search, report_chunks)
tm.flow(report_search, agent, report_chunks)

# drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# indexing
tm.flow(dms, indexer, csrs, label="nightly export")
tm.flow(indexer, embedder, report_chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, report_chunks, embeddings)
