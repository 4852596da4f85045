"""Enterprise knowledge assistant over SharePoint, Teams and the HR and IT wikis: first design.

Employees of a large multinational ask questions in a Teams app or on an intranet
page and get answers with citations, drawn from SharePoint sites, files shared in
Teams and the HR and IT wikis. Everyone signs in with the company's Entra ID SSO
(MFA enforced by conditional access). The assistant runs in the company's own cloud
subscription: a chat API, a RAG orchestrator, a search index with vector fields and
a conversation store. A nightly indexer crawls SharePoint and Teams through the
Graph API with an app registration whose secret sits in Key Vault, crawls the two
wikis, chunks and embeds the pages, and copies each document's ACL into the index
so that retrieval is trimmed to the groups of the person asking. Prompts and
embeddings go to a language model and an embedding model hosted by a cloud AI
provider under an enterprise agreement (no training on our data, default content
filter on). Conversations are kept for follow-up questions and feedback.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Enterprise SharePoint knowledge assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Internal RAG assistant answering employees from SharePoint, Teams files and the HR and IT wikis.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Employee sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
access_token = tg.Data(
    "Entra ID access token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
question = tg.Data("Employee question", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
feedback = tg.Data("Answer feedback", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback")
answer = tg.Data(
    "Answer with citations", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
groups = tg.Data(
    "Group memberships",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The asker's user id and the Entra ID groups used to trim retrieval.",
)
sp_docs = tg.Data(
    "SharePoint and Teams documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
hr_pages = tg.Data(
    "HR wiki pages",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Policies, benefits, named HR contacts and some team- and person-specific pages.",
)
it_pages = tg.Data(
    "IT wiki pages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="How-tos, runbooks and service descriptions.",
)
acls = tg.Data("Document ACLs", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
chunk_text = tg.Data("Chunk text for embedding", sensitivity=tg.Sensitivity.PII, kind="documents")
vectors = tg.Data("Chunk embeddings", sensitivity=tg.Sensitivity.PII, kind="embeddings")
query_vector = tg.Data(
    "Query embedding", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
chunks = tg.Data(
    "Retrieved document chunks",
    sensitivity=tg.Sensitivity.PII,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
prompt = tg.Data(
    "Grounded prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, recent conversation turns, the question and the top-k chunks.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
history = tg.Data("Conversation history", sensitivity=tg.Sensitivity.PII, kind="records")
system_prompt = tg.Data(
    "System prompt and connector settings", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any of ~40,000 employees and contractors on a managed device.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # The platform team configures the system prompt and which sites are crawled.
    admin = tm.add(tg.Actor("Assistant administrator", role="platform admin", privileged=True))
    # HR's wiki (Confluence Data Center): the policies employees ask about most.
    hr_wiki = tm.add(tg.DataSource("HR wiki", origin=tg.Origin.INTERNAL, provides={hr_pages}))
    # IT's wiki: how-tos and runbooks for the service desk questions.
    it_wiki = tm.add(tg.DataSource("IT wiki", origin=tg.Origin.INTERNAL, provides={it_pages}))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Entra ID signs employees in and answers group lookups for ACL trimming.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # The main corpus: every SharePoint site and Teams file library, written by employees.
    sharepoint = tm.add(
        tg.DataSource(
            "SharePoint and Teams files",
            origin=tg.Origin.INTERNAL,
            provides={sp_docs, acls},
            description="Read through the Graph API with Sites.Read.All app permissions.",
        )
    )

with tm.boundary("Assistant cloud subscription", trust=tg.Trust.INTERNAL):
    # The one entry point, behind the Teams app and the intranet page.
    chat_api = tm.add(
        tg.Endpoint(
            "Assistant chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO (OIDC) with MFA")},
        )
    )
    # Embeds the question, retrieves, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Resolves the asker's groups, runs a hybrid search and assembles the prompt.",
        )
    )
    # Chunks, vectors and copied ACLs of every crawled document.
    index = tm.add(
        tg.VectorStore(
            "Document search index",
            stores={chunks, vectors, acls},
            controls={
                c.PermissionAwareRetrieval(note="security trimming on ACLs copied at index time"),
                c.EncryptionAtRest(key_management="platform-managed keys"),
            },
        )
    )
    # Nightly crawl of SharePoint, Teams and both wikis into the index.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexer",
            stage=tg.Stage.INGESTION,
            description="Chunks pages, gets embeddings, writes chunks with their ACLs.",
            controls={c.SecretsManagement(note="Graph app secret in Key Vault")},
        )
    )
    # Keeps turns for follow-up questions and collects thumbs up/down.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={history, feedback},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # Generates the answers; enterprise terms, no training on prompts.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the provider's default content filter"),
                c.SupplierAssessment(note="enterprise agreement and DPA reviewed by procurement"),
            },
        )
    )
    # Embeds chunks at index time and questions at query time.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(employee, idp, sign_in, protocol="https", label="SSO sign-in")
tm.flow(idp, employee, access_token, protocol="https")
tm.flow(
    employee,
    chat_api,
    question,
    feedback,
    access_token,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(chat_api, employee, answer, protocol="https")
tm.flow(chat_api, orchestrator, question, feedback)
tm.flow(orchestrator, chat_api, answer)

tm.flow(orchestrator, idp, groups, protocol="https", label="group lookup")
tm.flow(idp, orchestrator, groups, protocol="https")
tm.flow(orchestrator, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, groups, label="trimmed hybrid search")
tm.flow(index, orchestrator, chunks)
tm.flow(orchestrator, conversations, history, feedback)
tm.flow(conversations, orchestrator, history, label="recent turns")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(admin, orchestrator, system_prompt, label="configuration")
tm.flow(sharepoint, indexer, sp_docs, acls, protocol="https", label="Graph API crawl")
tm.flow(hr_wiki, indexer, hr_pages, protocol="https", label="wiki crawl")
tm.flow(it_wiki, indexer, it_pages, protocol="https", label="wiki crawl")
tm.flow(indexer, embedder, chunk_text, protocol="https", label="embed chunks")
tm.flow(embedder, indexer, vectors, protocol="https")
tm.flow(indexer, index, chunks, vectors, acls)
