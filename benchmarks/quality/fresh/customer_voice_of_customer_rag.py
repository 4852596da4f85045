"""Voice-of-customer RAG assistant: the first design, before any security review.

Product managers at a consumer electronics company ask questions in an internal
web app ("what do people say about the earbuds' battery since firmware 3.2?") and
get answers with citations back to the original items. A RAG orchestrator embeds
the question with a self-hosted open-weights embedding model, retrieves chunks
from a vector index and asks a hosted LLM from a vendor to answer from them.
Every night an ingestion pipeline pulls support tickets from the helpdesk SaaS,
app store reviews, social media posts from a social-listening vendor and survey
verbatims from the survey platform, keeps a raw snapshot for citations, chunks
and embeds them, and refreshes the index. Everything runs in the analytics VPC.
Controls: corporate SSO login, TLS to every external service, connector tokens in
the cloud secret manager, regex redaction of e-mails and phone numbers at
ingestion, encrypted stores, and a vetted LLM vendor with zero data retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Voice-of-customer RAG assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Internal assistant answering product managers' questions over support tickets, "
        "app reviews, social posts and survey verbatims, with citations; refreshed nightly."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data("PM question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with citations",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary plus quoted snippets and links to the source items.",
)
sso_login = tg.Data("SSO login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
context = tg.Data(
    "Retrieved chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Top-k feedback chunks with source, product, date and item id.",
)
prompt = tg.Data(
    "Grounded prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the retrieved chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data(
    "Support tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Customer names, e-mails, order numbers, device serials and free text.",
)
reviews = tg.Data("App store reviews", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
social_posts = tg.Data(
    "Social media posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Public posts mentioning our brands, with author handles.",
)
verbatims = tg.Data(
    "Survey verbatims",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text NPS and CSAT answers linked to respondent ids.",
)
snapshots = tg.Data(
    "Source snapshots",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Nightly copy of every ingested item, used to render citations.",
)
chunks = tg.Data("Feedback chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
query_log = tg.Data(
    "Query log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, answers and cited item ids, kept for usage analytics.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: product managers across the audio, TV and wearables lines.
    pm = tm.add(tg.Actor("Product manager", role="product manager"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # Corporate identity provider; the web app only accepts its tokens.
    idp = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )
    # Hosted LLM that writes the answer from the retrieved chunks.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise DPA, zero data retention, no training")
            },
        )
    )
    # Helpdesk SaaS holding every customer support ticket.
    helpdesk = tm.add(
        tg.DataSource("Helpdesk tickets", origin=tg.Origin.VENDOR, provides={tickets})
    )
    # Social-listening vendor that collects brand mentions from public platforms.
    social = tm.add(
        tg.DataSource("Social listening feed", origin=tg.Origin.VENDOR, provides={social_posts})
    )
    # Survey platform with post-purchase and NPS survey answers.
    surveys = tm.add(
        tg.DataSource("Survey platform", origin=tg.Origin.VENDOR, provides={verbatims})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # App store review APIs: anyone can write a review.
    app_stores = tm.add(
        tg.DataSource("App store reviews API", origin=tg.Origin.PUBLIC_WEB, provides={reviews})
    )

with tm.boundary("Analytics VPC", trust=tg.Trust.INTERNAL):
    # Internal web app and API the PMs use; behind the corporate VPN.
    web_app = tm.add(
        tg.Endpoint(
            "VoC assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Embeds the question, retrieves chunks, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Self-hosted open-weights embedding model, shared by queries and ingestion.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Vector index of all feedback chunks, one collection for all sources.
    index = tm.add(
        tg.VectorStore(
            "Feedback vector index",
            stores={chunks, embeddings},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Raw copies of the source items that citations link to.
    snapshot_store = tm.add(
        tg.DataStore(
            "Source snapshot bucket",
            stores={snapshots},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Questions and answers, for adoption metrics and prompt tuning.
    log_store = tm.add(tg.DataStore("Query log store", stores={query_log}))
    # Nightly job: pull from each connector, redact, chunk, embed, upsert.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SecretsManagement(note="connector API tokens in the cloud secret manager"),
                c.DataMinimization(note="regex redaction of e-mails and phone numbers"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sign-in and asking
tm.flow(pm, idp, sso_login, protocol="https")
tm.flow(idp, web_app, id_token, protocol="https")
tm.flow(pm, web_app, question, protocol="https")
tm.flow(web_app, orchestrator, question, protocol="https")
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, protocol="https", label="similarity search")
tm.flow(index, orchestrator, context, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, query_log)
tm.flow(orchestrator, web_app, answer, protocol="https")
tm.flow(snapshot_store, web_app, snapshots, protocol="https", label="citation previews")
tm.flow(web_app, pm, answer, snapshots, protocol="https")

# nightly refresh
tm.flow(helpdesk, ingestion, tickets, protocol="https")
tm.flow(app_stores, ingestion, reviews, protocol="https")
tm.flow(social, ingestion, social_posts, protocol="https")
tm.flow(surveys, ingestion, verbatims, protocol="https")
tm.flow(ingestion, snapshot_store, snapshots, protocol="https")
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, chunks, embeddings, protocol="https")
