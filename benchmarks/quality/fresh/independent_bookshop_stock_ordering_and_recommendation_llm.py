"""Independent bookshop: LLM book help, staff picks and weekly stock orders (first design).

A single-branch independent bookshop in the UK adds three LLM features to its website.
Customers ask about books in a chat widget on the shop's site; a small chat service
looks titles up in the shop's catalogue and has a hosted LLM answer from them.
Booksellers write a few notes on a title and the LLM drafts a staff-pick description,
which a bookseller edits and publishes to the catalogue. Once a week a stock-ordering
agent reads the till's sales export and the catalogue's stock levels, asks the LLM to
plan reorders and puts a draft basket into the book wholesaler's portal through the
wholesaler's ordering API; the owner reviews and approves every order in that portal.
Everything of ours runs on one managed cloud VM; the LLM is a vendor API, the till is a
hosted POS service. Controls: HTTPS everywhere, a per-IP rate limit and message length
cap on the chat, staff sign-in to the admin pages, the vendor's content filter, and an
API key scoped to draft baskets so that only the owner can submit an order.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Independent bookshop book chat, staff picks and stock ordering",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website book chat and staff-pick drafting from the shop catalogue, and an agent "
        "that drafts weekly wholesaler orders for the owner to approve."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Customer book question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; customers sometimes give their name or e-mail to reserve a copy.",
)
answer = tg.Data("Chat answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
chat_prompt = tg.Data(
    "Chat prompt with catalogue entries",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Shop system prompt, the customer's question and matching catalogue entries.",
)
chat_completion = tg.Data("Chat completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue_entries = tg.Data(
    "Catalogue entries",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, author, blurb, staff pick text, price and whether it is in stock.",
)
catalogue = tg.Data(
    "Shop catalogue and stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
pick_notes = tg.Data("Bookseller pick notes", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
pick_draft = tg.Data(
    "Draft staff-pick description", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
staff_pick = tg.Data("Published staff pick", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
sales = tg.Data(
    "Weekly sales by ISBN",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units sold per title from the till; no customer details.",
)
order_prompt = tg.Data(
    "Reorder planning prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_plan = tg.Data(
    "Suggested reorder list", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_lines = tg.Data(
    "Draft order lines", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
basket = tg.Data(
    "Draft wholesaler basket",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
availability = tg.Data(
    "Wholesaler availability and trade prices",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the shop's website can open the chat; no account needed.
    customer = tm.add(tg.Actor("Website customer", role="customer"))

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Booksellers write notes for staff picks and publish the edited text.
    bookseller = tm.add(tg.Actor("Bookseller", role="shop staff"))
    # The owner runs the shop and is the only one who places wholesaler orders.
    owner = tm.add(tg.Actor("Shop owner", role="owner", privileged=True))

with tm.boundary("Shop cloud VM", trust=tg.Trust.INTERNAL):
    # Public site pages and the chat API the widget calls.
    website = tm.add(
        tg.Endpoint(
            "Shop website and chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP, in the reverse proxy"),
                c.InputValidation(note="chat messages capped at 1,000 characters"),
            },
        )
    )
    # Looks up matching titles in the catalogue and builds the prompt for the LLM.
    chat_service = tm.add(
        tg.Service(
            "Book chat service",
            description="Keyword search of the catalogue, prompt assembly, LLM call.",
        )
    )
    # The shop's own catalogue: titles, blurbs, staff picks, prices and stock counts.
    catalogue_db = tm.add(
        tg.DataStore(
            "Shop catalogue database",
            stores={catalogue, staff_pick},
            controls={c.DataVersioning(note="nightly VM snapshot by the host")},
        )
    )
    # Chat logs kept so the owner can see what customers ask about.
    transcript_store = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))
    # Admin page where booksellers turn their notes into a staff-pick draft.
    pick_writer = tm.add(
        tg.Service(
            "Staff-pick drafting page",
            description="Admin page: sends notes to the LLM, shows the draft for editing.",
            controls={
                c.Authentication(method="individual e-mail and password accounts"),
                c.HumanInTheLoop(approver="the bookseller edits and publishes every description"),
            },
        )
    )
    # Weekly job: an LLM agent that plans reorders from sales and stock.
    order_agent = tm.add(
        tg.Agent(
            "Stock ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every Monday morning; proposes quantities per title.",
            controls={
                c.HumanInTheLoop(
                    approver="the shop owner, in the wholesaler portal, for every order"
                ),
            },
        )
    )
    # The only way the agent touches the wholesaler: creates a draft basket.
    order_tool = tm.add(
        tg.Tool(
            "Wholesaler draft basket tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Calls the wholesaler's ordering API to check availability and add basket lines.",
            controls={
                c.LeastPrivilegeTools(
                    note="API key can create draft baskets but cannot submit orders"
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model used by all three features.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("POS vendor", trust=tg.Trust.PARTNER):
    # The hosted till system; its reporting API gives weekly sales per ISBN.
    pos = tm.add(
        tg.DataSource(
            "Till sales export",
            origin=tg.Origin.VENDOR,
            provides={sales},
            description="Hosted point-of-sale reporting API.",
        )
    )

with tm.boundary("Book wholesaler", trust=tg.Trust.PARTNER):
    # The wholesaler's trade portal and ordering API, where orders are submitted.
    wholesaler = tm.add(
        tg.ExternalService(
            "Wholesaler trade portal",
            provides=tg.ExternalCategory.GENERIC,
            description="Trade ordering portal and API; the owner signs in here to submit orders.",
        )
    )

# ---------------------------------------------------------------- flows
# Customer book chat
tm.flow(customer, website, question, protocol="https")
tm.flow(website, customer, answer, staff_pick, protocol="https")
tm.flow(website, chat_service, question, protocol="local")
tm.flow(chat_service, website, answer, protocol="local")
tm.flow(chat_service, catalogue_db, question, label="title search", protocol="local")
tm.flow(catalogue_db, chat_service, catalogue_entries, protocol="local")
tm.flow(chat_service, llm, chat_prompt, protocol="https")
tm.flow(llm, chat_service, chat_completion, protocol="https")
tm.flow(chat_service, transcript_store, transcripts, protocol="local")
tm.flow(
    catalogue_db, website, staff_pick, catalogue_entries, label="catalogue pages", protocol="local"
)

# Staff picks
tm.flow(bookseller, pick_writer, pick_notes, protocol="https")
tm.flow(pick_writer, llm, pick_notes, protocol="https")
tm.flow(llm, pick_writer, pick_draft, protocol="https")
tm.flow(pick_writer, bookseller, pick_draft, protocol="https")
tm.flow(bookseller, pick_writer, staff_pick, label="edited and published", protocol="https")
tm.flow(pick_writer, catalogue_db, staff_pick, protocol="local")

# Weekly stock orders
tm.flow(pos, order_agent, sales, protocol="https")
tm.flow(catalogue_db, order_agent, catalogue, label="stock levels", protocol="local")
tm.flow(order_agent, llm, order_prompt, protocol="https")
tm.flow(llm, order_agent, order_plan, protocol="https")
tm.flow(order_agent, order_tool, order_lines, protocol="local")
tm.flow(order_tool, wholesaler, basket, protocol="https")
tm.flow(wholesaler, order_tool, availability, protocol="https")
tm.flow(order_tool, order_agent, availability, protocol="local")
tm.flow(wholesaler, owner, basket, label="draft order for review", protocol="https")
tm.flow(owner, wholesaler, approval, label="approves and submits order", protocol="https")
