"""Sommelier chatbot: the first design, before any security review.

A UK wine merchant adds a chat widget to its web shop. Visitors, signed in or
not, describe a meal and a budget; a sommelier agent asks a hosted LLM for
suggestions, searches an index of the catalogue's tasting notes and food
pairings, checks live stock and price, and adds bottles to the shopper's basket
when asked. Checkout, payment and age checks stay in the existing web shop and
are out of scope. The catalogue index is rebuilt nightly from the product
information system, which buyers edit and suppliers feed with their own notes.
Everything runs in the merchant's cloud account; only the LLM is a vendor's.
The chat API is rate limited and checks message size, the agent stops after a
fixed number of steps, the basket tool can only add lines, and transcripts are
encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wine merchant sommelier chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web-shop chat assistant that recommends wines, checks stock and fills the basket.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Shopper chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Meal, budget and taste; sometimes names, occasions or addresses.",
)
reply = tg.Data("Sommelier reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Text for the shopper or the next tool call.",
)
search_call = tg.Data("Wine search call", kind="tool-call")
search_result = tg.Data("Matching wines", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
passages = tg.Data(
    "Catalogue passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
stock_call = tg.Data("Stock check call", kind="tool-call")
stock_levels = tg.Data(
    "Stock levels and prices",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stock_result = tg.Data("Stock check result", kind="tool-result")
basket_call = tg.Data("Add to basket call", kind="tool-call", description="SKU and quantity.")
basket_line = tg.Data(
    "Basket line",
    kind="records",
    description="SKU, quantity and the basket id of the shopper's web session.",
)
basket_summary = tg.Data("Basket summary", kind="tool-result")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
tasting_notes = tg.Data(
    "Tasting notes and pairings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
supplier_notes = tg.Data(
    "Supplier spec sheets", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
catalogue_entries = tg.Data(
    "Catalogue entries", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
embeddings = tg.Data("Catalogue embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the web shop can open the chat widget.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Supplier", trust=tg.Trust.PARTNER):
    # Producers and importers send spec sheets and their own tasting notes.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier product feed",
            origin=tg.Origin.PARTNER,
            provides={supplier_notes},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Web shop cloud", trust=tg.Trust.INTERNAL):
    # Backend of the chat widget; passes the shopper's session with each message.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The sommelier: decides which tools to call and writes the reply.
    agent = tm.add(
        tg.Agent(
            "Sommelier agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Adds bottles to the basket when the shopper asks for them in chat.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Semantic search over tasting notes and food pairings.
    search_tool = tm.add(tg.Tool("Wine search tool", capabilities={"read"}))
    # Live stock and price for the SKUs the agent wants to suggest.
    stock_tool = tm.add(tg.Tool("Stock check tool", capabilities={"read"}))
    # The only tool that changes anything: adds lines to the basket.
    basket_tool = tm.add(
        tg.Tool(
            "Basket tool",
            capabilities={"write"},
            description="Adds a SKU and quantity to the basket of the shopper's web session.",
            controls={c.LeastPrivilegeTools(note="API key scoped to adding basket lines only")},
        )
    )
    # The web shop's existing basket service.
    basket_service = tm.add(tg.Service("Basket service"))
    # Stock and prices, owned by the warehouse system.
    inventory_db = tm.add(tg.DataStore("Inventory database", stores={stock_levels}))
    # The catalogue index the search tool queries.
    wine_index = tm.add(tg.VectorStore("Wine catalogue index", stores={passages, embeddings}))
    # Conversations kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Product information system: the catalogue of record.
    pim = tm.add(tg.DataStore("Product information system", stores={tasting_notes, supplier_notes}))
    # Rebuilds the catalogue index every night.
    indexer = tm.add(tg.Pipeline("Nightly catalogue indexing", stage=tg.Stage.INGESTION))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Writes tasting notes and food pairings in the product information system.
    buyer = tm.add(tg.Actor("Wine buyer", role="buyer"))

# ---------------------------------------------------------------- flows
tm.flow(shopper, chat_api, message, protocol="https")
tm.flow(chat_api, shopper, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, search_result)
tm.flow(search_tool, wine_index, search_call, label="similarity query")
tm.flow(wine_index, search_tool, passages)

tm.flow(agent, stock_tool, stock_call)
tm.flow(stock_tool, agent, stock_result)
tm.flow(stock_tool, inventory_db, stock_call)
tm.flow(inventory_db, stock_tool, stock_levels)

tm.flow(agent, basket_tool, basket_call)
tm.flow(basket_tool, agent, basket_summary)
tm.flow(basket_tool, basket_service, basket_line, protocol="https")
tm.flow(basket_service, basket_tool, basket_summary, protocol="https")

tm.flow(agent, transcript_store, transcripts)

tm.flow(buyer, pim, tasting_notes, protocol="https")
tm.flow(supplier_feed, pim, supplier_notes, protocol="sftp")
tm.flow(pim, indexer, catalogue_entries, label="nightly export")
tm.flow(indexer, wine_index, passages, embeddings)
