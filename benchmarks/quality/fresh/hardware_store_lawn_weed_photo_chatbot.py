"""Lawn weed and pest photo chatbot: the first design, before any security review.

A hardware store chain (stores in the UK and Ireland) adds a "Lawn doctor" chat
widget to its website and app. A customer photographs a weed, a pest or a patch
of damaged lawn, uploads it with a question and picks their local store. A chat
orchestrator in the chain's e-commerce cloud account stores the photo, retrieves
treatment guidance (supplier product labels and the garden team's own lawn-care
articles) from a vector index, checks which treatments the chosen store stocks
through the retail catalogue API, and sends the photo, question and context to a
vendor-hosted multimodal LLM. The answer (what it is, what to use, how to apply
it) goes straight back to the customer; customers do not sign in. The chat API
has per-IP rate limits and checks upload type and size, the vendor applies its
own safety filter, the photo bucket uses the cloud provider's default encryption,
and the catalogue API takes a service API key. Transcripts are kept for the
garden team to review conversations customers mark as unhelpful.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lawn weed and pest photo chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customer chatbot that identifies lawn weeds and pests from photos "
    "and recommends treatments sold in store.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Customer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text question about the lawn and the store the customer picked.",
)
photo = tg.Data(
    "Lawn photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of the lawn; may carry EXIF location and show the home, "
    "children or pets.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Identification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the photo, the question, retrieved guidance and the "
    "list of treatments in stock.",
)
completion = tg.Data(
    "Identification and treatment advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Named weed or pest, recommended products and application directions.",
)
supplier_labels = tg.Data(
    "Supplier product labels",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Herbicide, pesticide and lawn-feed labels and safety data sheets.",
)
articles = tg.Data(
    "Garden team lawn-care articles",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
guidance_chunks = tg.Data(
    "Treatment guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
stock_query = tg.Data(
    "Store stock query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Store id and product categories.",
)
products = tg.Data(
    "Treatment products and stock",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="SKUs, prices, aisle locations and stock levels per store.",
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, replies, photo references and thumbs-up/down feedback.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website or app; no sign-in needed.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Supplier portal", trust=tg.Trust.PARTNER):
    # Manufacturers publish label and safety-sheet PDFs for the products we sell.
    labels_source = tm.add(
        tg.DataSource(
            "Supplier label feed",
            origin=tg.Origin.VENDOR,
            provides={supplier_labels},
            description="Label and safety data sheet PDFs pulled weekly from the supplier portal.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the visual identification and writes the advice.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's default safety filter")},
        )
    )

with tm.boundary("E-commerce cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget on the website and app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP address"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB max, text length cap"),
            },
        )
    )
    # Glues the conversation together: storage, retrieval, stock lookup, LLM call.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="Stores the photo, retrieves guidance, looks up stock and calls the LLM.",
        )
    )
    # Keeps uploaded photos so the garden team can see what customers sent.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Conversation history for quality review of unhelpful answers.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Grounds answers in our own products and the label directions.
    guidance_index = tm.add(tg.VectorStore("Treatment guidance index", stores={guidance_chunks}))
    # Chunks and embeds label PDFs and the garden team's articles.
    indexer = tm.add(
        tg.Pipeline(
            "Guidance indexing pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.Authentication(method="corporate SSO for article uploads")},
        )
    )

with tm.boundary("Retail core systems", trust=tg.Trust.INTERNAL):
    # Existing catalogue service the website already uses for stock checks.
    catalogue_api = tm.add(
        tg.Service(
            "Catalogue and stock API",
            controls={c.Authentication(method="service API key")},
        )
    )
    # System of record for products, prices and per-store stock.
    catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={products}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Writes lawn-care articles and reviews conversations marked unhelpful.
    merchandiser = tm.add(tg.Actor("Garden department merchandiser", role="garden team staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, question, photo, protocol="https")
tm.flow(chat_api, orchestrator, question, photo)
tm.flow(orchestrator, photo_bucket, photo)

tm.flow(orchestrator, guidance_index, question, label="similarity query")
tm.flow(guidance_index, orchestrator, guidance_chunks, label="retrieved guidance")

tm.flow(orchestrator, catalogue_api, stock_query, protocol="https")
tm.flow(catalogue_api, catalogue_db, stock_query)
tm.flow(catalogue_db, catalogue_api, products)
tm.flow(catalogue_api, orchestrator, products, protocol="https")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")

tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, chat_api, reply)
tm.flow(chat_api, customer, reply, protocol="https")

tm.flow(labels_source, indexer, supplier_labels, protocol="https", label="weekly pull")
tm.flow(merchandiser, indexer, articles, protocol="https", label="article upload")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(
    transcript_store, merchandiser, transcripts, protocol="https", label="review unhelpful chats"
)
tm.flow(photo_bucket, merchandiser, photo, protocol="https", label="review unhelpful chats")
