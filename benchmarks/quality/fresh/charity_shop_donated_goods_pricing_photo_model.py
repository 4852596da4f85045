"""Charity shop donated-goods pricing: the first design, before any security review.

Volunteers in the charity's high-street shops sort donated goods in the back room.
Each shop has a managed tablet: the volunteer photographs an item and adds a few
details, and a stock API in the charity's cloud tenancy asks an in-house image model
for a category and a price band. The volunteer accepts or changes the price and the
item goes into the stock database. Items priced above GBP 75 are queued for the
central e-commerce team, who list them on the charity's hosted online shop. Donors
who want Gift Aid fill in a declaration on the same tablet at the counter; it is
kept in the donor database, and a claims officer submits claims to HMRC. Sold items
and their photos are used to retrain the model every month. Tablets sign in to the
shop account with the shop's PIN and call the API with a per-tablet key enrolled
through device management; traffic is HTTPS, head office staff use single sign-on
with MFA, and the donor database is encrypted and restricted to the Gift Aid team.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Charity shop donated-goods pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Photo-based category and price suggestions for donated goods in charity shops, "
        "online listing of high-value items and Gift Aid declarations from donors."
    ),
)

# ---------------------------------------------------------------- data assets
item_photo = tg.Data("Item photo", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
item_details = tg.Data(
    "Item details",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Shop, condition, brand and size typed by the volunteer, and the donor reference.",
)
suggestion = tg.Data(
    "Suggested category and price band", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
priced_item = tg.Data(
    "Priced stock item",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The item with the price the volunteer settled on and its donor reference.",
)
high_value_queue = tg.Data(
    "High-value item queue", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
listing = tg.Data("Online shop listing", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
online_sale = tg.Data(
    "Online sale record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which listing sold, the price and the buyer's delivery name and address.",
)
declaration = tg.Data(
    "Gift Aid declaration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Donor's name, home address, UK taxpayer confirmation and donor reference.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
proceeds = tg.Data(
    "Sale proceeds per donor",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="What each donor's items sold for, for Retail Gift Aid letters and claims.",
)
claim = tg.Data("Gift Aid claim", sensitivity=tg.Sensitivity.PII, kind="records")
training_examples = tg.Data(
    "Sold item examples",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    description="Photos of sold items with their category and the price they sold at.",
)
weights = tg.Data("Pricing model checkpoint", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor public", trust=tg.Trust.UNTRUSTED):
    # Members of the public bringing in donations; some sign a Gift Aid declaration.
    donor = tm.add(tg.Actor("Donor", role="member of the public donating goods"))

with tm.boundary("Charity shops", trust=tg.Trust.INTERNAL):
    # Volunteers sort, photograph and price donations in each shop's back room.
    volunteer = tm.add(tg.Actor("Shop volunteer", role="volunteer"))
    # One managed tablet per shop: intake photos, price suggestions and Gift Aid sign-up.
    tablet = tm.add(
        tg.Device(
            "Shop tablet",
            fleet=True,
            description="Android tablets enrolled in device management, one or two per shop.",
            controls={c.Authentication(method="shop account with the shop's PIN")},
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one API tablets and head office use: intake, pricing and the high-value queue.
    stock_api = tm.add(
        tg.Endpoint(
            "Stock and pricing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="per-tablet API key enrolled through device management; "
                    "head office staff by Microsoft 365 single sign-on with MFA"
                ),
                c.InputValidation(note="image type and size checked before the model sees it"),
            },
        )
    )
    # Suggests a category and a price band from the photo and details.
    pricing_model = tm.add(
        tg.Model(
            "Item category and price model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description=(
                "Image classifier fine-tuned by the data team from an open vision backbone; "
                "predicts the category and one of the charity's price bands."
            ),
            controls={
                c.HumanInTheLoop(approver="the volunteer pricing the item, who can change it")
            },
        )
    )
    # Photos of every item taken in, kept for listings and retraining.
    photo_store = tm.add(tg.DataStore("Item photo bucket", stores={item_photo}))
    # Stock records across all shops, with prices, sales and donor references.
    stock_db = tm.add(
        tg.DataStore("Stock database", stores={priced_item, online_sale, high_value_queue})
    )
    # Monthly job that retrains the model on what actually sold and for how much.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Where checkpoints are kept and the serving container loads them from.
    model_bucket = tm.add(tg.ModelRegistry("Model checkpoint bucket", stores={weights}))

    with tm.boundary("Donor data", trust=tg.Trust.RESTRICTED):
        # CRM holding donors and their Gift Aid declarations.
        donor_db = tm.add(
            tg.DataStore(
                "Donor database",
                stores={declaration, proceeds},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="only the Gift Aid team's roles can read declarations"),
                },
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Central team that checks high-value items and writes their online listings.
    ecommerce_team = tm.add(tg.Actor("E-commerce team member", role="central online team"))
    # Prepares and submits Gift Aid claims.
    claims_officer = tm.add(tg.Actor("Gift Aid claims officer", role="finance staff"))

with tm.boundary("E-commerce vendor", trust=tg.Trust.PARTNER):
    # Hosted shop platform the charity's online store runs on.
    online_shop = tm.add(
        tg.ExternalService(
            "Hosted online shop platform",
            description="SaaS e-commerce platform; takes payment and buyer details itself.",
        )
    )

with tm.boundary("HMRC", trust=tg.Trust.PARTNER):
    # Government service that Gift Aid claims are filed with.
    hmrc = tm.add(tg.ExternalService("HMRC Charities Online"))

# ---------------------------------------------------------------- flows
https = {c.EncryptionInTransit(protocol="TLS 1.2+")}

# intake and pricing in the shop
tm.flow(volunteer, tablet, item_photo, item_details, label="photographs and describes item")
tm.flow(tablet, stock_api, item_photo, item_details, protocol="https", controls=https)
tm.flow(stock_api, photo_store, item_photo)
tm.flow(stock_api, pricing_model, item_photo, item_details)
tm.flow(pricing_model, stock_api, suggestion)
tm.flow(stock_api, tablet, suggestion, protocol="https", controls=https)
tm.flow(tablet, volunteer, suggestion, label="shown on the tablet screen")
tm.flow(volunteer, tablet, priced_item, label="accepts or changes the price")
tm.flow(tablet, stock_api, priced_item, protocol="https", controls=https, label="save priced item")
tm.flow(stock_api, stock_db, priced_item)

# Gift Aid sign-up at the counter
tm.flow(donor, tablet, declaration, label="fills in the form on the tablet at the counter")
tm.flow(tablet, stock_api, declaration, protocol="https", controls=https, label="gift aid sign-up")
tm.flow(stock_api, donor_db, declaration)
tm.flow(stock_db, donor_db, proceeds, label="nightly sales for Retail Gift Aid")
tm.flow(donor_db, claims_officer, declaration, proceeds, protocol="https", controls=https)
tm.flow(claims_officer, hmrc, claim, protocol="https", controls=https)

# high-value items go online
tm.flow(stock_db, stock_api, high_value_queue, label="items priced above GBP 75")
tm.flow(stock_api, ecommerce_team, high_value_queue, item_photo, protocol="https", controls=https)
tm.flow(photo_store, stock_api, item_photo, label="photos for the listing")
tm.flow(
    ecommerce_team,
    online_shop,
    listing,
    item_photo,
    protocol="https",
    controls={c.EncryptionInTransit(), c.Authentication(method="e-mail and password with 2SV")},
)
tm.flow(
    online_shop, stock_api, online_sale, protocol="https", controls=https, label="order webhook"
)
tm.flow(stock_api, stock_db, online_sale)

# monthly retraining
tm.flow(stock_db, retraining, training_examples, label="sold items and prices")
tm.flow(photo_store, retraining, item_photo, label="photos of sold items")
tm.flow(retraining, model_bucket, weights)
tm.flow(model_bucket, pricing_model, weights, label="load on deploy")
