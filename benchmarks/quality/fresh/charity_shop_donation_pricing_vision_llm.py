"""Charity shop donation pricing: the first design, before any security review.

Volunteers sorting donations in the back room of each of the chain's shops take
photos of an item on the shop's tablet and add a line of notes (brand, size,
condition). The back-room app, running in the charity's cloud tenancy, sends the
photos and notes with an excerpt of the charity's price guide and recent sold
prices from an online marketplace to a hosted vision LLM, which suggests a shop
price, a category and whether the item is worth selling online instead. The
shop manager confirms or changes the price on the same tablet before the item
goes into stock; confirmed items sync nightly to the head-office EPOS stock
system, and items flagged for online sale appear in the online sales team's queue.
Item records carry the donor's Gift Aid reference. Managers sign in with their
Microsoft 365 accounts; volunteers use the shop's shared tablet login. All traffic
is HTTPS, the database is encrypted at rest, the LLM API key is in the cloud
secret store, and each confirmation records who confirmed it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity shop donation pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Back-room app where a vision LLM suggests prices for donated items "
    "and a shop manager confirms them.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Donated item photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Two to four photos per item, labels and hallmarks close up.",
)
notes = tg.Data(
    "Volunteer item notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text brand, size and condition typed by the volunteer.",
)
price_guide = tg.Data(
    "Charity price guide",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Head office's pricing bands per category, with brands to look out for.",
)
sold_query = tg.Data("Sold-listings search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sold_prices = tg.Data(
    "Marketplace sold prices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Titles, descriptions and prices of similar items sold recently.",
)
prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, the photos, the notes, the price guide excerpt and sold prices.",
)
suggestion = tg.Data(
    "Suggested price and online flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
confirmation = tg.Data(
    "Manager price confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
item_records = tg.Data(
    "Donated item records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Item, suggested and confirmed prices, who confirmed, and the donor's "
    "Gift Aid reference.",
)
stock_export = tg.Data(
    "Priced stock items",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="SKU, price and Gift Aid reference for the till, so sales can be claimed.",
)
online_queue = tg.Data(
    "Online sale candidates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop back room", trust=tg.Trust.INTERNAL):
    # Sorts donated bags and photographs items worth pricing individually.
    volunteer = tm.add(tg.Actor("Back-room volunteer", role="volunteer"))
    # Confirms or corrects every suggested price before the item goes out.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))
    # The shop's own tablet, shared by everyone working the back room.
    tablet = tm.add(
        tg.Device(
            "Back-room tablet",
            fleet=True,
            description="One Android tablet per shop running the back-room app.",
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The back-room app's API, called by the tablets over the shop broadband.
    app_api = tm.add(
        tg.Endpoint(
            "Back-room app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="Microsoft 365 sign-in for managers; volunteers use the "
                    "shop's shared tablet login"
                ),
                c.InputValidation(note="image type and size checked on upload"),
            },
        )
    )
    # Builds the prompt, calls the vision model and records the suggestion.
    pricing = tm.add(
        tg.Service(
            "Pricing service",
            description="Assembles photos, notes, price guide and sold prices into one "
            "prompt, and stores the model's suggestion against the item.",
            controls={
                c.HumanInTheLoop(approver="the shop manager"),
                c.SecretsManagement(note="LLM and marketplace API keys in the cloud secret store"),
            },
        )
    )
    # Keeps the photos for the manager's review and the online listing.
    photo_store = tm.add(tg.DataStore("Item photo bucket", stores={photos}))
    # The system of record for every priced item.
    item_db = tm.add(
        tg.DataStore(
            "Item database",
            stores={item_records, confirmation, suggestion},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(note="each confirmation stores the manager's account"),
            },
        )
    )
    # Head office's pricing bands, edited by the retail team.
    guide_store = tm.add(tg.DataStore("Price guide", stores={price_guide}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Existing till and stock system that prints labels and claims Gift Aid on sales.
    epos = tm.add(tg.Service("EPOS stock system"))
    # Lists the flagged items on the charity's online marketplace shop.
    online_team = tm.add(tg.Actor("Online sales team", role="online sales staff"))

with tm.boundary("Vision model vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    vision_llm = tm.add(
        tg.LLM(
            "Vision pricing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Suggests a price band, category and online-sale flag from photos.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public marketplace API giving recently sold comparable items.
    marketplace = tm.add(
        tg.ExternalService("Marketplace sold-listings API", provides="data-provider")
    )

# ---------------------------------------------------------------- flows
tm.flow(volunteer, tablet, photos, notes, label="photographs item in the back room")
tm.flow(tablet, app_api, photos, notes, protocol="https")
tm.flow(app_api, pricing, photos, notes)
tm.flow(pricing, photo_store, photos)

tm.flow(guide_store, pricing, price_guide, label="category excerpt")
tm.flow(pricing, marketplace, sold_query, protocol="https")
tm.flow(marketplace, pricing, sold_prices, protocol="https")
tm.flow(pricing, vision_llm, prompt, protocol="https")
tm.flow(vision_llm, pricing, suggestion, protocol="https")
tm.flow(pricing, item_db, item_records, suggestion)

tm.flow(pricing, app_api, suggestion)
tm.flow(app_api, tablet, suggestion, protocol="https")
tm.flow(photo_store, app_api, photos, label="photos for review")
tm.flow(tablet, manager, suggestion, photos, label="shown on the tablet")
tm.flow(manager, tablet, confirmation, label="confirms on the tablet")
tm.flow(tablet, app_api, confirmation, protocol="https")
tm.flow(app_api, pricing, confirmation)
tm.flow(pricing, item_db, confirmation)

tm.flow(item_db, epos, stock_export, protocol="https", label="nightly export")
tm.flow(item_db, app_api, online_queue, label="online sale queue")
tm.flow(app_api, online_team, online_queue, photos, protocol="https")
