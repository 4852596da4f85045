"""Code search embeddings service: the first design, before any security review.

An internal developer-platform service that answers natural-language questions
about the company's code ("where do we validate webhook signatures?"). Every
night an indexer job clones all internal repositories from the code host with a
read-all service token, chunks the source files and embeds the chunks with an
open-weights embedding model (pinned revision, downloaded from a public model
hub) served on the company's GPU cluster; chunks, vectors and repository ids go
into a vector database. Developers ask questions in a chat panel of the
developer portal (company SSO). An LLM gateway embeds the question, looks up the
developer's repository permissions on the code host, retrieves only chunks from
repositories they can read, and sends the question with the chunks to a
third-party LLM API under a no-retention enterprise contract. The gateway applies
per-user quotas and logs conversations for usage analytics.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Code search embeddings service",
    profile=tg.RiskProfile.LOW,
    description="Natural-language Q&A over internal repositories for the company's developers.",
)

# ---------------------------------------------------------------- data assets
source_code = tg.Data(
    "Source code",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="All internal repositories, including configuration files and scripts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
repo_permissions = tg.Data(
    "Repository permissions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which users and groups can read which repositories.",
)
indexer_token = tg.Data(
    "Code host read-all token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
user_identity = tg.Data(
    "Developer identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
code_chunks = tg.Data("Code chunks", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)
code_vectors = tg.Data(
    "Code chunk embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="One vector per chunk, stored with the chunk text, path and repository id.",
)
index_config = tg.Data(
    "Indexer configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Schedule, chunking parameters, excluded repositories and file patterns.",
)
question = tg.Data("Developer question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
retrieved = tg.Data(
    "Retrieved code context", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question and the top-k code chunks with file paths.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with code references", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
conversations = tg.Data("Conversation logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weights = tg.Data(
    "Embedding model weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights embedding model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Generates the answers; the only component outside the company.
    llm = tm.add(
        tg.LLM(
            "Third-party LLM API",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model on the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(note="procurement review; zero data retention in the contract")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: any engineer with a company account.
    developer = tm.add(tg.Actor("Developer", role="engineer"))
    # Runs the service and tunes what gets indexed.
    platform_engineer = tm.add(
        tg.Actor("Platform engineer", role="developer platform team", privileged=True)
    )

with tm.boundary("Source control", trust=tg.Trust.INTERNAL):
    # Self-hosted code host: the source of the code and of the permissions.
    code_host = tm.add(
        tg.DataStore(
            "Code host",
            stores={source_code, repo_permissions},
            description="Self-hosted Git server holding every internal repository.",
        )
    )

with tm.boundary("Developer platform cluster", trust=tg.Trust.INTERNAL):
    # Chat panel inside the developer portal, the service's only user interface.
    portal_chat = tm.add(
        tg.Endpoint(
            "Developer portal chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Orchestrates retrieval and the LLM call; holds the vendor API key.
    gateway = tm.add(
        tg.Service(
            "LLM gateway",
            description="Embeds the question, resolves permissions, retrieves chunks, calls the LLM.",
            controls={
                c.RateLimiting(
                    requests_per_minute=20, note="per developer, also a daily token budget"
                ),
                c.SecretsManagement(note="vendor API key injected from the secrets vault"),
            },
        )
    )
    # Nightly job that clones, chunks and embeds every repository.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly code indexer",
            stage=tg.Stage.INGESTION,
            description="Full re-index of changed repositories every night.",
            controls={c.SecretsManagement(note="read-all token injected from the secrets vault")},
        )
    )
    # Holds the chunks and vectors, tagged with their repository id.
    vector_db = tm.add(
        tg.VectorStore(
            "Code vector database",
            stores={code_chunks, code_vectors},
            controls={
                c.PermissionAwareRetrieval(
                    note="gateway filters every query to the repository ids the developer can read"
                )
            },
        )
    )
    # Usage analytics and debugging of bad answers.
    conversation_store = tm.add(tg.DataStore("Conversation log store", stores={conversations}))

with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
    # Open-weights embedding model on company GPUs, used for both code and questions.
    embedder = tm.add(
        tg.Model(
            "Code embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Served by an inference server behind an internal HTTPS endpoint.",
            controls={c.ModelVersioning(note="hub revision pinned by commit hash")},
        )
    )

# ---------------------------------------------------------------- flows
# Indexing
tm.flow(model_hub, embedder, weights, protocol="https", label="model download")
tm.flow(platform_engineer, indexer, index_config, label="configures")
tm.flow(indexer, code_host, indexer_token, protocol="https", label="clone")
tm.flow(code_host, indexer, source_code, protocol="https")
tm.flow(indexer, embedder, code_chunks, protocol="https")
tm.flow(embedder, indexer, code_vectors, protocol="https")
tm.flow(indexer, vector_db, code_chunks, code_vectors, label="upsert")

# Question answering
tm.flow(developer, portal_chat, question, user_identity, protocol="https")
tm.flow(portal_chat, developer, answer, protocol="https")
tm.flow(portal_chat, gateway, question, user_identity, protocol="https")
tm.flow(gateway, portal_chat, answer, protocol="https")
tm.flow(gateway, code_host, user_identity, protocol="https", label="permission lookup")
tm.flow(code_host, gateway, repo_permissions, protocol="https")
tm.flow(gateway, embedder, question, protocol="https")
tm.flow(embedder, gateway, query_vector, protocol="https")
tm.flow(gateway, vector_db, query_vector, repo_permissions, label="filtered similarity search")
tm.flow(vector_db, gateway, retrieved)
tm.flow(gateway, llm, llm_prompt, protocol="https")
tm.flow(llm, gateway, completion, protocol="https")
tm.flow(gateway, conversation_store, conversations)
tm.flow(conversation_store, platform_engineer, conversations, label="usage analytics")
