"""Vinyl grading and valuation for a second-hand record shop: the first design.

Members of the public bring record collections to the shop counter to sell. The
buyer photographs each record and its sleeve on a shop tablet; the photos go to
the shop's cloud grading API, where an in-house vision model grades the vinyl and
sleeve condition on the Goldmine scale. A valuation service combines the grade
with recent sales prices pulled nightly from a third-party record marketplace and
returns an estimate. The buyer reviews grade and estimate on the tablet, may
override the grade, and makes the seller a cash or bank-transfer offer in person.
Bought stock goes into the inventory database; a listing service publishes it,
with the photos, to the shop's hosted web store and to the marketplace, and takes
their orders back. Staff sign in to the tablet app; all links use HTTPS; the
inventory database is encrypted by the cloud provider; the marketplace API key
sits in the listing service's environment configuration.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Record shop vinyl grading",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision grading and price estimates for second-hand records the shop buys and resells.",
)

# ---------------------------------------------------------------- data assets
seller_details = tg.Data(
    "Seller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, address and, for transfers, bank details of the person selling.",
)
photos = tg.Data(
    "Record and sleeve photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the vinyl surface, labels and sleeve, front and back.",
)
grade = tg.Data("Condition grade", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
estimate = tg.Data(
    "Price estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suggested resale price and the buy price the shop would pay.",
)
sales_history = tg.Data(
    "Marketplace sales history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recent sold prices per release and condition from the marketplace.",
)
offer = tg.Data("Purchase offer", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
purchase = tg.Data(
    "Purchase record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="What was bought from whom, final grades and the price paid.",
)
stock = tg.Data("Stock listing", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, delivery address and items ordered online.",
)
market_key = tg.Data("Marketplace API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop counter", trust=tg.Trust.UNTRUSTED):
    # The member of the public selling a collection, met in person at the counter.
    seller = tm.add(tg.Actor("Seller", role="member of the public"))

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # The staff member who grades, prices and buys collections.
    buyer = tm.add(tg.Actor("Buyer", role="shop staff"))
    # Shop tablet running the grading app; its camera takes the photos.
    tablet = tm.add(
        tg.Device(
            "Grading tablet",
            fleet=False,
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Shop cloud", trust=tg.Trust.INTERNAL):
    # Back-end API the tablet app calls for grading, pricing and recording purchases.
    grading_api = tm.add(
        tg.Endpoint(
            "Grading API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet API token")},
        )
    )
    # Grades vinyl and sleeve condition from the photos; trained in-house on past stock.
    vision_model = tm.add(
        tg.Model(
            "Vinyl grading vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN classifier over photos, outputs a Goldmine grade per record and sleeve.",
        )
    )
    # Turns grade plus recent sold prices into a resale and buy-price estimate.
    valuation = tm.add(
        tg.Service(
            "Valuation service",
            controls={c.HumanInTheLoop(approver="the buyer, who makes the offer")},
        )
    )
    # Cached sold prices from the marketplace, refreshed nightly.
    price_history = tm.add(tg.DataStore("Price history store", stores={sales_history}))
    # Object storage for the photos, reused for the listings.
    photo_store = tm.add(tg.DataStore("Photo store", stores={photos}))
    # Stock, purchases and sellers: the shop's record of what it bought and sells.
    inventory = tm.add(
        tg.DataStore(
            "Inventory database",
            stores={purchase, seller_details, stock, orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Publishes stock to both sales channels and pulls their orders back.
    listing = tm.add(
        tg.Service(
            "Listing service", description="Holds the marketplace API key in its environment."
        )
    )

with tm.boundary("Record marketplace", trust=tg.Trust.PARTNER):
    # Third-party marketplace: source of sales prices and a second sales channel.
    marketplace = tm.add(
        tg.ExternalService("Record marketplace API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Web store platform", trust=tg.Trust.PARTNER):
    # Hosted e-commerce platform running the shop's own web store.
    web_store = tm.add(tg.ExternalService("Hosted web store"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People buying records from the web store.
    customer = tm.add(tg.Actor("Online customer", role="customer"))

# ---------------------------------------------------------------- flows
# buying at the counter
tm.flow(seller, buyer, seller_details, label="in person at the counter")
tm.flow(buyer, tablet, seller_details, photos, label="photographs and enters the collection")
tm.flow(tablet, grading_api, photos, protocol="https")
tm.flow(grading_api, photo_store, photos)
tm.flow(grading_api, vision_model, photos)
tm.flow(vision_model, grading_api, grade)
tm.flow(grading_api, valuation, grade)
tm.flow(price_history, valuation, sales_history)
tm.flow(valuation, grading_api, estimate)
tm.flow(grading_api, tablet, grade, estimate, protocol="https")
tm.flow(tablet, buyer, grade, estimate)
tm.flow(buyer, seller, offer, label="in person at the counter")
tm.flow(buyer, tablet, grade, purchase, label="grade override and accepted purchase")
tm.flow(tablet, grading_api, purchase, seller_details, protocol="https")
tm.flow(grading_api, inventory, purchase, seller_details, stock)

# market prices
tm.flow(listing, marketplace, market_key, protocol="https", label="nightly sales export request")
tm.flow(marketplace, listing, sales_history, protocol="https")
tm.flow(listing, price_history, sales_history)

# selling
tm.flow(inventory, listing, stock)
tm.flow(photo_store, listing, photos)
tm.flow(listing, web_store, stock, photos, protocol="https")
tm.flow(listing, marketplace, stock, photos, market_key, protocol="https", label="publish listings")
tm.flow(customer, web_store, orders, protocol="https")
tm.flow(web_store, customer, stock, photos, protocol="https")
tm.flow(web_store, listing, orders, protocol="https", label="order webhook")
tm.flow(marketplace, listing, orders, protocol="https", label="order sync")
tm.flow(listing, inventory, orders, stock, label="mark sold")
