"""IDE code assistant with repository context: the first design, before any security review.

Developers at the company install a plugin in their IDE that completes code as they
type and explains selected code on request. The plugin signs the developer in through
the corporate SSO provider and sends the code around the cursor to an assistant
gateway in the AI platform VPC. The gateway asks a retrieval service for related
snippets from the company's repositories and internal engineering wiki, builds a
prompt and calls a hosted LLM from a model vendor under an enterprise agreement.
An indexing pipeline pulls every repository and the wiki nightly with a read-all
service account, embeds the chunks with a self-hosted open-weights embedding model
and writes them to a shared vector index. Requests and completions are logged for
usage metrics. Controls in this design: SSO sign-in with MFA and a per-user quota
at the gateway, TLS to and from the gateway, the vendor API key kept in the secrets
vault, and the vendor's zero-retention terms reviewed by procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IDE code assistant with repository context",
    profile=tg.RiskProfile.HIGH,
    description="LLM code completion and explanation in the IDE, grounded in company repos and docs.",
)

# ---------------------------------------------------------------- data assets
editor_context = tg.Data(
    "Editor context",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The open file around the cursor, neighbouring tabs and the developer's question.",
)
completion_request = tg.Data(
    "Completion request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Editor context, file path, language and the developer's instruction.",
)
sso_token = tg.Data("SSO access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
source_code = tg.Data(
    "Source repositories",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="All company repositories, including their configuration files and history.",
)
wiki_pages = tg.Data(
    "Engineering wiki pages",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Design docs, runbooks and API guides written by engineers.",
)
chunks = tg.Data(
    "Code and doc chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chunks of files and wiki pages with their repository and path.",
)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Assembled prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, editor context and the top-k retrieved chunks.",
)
completion = tg.Data(
    "Code suggestion or explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
usage_logs = tg.Data(
    "Request and completion logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Developer id, prompt, retrieved chunk ids, completion and acceptance.",
)
vendor_key = tg.Data("LLM vendor API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Developer laptops", trust=tg.Trust.INTERNAL):
    # The engineers who use the assistant while writing code.
    developer = tm.add(tg.Actor("Developer", role="software engineer"))
    # What the plugin reads from the local checkout: the open files and tabs.
    workspace = tm.add(
        tg.DataSource(
            "Local workspace",
            origin=tg.Origin.INTERNAL,
            provides={editor_context},
            description="The developer's checkout, which may include third-party code.",
        )
    )
    # The IDE extension: gathers context, calls the gateway, inserts the suggestion.
    plugin = tm.add(
        tg.Service(
            "IDE plugin",
            description="VS Code and JetBrains extension distributed from the internal marketplace.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO (SaaS) that the plugin signs developers in with.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("AI platform VPC", trust=tg.Trust.INTERNAL):
    # Single entry point for the plugin: checks the token, applies quotas, calls the LLM.
    gateway = tm.add(
        tg.Endpoint(
            "Assistant gateway",
            purpose=tg.EndpointPurpose.API,
            description="Validates the SSO token, asks for context, assembles the prompt.",
            controls={
                c.Authentication(method="OIDC via corporate SSO with MFA"),
                c.RateLimiting(requests_per_minute=120, note="per developer"),
                c.SecretsManagement(note="vendor API key read from the vault at start-up"),
            },
        )
    )
    # Finds snippets related to the request in the shared index.
    retrieval = tm.add(
        tg.Service(
            "Context retrieval service",
            description="Embeds the request and runs a top-k similarity search.",
        )
    )
    # Self-hosted embedding model used both at index time and at query time.
    embedder = tm.add(
        tg.Model(
            "Code embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="An open-weights code embedding model served on a GPU node.",
        )
    )
    # One index over every repository and the wiki, shared by all developers.
    index = tm.add(tg.VectorStore("Code context index", stores={chunks, embeddings}))
    # Nightly job that crawls repos and wiki and refreshes the index.
    indexer = tm.add(
        tg.Pipeline(
            "Repository indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Clones every repository and exports the wiki with a read-all service account.",
        )
    )
    # Usage metrics and debugging: what was asked and what was suggested.
    log_store = tm.add(
        tg.DataStore(
            "Assistant usage logs",
            stores={usage_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Engineering systems", trust=tg.Trust.INTERNAL):
    # Self-hosted Git server: the company's code.
    git = tm.add(tg.DataStore("Git server", stores={source_code}))
    # Internal wiki with design docs and runbooks.
    wiki = tm.add(tg.DataStore("Engineering wiki", stores={wiki_pages}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted code model that writes completions and explanations.
    llm = tm.add(
        tg.LLM(
            "Hosted code LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A vendor's code-capable chat model under an enterprise agreement.",
            controls={
                c.SupplierAssessment(note="zero data retention terms reviewed by procurement")
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# sign-in
tm.flow(plugin, idp, protocol="https", label="OIDC sign-in")
tm.flow(idp, plugin, sso_token, protocol="https")

# completion path
tm.flow(developer, plugin, editor_context, label="types or asks to explain")
tm.flow(workspace, plugin, editor_context)
tm.flow(plugin, gateway, completion_request, sso_token, protocol="https", controls={tls})
tm.flow(gateway, retrieval, completion_request, protocol="grpc")
tm.flow(retrieval, embedder, completion_request, protocol="grpc")
tm.flow(embedder, retrieval, query_embedding, protocol="grpc")
tm.flow(retrieval, index, query_embedding, label="similarity search")
tm.flow(index, retrieval, chunks)
tm.flow(retrieval, gateway, chunks, protocol="grpc")
tm.flow(gateway, llm, prompt, vendor_key, protocol="https", controls={tls})
tm.flow(llm, gateway, completion, protocol="https", controls={tls})
tm.flow(gateway, log_store, usage_logs)
tm.flow(gateway, plugin, completion, protocol="https", controls={tls})
tm.flow(plugin, developer, completion, label="inline suggestion or explanation panel")

# indexing path
tm.flow(git, indexer, source_code, protocol="https", label="nightly clone")
tm.flow(wiki, indexer, wiki_pages, protocol="https", label="nightly export")
tm.flow(indexer, embedder, chunks, protocol="grpc")
tm.flow(embedder, indexer, embeddings, protocol="grpc")
tm.flow(indexer, index, chunks, embeddings)
