"""Thrift store donation pricing: the first design, before any security review.

A charity runs a chain of thrift stores. At the back-room sorting bench of each
store, volunteers photograph donated items on a shop tablet; the photos go to a
pricing API in the charity's cloud account, where a vision model (an open-weights
image backbone fine-tuned on the charity's own sales history) suggests a price.
The volunteer accepts or changes the price and prints a label on a USB label
printer. Items the model prices above a threshold land in a queue that the
e-commerce team at head office works through in an internal listing tool, which
posts them to an online marketplace and polls it for orders to ship. A monthly
retraining job builds a new model from sold prices and photos. Controls in this
design: tablets sign in to the API with a per-store API key, traffic is HTTPS,
the cloud database and photo bucket use the provider's default encryption, the
listing tool sits behind the charity's Microsoft 365 sign-in, and every price is
confirmed by a volunteer before a label is printed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Thrift store donation pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision-model price suggestions for donated goods, with online listing "
    "of high-value items.",
)

# ---------------------------------------------------------------- data assets
item_photos = tg.Data(
    "Donated item photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of donated items; occasionally show names or addresses on "
    "letters, photo frames or labels left in donations.",
)
price_suggestion = tg.Data(
    "Suggested price", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
confirmed_price = tg.Data(
    "Confirmed price",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The price the volunteer accepted or typed in, with the store and volunteer login.",
)
price_label = tg.Data("Price label", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
item_records = tg.Data(
    "Item and price records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
high_value_queue = tg.Data(
    "High-value item queue", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
listing = tg.Data("Marketplace listing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
orders = tg.Data(
    "Marketplace orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, shipping address and sale price.",
)
marketplace_key = tg.Data(
    "Marketplace API credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sales_history = tg.Data(
    "Sales history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sold prices from the tills and the marketplace, joined to item photos.",
)
base_weights = tg.Data(
    "Pretrained image backbone", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
model_checkpoint = tg.Data(
    "Pricing model checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint written with torch.save.",
)
retrain_request = tg.Data("Retraining run settings", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Store back room", trust=tg.Trust.INTERNAL):
    # Volunteers sort donations, photograph them and confirm the price.
    volunteer = tm.add(tg.Actor("Sorting volunteer", role="store volunteer"))
    # Shared shop tablet at the sorting bench: takes photos, shows the suggestion.
    tablet = tm.add(
        tg.Device(
            "Sorting bench tablet",
            fleet=True,
            description="Android tablet running the pricing web app; one per store.",
        )
    )
    # Prints the price label once the volunteer confirms the price.
    printer = tm.add(tg.Device("Label printer", fleet=True))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Receives photos from the stores, calls the model, records the confirmed price.
    pricing_api = tm.add(
        tg.Endpoint(
            "Pricing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-store API key")},
        )
    )
    # Suggests a price from the photos; the volunteer always confirms it.
    pricing_model = tm.add(
        tg.Model(
            "Price suggestion vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights image backbone fine-tuned to predict a shelf price.",
            controls={c.HumanInTheLoop(approver="the sorting volunteer")},
        )
    )
    # Object storage bucket holding every photo taken at the benches.
    photo_store = tm.add(
        tg.DataStore(
            "Item photo bucket",
            stores={item_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Items, suggested and confirmed prices, and sold prices.
    item_db = tm.add(
        tg.DataStore(
            "Item database",
            stores={item_records, confirmed_price, orders},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Monthly job that fine-tunes the backbone on the latest sales history.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )
    # Bucket of model checkpoints; the API loads the newest one at start-up.
    registry = tm.add(tg.ModelRegistry("Model checkpoint bucket", stores={model_checkpoint}))
    # Internal web app for the e-commerce team: queue, listing and order polling.
    listing_tool = tm.add(
        tg.Service(
            "E-commerce listing tool",
            description="Holds the marketplace API credentials in its configuration.",
            controls={c.Authentication(method="Microsoft 365 single sign-on")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Lists high-value items online and ships sold ones.
    ecommerce = tm.add(tg.Actor("E-commerce team member", role="e-commerce staff"))
    # Part-time data analyst who runs retraining and checks the new model.
    analyst = tm.add(tg.Actor("Data analyst", role="analyst", privileged=True))

with tm.boundary("Marketplace", trust=tg.Trust.PARTNER):
    # Third-party online marketplace where high-value items are sold.
    marketplace = tm.add(tg.ExternalService("Online marketplace"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the pretrained backbone is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

# ---------------------------------------------------------------- flows
# pricing at the bench
tm.flow(volunteer, tablet, item_photos, label="photographs item")
tm.flow(tablet, pricing_api, item_photos, protocol="https")
tm.flow(pricing_api, photo_store, item_photos)
tm.flow(pricing_api, pricing_model, item_photos)
tm.flow(pricing_model, pricing_api, price_suggestion)
tm.flow(pricing_api, tablet, price_suggestion, protocol="https")
tm.flow(tablet, volunteer, price_suggestion, label="shows suggestion")
tm.flow(volunteer, tablet, confirmed_price, label="accepts or changes price")
tm.flow(tablet, pricing_api, confirmed_price, protocol="https")
tm.flow(pricing_api, item_db, item_records, confirmed_price)
tm.flow(tablet, printer, price_label, protocol="usb")

# high-value items online
tm.flow(item_db, listing_tool, high_value_queue)
tm.flow(photo_store, listing_tool, item_photos)
tm.flow(listing_tool, ecommerce, high_value_queue, item_photos, protocol="https")
tm.flow(ecommerce, listing_tool, listing, protocol="https", label="writes listing")
tm.flow(listing_tool, marketplace, listing, marketplace_key, protocol="https")
tm.flow(marketplace, listing_tool, orders, protocol="https", label="order polling")
tm.flow(listing_tool, ecommerce, orders, protocol="https", label="orders to ship")
tm.flow(listing_tool, item_db, orders, label="sold prices")

# retraining
tm.flow(analyst, retraining, retrain_request, label="starts monthly run")
tm.flow(model_hub, retraining, base_weights, protocol="https")
tm.flow(item_db, retraining, sales_history)
tm.flow(photo_store, retraining, item_photos)
tm.flow(retraining, registry, model_checkpoint)
tm.flow(registry, pricing_model, model_checkpoint, label="loaded at start-up")
