"""Parts sourcing agent for an antique clock restoration workshop: the first design.

A three-bench clock restoration workshop in England uses an LLM agent to find
replacement parts (mainsprings, bushes, suspension springs, hands, glasses) for
the clocks customers bring in. A restorer describes the movement in the workshop
web app, with measurements and photos; the agent checks the workshop's own parts
inventory and job tickets, looks the calibre up in an index of scanned movement
manuals and parts tables, searches the trade suppliers' catalogues and public
auction listings, and proposes what to buy. It can place orders on the
workshop's supplier trade accounts: orders above GBP 150 wait for the owner's
approval in the web app, and the order tool caps spend per order and per month.
The app runs in a small cloud tenancy behind Google Workspace sign-in; the model
is a vendor-hosted LLM, and supplier and marketplace calls go out over HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Clock restorer parts sourcing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Finds and orders replacement parts for antique clocks under restoration.",
)

# ---------------------------------------------------------------- data assets
parts_request = tg.Data(
    "Parts request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Movement maker, calibre, measurements and the part needed.",
)
movement_photos = tg.Data("Movement photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
suggestions = tg.Data(
    "Sourcing suggestions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data("Sourcing prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
job_tickets = tg.Data(
    "Job tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name and phone, the clock, its estimated value and the work agreed.",
)
inventory = tg.Data(
    "Parts inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
manual_passages = tg.Data(
    "Manual passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
calibre_query = tg.Data("Calibre lookup query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_query = tg.Data("Catalogue search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_results = tg.Data(
    "Supplier catalogue results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
listing_query = tg.Data("Listing search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
listings = tg.Data(
    "Auction listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, descriptions, photos and prices written by individual sellers.",
)
purchase_order = tg.Data(
    "Purchase order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, part numbers, quantities, price and the workshop delivery address.",
)
order_confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pending_order = tg.Data(
    "Order awaiting approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Owner order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manual_scans = tg.Data("Manual scans upload", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public auction site searched for obsolete and salvaged parts; anyone can list.
    auctions = tm.add(
        tg.DataSource(
            "Online auction marketplace", origin=tg.Origin.PUBLIC_WEB, provides={listings}
        )
    )

with tm.boundary("Trade suppliers", trust=tg.Trust.PARTNER):
    # The two horological material suppliers the workshop holds trade accounts with.
    suppliers = tm.add(
        tg.ExternalService(
            "Horological supplier APIs",
            provides="data-provider",
            description="Catalogue search and order placement on the workshop's trade accounts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Restorers at the benches describe the movement and the part they need.
    restorer = tm.add(tg.Actor("Restorer", role="clock restorer"))
    # The owner approves larger orders and runs the trade accounts.
    owner = tm.add(tg.Actor("Workshop owner", role="owner", privileged=True))

with tm.boundary("Workshop cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app the restorers and owner use to talk to the agent and approve orders.
    web_app = tm.add(
        tg.Endpoint(
            "Workshop web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace sign-in (OIDC) with 2SV")
            },
        )
    )
    # The LLM agent that searches for parts and drafts or places orders.
    agent = tm.add(
        tg.Agent(
            "Parts sourcing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(approver="workshop owner", above="GBP 150 per order"),
                tg.controls.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Searches the trade suppliers' catalogues for matching parts, prices and stock.
    catalogue_tool = tm.add(
        tg.Tool("Supplier catalogue search tool", capabilities={"read", "network-egress"})
    )
    # Searches public auction listings for obsolete parts and donor movements.
    listing_tool = tm.add(
        tg.Tool("Auction listing search tool", capabilities={"read", "network-egress"})
    )
    # Places orders on the trade accounts, charged to the account's card on file.
    order_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={tg.controls.TransactionLimits(limit="GBP 150 per order, GBP 600 per month")},
        )
    )
    # Job tickets and the parts drawer inventory, in one small database.
    workshop_db = tm.add(
        tg.DataStore(
            "Workshop database",
            stores={job_tickets, inventory, pending_order},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Scanned manufacturers' manuals, calibre charts and mainspring tables, chunked.
    manual_index = tm.add(tg.VectorStore("Movement manual index", stores={manual_passages}))
    # Splits and embeds manual scans that restorers upload through the web app.
    indexer = tm.add(tg.Pipeline("Manual indexing job", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# The restorer asks
tm.flow(restorer, web_app, parts_request, movement_photos, protocol="https")
tm.flow(web_app, restorer, suggestions, protocol="https")
tm.flow(web_app, agent, parts_request, movement_photos)
tm.flow(agent, web_app, suggestions)

# Agent reasoning and lookups
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(workshop_db, agent, job_tickets, inventory)
tm.flow(agent, manual_index, calibre_query, label="similarity query")
tm.flow(manual_index, agent, manual_passages)

# Supplier catalogues
tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, agent, catalogue_results)
tm.flow(catalogue_tool, suppliers, catalogue_query, protocol="https")
tm.flow(suppliers, catalogue_tool, catalogue_results, protocol="https")

# Auction listings
tm.flow(agent, listing_tool, listing_query)
tm.flow(listing_tool, agent, listings)
tm.flow(listing_tool, auctions, listing_query, protocol="https")
tm.flow(auctions, listing_tool, listings, protocol="https")

# Ordering and approval
tm.flow(agent, workshop_db, pending_order, label="orders above the approval limit")
tm.flow(workshop_db, web_app, pending_order)
tm.flow(web_app, owner, pending_order, protocol="https")
tm.flow(owner, web_app, approval, protocol="https")
tm.flow(web_app, agent, approval)
tm.flow(agent, order_tool, purchase_order)
tm.flow(order_tool, suppliers, purchase_order, protocol="https")
tm.flow(suppliers, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
tm.flow(order_tool, workshop_db, order_confirmation, label="parts on order")

# Manual library
tm.flow(restorer, web_app, manual_scans, protocol="https", label="upload manual scans")
tm.flow(web_app, indexer, manual_scans)
tm.flow(indexer, manual_index, manual_passages)
