"""Architectural salvage yard: photo-to-listing drafting with an LLM.

Yard staff photograph reclaimed stock (fireplaces, doors, tiles, radiators) on a
yard tablet and upload the photos, with a few notes, to a back-office web app the
yard runs in its small cloud account; staff sign in to it with e-mail and password.
A drafting service sends the photos and comparable past sales from the inventory
and sales database to a hosted multimodal LLM, which drafts a title, description,
likely period, material and a suggested price. Drafts wait in a drafts store until
a member of staff reviews, edits and approves each one in the back-office app.
A publishing service then pushes approved listings and their photos to the yard's
hosted web shop and to an online marketplace, using API keys kept in its config
store, and pulls orders back into the sales database. Traffic is HTTPS; the photo
bucket uses the cloud provider's default encryption. Nothing is published without
a person's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Salvage yard listing drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM drafts listings and price suggestions for reclaimed items from "
    "photos and past sales; staff approve them before they go to the web shop and a "
    "marketplace.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Item photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of reclaimed items taken in the yard; sometimes staff or "
    "customers appear in the background.",
)
item_notes = tg.Data(
    "Item intake notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stock number, dimensions, where the item was reclaimed from.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
past_sales = tg.Data(
    "Comparable past sales",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sold items like this one, with descriptions and achieved prices.",
)
sales_records = tg.Data(
    "Sales and buyer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stock, achieved prices, buyer names, addresses and delivery notes.",
)
llm_prompt = tg.Data(
    "Listing prompt with photos and comparables",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
llm_draft = tg.Data(
    "Drafted listing and price suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, period, material and a suggested price.",
)
approved_listing = tg.Data(
    "Approved listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
channel_keys = tg.Data(
    "Web shop and marketplace API keys",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
orders = tg.Data(
    "Online orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, delivery address, item and price paid.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard premises", trust=tg.Trust.INTERNAL):
    # Staff who photograph stock, check drafts and approve listings.
    staff = tm.add(tg.Actor("Yard staff member", role="yard staff"))
    # Shared yard tablet used to take and upload the photos.
    tablet = tm.add(
        tg.Device("Yard photo tablet", fleet=False, description="Shared tablet in the yard office.")
    )

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # Back-office web app: upload photos, review and approve drafts.
    backoffice = tm.add(
        tg.Endpoint(
            "Back-office listing app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # Holds every photo uploaded from the yard.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Source of comparable past sales; also receives new orders.
    sales_db = tm.add(tg.DataStore("Inventory and sales database", stores={sales_records}))
    # Gathers photos and comparables, calls the LLM and stores its draft.
    drafter = tm.add(
        tg.Service(
            "Listing drafting service",
            description="Builds the prompt from the photos, notes and up to ten "
            "comparable past sales, calls the LLM and saves the draft.",
        )
    )
    # Drafts waiting for review, and the approved versions.
    drafts = tm.add(tg.DataStore("Draft listings store", stores={llm_draft, approved_listing}))
    # Pushes approved listings out and brings orders back.
    publisher = tm.add(
        tg.Service(
            "Listing publishing service",
            description="Publishes only listings marked approved in the drafts store.",
            controls={c.HumanInTheLoop(approver="a member of yard staff reviews every listing")},
        )
    )
    # Config store for the sales channels' API keys.
    config = tm.add(tg.DataStore("Publishing config store", stores={channel_keys}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes the draft listing.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Sales channels", trust=tg.Trust.PARTNER):
    # Hosted e-commerce platform running the yard's own web shop.
    webshop = tm.add(tg.ExternalService("Hosted web shop platform"))
    # Third-party online marketplace where the yard also lists items.
    marketplace = tm.add(tg.ExternalService("Online marketplace"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public browsing and buying online.
    buyer = tm.add(tg.Actor("Online buyer", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(staff, tablet, photos, item_notes, label="photographs item in person")
tm.flow(tablet, backoffice, photos, item_notes, protocol="https")
tm.flow(backoffice, photo_store, photos)
tm.flow(backoffice, drafter, draft_request, item_notes)
tm.flow(photo_store, drafter, photos)
tm.flow(sales_db, drafter, past_sales, label="comparable sales lookup")
tm.flow(drafter, llm, llm_prompt, protocol="https")
tm.flow(llm, drafter, llm_draft, protocol="https")
tm.flow(drafter, drafts, llm_draft)

tm.flow(drafts, backoffice, llm_draft, label="drafts for review")
tm.flow(backoffice, staff, llm_draft, protocol="https")
tm.flow(staff, backoffice, approved_listing, protocol="https", label="edits and approves")
tm.flow(backoffice, drafts, approved_listing)

tm.flow(drafts, publisher, approved_listing)
tm.flow(photo_store, publisher, photos)
tm.flow(config, publisher, channel_keys)
tm.flow(publisher, webshop, approved_listing, photos, channel_keys, protocol="https")
tm.flow(publisher, marketplace, approved_listing, photos, channel_keys, protocol="https")
tm.flow(webshop, publisher, orders, protocol="https", label="order sync")
tm.flow(marketplace, publisher, orders, protocol="https", label="order sync")
tm.flow(publisher, sales_db, orders)

tm.flow(webshop, buyer, approved_listing, photos, protocol="https")
tm.flow(buyer, webshop, orders, protocol="https")
tm.flow(marketplace, buyer, approved_listing, photos, protocol="https")
tm.flow(buyer, marketplace, orders, protocol="https")
