"""Cattle sale price estimator: the first design, before any security review.

An online livestock marketplace in Ireland. Farmers (sellers) list lots of cattle
through the marketplace web app with breed, head count, weights and photos; a
price model estimates the expected sale price of each lot, and the seller sees
the estimate while listing. Registered buyers follow the live online auction over
a websocket and see the estimate beside the current bid. The model is a
gradient-boosted regressor fed with lot details, photo embeddings from an
open-weights vision backbone, and comparable recent sale results from our own
auctions and a partner's regional mart price reports. It is retrained weekly.
Everything runs in one cloud VPC. Accounts sign in with e-mail and password,
listing input is schema-checked, bids are audit-logged, databases are encrypted
at rest with the cloud KMS and models are versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cattle sale price estimator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Price estimates for cattle lots, shown to sellers and beside a live online auction.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Account credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
seller_details = tg.Data(
    "Seller and holding details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Farmer name, herd/holding number, farm location, contact details.",
)
lot_details = tg.Data(
    "Lot details",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Breed, sex, age, head count, weights, ear-tag numbers.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photos = tg.Data("Lot photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
embeddings = tg.Data("Photo embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings")
lot_features = tg.Data("Lot features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
estimate = tg.Data(
    "Price estimate",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Lot catalogue with estimates", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
bids = tg.Data(
    "Bids",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Binding bids with the bidder's account id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
auction_state = tg.Data("Live auction state", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
sale_results = tg.Data(
    "Sale results",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Hammer prices per lot with lot details, buyer and seller ids.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
market_reports = tg.Data(
    "Regional mart price reports", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
price_artifact = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
backbone = tg.Data(
    "Vision backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="A PyTorch checkpoint downloaded from a public model hub.",
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and agents listing cattle; anyone can register as a seller.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Farmers, feedlots and dealers bidding in the live auction; open registration.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))
    # Where the pretrained vision backbone for lot photos was downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Mart price data partner", trust=tg.Trust.PARTNER):
    # Recent regional sale prices, used as comparables alongside our own results.
    feed = tm.add(
        tg.DataSource(
            "Mart price report feed",
            origin=tg.Origin.PARTNER,
            provides={market_reports},
            description="Daily REST export of regional mart sale prices.",
        )
    )

with tm.boundary("Marketplace VPC", trust=tg.Trust.INTERNAL):
    # Public web/mobile API: listings, catalogue, account sign-in; orchestrates the estimate.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="listing form schema: weight ranges, image type and size"),
            },
        )
    )
    # Runs the live online auction and pushes lot, estimate and current bid to buyers.
    auction = tm.add(
        tg.Service(
            "Auction service",
            controls={
                c.Authentication(method="marketplace session token"),
                c.AuditLogging(retention_days=2555, note="every bid and hammer price"),
            },
        )
    )
    # Listings, seller accounts and the estimate shown for each lot.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={seller_details, lot_details, embeddings, estimate},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the photos sellers upload.
    photo_bucket = tm.add(tg.DataStore("Lot photo bucket", stores={photos}))
    # Our own hammer prices plus the partner's reports: comparables and training data.
    sales_db = tm.add(
        tg.DataStore(
            "Sale results store",
            stores={sale_results, market_reports},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns lot photos into embeddings (body condition, frame) for the price model.
    photo_model = tm.add(
        tg.Model(
            "Photo embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Pretrained vision backbone, not fine-tuned.",
        )
    )
    # The price estimator: sellers set reserves from it and buyers bid beside it.
    price_model = tm.add(
        tg.Model(
            "Price estimation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees over lot details, photo embeddings and comparables.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Daily pull of the partner's price reports into the sale results store.
        ingest = tm.add(tg.Pipeline("Market report ingestion", stage=tg.Stage.INGESTION))
        # Weekly retraining on recent sales.
        training = tm.add(
            tg.Pipeline(
                "Weekly price retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Stores model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={price_artifact, backbone},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes the price model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# sellers list lots and get the estimate
tm.flow(seller, api, credentials, seller_details, lot_details, photos, protocol="https")
tm.flow(api, photo_bucket, photos)
tm.flow(api, photo_model, photos)
tm.flow(photo_model, api, embeddings)
tm.flow(api, price_model, lot_features, label="lot details and photo embeddings")
tm.flow(sales_db, price_model, sale_results, market_reports, label="recent comparables")
tm.flow(price_model, api, estimate)
tm.flow(api, listings_db, seller_details, lot_details, embeddings, estimate)
tm.flow(api, seller, estimate, protocol="https")

# buyers browse the catalogue and bid in the live auction
tm.flow(buyer, api, credentials, protocol="https")
tm.flow(listings_db, api, lot_details, estimate, seller_details)
tm.flow(photo_bucket, api, photos)
tm.flow(api, buyer, catalogue, photos, protocol="https")
tm.flow(listings_db, auction, lot_details, estimate)
tm.flow(auction, buyer, auction_state, estimate, protocol="wss")
tm.flow(buyer, auction, bids, protocol="wss")
tm.flow(auction, sales_db, sale_results, label="hammer prices")
tm.flow(auction, seller, sale_results, protocol="https", label="sale outcome")

# market data, retraining and deployment
tm.flow(feed, ingest, market_reports, protocol="https")
tm.flow(ingest, sales_db, market_reports)
tm.flow(sales_db, training, sale_results, market_reports)
tm.flow(listings_db, training, lot_details, embeddings)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, price_artifact)
tm.flow(hub, registry, backbone, protocol="https")
tm.flow(registry, price_model, price_artifact, label="deploy")
tm.flow(registry, photo_model, backbone, label="deploy")
