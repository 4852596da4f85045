"""Art supply retailer product Q&A chatbot: the first design.

A chat widget on the retailer's web shop answers customers' product questions:
pigments and lightfastness, paper weights, and whether a material is safe for
children. A chat assistant in the shop's cloud account retrieves passages from
an index built from the product catalogue and manufacturers' safety data sheets
and sends them with the question to an LLM behind a vendor's hosted API.
Customers signed in to their shop account can also ask about their orders: the
assistant calls an order status tool that reads the order management database.
Merchandising staff update the catalogue in a catalogue admin app; manufacturers
email safety data sheets as PDFs to a product data mailbox, and a nightly job
extracts, chunks and embeds them with the vendor's embedding API. The chat API
uses the shop's sign-in session and a per-visitor rate limit, the order tool
only looks up orders of the signed-in account, and transcripts are kept 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Art supply product Q&A chatbot",
    profile=tg.RiskProfile.LOW,
    description="Web shop chat answering product and material safety questions and order status.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer question", kind="prompt", sensitivity=tg.Sensitivity.PII)
session = tg.Data("Shop session cookie", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
answer = tg.Data("Chat answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with product context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or a request to call the order status tool.",
)
order_call = tg.Data("Order status lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order_status = tg.Data(
    "Order status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Items, dispatch state, carrier tracking number, delivery address.",
)
orders = tg.Data("Customer orders", kind="records", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "Product catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Descriptions, pigment codes, paper weights, age suitability.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sds = tg.Data(
    "Safety data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Manufacturers' SDS PDFs: hazards, toxicity, conformity to EN 71 / ASTM D-4236.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
chunks = tg.Data("Product knowledge passages", kind="retrieved-context")
embeddings = tg.Data("Passage embeddings", kind="embeddings")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; order questions need a signed-in account.
    customer = tm.add(tg.Actor("Shop customer", role="customer"))
    # Paint, paper and clay manufacturers send SDS updates by e-mail.
    manufacturers = tm.add(
        tg.DataSource(
            "Manufacturer safety data sheets",
            origin=tg.Origin.VENDOR,
            provides={sds},
            description="PDFs e-mailed to the product data mailbox.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Same vendor's embedding endpoint, used by the indexing job and at query time.
    embedder = tm.add(
        tg.LLM(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the chat widget; reuses the web shop's sign-in session.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shop session from e-mail and password sign-in"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length capped at 1,000 characters"),
            },
        )
    )
    # Retrieves passages, builds the prompt, runs the function-calling loop.
    assistant = tm.add(
        tg.Agent(
            "Chat assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=4)},
        )
    )
    # Read-only lookup; the customer id comes from the session, not from the model.
    order_tool = tm.add(
        tg.Tool(
            "Order status tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="scoped to the signed-in account's orders")},
        )
    )
    # Existing order management database of the web shop.
    order_db = tm.add(tg.DataStore("Order database", stores={orders}))
    # Product information the shop pages are built from.
    catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Staff-only web app for editing products.
    catalogue_admin = tm.add(
        tg.Service(
            "Catalogue admin app",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Nightly: reads the mailbox and the catalogue, extracts PDF text, chunks and embeds.
    indexer = tm.add(
        tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION, third_party_packages=True)
    )
    # Keeps the original PDFs for reference.
    sds_store = tm.add(tg.DataStore("SDS document store", stores={sds}))
    # Passages from the catalogue and SDS with their embeddings.
    index = tm.add(tg.VectorStore("Product knowledge index", stores={chunks, embeddings}))
    # Conversations kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Buyers and merchandisers who maintain product data.
    staff = tm.add(tg.Actor("Merchandising staff", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, question, session, protocol="https")
tm.flow(chat_api, customer, answer, protocol="https")
tm.flow(chat_api, assistant, question)
tm.flow(assistant, chat_api, answer)

tm.flow(assistant, embedder, question, protocol="https", label="embed the question")
tm.flow(embedder, assistant, embeddings, protocol="https")
tm.flow(assistant, index, embeddings, label="similarity query")
tm.flow(index, assistant, chunks)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, order_tool, order_call)
tm.flow(order_tool, order_db, order_call, protocol="postgres+tls")
tm.flow(order_db, order_tool, orders, protocol="postgres+tls")
tm.flow(order_tool, assistant, order_status)
tm.flow(assistant, transcript_store, transcripts)

tm.flow(staff, catalogue_admin, catalogue, protocol="https")
tm.flow(catalogue_admin, catalogue_db, catalogue)
tm.flow(
    manufacturers, indexer, sds, protocol="smtp", label="e-mailed PDFs via product data mailbox"
)
tm.flow(indexer, sds_store, sds)
tm.flow(catalogue_db, indexer, catalogue)
tm.flow(indexer, embedder, chunks, protocol="https")
tm.flow(embedder, indexer, embeddings, protocol="https")
tm.flow(indexer, index, chunks, embeddings)
