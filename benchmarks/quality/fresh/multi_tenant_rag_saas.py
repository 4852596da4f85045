"""Multi-tenant RAG SaaS: the first design, before any security review.

A B2B product: customer companies (tenants) connect their own SharePoint, Google
Drive and Confluence spaces and their employees ask questions over those documents
in our web app. Tenant admins sign in to an admin console, add or remove users and
grant our connectors OAuth access to the sources they choose. Sync workers pull new
and changed documents with the stored OAuth tokens, chunk them, embed them with an
open-weights embedding model we serve ourselves, and write the chunks to object
storage and the vectors to one shared vector database, partitioned by a tenant
namespace. At question time the query service embeds the question, retrieves from the
caller's tenant namespace, and asks a hosted LLM for an answer with citations.
Sign-in is SSO through each tenant's own identity provider; stores are encrypted at
rest; the LLM vendor contract excludes training on our traffic.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Multi-tenant RAG SaaS",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2", "gdpr"},
    description="Question answering over each customer's own connected document stores.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("User question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with citations", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
assertion = tg.Data(
    "SSO assertion",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC/SAML token naming the user and their tenant.",
)
tenant_config = tg.Data(
    "Tenant configuration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Tenant users and roles, connected sources and sync settings.",
)
oauth_tokens = tg.Data(
    "Connector OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Refresh tokens with read access to each tenant's document stores.",
)
source_docs = tg.Data(
    "Tenant documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Contracts, HR files, plans: whatever the tenant connects, with personal data in it.",
)
chunks = tg.Data(
    "Document chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
query_vector = tg.Data(
    "Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Prompt with retrieved chunks",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question and the top-k chunks of the tenant's documents.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
conversations = tg.Data(
    "Conversation history", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Employees of a customer company asking questions.
    user = tm.add(tg.Actor("Tenant user", role="end user"))
    # The customer's administrator: manages its users and connected sources.
    admin = tm.add(tg.Actor("Tenant admin", role="tenant administrator", privileged=True))

with tm.boundary("Customer environments", trust=tg.Trust.PARTNER):
    # Each tenant's own Okta or Entra ID; we trust its assertions for that tenant.
    idp = tm.add(tg.ExternalService("Tenant identity provider", provides="identity-provider"))
    # SharePoint, Google Drive and Confluence spaces the tenant connects.
    sources = tm.add(
        tg.DataSource(
            "Tenant document sources",
            origin=tg.Origin.PARTNER,
            provides={source_docs},
            description="Anyone with edit rights in the tenant (or a guest) can write there.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Generates the answers from the retrieved chunks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training, 30-day retention")},
        )
    )

with tm.boundary("SaaS production VPC", trust=tg.Trust.INTERNAL):
    # The web app's API: every user question comes in here.
    app = tm.add(
        tg.Endpoint(
            "Question API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC/SAML SSO via the tenant's IdP"),
                c.RateLimiting(requests_per_minute=120, note="per tenant"),
            },
        )
    )
    # Where tenant admins manage users and connect sources.
    admin_console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC/SAML SSO via the tenant's IdP"),
                c.RBAC(note="tenant-admin role"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Embeds the question, retrieves chunks, builds the prompt, calls the LLM.
    query_service = tm.add(tg.Service("Query service"))
    # Pulls documents from connected sources, chunks and embeds them.
    sync = tm.add(
        tg.Pipeline(
            "Connector sync workers",
            stage=tg.Stage.INGESTION,
            description="Scheduled jobs per tenant and source; incremental sync every 15 minutes.",
        )
    )
    # Open-weights embedding model on our GPU nodes, shared by all tenants.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # One cluster for all tenants; each tenant is a namespace.
    vector_db = tm.add(
        tg.VectorStore(
            "Shared vector database",
            stores={embeddings},
            controls={
                c.PermissionAwareRetrieval(note="tenant namespace filter on every query"),
                c.EncryptionAtRest(key_management="cloud KMS, one key for the cluster"),
            },
        )
    )
    # Chunk text and metadata, looked up by id after vector search.
    chunk_store = tm.add(
        tg.DataStore(
            "Chunk object storage",
            stores={chunks},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tenants, users, roles, connector settings and the connectors' OAuth tokens.
    config_db = tm.add(
        tg.DataStore(
            "Tenant config database",
            stores={tenant_config, oauth_tokens},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Chat history shown back to users and kept for support.
    convo_store = tm.add(tg.DataStore("Conversation store", stores={conversations}))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(app, idp, assertion, protocol="https", label="SSO redirect")
tm.flow(idp, app, assertion, protocol="https")
tm.flow(admin_console, idp, assertion, protocol="https", label="SSO redirect")
tm.flow(idp, admin_console, assertion, protocol="https")

# administration
tm.flow(admin, admin_console, tenant_config, protocol="https")
tm.flow(admin_console, admin, tenant_config, protocol="https")
tm.flow(sources, admin_console, oauth_tokens, protocol="https", label="OAuth consent callback")
tm.flow(admin_console, config_db, tenant_config, oauth_tokens)
tm.flow(config_db, admin_console, tenant_config)

# ingestion
tm.flow(config_db, sync, tenant_config, oauth_tokens)
tm.flow(sync, sources, oauth_tokens, protocol="https", label="list and fetch changes")
tm.flow(sources, sync, source_docs, protocol="https")
tm.flow(sync, embedder, chunks)
tm.flow(embedder, sync, embeddings)
tm.flow(sync, chunk_store, chunks)
tm.flow(sync, vector_db, embeddings, label="upsert into tenant namespace")

# question answering
tm.flow(user, app, question, protocol="https")
tm.flow(app, user, answer, protocol="https")
tm.flow(app, query_service, question)
tm.flow(query_service, app, answer)
tm.flow(config_db, query_service, tenant_config, label="user's tenant and sources")
tm.flow(query_service, embedder, question)
tm.flow(embedder, query_service, query_vector)
tm.flow(query_service, vector_db, query_vector, label="top-k in tenant namespace")
tm.flow(vector_db, query_service, embeddings, label="chunk ids and scores")
tm.flow(chunk_store, query_service, chunks)
tm.flow(query_service, llm, prompt, protocol="https")
tm.flow(llm, query_service, completion, protocol="https")
tm.flow(query_service, convo_store, conversations)
tm.flow(convo_store, app, conversations, label="chat history")
