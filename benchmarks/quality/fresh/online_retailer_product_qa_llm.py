"""Product Q&A assistant: the first design, before any security review.

Shoppers on our web shop (customers across the EU) can type a question into an
"Ask about this product" box on every product page, signed in or not. A Q&A
service looks up the product's catalogue entry, the manufacturer's spec sheets and
published customer reviews in a product content index, builds a prompt and sends
it to an LLM hosted by a model vendor; the answer is shown under the box. An
indexing pipeline keeps the index fresh from the product information system, the
manufacturers' spec feed and the reviews database, using the vendor's embedding
model. Questions and answers are logged for the content team's quality review.
The Q&A API sits behind the shop's CDN with per-session rate limits and a question
length limit, the vendor's content filter is switched on, reviews pass the shop's
moderation checks before publication, and all public traffic is HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Online retailer product Q&A LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM answering shoppers' product questions from catalogue, specs and reviews.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Shopper question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text with the product id and the shopper's session or customer id.",
)
answer = tg.Data("Product answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Q&A prompt with product context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the retrieved catalogue, spec and review chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Titles, descriptions, attributes, prices and stock, including unreleased products.",
)
specs = tg.Data(
    "Manufacturer spec sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PDF and structured spec data: dimensions, compatibility, materials, safety notes.",
)
review_submission = tg.Data(
    "Review submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Rating, review text, the reviewer's display name and customer id.",
)
reviews = tg.Data("Customer reviews", kind="records", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data(
    "Product content chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
embed_text = tg.Data("Text to embed", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
vectors = tg.Data("Embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
qa_log = tg.Data("Q&A log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the shop; signed-in customers also write reviews.
    shopper = tm.add(tg.Actor("Shopper", role="end user"))

with tm.boundary("Manufacturers", trust=tg.Trust.PARTNER):
    # Brands upload spec sheets for their products through the supplier feed.
    spec_feed = tm.add(
        tg.DataSource(
            "Manufacturer spec feed",
            origin=tg.Origin.PARTNER,
            provides={specs},
            description="Supplier-portal uploads and brand data feeds, pulled hourly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answer from the retrieved product content.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )
    # Turns product content and questions into vectors for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Shop platform", trust=tg.Trust.INTERNAL):
    # The public API behind the product-page widget.
    qa_api = tm.add(
        tg.Endpoint(
            "Product Q&A API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per session, at the CDN"),
                c.InputValidation(note="question length limit of 500 characters"),
            },
        )
    )
    # Retrieves product content, assembles the prompt and calls the LLM.
    qa_service = tm.add(tg.Service("Q&A orchestrator"))
    # Where signed-in customers post reviews.
    review_service = tm.add(
        tg.Service(
            "Review service",
            controls={
                c.Authentication(method="shop account e-mail and password"),
                c.InputValidation(note="profanity and length moderation before publishing"),
            },
        )
    )
    # The shop's existing store of reviews, shown on product pages too.
    review_db = tm.add(tg.DataStore("Reviews database", stores={reviews}))
    # Keeps questions and answers for the content team's quality review.
    log_store = tm.add(tg.DataStore("Q&A log store", stores={qa_log}))

    with tm.boundary("Product data", trust=tg.Trust.INTERNAL):
        # The product information system: the catalogue all channels publish from.
        pim = tm.add(tg.DataStore("Product catalogue", stores={catalogue}, controls={c.RBAC()}))
        # Chunks and embeds catalogue entries, spec sheets and published reviews.
        indexer = tm.add(tg.Pipeline("Product content indexer", stage=tg.Stage.INGESTION))
        # Searchable product content, filtered by product id at query time.
        index = tm.add(tg.VectorStore("Product content index", stores={chunks}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Merchandisers maintain the catalogue and read the Q&A logs.
    content_team = tm.add(tg.Actor("Content team", role="merchandising staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# answering a question
tm.flow(shopper, qa_api, question, protocol="https", controls={tls})
tm.flow(qa_api, qa_service, question)
tm.flow(qa_service, embedder, question, protocol="https", label="embed query")
tm.flow(embedder, qa_service, vectors, protocol="https")
tm.flow(qa_service, index, vectors, label="similarity query by product id")
tm.flow(index, qa_service, chunks, label="retrieved context")
tm.flow(qa_service, llm, prompt, protocol="https")
tm.flow(llm, qa_service, completion, protocol="https")
tm.flow(qa_service, log_store, qa_log)
tm.flow(qa_service, qa_api, answer)
tm.flow(qa_api, shopper, answer, protocol="https", controls={tls})

# reviews
tm.flow(shopper, review_service, review_submission, protocol="https", controls={tls})
tm.flow(review_service, review_db, reviews)
tm.flow(review_db, review_service, reviews, label="published reviews")
tm.flow(review_service, shopper, reviews, protocol="https", controls={tls})

# indexing
tm.flow(content_team, pim, catalogue, label="maintains catalogue")
tm.flow(pim, indexer, catalogue)
tm.flow(spec_feed, indexer, specs, protocol="https", label="hourly pull")
tm.flow(review_db, indexer, reviews, label="published reviews")
tm.flow(indexer, embedder, embed_text, protocol="https")
tm.flow(embedder, indexer, vectors, protocol="https")
tm.flow(indexer, index, chunks)

# quality review
tm.flow(log_store, content_team, qa_log, label="quality review")
