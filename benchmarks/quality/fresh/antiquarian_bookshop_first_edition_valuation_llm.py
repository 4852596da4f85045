"""First edition valuation assistant: the first design of an antiquarian bookshop's tool.

When the shop buys a book, the cataloguer photographs it (title page, binding, points
of issue, inscriptions and bookplates) and enters the bibliographic details in a small
cataloguing web app that the shop runs on a cloud platform; the owner records where
the book came from and what was paid. A valuation service gathers the photos, the
details, comparable results from a subscription auction records database and past
shop descriptions for house style, and asks a hosted multimodal LLM to draft a
catalogue description and a suggested price. The owner reads every draft, edits it
and approves it; only approved listings are pushed by a publisher job to an online
rare-book marketplace and the shop's hosted storefront, which report sales back so a
sold book comes off the other channel. Staff have their own web app accounts with
passwords, traffic is HTTPS, and the photo bucket is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antiquarian bookshop first edition valuation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted descriptions and valuations of first editions, approved by the "
    "owner before they are listed online.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Book photographs",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title page, binding, points of issue, inscriptions and bookplates.",
)
biblio = tg.Data(
    "Bibliographic details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Author, title, publisher, date, edition and issue points, condition notes.",
)
acquisition = tg.Data(
    "Acquisition record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller's name and address, price paid, provenance notes.",
)
valuation_request = tg.Data(
    "Valuation request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
auction_query = tg.Data("Comparables search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
style_query = tg.Data("House style search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
auction_records = tg.Data(
    "Auction records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hammer prices and lot descriptions of past sales, licensed to the shop.",
)
house_style = tg.Data(
    "Past catalogue descriptions", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Valuation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, photos, details, comparables and style examples.",
)
completion = tg.Data("LLM draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft description and valuation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approved_listing = tg.Data(
    "Approved listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Final description, price and photos as the owner approved them.",
)
sold_notice = tg.Data("Sold notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Runs the business, decides every price and approves every listing.
    owner = tm.add(tg.Actor("Bookshop owner", role="shop owner", privileged=True))
    # Photographs and collates new stock.
    cataloguer = tm.add(tg.Actor("Cataloguer", role="shop staff"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The staff's only interface: upload, review, edit, approve.
    web_app = tm.add(
        tg.Endpoint(
            "Cataloguing web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual e-mail and password accounts"),
                c.HumanInTheLoop(approver="the shop owner"),
            },
        )
    )
    # Gathers the evidence for one book and asks the LLM for a draft.
    valuer = tm.add(
        tg.Service(
            "Valuation service",
            description="Assembles photos, details, comparables and style examples into a prompt.",
        )
    )
    # Full-resolution photos of every book in stock.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud platform default keys")},
        )
    )
    # Stock, acquisitions, drafts and approved listings: the shop's book of record.
    stock_db = tm.add(
        tg.DataStore(
            "Stock database",
            stores={biblio, acquisition, draft, approved_listing},
        )
    )
    # The shop's own published descriptions, embedded, as examples of house style.
    style_index = tm.add(tg.VectorStore("House style index", stores={house_style}))
    # Pushes approved listings out and takes sold books off every channel.
    publisher = tm.add(
        tg.Service(
            "Listing publisher job",
            description="Runs every 15 minutes; lists newly approved books and applies sales.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photos and drafts the description and price.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial vision-capable chat model behind the vendor's API.",
        )
    )

with tm.boundary("Auction data provider", trust=tg.Trust.PARTNER):
    # Subscription database of past auction results: the comparables.
    auction_db = tm.add(tg.ExternalService("Auction records database", provides="data-provider"))

with tm.boundary("Sales channels", trust=tg.Trust.PARTNER):
    # Where most first editions sell.
    marketplace = tm.add(tg.ExternalService("Rare book marketplace"))
    # The shop's own hosted online shop.
    storefront = tm.add(tg.ExternalService("Hosted storefront"))

# ---------------------------------------------------------------- flows
# cataloguing and acquisition
tm.flow(cataloguer, web_app, photos, biblio, protocol="https")
tm.flow(owner, web_app, acquisition, protocol="https")
tm.flow(web_app, photo_store, photos)
tm.flow(web_app, stock_db, biblio, acquisition)

# drafting
tm.flow(web_app, valuer, valuation_request)
tm.flow(photo_store, valuer, photos)
tm.flow(stock_db, valuer, biblio)
tm.flow(valuer, auction_db, auction_query, protocol="https")
tm.flow(auction_db, valuer, auction_records, protocol="https")
tm.flow(valuer, style_index, style_query, label="similar past books")
tm.flow(style_index, valuer, house_style)
tm.flow(valuer, llm, prompt, protocol="https")
tm.flow(llm, valuer, completion, protocol="https")
tm.flow(valuer, stock_db, draft)

# review and approval
tm.flow(stock_db, web_app, draft, biblio)
tm.flow(web_app, owner, draft, protocol="https")
tm.flow(owner, web_app, approved_listing, protocol="https", label="edits and approves")
tm.flow(web_app, stock_db, approved_listing)

# publishing
tm.flow(stock_db, publisher, approved_listing, label="scheduled sync of approved listings")
tm.flow(photo_store, publisher, photos)
tm.flow(publisher, marketplace, approved_listing, photos, protocol="https")
tm.flow(publisher, storefront, approved_listing, photos, protocol="https")
tm.flow(marketplace, publisher, sold_notice, protocol="https", label="order webhook")
tm.flow(storefront, publisher, sold_notice, protocol="https", label="order webhook")
tm.flow(publisher, stock_db, sold_notice)
tm.flow(publisher, style_index, house_style, label="adds published descriptions")
