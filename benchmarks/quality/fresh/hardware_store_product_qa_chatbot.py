"""Hardware store product Q&A chatbot: the first design, before any security review.

A UK hardware and DIY retailer adds a chat assistant to its public website. Anyone
browsing can ask about products (sizes, compatibility, which drill bit for which
wall) or about projects (tiling a splashback, replacing a radiator valve). A chat
orchestrator in the e-commerce cloud embeds the question, retrieves matching
chunks from a vector index of the product catalogue, the in-house how-to guides
and shoppers' product Q&A posts, checks stock at the visitor's chosen store, and
sends the prompt to a hosted LLM. A nightly pipeline rebuilds the index. Chat
transcripts are kept for the e-commerce team to review answer quality. Controls
in this design: per-session rate limits and message length checks at the chat
API, the LLM vendor's content filter, the vendor API key in the cloud secret
manager, TLS to the vendor, encrypted transcript storage, and SSO with roles on
the guide CMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hardware store product Q&A chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot answering product and DIY project questions from the "
    "catalogue and how-to guides.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; visitors sometimes include their name, postcode or order number.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with retrieved context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, retrieved chunks and stock levels.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
products = tg.Data("Product data", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
guides = tg.Data("How-to guides", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
shopper_qa = tg.Data(
    "Shopper product Q&A posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Questions and answers shoppers post on product pages.",
)
chunks = tg.Data(
    "Catalogue and guide chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
chunk_vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)
stock_query = tg.Data("Stock query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stock = tg.Data("Store stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website; no sign-in needed to chat.
    visitor = tm.add(tg.Actor("Website visitor", role="shopper"))

with tm.boundary("Reviews platform", trust=tg.Trust.PARTNER):
    # The ratings-and-reviews SaaS that hosts shoppers' Q&A on product pages.
    qa_feed = tm.add(
        tg.DataSource(
            "Product Q&A feed",
            origin=tg.Origin.USER_UPLOAD,
            provides={shopper_qa},
            description="Daily export of published shopper questions and answers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )
    # Embeds questions and chunks for retrieval.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("E-commerce cloud", trust=tg.Trust.INTERNAL):
    # The public chat API the website widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per session, at the CDN"),
                c.InputValidation(note="messages capped at 1,000 characters"),
            },
        )
    )
    # Retrieval, prompt assembly and the stock check for each question.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="Retrieves context, adds stock levels, calls the LLM.",
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # The retrieval index over catalogue, guides and shopper Q&A.
    index = tm.add(
        tg.VectorStore("Product and guide index", stores={chunks, chunk_vectors, shopper_qa})
    )
    # Rebuilds the index every night.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))
    # Transcripts for answer-quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )

with tm.boundary("Retail systems", trust=tg.Trust.INTERNAL):
    # The product information system: specs, prices and compatibility.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={products}))
    # Where the content team writes and publishes the how-to guides.
    cms = tm.add(
        tg.DataStore(
            "How-to guide CMS",
            stores={guides},
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Live stock per store, already used by the website's "check stock" button.
    stock_api = tm.add(tg.Service("Store stock API"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Writes and updates the how-to guides.
    editor = tm.add(tg.Actor("Content editor", role="content team"))
    # Reads transcripts to find wrong or missing answers.
    analyst = tm.add(tg.Actor("E-commerce analyst", role="e-commerce team"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, chat_api, question, protocol="https", controls={tls})
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https", controls={tls})
tm.flow(embedder, orchestrator, query_vector, protocol="https", controls={tls})
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, chunks, shopper_qa, label="retrieved context")
tm.flow(orchestrator, stock_api, stock_query, protocol="https")
tm.flow(stock_api, orchestrator, stock, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, completion, protocol="https", controls={tls})
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, visitor, answer, protocol="https", controls={tls})
tm.flow(transcript_store, analyst, transcripts, protocol="https", label="quality review")

tm.flow(editor, cms, guides, protocol="https")
tm.flow(catalogue, indexer, products)
tm.flow(cms, indexer, guides)
tm.flow(qa_feed, indexer, shopper_qa, protocol="https", label="daily export")
tm.flow(indexer, embedder, chunks, protocol="https", controls={tls})
tm.flow(embedder, indexer, chunk_vectors, protocol="https", controls={tls})
tm.flow(indexer, index, chunks, chunk_vectors, shopper_qa)
