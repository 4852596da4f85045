"""News archive assistant: the first design, before any security review.

Journalists at a public broadcaster ask questions in plain language about decades
of archived broadcast scripts, interview transcripts and footage logs ("what did
we report on the pit closures in 1984, and who did we interview?"). The assistant
answers with citations to archive item IDs, which the journalist opens in the
archive catalogue (our media asset management system) to check the source.
Staff use it from the newsroom network, signed in through corporate SSO with MFA,
and access is limited to newsroom and archive roles. A RAG orchestrator in our
cloud tenancy embeds the question with a self-hosted open-weights embedding model,
searches a vector index of the archive, and sends the question with the retrieved
excerpts to an LLM hosted by a cloud vendor (EU region, contract says no training
on our data). An indexing pipeline chunks new and changed catalogue items; older
paper scripts arrive as OCR text from a digitisation vendor. Every archive
chunk keeps its item ID so that answers can cite it.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "News archive assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Internal RAG assistant for journalists over the broadcaster's archive of "
        "scripts, transcripts and footage logs, answering with cited archive items."
    ),
)

# ---------------------------------------------------------------- data assets
staff_credentials = tg.Data(
    "Staff sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
id_token = tg.Data("SSO ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
question = tg.Data(
    "Journalist question",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Can reveal stories under investigation before broadcast.",
)
query_vector = tg.Data(
    "Question embedding", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
archive_items = tg.Data(
    "Archive scripts, transcripts and footage logs",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description=(
        "Broadcast and unbroadcast material: names of contributors and interviewees, "
        "and in some rushes transcripts, people who spoke on condition of anonymity."
    ),
)
catalogue_entries = tg.Data(
    "Catalogue entries and footage logs", sensitivity=tg.Sensitivity.PII, kind="records"
)
digitised_scripts = tg.Data(
    "Digitised legacy scripts (OCR text)", sensitivity=tg.Sensitivity.PII, kind="documents"
)
chunks = tg.Data(
    "Archive chunks with item IDs", sensitivity=tg.Sensitivity.PII, kind="retrieved-context"
)
chunk_vectors = tg.Data(
    "Archive chunk embeddings", sensitivity=tg.Sensitivity.PII, kind="embeddings"
)
prompt = tg.Data(
    "Prompt with archive excerpts",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt asking for cited answers, the question and the top-k chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
answer = tg.Data(
    "Cited answer",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answer text with links to the archive item IDs it relied on.",
)
item_id = tg.Data("Cited archive item ID", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
query_log = tg.Data("Question and answer log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # The users: reporters, producers and researchers, in the building or on the VPN.
    journalist = tm.add(tg.Actor("Journalist", role="newsroom staff"))
    # Archivists keep the catalogue and write footage logs; they can edit any item.
    librarian = tm.add(tg.Actor("Archive librarian", role="archivist", privileged=True))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The corporate SSO tenant every staff application already uses.
    idp = tm.add(tg.ExternalService("Corporate SSO", provides="identity-provider"))

with tm.boundary("Broadcaster cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web front end journalists type questions into; checks the SSO token and role.
    web_app = tm.add(
        tg.Endpoint(
            "Archive assistant web app",
            purpose="api",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="newsroom and archive roles only"),
            },
        )
    )
    # Builds the retrieval query and the prompt, calls the LLM, returns the cited answer.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Embeds the question, retrieves top-k chunks, prompts the LLM.",
        )
    )
    # Self-hosted open-weights embedding model, used for both questions and archive chunks.
    embedder = tm.add(tg.Model("Embedding model", task="embedding", origin="open-weights"))
    # Keeps every question and answer for usage reporting and answer-quality review.
    log_store = tm.add(
        tg.DataStore(
            "Query log store",
            stores={query_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Archive data zone", trust=tg.Trust.RESTRICTED):
        # The archive catalogue and media asset management system: the source of truth.
        catalogue = tm.add(
            tg.DataStore(
                "Archive catalogue (MAM)",
                stores={archive_items, catalogue_entries},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="existing MAM roles: read for newsroom, edit for archivists"),
                },
            )
        )
        # Chunks and embeds new or changed catalogue items; tags each chunk with its item ID.
        indexer = tm.add(
            tg.Pipeline(
                "Archive indexing pipeline",
                stage="ingestion",
                controls={c.ProvenanceTracking(note="each chunk carries its archive item ID")},
            )
        )
        # The RAG index over the whole archive, restricted items included.
        index = tm.add(
            tg.VectorStore(
                "Archive vector index",
                stores={chunks, chunk_vectors},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the cloud vendor's API, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="EU data residency, no training on prompts")},
        )
    )

with tm.boundary("Digitisation vendor", trust=tg.Trust.PARTNER):
    # Scans and OCRs paper scripts from before the archive went digital.
    digitiser = tm.add(
        tg.DataSource("Script digitisation vendor", origin="vendor", provides={digitised_scripts})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# sign-in
tm.flow(journalist, idp, staff_credentials, protocol="https", controls={tls})
tm.flow(idp, journalist, id_token, protocol="https", controls={tls})

# asking a question
tm.flow(journalist, web_app, question, id_token, protocol="https", controls={tls})
tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question, label="embed question")
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, chunks, label="retrieved excerpts")
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, completion, protocol="https", controls={tls})
tm.flow(orchestrator, log_store, query_log)
tm.flow(orchestrator, web_app, answer)
tm.flow(web_app, journalist, answer, protocol="https", controls={tls})

# checking a citation in the catalogue
tm.flow(journalist, catalogue, item_id, protocol="https", label="opens cited item")
tm.flow(catalogue, journalist, archive_items, protocol="https", label="cited item")

# keeping the archive and the index
tm.flow(librarian, catalogue, catalogue_entries, protocol="https", label="cataloguing")
tm.flow(digitiser, catalogue, digitised_scripts, protocol="sftp", label="monthly batch")
tm.flow(catalogue, indexer, archive_items, catalogue_entries, label="new and changed items")
tm.flow(indexer, embedder, chunks, label="embed chunks")
tm.flow(embedder, indexer, chunk_vectors)
tm.flow(indexer, index, chunks, chunk_vectors)
