"""Parts listing assistant for a vehicle dismantler: the first design.

Yard staff at our UK breaker's yard strip parts from end-of-life and salvage
vehicles, photograph each part on a yard tablet and scan the donor vehicle's
VIN. A listing service in our cloud account decodes the VIN through a vehicle
data provider, pulls the part's stock record and recent sold prices, and sends
the photos and facts to a hosted vision LLM that drafts the listing title,
description, fitment notes and a suggested price. Listing editors review and
edit drafts in a web console and press publish; a publisher service then posts
the listing and photos to the online marketplaces through their APIs, and the
marketplaces call us back when a part sells so that the stock record is closed
and dispatch can print the packing slip. The console signs staff in with our
Google Workspace accounts (2-step verification enforced); the tablets share one
yard login. API keys sit in the cloud secrets manager, the bucket and database
use the provider's default encryption, and all traffic leaving our sites is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car breaker parts listing assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM drafts marketplace listings for used car parts from photos "
    "and VIN lookups; staff review and publish them.",
)

# ---------------------------------------------------------------- data assets
part_photos = tg.Data(
    "Part photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Several photos per part, sometimes showing the donor car's plates or VIN plate.",
)
vin = tg.Data("Donor vehicle VIN", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
part_notes = tg.Data(
    "Part notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Part type, OE part number, condition and mileage typed in by yard staff.",
)
vehicle_spec = tg.Data(
    "Vehicle specification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Make, model, year, engine and gearbox codes returned for a VIN.",
)
stock_records = tg.Data(
    "Part stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bin location, cost, asking price, sold prices and listing status per part.",
)
listing_prompt = tg.Data(
    "Listing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Our instructions, the part notes, the vehicle specification and sold prices.",
)
draft_listing = tg.Data(
    "Draft listing",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, fitment notes and suggested price written by the LLM.",
)
approved_listing = tg.Data("Approved listing", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published_listing = tg.Data(
    "Published listing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
buyer_order = tg.Data(
    "Buyer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item bought, buyer's name, delivery address and phone number.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard and office", trust=tg.Trust.INTERNAL):
    # Strips, photographs and catalogues parts on the yard floor.
    yard_staff = tm.add(tg.Actor("Yard staff", role="dismantler"))
    # Ruggedised Android tablets running our capture app; the way photos get in.
    tablet = tm.add(
        tg.Device(
            "Yard tablet",
            fleet=True,
            description="Capture app: camera, VIN barcode scan and a short parts form.",
            controls={c.Authentication(method="shared yard account with password")},
        )
    )
    # Checks and edits each draft before anything goes public.
    editor = tm.add(tg.Actor("Listing editor", role="sales staff"))
    # Picks and packs sold parts from the order list.
    dispatch = tm.add(tg.Actor("Dispatch staff", role="dispatch"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Orchestrates a listing: stores photos, decodes the VIN, prompts the LLM.
    listing_service = tm.add(
        tg.Service(
            "Listing service",
            description="Receives captures from the tablets and produces a draft per part.",
            controls={c.SecretsManagement(note="LLM and VIN provider keys in the secrets manager")},
        )
    )
    # Object storage for the part photos, read by the console and the publisher.
    photo_bucket = tm.add(
        tg.DataStore(
            "Part photo bucket",
            stores={part_photos},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # The yard's stock system of record, also holding drafts and orders.
    inventory_db = tm.add(
        tg.DataStore(
            "Inventory database",
            stores={stock_records, draft_listing, approved_listing, buyer_order},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Web console where editors review drafts and dispatch sees sold orders.
    console = tm.add(
        tg.Endpoint(
            "Listing review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app on a public hostname so staff can use it from home too.",
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(note="editors publish; dispatch sees orders only"),
            },
        )
    )
    # Posts approved listings to the marketplaces and takes their sale callbacks.
    publisher = tm.add(
        tg.Service(
            "Marketplace publisher",
            description="Holds the marketplace API tokens; publishes only what an editor approved.",
            controls={
                c.HumanInTheLoop(approver="listing editor, for every listing"),
                c.SecretsManagement(note="marketplace tokens in the secrets manager"),
            },
        )
    )

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes the listing text.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose vision-language model behind the vendor's API.",
        )
    )
    # Paid VIN decoding service for make, model, engine and fitment data.
    vin_api = tm.add(
        tg.ExternalService("VIN decoder API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # eBay and the parts marketplaces where the listings go live.
    marketplace = tm.add(tg.ExternalService("Online marketplaces"))
    # Anyone buying parts on the marketplaces.
    buyer = tm.add(tg.Actor("Parts buyer", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(yard_staff, tablet, part_photos, vin, part_notes, label="photographs part, scans VIN")
tm.flow(tablet, listing_service, part_photos, vin, part_notes, protocol="https")
tm.flow(listing_service, photo_bucket, part_photos)
tm.flow(listing_service, vin_api, vin, protocol="https")
tm.flow(vin_api, listing_service, vehicle_spec, protocol="https")
tm.flow(inventory_db, listing_service, stock_records, label="stock record and sold prices")
tm.flow(listing_service, llm, listing_prompt, part_photos, protocol="https")
tm.flow(llm, listing_service, draft_listing, protocol="https")
tm.flow(listing_service, inventory_db, stock_records, draft_listing)

tm.flow(inventory_db, console, draft_listing, stock_records, buyer_order)
tm.flow(photo_bucket, console, part_photos)
tm.flow(console, editor, draft_listing, part_photos, protocol="https")
tm.flow(editor, console, approved_listing, protocol="https", label="edits and publishes")
tm.flow(console, inventory_db, approved_listing)
tm.flow(console, publisher, approved_listing)
tm.flow(photo_bucket, publisher, part_photos)
tm.flow(publisher, marketplace, published_listing, part_photos, protocol="https")
tm.flow(marketplace, buyer, published_listing, protocol="https")
tm.flow(buyer, marketplace, buyer_order, protocol="https")
tm.flow(marketplace, publisher, buyer_order, protocol="https", label="order webhook")
tm.flow(publisher, inventory_db, buyer_order, label="marks part sold")
tm.flow(console, dispatch, buyer_order, protocol="https", label="packing list")
