"""Museum collection chatbot: the first design, before any security review.

Visitors on the museum's public website ask a chat widget about objects in the
collection, artists and current exhibitions. A RAG orchestrator in our cloud
tenancy embeds the question with the LLM vendor's embedding API, retrieves
chunks from a vector index and sends a prompt to the vendor's hosted chat model.
A nightly indexing job fills the index from the published object records of the
collection management system (via its public-records API), from exhibition texts
on the website CMS, and from artist biographies pulled from Wikidata. Chat
transcripts are kept so the digital team can improve answers and edit the
system prompt. Controls in this design: HTTPS everywhere, a per-IP rate limit on
the chat API, the vendor key in a secrets manager, SSO for staff tools, role-based
access in the collection system, and transcripts deleted after 90 days.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Museum collection chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public website chat answering questions about the collection from museum content.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors sometimes type names, e-mail addresses or family history.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data(
    "Collection chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Chunked, embedded object records, exhibition texts and artist biographies.",
)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the visitor question, recent turns and the top-k chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
system_prompt = tg.Data(
    "System prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tone, scope (collection topics only) and answer format rules.",
)
collection_records = tg.Data(
    "Collection management records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Full object records: provenance, donors, valuations, storage locations.",
)
published_records = tg.Data(
    "Published object records",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The fields the museum publishes online: title, maker, date, description, image URL.",
)
exhibition_texts = tg.Data("Exhibition texts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
biographies = tg.Data(
    "Wikidata artist biographies", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
chunk_text = tg.Data("Chunk text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunk_vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
vendor_key = tg.Data("LLM vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous members of the public using the widget on the museum website.
    visitor = tm.add(tg.Actor("Website visitor", role="visitor"))
    # Public linked-open-data source used to enrich answers about artists.
    wikidata = tm.add(
        tg.DataSource(
            "Wikidata",
            origin=tg.Origin.PUBLIC_WEB,
            provides={biographies},
            description="SPARQL query for artists linked from our object records.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # The same vendor's embedding endpoint, for questions and for indexing.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API
        )
    )

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API behind the chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per client IP at the CDN")},
        )
    )
    # Does retrieval, prompt assembly and the LLM call; holds the vendor key.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Keeps the last five turns of each session in memory.",
            controls={c.SecretsManagement(note="vendor key read from the cloud secrets manager")},
        )
    )
    # Managed vector database with everything the chatbot can quote.
    index = tm.add(tg.VectorStore("Collection vector index", stores={chunk_text, chunk_vectors}))
    # Nightly job that chunks and embeds the three content sources.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # Conversation logs for the digital team's weekly review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Public website CMS; the exhibition pages are written by curators.
    website_cms = tm.add(
        tg.DataSource("Website CMS", origin=tg.Origin.INTERNAL, provides={exhibition_texts})
    )

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # System of record for the collection, run on premises by the registrars.
    collection_db = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={collection_records},
            controls={c.RBAC(), c.Authentication(method="museum SSO with MFA")},
        )
    )
    # Keeps object records up to date; decides which records are published online.
    registrar = tm.add(tg.Actor("Collections registrar", role="collections staff"))
    # Reviews transcripts and maintains the system prompt.
    digital_team = tm.add(tg.Actor("Digital team editor", role="digital staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, question, protocol="https")
tm.flow(chat_api, visitor, answer, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, chat_api, answer)
tm.flow(orchestrator, embedder, question, vendor_key, protocol="https", label="embed question")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, vendor_key, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(registrar, collection_db, collection_records, label="catalogues objects")
tm.flow(collection_db, indexer, published_records, protocol="https", label="public-records API")
tm.flow(website_cms, indexer, exhibition_texts, protocol="https")
tm.flow(wikidata, indexer, biographies, protocol="https", label="nightly SPARQL pull")
tm.flow(indexer, embedder, chunk_text, vendor_key, protocol="https", label="embed chunks")
tm.flow(embedder, indexer, chunk_vectors, protocol="https")
tm.flow(indexer, index, chunk_text, chunk_vectors)

tm.flow(transcript_store, digital_team, transcripts, protocol="https", label="weekly review")
tm.flow(digital_team, orchestrator, system_prompt, protocol="https", label="edits system prompt")
