"""Cinema chain seat-demand forecasting and dynamic ticket pricing: first design.

A cinema chain with sites across the UK and the EU wants ticket prices that follow
demand. An in-house gradient-boosted regressor forecasts how many seats each
showing will sell, from booking history, the distributor's film and release data
and a local events calendar. Every 30 minutes a pricing engine re-prices the
showings of the next 14 days within the floors and caps that pricing analysts set
in a price book, and writes the prices to the booking database that the public
booking API and a ticket aggregator partner read. Feature building and training run
on the analytics platform in our cloud; data scientists promote model versions in
a registry. Moviegoers sign in to the loyalty programme with e-mail and password;
the booking API is rate limited, analysts use SSO, the booking database is
encrypted at rest and the registry pins model versions. There is no approval step
on individual price changes: anything inside the price book goes live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema chain seat demand pricing model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts seat demand per showing and re-prices tickets within analyst-set bounds.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Showing, seats, loyalty member's name and e-mail; payment goes to the PSP's hosted page.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Every ticket sold, with loyalty member id, site, showing and price paid.",
)
showtime_prices = tg.Data(
    "Showtime prices and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
film_calendar = tg.Data(
    "Film and events calendar",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Distributor release schedule, embargoed titles, local events and weather.",
)
demand_features = tg.Data(
    "Showing demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Seat demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_rules = tg.Data(
    "Price rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-site, per-format price floors, caps and step sizes.",
)
sales_dashboard = tg.Data(
    "Sales and pricing dashboard", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model version promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking on the website or the phone app.
    moviegoer = tm.add(tg.Actor("Moviegoer", role="customer"))

with tm.boundary("Ticket aggregator", trust=tg.Trust.PARTNER):
    # Third-party ticketing site that resells our showings and books seats through our API.
    aggregator = tm.add(
        tg.ExternalService(
            "Ticket aggregator API",
            description="Pulls prices and availability, pushes bookings made on its site.",
        )
    )

with tm.boundary("Distributor data vendor", trust=tg.Trust.PARTNER):
    # Where the forecast learns what is being released and what else is on in town.
    calendar_feed = tm.add(
        tg.DataSource(
            "Film and events feed",
            origin=tg.Origin.VENDOR,
            provides={film_calendar},
            description="Daily SFTP drop from the distributor data vendor.",
        )
    )

with tm.boundary("Cinema cloud", trust=tg.Trust.INTERNAL):
    # The public booking API behind the website, the app and the aggregator.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password", note="loyalty sign-in; guest checkout allowed"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for sales, seat maps and the live prices of each showing.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, showtime_prices},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Re-prices upcoming showings from the forecast and the price book.
    pricing_engine = tm.add(
        tg.Service(
            "Pricing engine",
            description="Runs every 30 minutes over the next 14 days of showings.",
        )
    )
    # Floors and caps the analysts own; the engine never prices outside them.
    price_book = tm.add(tg.DataStore("Price book", stores={price_rules}))
    # Where analysts edit the price book and watch sales against forecast.
    console = tm.add(
        tg.Endpoint(
            "Pricing console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Joins sales history with the vendor calendar into per-showing features.
        feature_pipeline = tm.add(
            tg.Pipeline("Demand feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Offline history for training, latest values for the pricing engine.
        feature_store = tm.add(tg.FeatureStore("Demand feature store", stores={demand_features}))
        # Weekly retraining of the demand model.
        training = tm.add(tg.Pipeline("Demand model training", stage=tg.Stage.TRAINING))
        # Versions of the model; the serving container loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # The forecaster itself: seats sold per showing.
        demand_model = tm.add(
            tg.Model(
                "Seat demand model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="LightGBM regressor, saved with joblib.",
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Sets the commercial bounds; does not approve each price change.
    analyst = tm.add(tg.Actor("Pricing analyst", role="analyst"))
    # Builds and retrains the model, promotes versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# booking, by the public and by the partner
tm.flow(moviegoer, booking_api, booking_request, protocol="https")
tm.flow(booking_api, moviegoer, showtime_prices, booking_confirmation, protocol="https")
tm.flow(
    aggregator,
    booking_api,
    booking_request,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(booking_api, aggregator, showtime_prices, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_db, bookings)
tm.flow(booking_db, booking_api, showtime_prices, booking_confirmation)

# features and training
tm.flow(booking_db, feature_pipeline, bookings, label="sales history export")
tm.flow(calendar_feed, feature_pipeline, film_calendar, protocol="sftp")
tm.flow(feature_pipeline, feature_store, demand_features)
tm.flow(feature_store, training, demand_features)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="promotes a version")
tm.flow(registry, demand_model, model_artifact, label="load promoted version")

# pricing loop
tm.flow(feature_store, pricing_engine, demand_features, label="latest features and seats sold")
tm.flow(pricing_engine, demand_model, demand_features)
tm.flow(demand_model, pricing_engine, forecast)
tm.flow(price_book, pricing_engine, price_rules)
tm.flow(pricing_engine, booking_db, showtime_prices, label="publish prices")

# analysts
tm.flow(analyst, console, price_rules, protocol="https")
tm.flow(console, price_book, price_rules)
tm.flow(price_book, console, price_rules)
tm.flow(booking_db, console, sales_dashboard)
tm.flow(console, analyst, sales_dashboard, price_rules, protocol="https")
