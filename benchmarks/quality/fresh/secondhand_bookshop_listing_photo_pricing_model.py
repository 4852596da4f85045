"""Second-hand bookshop listing and pricing: the first design, before any security review.

A UK second-hand bookshop lists its stock on two online marketplaces. Staff
photograph each book (cover, spine, title page, copyright page) on a shop tablet;
a listing service in the shop's cloud account sends the photos to a hosted vision
model that identifies the title, author and edition, and an in-house price model
suggests a price from the shop's past sales and bought-in marketplace sold-price
data. Staff check the edition and price on the tablet and confirm the listing.
A sync service pushes confirmed listings and photos to both marketplaces, pulls
orders back (buyer name and postal address) to mark stock sold and record sales.
Customers only ever buy through the marketplaces. The price model is retrained
weekly. Controls in this design: staff sign in with their Google Workspace
accounts, every listing is confirmed by a member of staff before it goes live,
HTTPS to every outside service and the cloud provider's default disk encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Second-hand bookshop listing and pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Photo-based edition identification and price suggestion for marketplace listings.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Book photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cover, spine, title page and copyright page of each book.",
)
id_request = tg.Data(
    "Edition identification request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The photos with the shop's instructions asking for title, author, publisher, edition and ISBN.",
)
edition = tg.Data("Identified edition", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
book_features = tg.Data(
    "Book pricing features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Edition, condition grade, binding, signed or first edition flags.",
)
suggested_price = tg.Data(
    "Suggested price", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_listing = tg.Data(
    "Draft listing",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Identified edition and suggested price shown to staff for checking.",
)
confirmation = tg.Data(
    "Listing confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Staff corrections to edition, condition and price, and the confirm click.",
)
listings = tg.Data(
    "Stock listings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed listings with purchase cost, shelf location and stock status.",
)
marketplace_listing = tg.Data(
    "Marketplace listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, description, condition, price and photos as published.",
)
orders = tg.Data(
    "Marketplace orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items sold, price paid, buyer name and postal address for dispatch.",
)
sales = tg.Data(
    "Sales history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Every past sale with edition, condition, price, date and buyer.",
)
sold_prices = tg.Data(
    "Marketplace sold prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Recent sold prices of comparable editions across marketplaces.",
)
price_model_artifact = tg.Data(
    "Price model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted regressor saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers browse and buy on the marketplaces; they never reach the shop's systems.
    customer = tm.add(tg.Actor("Customer", role="marketplace buyer"))

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Staff photograph incoming stock and confirm every listing.
    staff = tm.add(tg.Actor("Shop staff", role="bookseller"))
    # Two shared tablets on the cataloguing desk running the listing web app.
    tablet = tm.add(
        tg.Device(
            "Cataloguing tablet",
            fleet=True,
            description="Shared shop tablets used to photograph books and confirm listings.",
        )
    )

with tm.boundary("Vision model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model: reading title pages and copyright lines is what identifies an edition.
    vision = tm.add(
        tg.LLM(
            "Edition identification model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A vendor's hosted vision-language model called over its API.",
        )
    )

with tm.boundary("Price data provider", trust=tg.Trust.PARTNER):
    # Bought-in feed of sold prices, so prices reflect the wider market, not only our own sales.
    price_feed = tm.add(
        tg.DataSource(
            "Marketplace price data feed",
            origin=tg.Origin.VENDOR,
            provides={sold_prices},
            description="Weekly export of sold prices from a book-trade price aggregator.",
        )
    )

with tm.boundary("Marketplaces", trust=tg.Trust.PARTNER):
    # The two marketplaces the shop sells on, each through its seller API.
    market_a = tm.add(
        tg.ExternalService(
            "Book marketplace", description="Specialist second-hand book marketplace."
        )
    )
    market_b = tm.add(
        tg.ExternalService("General marketplace", description="General online marketplace.")
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Back end of the listing web app: calls the models, builds drafts, saves confirmed listings.
    listing_service = tm.add(
        tg.Service(
            "Listing service",
            controls={
                tg.controls.Authentication(method="Google Workspace sign-in"),
                tg.controls.HumanInTheLoop(
                    approver="shop staff",
                    note="nothing is listed until a member of staff confirms edition and price",
                ),
            },
        )
    )
    # Photos are kept for the listings and for re-checking identifications.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Suggests a price from edition and condition.
    price_model = tm.add(
        tg.Model(
            "Price suggestion model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor over edition, condition and market features.",
        )
    )
    # The shop's inventory of record.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps both marketplaces in step with stock and brings orders home.
    sync = tm.add(
        tg.Service(
            "Marketplace sync service",
            description="Runs every 10 minutes; holds the seller API keys for both marketplaces.",
        )
    )
    # Past sales: what the price model learns from, and the shop's order record.
    sales_db = tm.add(
        tg.DataStore(
            "Sales database",
            stores={sales, orders},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly retraining of the price model.
    training = tm.add(tg.Pipeline("Weekly price model training", stage=tg.Stage.TRAINING))
    # Where trained price models are kept and loaded from.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={price_model_artifact}))

# ---------------------------------------------------------------- flows
# Photographing and identifying a book
tm.flow(staff, tablet, photos, label="photographs the book")
tm.flow(tablet, listing_service, photos, protocol="https")
tm.flow(listing_service, photo_store, photos)
tm.flow(listing_service, vision, id_request, protocol="https")
tm.flow(vision, listing_service, edition, protocol="https")
tm.flow(listing_service, price_model, book_features)
tm.flow(price_model, listing_service, suggested_price)
tm.flow(listing_service, tablet, draft_listing, protocol="https")
tm.flow(tablet, staff, draft_listing)
tm.flow(staff, tablet, confirmation, label="checks and confirms")
tm.flow(tablet, listing_service, confirmation, protocol="https")
tm.flow(listing_service, listing_db, listings)

# Marketplace sync
tm.flow(listing_db, sync, listings)
tm.flow(photo_store, sync, photos)
for market in (market_a, market_b):
    tm.flow(
        sync,
        market,
        marketplace_listing,
        photos,
        protocol="https",
        label="create and update listings",
    )
    tm.flow(market, sync, orders, protocol="https", label="new orders")
    tm.flow(market, customer, marketplace_listing, protocol="https")
    tm.flow(customer, market, orders, protocol="https", label="buys")
tm.flow(sync, listing_db, listings, label="marks stock sold")
tm.flow(sync, sales_db, orders, sales)

# Price model training
tm.flow(price_feed, training, sold_prices, protocol="https")
tm.flow(sales_db, training, sales)
tm.flow(training, model_bucket, price_model_artifact)
tm.flow(model_bucket, price_model, price_model_artifact, label="loaded at start-up")
