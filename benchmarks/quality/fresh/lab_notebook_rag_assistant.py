"""Lab notebook RAG assistant: the first design, before any security review.

R&D scientists ask questions in an internal web app ("which assays did we run on
compound X, and what did the CRO report?") and get answers with citations. Every
night an ingestion pipeline pulls new entries from the electronic lab notebook,
assay results from the LIMS, internal study reports from the document system and
partner CRO reports from the SFTP landing zone, chunks them, embeds them with
the LLM vendor's embedding API and writes them to a vector store in the R&D
cloud. At query time an orchestrator retrieves the top chunks and sends them
with the question to the vendor-hosted LLM. Some projects are restricted to
named teams: each chunk carries its project's access list, copied at ingestion,
and retrieval filters on the user's groups from corporate SSO. The vendor was
vetted and has a zero-retention agreement; the index is encrypted at rest,
chunks keep their source for citations, and queries are logged for audit.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Lab notebook RAG assistant",
    profile=tg.RiskProfile.HIGH,
    description="Question answering with citations over ELN entries, assay results, "
    "internal reports and partner CRO reports.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Scientist question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
id_token = tg.Data(
    "SSO ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token with the user's group memberships.",
)
answer = tg.Data(
    "Answer with citations", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
eln_entries = tg.Data(
    "Lab notebook entries",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Experiments, compound structures and observations, incl. restricted projects.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
assays = tg.Data(
    "Assay results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reports = tg.Data(
    "Internal study reports", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
cro_reports = tg.Data(
    "CRO study reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF and Word reports delivered by contract research organisations.",
)
chunk_text = tg.Data(
    "Document chunks",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Chunk text with source id, project and access list metadata.",
)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.SECRET)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
context = tg.Data(
    "Retrieved chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.SECRET,
    description="Top-k chunks the user's groups may see, with their sources.",
)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.SECRET,
    description="System prompt, question and retrieved chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.SECRET)
query_log = tg.Data(
    "Query audit log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="User, question, cited sources and answer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Researchers and project leads using the assistant from their laptops.
    scientist = tm.add(tg.Actor("Scientist", role="R&D scientist"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO; its groups say who is on which restricted project team.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Answers questions from the retrieved chunks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )
    # Same vendor's embedding endpoint, used at ingestion and at query time.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="same enterprise agreement as the LLM")},
        )
    )

with tm.boundary("CRO partner", trust=tg.Trust.PARTNER):
    # Contract research organisations upload their study reports here.
    cro = tm.add(
        tg.DataSource(
            "CRO report drop",
            origin=tg.Origin.PARTNER,
            provides={cro_reports},
            description="SFTP landing zone with one folder per CRO.",
        )
    )

with tm.boundary("R&D systems", trust=tg.Trust.RESTRICTED):
    # The electronic lab notebook: the main source of experiment knowledge.
    eln = tm.add(tg.DataSource("Electronic lab notebook", provides={eln_entries}))
    # LIMS with assay plate results.
    lims = tm.add(tg.DataSource("Assay LIMS", provides={assays}))
    # Document management system with internal study reports.
    dms = tm.add(tg.DataSource("Report repository", provides={reports}))

with tm.boundary("R&D cloud VPC", trust=tg.Trust.INTERNAL):
    # The web app and API scientists use.
    app = tm.add(
        tg.Endpoint(
            "Assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Embeds the question, retrieves chunks, builds the prompt, calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Who asked what, and which sources were cited.
    audit_store = tm.add(
        tg.DataStore(
            "Query log store",
            stores={query_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("R&D data tier", trust=tg.Trust.RESTRICTED):
        # Nightly job: extract, chunk, embed, copy each project's access list.
        ingestion = tm.add(
            tg.Pipeline(
                "Nightly ingestion pipeline",
                stage=tg.Stage.INGESTION,
                controls={
                    c.ProvenanceTracking(note="source system, document id and version per chunk")
                },
            )
        )
        # The index of every chunk, with project access lists as metadata.
        index = tm.add(
            tg.VectorStore(
                "Research vector store",
                stores={chunk_text, embeddings},
                controls={
                    c.PermissionAwareRetrieval(
                        note="filters on project access list vs user groups"
                    ),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(scientist, idp, id_token, protocol="https", label="SSO sign-in")
tm.flow(idp, scientist, id_token, protocol="https")
tm.flow(scientist, app, question, id_token, protocol="https")
tm.flow(app, scientist, answer, protocol="https")
tm.flow(app, orchestrator, question, id_token)
tm.flow(orchestrator, app, answer)

tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query with user groups")
tm.flow(index, orchestrator, context)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, audit_store, query_log)

tm.flow(eln, ingestion, eln_entries, protocol="https", label="ELN export API")
tm.flow(lims, ingestion, assays, protocol="https")
tm.flow(dms, ingestion, reports, protocol="https")
tm.flow(cro, ingestion, cro_reports, protocol="sftp")
tm.flow(ingestion, embedder, chunk_text, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, chunk_text, embeddings)
