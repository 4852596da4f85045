"""Research assistant for sales: the first design, before any security review.

Sales staff on the bank's equities and fixed-income desks ask questions in plain
language ("what is our view on European banks after Q3?") and get an answer with
citations to the bank's own research reports, plus current prices and key figures
from the market data feed. The assistant runs in the bank's cloud tenant and is
reached from the corporate network through corporate SSO with MFA. An orchestrator
embeds the question, searches a vector index of published reports, looks up market
data for the tickers mentioned and sends the assembled prompt to a hosted LLM under
the bank's enterprise agreement (the vendor was through vendor risk review and keeps
no prompts). An ingestion job indexes each report once the research publishing
platform marks it published. Every conversation is kept in a records store for
the communications-retention rules, where compliance reviews it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sales research assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Internal RAG assistant answering sales staff questions from published research "
        "reports and market data."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Sales question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text; often names clients, their positions or trade ideas.",
)
query_vector = tg.Data(
    "Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Prompt with research context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, top-k report chunks and market data.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Answer with citations",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="What sales may repeat to clients: views, ratings, price targets.",
)
reports = tg.Data(
    "Published research reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Client-entitled research: ratings, price targets, models, disclosures.",
)
chunks = tg.Data(
    "Report chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
chunk_vectors = tg.Data(
    "Report chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticker_lookup = tg.Data("Ticker lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
market_data = tg.Data(
    "Market data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Licensed prices, estimates and fundamentals from the vendor.",
)
conversation_records = tg.Data(
    "Conversation records",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="User, time, question, retrieved sources and answer, kept as books and records.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: sales staff preparing client calls and notes.
    sales = tm.add(
        tg.Actor(
            "Salesperson",
            role="sales staff",
            controls={
                c.UserTraining(note="mandatory GenAI module: check citations before client use")
            },
        )
    )
    # Writes and publishes the reports the assistant answers from.
    analyst = tm.add(tg.Actor("Research analyst", role="research analyst"))
    # Reviews retained conversations as part of communications surveillance.
    compliance = tm.add(tg.Actor("Compliance reviewer", role="compliance", privileged=True))

with tm.boundary("Research systems", trust=tg.Trust.RESTRICTED):
    # Existing system of record for research; the assistant reads only published items.
    publishing = tm.add(
        tg.DataStore(
            "Research publishing platform",
            stores={reports},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Bank cloud tenant", trust=tg.Trust.INTERNAL):
    # Web chat front end and API for the assistant.
    chat = tm.add(
        tg.Endpoint(
            "Assistant chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # Embeds the question, retrieves chunks, fetches prices, builds the prompt.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Fixed retrieve-then-generate chain; no tool calling by the model.",
        )
    )
    # Chunked published reports with their embeddings.
    index = tm.add(
        tg.VectorStore(
            "Research vector index",
            stores={chunks},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up newly published reports, chunks and embeds them.
    ingestion = tm.add(
        tg.Pipeline(
            "Report ingestion job",
            stage=tg.Stage.INGESTION,
            description="Runs every 15 minutes; indexes reports with status 'published'.",
        )
    )
    # Internal cache over the vendor feed, so the assistant does not call the vendor itself.
    market_service = tm.add(
        tg.Service(
            "Market data service",
            controls={c.SecretsManagement(note="vendor API credentials in the bank vault")},
        )
    )
    # Retained copy of every conversation for books-and-records rules.
    records_store = tm.add(
        tg.DataStore(
            "Conversation records store",
            stores={conversation_records},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=2555),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="provider's default content filter"),
                c.SupplierAssessment(
                    note="vendor risk review; zero data retention, no training on our data"
                ),
            },
        )
    )
    # Embedding model from the same provider, for questions and report chunks.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # The bank's licensed real-time and reference data feed.
    feed = tm.add(
        tg.DataSource(
            "Market data feed",
            origin=tg.Origin.VENDOR,
            provides={market_data},
        )
    )

# ---------------------------------------------------------------- flows
# asking a question
tm.flow(sales, chat, question, protocol="https")
tm.flow(chat, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity search")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, market_service, ticker_lookup, protocol="https")
tm.flow(market_service, orchestrator, market_data, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, chat, answer)
tm.flow(chat, sales, answer, protocol="https")
tm.flow(orchestrator, records_store, conversation_records)
tm.flow(records_store, compliance, conversation_records, protocol="https")

# market data
tm.flow(feed, market_service, market_data, protocol="tls")

# indexing research
tm.flow(analyst, publishing, reports, protocol="https", label="publishes")
tm.flow(publishing, ingestion, reports, protocol="https")
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, chunk_vectors, protocol="https")
tm.flow(ingestion, index, chunks, chunk_vectors)
