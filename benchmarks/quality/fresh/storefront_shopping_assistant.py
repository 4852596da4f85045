"""Storefront shopping assistant: the first design, before any security review.

A chat widget on the retailer's website answers shoppers' product questions
from the product catalogue and the help-centre pages, which a nightly pipeline
chunks, embeds and loads into a vector index. To cut LLM spend, the assistant
first looks the question up in a semantic cache of earlier answers and returns a
close match without calling the model; every new answer is written back to it.
Signed-in customers can also ask where an order is and start a return: the
assistant calls two order tools that use the storefront session's customer id
against the order service, and a return is only created once the customer
presses "confirm" in the widget. The LLM and the embedding model are hosted by
a vendor under a data-processing agreement. The chat API sits behind the
storefront's gateway (session auth, per-client quotas); transcripts are kept
for analytics in an encrypted store. Customers are in the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Storefront shopping assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat that answers product questions and handles order status and returns.",
)

# ---------------------------------------------------------------- data assets
session = tg.Data(
    "Storefront session token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Cookie of a signed-in customer; absent for anonymous shoppers.",
)
message = tg.Data(
    "Shopper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; may contain names, addresses and order numbers.",
)
customer_ref = tg.Data(
    "Customer id",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Taken from the validated session by the chat API.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data("Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
chunk_vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)
cache_entry = tg.Data(
    "Cached answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Question embedding plus the final answer text, written after every turn.",
)
product_chunks = tg.Data(
    "Catalogue and help chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
)
catalogue = tg.Data(
    "Product catalogue",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, specs and descriptions, many supplied by brands and suppliers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
help_articles = tg.Data("Help-centre articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool definitions, the conversation, retrieved chunks and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Order tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_details = tg.Data(
    "Order details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Items, status, delivery address and tracking link.",
)
order_records = tg.Data(
    "Order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
return_request = tg.Data("Return request", kind="records", sensitivity=tg.Sensitivity.PII)
return_result = tg.Data(
    "Return confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Return number and printable label link.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anonymous visitors and signed-in customers using the chat widget.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on or retain prompts")
            },
        )
    )
    # Same vendor's embedding model, used for the cache lookup and for indexing.
    embedder = tm.add(
        tg.Model("Embedding API", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Assistant VPC", trust=tg.Trust.INTERNAL):
    # Public entry point behind the storefront gateway; resolves the session to a customer id.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="storefront session cookie (optional for product questions)"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length capped at 1,000 characters"),
            },
        )
    )
    # Orchestrates each turn: cache check, retrieval, LLM call and order tool calls.
    assistant = tm.add(
        tg.Agent(
            "Assistant orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.SecretsManagement(note="vendor API key in the cloud secret manager"),
                c.CircuitBreaker(max_steps=5),
            },
        )
    )
    # Semantic cache of past answers, shared by all shoppers, to avoid repeat LLM calls.
    cache = tm.add(tg.VectorStore("Semantic answer cache", stores={cache_entry}))
    # RAG index over the catalogue and help-centre pages.
    product_index = tm.add(
        tg.VectorStore("Product knowledge index", stores={product_chunks, chunk_vectors})
    )
    # Nightly job that chunks and embeds catalogue and help content into the index.
    indexer = tm.add(tg.Pipeline("Catalogue indexing job", stage=tg.Stage.INGESTION))
    # Read-only tool: order status for the signed-in customer's id from the session.
    status_tool = tm.add(
        tg.Tool(
            "Order status tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="scoped to the session's customer id, read-only")},
        )
    )
    # Starts a return; the order service then issues a label and later the refund.
    return_tool = tm.add(
        tg.Tool(
            "Return initiation tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="scoped to the session's customer id"),
                c.HumanInTheLoop(approver="the customer, via a confirm button in the widget"),
            },
        )
    )
    # Conversation logs kept for analytics and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Commerce platform", trust=tg.Trust.INTERNAL):
    # Existing order management service: orders, shipments and returns.
    order_service = tm.add(
        tg.Service(
            "Order service",
            controls={c.Authentication(method="service-to-service OAuth token"), c.AuditLogging()},
        )
    )
    # Product information system maintained by merchandising, with supplier-fed content.
    pim = tm.add(tg.DataSource("Product information system", provides={catalogue}))
    # Help-centre CMS edited by the customer-service team.
    cms = tm.add(tg.DataSource("Help-centre CMS", provides={help_articles}))

# ---------------------------------------------------------------- flows
tm.flow(shopper, chat_api, message, session, protocol="https")
tm.flow(chat_api, shopper, reply, protocol="https")
tm.flow(chat_api, assistant, message, customer_ref)
tm.flow(assistant, chat_api, reply)

tm.flow(assistant, embedder, message, protocol="https", label="embed question")
tm.flow(embedder, assistant, query_vector, protocol="https")
tm.flow(assistant, cache, query_vector, label="cache lookup")
tm.flow(cache, assistant, cache_entry, label="cache hit")
tm.flow(assistant, cache, cache_entry, label="store new answer")
tm.flow(assistant, product_index, query_vector, label="similarity search")
tm.flow(product_index, assistant, product_chunks)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, tool_call, protocol="https")

tm.flow(assistant, status_tool, tool_call, customer_ref)
tm.flow(status_tool, assistant, order_details)
tm.flow(status_tool, order_service, customer_ref, protocol="https", label="order lookup")
tm.flow(order_service, status_tool, order_records, protocol="https")
tm.flow(assistant, return_tool, tool_call, customer_ref)
tm.flow(return_tool, assistant, return_result)
tm.flow(return_tool, order_service, return_request, protocol="https")
tm.flow(order_service, return_tool, return_result, protocol="https")

tm.flow(assistant, transcript_store, transcripts)

tm.flow(pim, indexer, catalogue, protocol="https", label="nightly export")
tm.flow(cms, indexer, help_articles, protocol="https", label="nightly export")
tm.flow(indexer, embedder, product_chunks, protocol="https", label="embed chunks")
tm.flow(embedder, indexer, chunk_vectors, protocol="https", label="chunk embeddings")
tm.flow(indexer, product_index, product_chunks, chunk_vectors)
