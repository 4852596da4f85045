"""Charity shop donation pricing: the first design, before any security review.

Volunteers in each shop's back room photograph donated clothes, books and
bric-a-brac on a charity-managed tablet. An in-house vision model behind a
pricing API in the charity's cloud suggests a price and whether to list the
item online; the volunteer accepts or changes the price before it is saved.
A listing service lists online items on an external marketplace through its
seller API and pulls sales back as order records (buyer name and address) that
the online sales team posts from. A monthly pipeline retrains the model on the
photos and what items sold for; an ML engineer promotes it from the registry.
Controls: per-shop sign-in on the tablet app, TLS, the marketplace key in the
cloud secret manager, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity shop donation pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision price suggestions for donated goods, online listing and retraining on sales.",
)

# ---------------------------------------------------------------- data assets
item_photo = tg.Data(
    "Donated item photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One to three photos of a donated item taken on the shop tablet.",
)
price_suggestion = tg.Data(
    "Suggested price and listing channel",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
accepted_price = tg.Data(
    "Volunteer-accepted price",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The price the volunteer accepted or typed in, with shop and category.",
)
item_record = tg.Data(
    "Item record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
listing = tg.Data("Marketplace listing", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sale_record = tg.Data(
    "Marketplace sale record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order id, final price, buyer name and delivery address.",
)
sold_outcomes = tg.Data(
    "Sold price outcomes",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether each item sold, where, and for how much.",
)
training_examples = tg.Data(
    "Pricing training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_weights = tg.Data(
    "Pricing model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
marketplace_key = tg.Data(
    "Marketplace seller API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Charity shops", trust=tg.Trust.INTERNAL):
    # Volunteers sort and price donations in the back room.
    volunteer = tm.add(tg.Actor("Shop volunteer", role="volunteer pricer"))
    # Charity-managed tablets, one or two per shop, on the shop's broadband.
    tablet = tm.add(
        tg.Device(
            "Shop pricing tablet",
            fleet=True,
            description="Camera app that uploads photos and shows the suggested price.",
        )
    )

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # The one entry point the tablets call.
    pricing_api = tm.add(
        tg.Endpoint(
            "Pricing API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-shop username and password")},
        )
    )
    # Suggests a price band and whether the item is worth listing online.
    pricing_model = tm.add(
        tg.Model(
            "Donation pricing vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Image model fine-tuned in-house; outputs a price and an online/in-shop flag.",
            controls={
                c.HumanInTheLoop(approver="the shop volunteer accepts or changes every price")
            },
        )
    )
    # Keeps every photo so items can be listed and the model retrained.
    photo_store = tm.add(tg.DataStore("Item photo bucket", stores={item_photo}))
    # The system of record for donated items, prices and sales.
    item_db = tm.add(tg.DataStore("Item and sales database", stores={item_record, sale_record}))
    # Pushes online items to the marketplace and polls for sales.
    listing_service = tm.add(
        tg.Service(
            "Marketplace listing service",
            description="Creates listings through the seller API and pulls order records back.",
            controls={c.SecretsManagement(note="seller API key in the cloud secret manager")},
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Joins photos with what sold and for how much.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # The curated set the model is trained on.
        training_set = tm.add(tg.Dataset("Pricing training set", stores={training_examples}))
        # Holds model versions; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Online marketplace", trust=tg.Trust.PARTNER):
    # The external marketplace where online items are sold.
    marketplace = tm.add(tg.ExternalService("Online marketplace seller API"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Posts sold items to buyers and fixes listings.
    sales_team = tm.add(tg.Actor("Online sales team", role="online sales staff"))
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(volunteer, tablet, item_photo, label="photographs item")
tm.flow(tablet, pricing_api, item_photo, protocol="https", controls={tls})
tm.flow(pricing_api, photo_store, item_photo)
tm.flow(pricing_api, pricing_model, item_photo)
tm.flow(pricing_model, pricing_api, price_suggestion)
tm.flow(pricing_api, tablet, price_suggestion, protocol="https", controls={tls})
tm.flow(tablet, volunteer, price_suggestion, label="shows suggestion")
tm.flow(volunteer, tablet, accepted_price, label="accepts or changes price")
tm.flow(tablet, pricing_api, accepted_price, protocol="https", controls={tls})
tm.flow(pricing_api, item_db, item_record)

tm.flow(item_db, listing_service, item_record, label="items marked for online sale")
tm.flow(photo_store, listing_service, item_photo)
tm.flow(
    listing_service,
    marketplace,
    listing,
    item_photo,
    marketplace_key,
    protocol="https",
    controls={tls},
    label="create listing",
)
tm.flow(marketplace, listing_service, sale_record, protocol="https", controls={tls}, label="orders")
tm.flow(listing_service, item_db, sale_record)
tm.flow(item_db, sales_team, sale_record, protocol="https", label="dispatch list")
tm.flow(sales_team, item_db, item_record, protocol="https", label="marks posted")

tm.flow(item_db, retraining, sold_outcomes)
tm.flow(photo_store, retraining, item_photo)
tm.flow(retraining, training_set, training_examples)
tm.flow(training_set, retraining, training_examples)
tm.flow(retraining, registry, model_weights)
tm.flow(ml_engineer, registry, release_approval, label="promotes version")
tm.flow(registry, pricing_model, model_weights, label="deploy")
