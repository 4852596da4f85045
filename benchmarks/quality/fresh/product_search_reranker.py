"""Product search with LLM reranking: the first design, before any security review.

Merchants on our marketplace upload product titles and descriptions through the
merchant portal; listings land in the catalog database and an indexing job embeds
them with our own embedding model (an open-weights base model fine-tuned on our
search click logs) into a vector store. Shoppers type queries on the storefront;
the search service embeds the query, retrieves the top candidates, and sends the
query with the candidates' titles and descriptions to a hosted LLM, which reranks
them and writes a one-line "why this matches" shown under each result. Search
queries and clicks are logged and feed the periodic fine-tuning of the embedding
model. Everything except the LLM and the base-model hub runs in our cloud VPC.
Controls in this design: merchant login and field-length/HTML checks on uploads,
per-IP rate limits on search, encrypted catalog storage, versioned models in the
registry, and the vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Product search reranker",
    profile=tg.RiskProfile.HIGH,
    description="Marketplace search: fine-tuned embeddings retrieve, a hosted LLM reranks and explains.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Product listing",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Merchant-written title, description and attributes.",
)
merchant_account = tg.Data("Merchant account", kind="records", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Product embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
search_query = tg.Data("Search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
candidates = tg.Data(
    "Candidate products",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Top-50 listings with their titles and descriptions.",
)
rerank_prompt = tg.Data(
    "Rerank prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the shopper's query and the candidate listings.",
)
rerank_output = tg.Data(
    "Ranking and match reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Ordered product ids and a short 'why this matches' line for each.",
)
results = tg.Data("Search results page", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
click_logs = tg.Data(
    "Search and click logs",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Query, shopper session id, results shown and products clicked.",
)
base_weights = tg.Data(
    "Base embedding model", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
tuned_weights = tg.Data(
    "Fine-tuned embedding model", format="safetensors", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a merchant account and write listings.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))
    # Anonymous or logged-in shoppers searching the storefront.
    shopper = tm.add(tg.Actor("Shopper", role="shopper"))
    # Where the base embedding model was downloaded from.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reranks candidates and writes the match reasons.
    llm = tm.add(
        tg.LLM(
            "Hosted reranking LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model prompted to return JSON: ranked ids and reasons.",
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Marketplace VPC", trust=tg.Trust.INTERNAL):
    # Merchants create and edit listings here.
    portal = tm.add(
        tg.Endpoint(
            "Merchant portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password, optional TOTP"),
                c.InputValidation(note="length limits on title/description, HTML stripped"),
            },
        )
    )
    # System of record for listings and merchant accounts.
    catalog = tm.add(
        tg.DataStore(
            "Catalog database",
            stores={listing, merchant_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Embeds new and changed listings and upserts them into the index.
    indexer = tm.add(tg.Pipeline("Indexing job", stage=tg.Stage.INGESTION))
    # Our fine-tuned embedding model, served for both indexing and queries.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights sentence encoder fine-tuned on our click logs.",
        )
    )
    # Approximate nearest-neighbour index of listings.
    vectors = tm.add(tg.VectorStore("Product vector store", stores={embeddings, listing}))
    # Public search endpoint behind the storefront.
    search_api = tm.add(
        tg.Endpoint(
            "Search API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="per client IP at the CDN")},
        )
    )
    # Retrieval, prompt assembly, LLM call and result formatting.
    orchestrator = tm.add(tg.Service("Search orchestrator"))
    # Query and click events, the fine-tuning data.
    logs = tm.add(tg.Dataset("Search log dataset", stores={click_logs}, purpose="fine-tuning"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Periodic contrastive fine-tuning of the embedding model.
        finetune = tm.add(
            tg.Pipeline(
                "Embedding fine-tuning job", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Holds model versions; the serving stack loads the tagged one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={tuned_weights}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# Listing ingestion
tm.flow(merchant, portal, listing, merchant_account, protocol="https")
tm.flow(portal, merchant, listing, protocol="https", label="listing saved")
tm.flow(portal, catalog, listing, merchant_account)
tm.flow(catalog, indexer, listing, label="change feed")
tm.flow(indexer, embedder, listing)
tm.flow(embedder, indexer, embeddings)
tm.flow(indexer, vectors, embeddings, listing)

# Search
tm.flow(shopper, search_api, search_query, protocol="https")
tm.flow(search_api, orchestrator, search_query)
tm.flow(orchestrator, embedder, search_query)
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, vectors, query_vector, label="top-k lookup")
tm.flow(vectors, orchestrator, candidates)
tm.flow(orchestrator, llm, rerank_prompt, protocol="https")
tm.flow(llm, orchestrator, rerank_output, protocol="https")
tm.flow(orchestrator, search_api, results)
tm.flow(search_api, shopper, results, protocol="https")

# Learning loop
tm.flow(orchestrator, logs, click_logs, label="impressions")
tm.flow(shopper, search_api, click_logs, protocol="https", label="click events")
tm.flow(search_api, logs, click_logs, label="click events")
tm.flow(logs, finetune, click_logs)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(finetune, registry, tuned_weights)
tm.flow(registry, embedder, tuned_weights, label="deploy tagged version")
