"""Donation pricing assistant for a UK charity shop chain: the first design.

Volunteers in each shop's back room photograph a donated item on the shop's tablet
app, add a few notes (brand, size, condition) and the Gift Aid donor reference from
the donation bag. The app sends these to the charity's intake API in its cloud
account; a pricing service adds the head-office pricing guidelines and asks a hosted
vision LLM for a category and a suggested price. The shop manager sees the
suggestion on the tablet and accepts or changes it; only then is the item saved as
priced in the stock database. A sync service lists online items on a marketplace and
sends shop-floor prices to the EPOS till system, and brings sales back for Gift Aid.
Each shop signs in to the app with one shop account; managers approve prices with
their own PIN. Photos are checked for type and size, the LLM's reply must fit the
guidelines' categories, and the stores are encrypted by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity shop donation pricing LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Volunteers photograph donations, an LLM suggests a category and price, and the "
        "shop manager confirms it before the item goes on the shop floor or online."
    ),
)

# ---------------------------------------------------------------- data assets
item_photos = tg.Data(
    "Item photos",
    kind="media",
    description="Photos of donated goods taken in the shop's back room.",
)
item_notes = tg.Data("Item notes", kind="records", description="Brand, size, condition.")
gift_aid_ref = tg.Data(
    "Gift Aid donor reference",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The donor's Gift Aid number from the donation bag label.",
)
guidelines = tg.Data(
    "Pricing guidelines",
    kind="documents",
    description="Category list, price bands and brands to look out for, set by head office.",
)
pricing_prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    description="Instructions, guidelines, item notes and the photos.",
)
suggestion = tg.Data("Suggested category and price", kind="model-output")
approved_price = tg.Data(
    "Manager-approved category and price",
    kind="records",
    description="Accepted or changed by the shop manager; marks the item shop floor or online.",
)
item_record = tg.Data(
    "Priced item records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item, price, channel, shop, photo keys and the Gift Aid donor reference.",
)
online_listing = tg.Data("Online listings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
till_prices = tg.Data("Shop-floor prices and barcodes", kind="records")
till_sales = tg.Data(
    "Till sales with Gift Aid references", kind="records", sensitivity=tg.Sensitivity.PII
)
online_orders = tg.Data(
    "Online order notices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name and delivery address for items sold online.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Charity shops", trust=tg.Trust.INTERNAL):
    # Sorts and photographs donations in the back room.
    volunteer = tm.add(tg.Actor("Shop volunteer", role="volunteer"))
    # Accepts or changes each suggested price before the item is labelled or listed.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))
    # The charity-owned tablet in each shop, running the pricing app.
    tablet = tm.add(
        tg.Device(
            "Shop tablet app",
            fleet=True,
            description="Managed Android tablets on the shop's broadband.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the categories and price bands every shop prices against.
    retail_ops = tm.add(tg.Actor("Retail operations lead", role="head office retail"))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The one API the tablets talk to: uploads, suggestions and approvals.
    intake_api = tm.add(
        tg.Endpoint(
            "Donation intake API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method=(
                        "one password-protected account per shop, shared by its volunteers; "
                        "managers approve prices with their own PIN"
                    )
                ),
                c.InputValidation(note="JPEG or HEIC only, 10 MB per photo, 5 photos per item"),
            },
        )
    )
    # Builds the prompt from photos, notes and guidelines, and checks the reply.
    pricing = tm.add(
        tg.Service(
            "Pricing service",
            controls={
                c.OutputFiltering(
                    note="reply must be JSON with a category from the guidelines; else blank"
                ),
                c.HumanInTheLoop(
                    approver="the shop manager",
                    note="every suggestion is accepted or changed before the item is priced",
                ),
            },
        )
    )
    # Object storage for the item photos, reused for online listings.
    photo_store = tm.add(
        tg.DataStore(
            "Item photo store",
            stores={item_photos},
            controls={c.EncryptionAtRest(key_management="cloud-provider managed keys")},
        )
    )
    # Stock of every shop: priced items, channel and the Gift Aid link.
    stock_db = tm.add(
        tg.DataStore(
            "Stock database",
            stores={item_record, till_sales, online_orders},
            controls={
                c.EncryptionAtRest(key_management="cloud-provider managed keys"),
                c.RBAC(note="shop accounts see their own shop's stock; head office sees all"),
            },
        )
    )
    # Head office's reference data, read into every prompt.
    guideline_store = tm.add(tg.DataStore("Pricing guidelines store", stores={guidelines}))
    # Pushes listings and till prices out, pulls sales and orders back.
    sync = tm.add(
        tg.Service(
            "Listing and till sync service",
            controls={
                c.SecretsManagement(note="marketplace and EPOS API tokens in the secret manager")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that looks at the photos.
    llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Online marketplace", trust=tg.Trust.PARTNER):
    # The charity's shop on a public marketplace, where online items sell.
    marketplace = tm.add(tg.ExternalService("Marketplace seller API"))

with tm.boundary("EPOS vendor", trust=tg.Trust.PARTNER):
    # Cloud till system used in every shop.
    epos = tm.add(tg.ExternalService("EPOS till system"))

# ---------------------------------------------------------------- flows
# Photographing and uploading an item
tm.flow(volunteer, tablet, item_photos, item_notes, gift_aid_ref, label="taken on the tablet")
tm.flow(tablet, intake_api, item_photos, item_notes, gift_aid_ref, protocol="https")
tm.flow(intake_api, photo_store, item_photos)
tm.flow(intake_api, pricing, item_photos, item_notes)

# Suggesting a category and price
tm.flow(retail_ops, guideline_store, guidelines, protocol="https")
tm.flow(guideline_store, pricing, guidelines)
tm.flow(pricing, llm, pricing_prompt, protocol="https")
tm.flow(llm, pricing, suggestion, protocol="https")
tm.flow(pricing, intake_api, suggestion)
tm.flow(intake_api, tablet, suggestion, protocol="https")

# The manager's decision
tm.flow(tablet, manager, suggestion, label="shown on the tablet")
tm.flow(manager, tablet, approved_price, label="entered on the tablet")
tm.flow(tablet, intake_api, approved_price, protocol="https")
tm.flow(intake_api, stock_db, item_record)

# Shop floor and online
tm.flow(stock_db, sync, item_record, label="sync of newly priced items")
tm.flow(photo_store, sync, item_photos)
tm.flow(sync, marketplace, online_listing, protocol="https")
tm.flow(marketplace, sync, online_orders, protocol="https")
tm.flow(sync, epos, till_prices, protocol="https")
tm.flow(epos, sync, till_sales, protocol="https")
tm.flow(sync, stock_db, till_sales, online_orders)
