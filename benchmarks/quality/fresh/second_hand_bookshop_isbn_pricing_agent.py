"""Second-hand bookshop ISBN pricing agent: the first design, before any security review.

The owner of a small second-hand bookshop scans the ISBN barcode of each book bought
in on the shop tablet and types a few condition notes. A pricing agent, a small
web app on the shop's cloud account, looks the ISBN up in a public book-metadata API
and fetches comparable listings (other sellers' prices and descriptions) from the
marketplaces' seller APIs. It asks a hosted LLM to suggest a price and draft a listing,
and shows the suggestion in the pricing dashboard. Only after the owner approves it
there does the agent publish the listing on the marketplaces through the listing tool.
When a book sells on one marketplace, a sale notification lets the sync service mark
it sold in the inventory and withdraw it from the others. Controls in this design: the
owner signs in to the dashboard with e-mail and password, every listing waits for the
owner's approval, the agent stops after a fixed number of steps, the seller tokens sit
in the hosting platform's secret store and the managed database is encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Second-hand bookshop ISBN pricing agent",
    profile=tg.RiskProfile.LOW,
    description="Suggests prices for scanned books and lists them on marketplaces once "
    "the owner approves.",
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "ISBN scan and condition notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The scanned ISBN, the owner's notes on condition and edition, and what "
    "the shop paid for the book.",
)
metadata = tg.Data(
    "Book metadata",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, author, edition, publisher and cover image URL for an ISBN.",
)
comparables = tg.Data(
    "Comparable listings",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Other sellers' prices, condition grades and listing text for the same ISBN.",
)
isbn_query = tg.Data("ISBN lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the owner's notes, the metadata and the comparable listings.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
suggestion = tg.Data(
    "Price suggestion and draft listing",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suggested price with its reasoning, and a drafted title and description.",
)
approval = tg.Data(
    "Listing approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The owner's approval, with any price or text the owner changed.",
)
listing = tg.Data(
    "Marketplace listing",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Create or withdraw a listing: title, description, condition, price, SKU.",
)
listing_result = tg.Data(
    "Listing confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
inventory = tg.Data(
    "Inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every book in stock: buying price, asking price, listing ids, status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sale = tg.Data(
    "Sale notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The marketplace's notice that a listed SKU has sold, with the order reference.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bookshop premises", trust=tg.Trust.INTERNAL):
    # The owner buys books in, checks each suggestion and approves listings.
    owner = tm.add(tg.Actor("Shop owner", role="owner"))
    # Shop tablet with the browser and the camera used as a barcode scanner.
    tablet = tm.add(
        tg.Device(
            "Shop tablet",
            fleet=False,
            description="Android tablet at the buying counter; scans barcodes with its camera.",
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The web app the tablet talks to: scan form, suggestion review, approval button.
    dashboard = tm.add(
        tg.Endpoint(
            "Pricing dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent: gathers metadata and comparables, asks the LLM, publishes on approval.
    agent = tm.add(
        tg.Agent(
            "Pricing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM; one run per scanned book.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Reads the public book-metadata API for title, edition and author.
    metadata_tool = tm.add(
        tg.Tool(
            "ISBN metadata lookup",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Reads the marketplaces' seller APIs for what the same ISBN sells for.
    price_tool = tm.add(
        tg.Tool(
            "Marketplace price lookup",
            capabilities={"read", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.SecretsManagement(note="seller API tokens in the platform secret store")},
        )
    )
    # Creates and withdraws listings with the shop's seller accounts.
    listing_tool = tm.add(
        tg.Tool(
            "Marketplace listing tool",
            capabilities={"write", "delete", "network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(approver="the shop owner, in the pricing dashboard"),
                c.SecretsManagement(note="seller API tokens in the platform secret store"),
            },
        )
    )
    # Receives the marketplaces' sale notifications and keeps stock in step.
    sync = tm.add(
        tg.Service(
            "Sales sync service",
            description="Marks a sold book sold and withdraws its other listings.",
        )
    )
    # The shop's stock list, a managed Postgres database.
    inventory_db = tm.add(
        tg.DataStore(
            "Inventory database",
            stores={inventory},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that suggests the price and writes the listing text.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Marketplaces", trust=tg.Trust.PARTNER):
    # eBay, AbeBooks and Amazon seller APIs: comparables, listings, sale notices.
    marketplaces = tm.add(
        tg.ExternalService(
            "Online marketplaces",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Seller APIs of the marketplaces the shop sells on.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Free public ISBN database, community edited.
    open_library = tm.add(
        tg.ExternalService(
            "Public book metadata API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Open, community-edited book catalogue looked up by ISBN.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(owner, tablet, scan, label="scans the barcode and types notes on the tablet")
tm.flow(tablet, dashboard, scan, protocol="https")
tm.flow(dashboard, agent, scan)

tm.flow(agent, metadata_tool, isbn_query)
tm.flow(metadata_tool, open_library, isbn_query, protocol="https")
tm.flow(open_library, metadata_tool, metadata, protocol="https")
tm.flow(metadata_tool, agent, metadata)

tm.flow(agent, price_tool, isbn_query)
tm.flow(price_tool, marketplaces, isbn_query, protocol="https")
tm.flow(marketplaces, price_tool, comparables, protocol="https")
tm.flow(price_tool, agent, comparables)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, inventory_db, inventory, label="draft record with suggested price")
tm.flow(agent, dashboard, suggestion)
tm.flow(dashboard, tablet, suggestion, protocol="https")
tm.flow(tablet, owner, suggestion, label="reads the suggestion on the tablet")
tm.flow(owner, tablet, approval, label="taps approve on the tablet")
tm.flow(tablet, dashboard, approval, protocol="https")
tm.flow(dashboard, agent, approval)

tm.flow(agent, listing_tool, listing)
tm.flow(listing_tool, marketplaces, listing, protocol="https")
tm.flow(marketplaces, listing_tool, listing_result, protocol="https")
tm.flow(listing_tool, agent, listing_result)
tm.flow(
    agent, inventory_db, inventory, label="listed, with listing ids", id="agent-inventory-listed"
)
tm.flow(inventory_db, dashboard, inventory, label="stock list")

tm.flow(marketplaces, sync, sale, protocol="https", label="sale notification webhook")
tm.flow(sync, inventory_db, inventory, label="mark sold")
tm.flow(inventory_db, sync, inventory, label="other listing ids")
tm.flow(sync, listing_tool, listing, label="withdraw from other marketplaces")
tm.flow(listing_tool, sync, listing_result)
