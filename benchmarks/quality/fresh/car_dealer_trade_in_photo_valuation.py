"""Car dealer trade-in photo valuation: the first design, before any security review.

Customers on the dealer group's public website photograph their car and enter
its registration, mileage and contact details to get a trade-in offer at once,
without an account. A valuation service in our cloud looks the registration up
with a vehicle data provider, sends the photos to an in-house vision model that
grades condition, and asks an in-house pricing model for a value learnt from
auction sale prices bought from an auction data provider (delivered nightly by
SFTP). The site checks uploads for type and size and rate-limits callers. At
handover, sales staff inspect the car in a staff console (dealer SSO with MFA,
role-based access) and may lower the offer. Every valuation and inspection
result is kept in a valuation history that, with the photos, feeds periodic
retraining; new models are evaluated on a holdout set and versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car dealer trade-in photo valuation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Instant trade-in offers from customer photos, registration and mileage.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Car photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Exterior, interior and odometer photos; show the number plate and may show people or homes.",
)
vehicle_details = tg.Data(
    "Registration and mileage", kind="records", sensitivity=tg.Sensitivity.PII
)
contact = tg.Data("Customer contact details", kind="records", sensitivity=tg.Sensitivity.PII)
vehicle_record = tg.Data(
    "Vehicle record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Make, model, year, engine and MOT history for the registration.",
)
grade = tg.Data("Condition grade", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
valuation_features = tg.Data(
    "Valuation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vehicle spec, mileage and condition grade.",
)
offer = tg.Data(
    "Trade-in offer",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
auction_prices = tg.Data(
    "Auction sale prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed hammer prices of used cars by spec, mileage and grade.",
)
inspection = tg.Data(
    "Inspection result and adjusted offer", kind="records", sensitivity=tg.Sensitivity.PII
)
history = tg.Data(
    "Valuation history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
vision_weights = tg.Data(
    "Vision model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
pricing_artifact = tg.Data(
    "Pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website; no account is needed for a valuation.
    customer = tm.add(tg.Actor("Customer", role="car owner"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Registration lookup API giving the vehicle's spec and history.
    lookup = tm.add(tg.ExternalService("Vehicle data lookup", provides="data-provider"))
    # Auction data we buy, delivered as a nightly file.
    auction_feed = tm.add(
        tg.DataSource("Auction data feed", origin=tg.Origin.VENDOR, provides={auction_prices})
    )

with tm.boundary("Dealer cloud", trust=tg.Trust.INTERNAL):
    # Public trade-in API behind the website's valuation form.
    trade_in_api = tm.add(
        tg.Endpoint(
            "Trade-in API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="image type and size, registration format, mileage range"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Orchestrates lookup, grading and pricing, and returns the offer.
    valuation = tm.add(tg.Service("Valuation service"))
    # Keeps the uploaded photos for the handover inspection and retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Grades exterior and interior condition from the photos.
    vision = tm.add(tg.Model("Condition grading model", task=tg.Task.CLASSIFIER))
    # Values the car from its spec, mileage, grade and recent auction prices.
    pricing = tm.add(tg.Model("Pricing model", task=tg.Task.REGRESSOR))
    # Offers, grades and inspection outcomes, per customer and car.
    history_store = tm.add(
        tg.DataStore(
            "Valuation history store",
            stores={history, contact, inspection},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Staff web console used at handover.
    console = tm.add(
        tg.Endpoint(
            "Handover console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="dealer SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Loads the nightly auction file.
        ingest = tm.add(tg.Pipeline("Auction data ingestion", stage=tg.Stage.INGESTION))
        # Licensed auction prices used for pricing and training.
        auction_store = tm.add(tg.DataStore("Auction price store", stores={auction_prices}))
        # Periodic retraining of both models from the valuation history.
        retraining = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="holdout comparison against the live model")},
            )
        )
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={vision_weights, pricing_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Dealership network", trust=tg.Trust.INTERNAL):
    # Inspects the car at handover and may lower the offer.
    sales = tm.add(tg.Actor("Sales staff", role="sales"))

# ---------------------------------------------------------------- flows
tm.flow(customer, trade_in_api, photos, vehicle_details, contact, protocol="https")
tm.flow(trade_in_api, customer, offer, protocol="https")
tm.flow(trade_in_api, valuation, photos, vehicle_details, contact)
tm.flow(valuation, trade_in_api, offer)

tm.flow(valuation, photo_store, photos)
tm.flow(valuation, lookup, vehicle_details, protocol="https")
tm.flow(lookup, valuation, vehicle_record, protocol="https")
tm.flow(valuation, vision, photos)
tm.flow(vision, valuation, grade)
tm.flow(valuation, pricing, valuation_features)
tm.flow(auction_store, pricing, auction_prices, label="comparable sales")
tm.flow(pricing, valuation, offer)
tm.flow(valuation, history_store, history, contact)

tm.flow(sales, console, inspection, protocol="https", label="inspection at handover")
tm.flow(console, sales, history, photos, protocol="https", label="original valuation")
tm.flow(history_store, console, history, contact)
tm.flow(photo_store, console, photos)
tm.flow(console, history_store, inspection)

tm.flow(auction_feed, ingest, auction_prices, protocol="sftp", label="nightly file")
tm.flow(ingest, auction_store, auction_prices)
tm.flow(history_store, retraining, history, inspection)
tm.flow(photo_store, retraining, photos)
tm.flow(auction_store, retraining, auction_prices)
tm.flow(retraining, registry, vision_weights, pricing_artifact)
tm.flow(registry, vision, vision_weights, label="deploy")
tm.flow(registry, pricing, pricing_artifact, label="deploy")
