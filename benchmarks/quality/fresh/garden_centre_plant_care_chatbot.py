"""Plant care chatbot for a garden centre chain: the first design.

Customers open the chat on the chain's website or app, describe what is wrong
with a plant and upload photos of it. A plant care assistant (an LLM agent)
sends the photos and the conversation to a hosted multimodal LLM, looks up the
chain's own care and pest-and-disease guides in a vector index, and calls two
read-only tools: a product search over the catalogue (feeds, treatments,
pesticides, tools) and a stock check against the store inventory system for the
customer's chosen local store. It answers the customer directly, with no member
of staff in the loop. Horticulture advisors at head office write the care guides
and read chat transcripts in a staff console. Controls in this design: upload
type and size checks and a per-session rate limit on the chat API, a step limit
on the agent, the vendor's content filter, a read-only catalogue role, an API key
for the inventory system, SSO with MFA for staff, encrypted storage and 30-day
deletion of photos.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden centre plant care chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Diagnoses plant problems from customers' photos, recommends products and "
        "checks stock at the customer's local store."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; customers often give a name, postcode or garden details.",
)
plant_photo = tg.Data(
    "Plant photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="As uploaded: may show people, houses, and carry EXIF location.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt with photos",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, photos, retrieved guidance and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
guide_query = tg.Data("Guidance search query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
guidance = tg.Data(
    "Retrieved care guidance", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
care_guides = tg.Data(
    "Care and pest-and-disease guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
product_query = tg.Data(
    "Product search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
products = tg.Data(
    "Product catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Products, prices, usage instructions and sale restrictions (pesticides).",
)
product_results = tg.Data(
    "Product search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
stock_query = tg.Data(
    "Stock check call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product SKUs and the customer's chosen store.",
)
stock_levels = tg.Data(
    "Store stock levels", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcript = tg.Data(
    "Chat transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Messages, photo references, replies and tool calls per session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website or app; no sign-in needed to chat.
    customer = tm.add(tg.Actor("Customer", role="gardener"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photos and the conversation, decides which tools to call.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Chatbot cloud project", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget and the app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="JPEG, PNG or HEIC only, 8 MB per photo"),
                c.RateLimiting(requests_per_minute=20, note="per chat session"),
            },
        )
    )
    # Keeps uploaded photos so the agent can pass them to the model.
    photo_store = tm.add(
        tg.DataStore(
            "Photo upload bucket",
            stores={plant_photo},
            controls={
                c.EncryptionAtRest(key_management="cloud provider-managed keys"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # The conversation loop: retrieval, tool calls and the answer.
    assistant = tm.add(
        tg.Agent(
            "Plant care assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Embedded care guides for retrieval.
    guide_index = tm.add(tg.VectorStore("Care guide index", stores={guidance}))
    # Embeds new and edited guides nightly.
    indexer = tm.add(tg.Pipeline("Guide indexing pipeline", stage=tg.Stage.INGESTION))
    # Lets the agent find products for a diagnosis.
    product_tool = tm.add(
        tg.Tool(
            "Product search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database role on the catalogue")},
        )
    )
    # Lets the agent tell the customer what their local store has.
    stock_tool = tm.add(tg.Tool("Stock check tool", capabilities={"read"}))
    # Every session, for quality review by the horticulture team.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Source of truth for the guides the bot answers from.
    guide_library = tm.add(tg.DataStore("Care guide library", stores={care_guides}))
    # Where advisors edit guides and read transcripts.
    console = tm.add(
        tg.Service(
            "Staff console",
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Retail systems", trust=tg.Trust.INTERNAL):
    # The e-commerce catalogue, shared with the website shop.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={products}))
    # Existing stock system fed by the stores' tills.
    inventory = tm.add(
        tg.Service(
            "Store inventory system",
            controls={c.Authentication(method="per-service API key")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Writes the guides and checks the bot's advice.
    advisor = tm.add(tg.Actor("Horticulture advisor", role="horticulturist"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, plant_photo, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, photo_store, plant_photo)
tm.flow(chat_api, assistant, chat_message)
tm.flow(assistant, chat_api, reply)
tm.flow(photo_store, assistant, plant_photo)

tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, guide_index, guide_query, label="similarity search")
tm.flow(guide_index, assistant, guidance)

tm.flow(assistant, product_tool, product_query)
tm.flow(product_tool, assistant, product_results)
tm.flow(product_tool, catalogue, product_query, protocol="https")
tm.flow(catalogue, product_tool, products, protocol="https")

tm.flow(assistant, stock_tool, stock_query)
tm.flow(stock_tool, assistant, stock_levels)
tm.flow(stock_tool, inventory, stock_query, protocol="https")
tm.flow(inventory, stock_tool, stock_levels, protocol="https")

tm.flow(assistant, transcript_store, transcript)

tm.flow(advisor, console, care_guides, protocol="https", label="writes and edits guides")
tm.flow(console, advisor, transcript, care_guides, protocol="https")
tm.flow(console, guide_library, care_guides)
tm.flow(guide_library, console, care_guides)
tm.flow(transcript_store, console, transcript)
tm.flow(guide_library, indexer, care_guides, label="nightly")
tm.flow(indexer, guide_index, guidance)
