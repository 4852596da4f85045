"""Developer docs Q&A bot: the first design, before any security review.

An "Ask the docs" chat widget on our public documentation website. Any visitor,
signed in or not, types a question about the platform; the bot answers with
code snippets and links to the pages it used. The API behind the widget runs in
the docs platform's cloud account: an orchestrator embeds the question with the
LLM vendor's embedding API, retrieves the closest chunks from a vector index and
sends them with the question to the vendor's hosted chat model. A nightly
ingestion job rebuilds the index from the docs repository (guides and the
generated API reference), resolved GitHub issues on our public repositories and
threads marked solved on the community forum. Questions, answers and thumbs
up/down ratings are logged for the developer relations team. The API is rate
limited per IP and caps question length; the vendor API key is in the cloud
secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Developer docs Q&A bot",
    profile=tg.RiskProfile.LOW,
    description="Public, anonymous RAG chatbot over product docs, API reference, "
    "GitHub issues and forum threads.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Visitor question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
rating = tg.Data("Answer rating", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data(
    "Answer with snippets and links",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Markdown with code blocks and links to the source pages.",
)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
passages = tg.Data(
    "Retrieved passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Top-k chunks with their source URLs.",
)
prompt = tg.Data(
    "Prompt with passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the question and the retrieved passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
system_prompt = tg.Data("System prompt and bot settings", kind="instructions")
docs = tg.Data(
    "Product docs and API reference",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
issues = tg.Data("Resolved GitHub issues", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
threads = tg.Data("Solved forum threads", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunk_text = tg.Data("Chunk text", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
chunks = tg.Data("Doc chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)
transcripts = tg.Data(
    "Chat transcripts and ratings",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Question, answer, sources, rating and a random session id.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone reading the docs; no sign-in required.
    visitor = tm.add(tg.Actor("Docs visitor", role="anonymous developer"))
    # Closed issues labelled "resolved" on our public GitHub repositories.
    github = tm.add(tg.DataSource("GitHub issues", origin=tg.Origin.PUBLIC_WEB, provides={issues}))
    # Our Discourse forum: anyone with an account can post; we take threads marked solved.
    forum = tm.add(
        tg.DataSource("Community forum", origin=tg.Origin.PUBLIC_WEB, provides={threads})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.ModelAlignment(note="the vendor's safety tuning")},
        )
    )
    # Hosted embedding model for both the index and the questions.
    embedder = tm.add(
        tg.Model("Hosted embedding model", task=tg.Task.EMBEDDING, origin="third-party-api")
    )

with tm.boundary("Docs platform cloud", trust=tg.Trust.INTERNAL):
    # The public API the widget calls, behind the docs site's CDN.
    chat_api = tm.add(
        tg.Endpoint(
            "Ask-the-docs API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per client IP"),
                c.InputValidation(note="question length capped at 2,000 characters"),
            },
        )
    )
    # Embeds the question, retrieves passages, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "QA orchestrator",
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # The retrieval index over all four sources.
    index = tm.add(tg.VectorStore("Docs vector index", stores={chunks}))
    # Nightly job: fetch, chunk, embed and replace the index.
    ingestion = tm.add(tg.Pipeline("Nightly ingestion", stage=tg.Stage.INGESTION))
    # Transcripts and ratings for the developer relations team's review.
    log_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Engineering systems", trust=tg.Trust.INTERNAL):
    # Docs-as-code repository: guides plus the API reference generated from the OpenAPI spec.
    docs_repo = tm.add(tg.DataSource("Docs repository", origin=tg.Origin.INTERNAL, provides={docs}))
    # Owns the bot: tunes the system prompt, reads transcripts to improve the docs.
    devrel = tm.add(tg.Actor("Developer relations engineer", role="bot owner", privileged=True))

# ---------------------------------------------------------------- flows
# answering a question
tm.flow(visitor, chat_api, question, protocol="https")
tm.flow(visitor, chat_api, rating, protocol="https", label="thumbs up/down")
tm.flow(chat_api, visitor, answer, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, chat_api, answer)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, passages)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, transcripts)
tm.flow(chat_api, log_store, rating)

# building the index
tm.flow(docs_repo, ingestion, docs, protocol="https", label="git clone")
tm.flow(github, ingestion, issues, protocol="https", label="GitHub API")
tm.flow(forum, ingestion, threads, protocol="https", label="forum API")
tm.flow(ingestion, embedder, chunk_text, protocol="https")
tm.flow(embedder, ingestion, chunks, protocol="https")
tm.flow(ingestion, index, chunks)

# operating the bot
tm.flow(devrel, orchestrator, system_prompt, protocol="https", label="prompt and settings")
tm.flow(log_store, devrel, transcripts, protocol="https", label="transcript review")
tm.flow(devrel, docs_repo, docs, protocol="https", label="docs changes")
