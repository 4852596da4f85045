"""Airline ancillary pricing: the first design, before any security review.

Customers booking on the airline's website and mobile app are offered seats, extra
bags and upgrades. For each booking session the booking engine asks an ancillary
pricing service for prices; the service reads session and flight features from an
online feature store, runs a gradient-boosted pricing model and clamps each price to
the floors and ceilings revenue management keeps in a price fences table. Features
come from booking-engine events, the vendor-hosted passenger service system (seat
inventory, load factors, loyalty tier) and a market-data vendor's competitor price
file. Offers and purchases are kept as training history; the model is retrained
weekly, and a revenue manager approves each version in the registry before it serves.
Payment is taken by the separate PCI-scoped checkout and is out of scope here.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline ancillary pricing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-session prices for seats, bags and upgrades on web and app bookings.",
)

# ---------------------------------------------------------------- data assets
session = tg.Data(
    "Booking session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Itinerary, passengers, fare brand, loyalty number, market and device.",
)
price_request = tg.Data(
    "Ancillary price request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session ID, flight, cabin, party size, customer ID when signed in.",
)
features = tg.Data(
    "Session and flight features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Load factor, days to departure, loyalty tier, past ancillary purchases.",
)
offer = tg.Data(
    "Ancillary price offer",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fences = tg.Data(
    "Price floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
inventory = tg.Data(
    "Seat inventory and load factors",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Also carries the loyalty tier of signed-in customers.",
)
competitor_prices = tg.Data(
    "Competitor ancillary prices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
events = tg.Data(
    "Offer and purchase events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Which prices were shown in each session and what was bought.",
)
history = tg.Data(
    "Pricing training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
train_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing flights, signed in or as a guest; bots and scrapers included.
    customer = tm.add(tg.Actor("Customer", role="traveller"))

with tm.boundary("PSS vendor", trust=tg.Trust.PARTNER):
    # The hosted passenger service system: the airline's inventory and loyalty data.
    pss = tm.add(
        tg.DataSource(
            "Passenger service system",
            origin=tg.Origin.VENDOR,
            provides={inventory},
            description="Vendor-hosted reservations and inventory; REST API with OAuth.",
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Daily competitor ancillary prices gathered by a data vendor.
    competitor_feed = tm.add(
        tg.DataSource(
            "Competitor price feed",
            origin=tg.Origin.VENDOR,
            provides={competitor_prices},
            description="Daily file dropped on the vendor's SFTP server.",
        )
    )

with tm.boundary("Digital commerce platform", trust=tg.Trust.INTERNAL):
    # The public front door for the website and app.
    gateway = tm.add(
        tg.Endpoint(
            "Web and app API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=120, note="per client IP"),
                c.InputValidation(note="WAF and request schema checks"),
            },
        )
    )
    # Runs the booking flow and asks for ancillary prices at each step.
    booking_engine = tm.add(
        tg.Service(
            "Booking engine",
            description="Falls back to the static ancillary price list if pricing times out.",
        )
    )
    # Wraps the model: fetches features, scores, applies the price fences.
    pricing_service = tm.add(
        tg.Endpoint(
            "Ancillary pricing service",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.Authentication(method="per-service API key"),
                c.PolicyEnforcement(
                    rules="pricing service clamps every price to the floor and ceiling "
                    "in the price fences table"
                ),
            },
        )
    )
    # Predicts the revenue-maximising price per ancillary for this session.
    model = tm.add(
        tg.Model(
            "Ancillary pricing model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over session, flight and market features.",
        )
    )
    # Low-latency lookup of the features for a live session.
    feature_store = tm.add(
        tg.FeatureStore(
            "Online feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Revenue management's commercial bounds on every ancillary price.
    price_fences = tm.add(
        tg.DataStore(
            "Price fences table",
            stores={fences},
            controls={c.RBAC(note="only revenue management can edit"), c.AuditLogging()},
        )
    )

with tm.boundary("Data and ML platform", trust=tg.Trust.INTERNAL):
    # Streams booking events and vendor data into features and history.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="event and vendor file schemas")},
        )
    )
    # Two years of offers and purchases: the training set.
    history_set = tm.add(
        tg.Dataset(
            "Offer and purchase history",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Weekly retraining with a revenue backtest before registration.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest against last four weeks' revenue")},
        )
    )
    # Versions of the pricing model; serving pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="revenue manager approves each version"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets price fences and approves model releases.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue management"))
    # Builds features and models, runs retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, gateway, session, protocol="https")
tm.flow(gateway, booking_engine, session, protocol="https")
tm.flow(booking_engine, pricing_service, price_request, protocol="https")
tm.flow(feature_store, pricing_service, features, label="online lookup")
tm.flow(pricing_service, model, features)
tm.flow(model, pricing_service, offer)
tm.flow(price_fences, pricing_service, fences)
tm.flow(pricing_service, booking_engine, offer, protocol="https")
tm.flow(booking_engine, gateway, offer, protocol="https")
tm.flow(gateway, customer, offer, protocol="https")

tm.flow(booking_engine, feature_pipeline, events, protocol="kafka")
tm.flow(pss, feature_pipeline, inventory, protocol="https")
tm.flow(competitor_feed, feature_pipeline, competitor_prices, protocol="sftp")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_pipeline, history_set, history)

tm.flow(history_set, training, history)
tm.flow(training, registry, weights)
tm.flow(data_scientist, training, train_config, label="triggers run and reviews backtest")
tm.flow(revenue_manager, registry, approval, protocol="https", label="approves version")
tm.flow(registry, model, weights, label="deploy")
tm.flow(revenue_manager, price_fences, fences, protocol="https", label="edits fences")
