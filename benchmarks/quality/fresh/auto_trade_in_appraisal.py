"""Trade-in appraisal for a car dealer group: the first design.

Customers value their car on a dealer's website: they enter the VIN, mileage and
contact details and upload photos of the car. An appraisal service in the dealer
group's cloud buys the VIN's history report from a vehicle-history data provider,
runs an in-house condition model over the photos, reads recent wholesale prices
loaded from an auction price feed, and asks an in-house pricing model for a
trade-in offer. The offer is written as a lead into the hosted dealer management
system (DMS), where sales staff see it; offers above a set value wait there for a
used-car manager's approval. Both models are retrained monthly from past
appraisals, photos and the sale results recorded in the DMS.
Controls in this design: HTTPS to every party, upload checks and a WAF rate limit
on the website API, API keys for the data provider and the DMS, encrypted photo
storage, SSO and roles in the DMS, manager approval above the limit, and a
back-test before a retrained model is deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Auto trade-in appraisal",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Model-priced trade-in offers from customer photos, vehicle history and auction prices, "
        "reviewed by dealership staff in the DMS."
    ),
)

# ---------------------------------------------------------------- data assets
trade_in_request = tg.Data(
    "Trade-in request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="VIN, mileage, options, stated condition, name, email and phone.",
)
photos = tg.Data(
    "Vehicle photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Exterior, interior, odometer and damage photos; may show plates, faces and homes.",
)
confirmation = tg.Data(
    "Submission confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
vin_query = tg.Data("VIN lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history_report = tg.Data(
    "Vehicle history report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Accidents, title brands, owners and odometer readings; licensed per lookup.",
)
auction_prices = tg.Data(
    "Auction price feed",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
market_features = tg.Data(
    "Market price features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
condition = tg.Data(
    "Condition assessment", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
appraisal_features = tg.Data(
    "Appraisal features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
offer = tg.Data(
    "Trade-in offer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
lead = tg.Data(
    "Trade-in lead",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer contact, vehicle, history summary and the offer.",
)
approval = tg.Data(
    "Offer approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
deal_outcome = tg.Data(
    "Inspection and sale outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Price actually paid after inspection, and the later resale price.",
)
training_set = tg.Data(
    "Appraisal training data", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the condition model and a joblib file of the pricing model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can request a trade-in value; no account is needed.
    customer = tm.add(tg.Actor("Customer", role="car owner"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Commercial vehicle-history service, paid per VIN report.
    history_provider = tm.add(
        tg.ExternalService("Vehicle history provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Daily wholesale auction results from an auction house's data service.
    auction_feed = tm.add(
        tg.DataSource(
            "Auction price feed service", origin=tg.Origin.VENDOR, provides={auction_prices}
        )
    )

with tm.boundary("Dealer group cloud", trust=tg.Trust.INTERNAL):
    # The trade-in API behind the form on each dealer website.
    trade_in_api = tm.add(
        tg.Endpoint(
            "Trade-in web API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="image type and size checks, VIN checksum"),
                c.RateLimiting(requests_per_minute=20, note="WAF rule per IP"),
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates one appraisal and applies the approval threshold.
    appraisal = tm.add(
        tg.Service(
            "Appraisal service",
            controls={
                c.HumanInTheLoop(approver="used-car manager", above="USD 25,000 offer"),
            },
        )
    )
    # Grades body damage, tyres and interior from the photos.
    condition_model = tm.add(
        tg.Model("Condition model", task=tg.Task.DETECTOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Turns condition, history and market prices into the offer amount.
    pricing_model = tm.add(
        tg.Model("Offer pricing model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Loads the daily auction file and aggregates prices by make, model, year and trim.
    feed_ingestion = tm.add(tg.Pipeline("Auction feed ingestion", stage=tg.Stage.INGESTION))
    # Latest wholesale price features, read at appraisal time.
    price_store = tm.add(tg.FeatureStore("Market price store", stores={market_features}))
    # Past requests, photos and deal outcomes used for retraining.
    dataset = tm.add(tg.Dataset("Appraisal history dataset", stores={training_set}))
    # Monthly retraining of both models, back-tested against last quarter's deals.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="back-test error must not exceed the current model's")
            },
        )
    )

with tm.boundary("DMS vendor", trust=tg.Trust.PARTNER):
    # The hosted dealer management system every store already runs on.
    dms = tm.add(
        tg.DataStore(
            "Dealer management system",
            stores={lead, approval, deal_outcome},
            controls={c.Authentication(method="SSO"), c.RBAC()},
        )
    )

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Presents the offer to the customer and records the inspection result.
    sales = tm.add(tg.Actor("Sales staff", role="salesperson"))
    # Approves offers above the limit.
    manager = tm.add(tg.Actor("Used-car manager", role="used-car manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, trade_in_api, trade_in_request, photos, protocol="https")
tm.flow(trade_in_api, customer, confirmation, protocol="https")
tm.flow(trade_in_api, photo_store, photos)
tm.flow(trade_in_api, appraisal, trade_in_request)

tm.flow(
    appraisal,
    history_provider,
    vin_query,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(history_provider, appraisal, history_report, protocol="https")

tm.flow(photo_store, appraisal, photos)
tm.flow(appraisal, condition_model, photos)
tm.flow(condition_model, appraisal, condition)

tm.flow(auction_feed, feed_ingestion, auction_prices, protocol="https", label="daily file")
tm.flow(feed_ingestion, price_store, market_features)
tm.flow(price_store, appraisal, market_features)

tm.flow(appraisal, pricing_model, appraisal_features)
tm.flow(pricing_model, appraisal, offer)

tm.flow(
    appraisal,
    dms,
    lead,
    protocol="https",
    controls={c.Authentication(method="OAuth client credentials")},
)
tm.flow(dms, sales, lead, protocol="https")
tm.flow(dms, manager, lead, protocol="https", label="offers above the limit")
tm.flow(manager, dms, approval, protocol="https")
tm.flow(sales, dms, deal_outcome, protocol="https")

tm.flow(dms, dataset, lead, deal_outcome, protocol="https", label="monthly export")
tm.flow(photo_store, dataset, photos)
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, condition_model, weights, label="deploy")
tm.flow(retraining, pricing_model, weights, label="deploy")
