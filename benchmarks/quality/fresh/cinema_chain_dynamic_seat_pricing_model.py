"""Dynamic seat pricing for a regional cinema chain: the first design.

The chain runs about thirty cinemas. Moviegoers book seats on the website and the
app, and box-office tills at each site sell at the counter; both read the current
price of each screening from the booking database. Every fifteen minutes a pricing
service asks an in-house regression model for the expected demand of each upcoming
screening and sets its seat price, clamped to the floor and ceiling the commercial
team keeps per screen type and film. A nightly job builds demand features from the
booking history and a market-data vendor's feed (release calendar, local events,
weather); a weekly job retrains the model and stores it in the model registry.
Everything runs in the chain's cloud account; pricing analysts use an internal
dashboard behind the corporate single sign-on with MFA to set rules and overrides.
The booking database is encrypted at rest and the public booking API is rate
limited; card payments go to a hosted payment page and are out of scope here.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema chain dynamic seat pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Per-screening seat prices set every 15 minutes from bookings and demand forecasts.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Seat booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Screening, seats, ticket types, name, e-mail and optional loyalty number.",
)
screening_prices = tg.Data(
    "Screening seat prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
booking_history = tg.Data(
    "Booking history export",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Booking lines with loyalty number, postcode district, ticket type and price paid.",
)
seat_sales = tg.Data(
    "Current seat sales per screening",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
market_data = tg.Data(
    "Market and local events data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release calendar, national box-office tracking, local events and weather.",
)
features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
demand_forecast = tg.Data(
    "Demand forecast and price recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Demand model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
price_rules = tg.Data(
    "Price floors, ceilings and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
price_decisions = tg.Data(
    "Price decisions log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
till_sales = tg.Data("Box-office sales", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking on the website or the app.
    moviegoer = tm.add(tg.Actor("Moviegoer", role="customer"))

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Subscription feed the demand features depend on.
    market_feed = tm.add(
        tg.DataSource(
            "Market data feed",
            origin=tg.Origin.VENDOR,
            provides={market_data},
            description="Daily file of release dates, box-office tracking, local events and weather.",
        )
    )

with tm.boundary("Cinema sites", trust=tg.Trust.INTERNAL):
    # Counter sales at each cinema read the same prices as online booking.
    tills = tm.add(
        tg.Device(
            "Box-office tills",
            description="Point-of-sale terminals at each cinema, connected to the cloud booking platform.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
        # Public API behind the website and the app: shows prices, takes bookings.
        booking_api = tm.add(
            tg.Endpoint(
                "Booking API",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.RateLimiting(
                        requests_per_minute=120, note="CDN and API gateway quota per client IP"
                    )
                },
            )
        )
        # System of record for screenings, seat maps, prices and bookings.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={bookings, screening_prices},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Pricing and analytics", trust=tg.Trust.INTERNAL):
        # Builds demand features from bookings and the vendor feed each night.
        feature_job = tm.add(
            tg.Pipeline(
                "Nightly demand feature job",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # Holds the features for training and for the 15-minute pricing runs.
        feature_store = tm.add(
            tg.FeatureStore("Demand feature store", stores={features}, online=True)
        )
        # Retrains the demand model each week on the latest season of bookings.
        training = tm.add(
            tg.Pipeline("Weekly model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the trained model; the pricing service loads the one tagged live.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Predicts demand per screening and the price that fills it best.
        price_model = tm.add(
            tg.Model(
                "Seat demand and price model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted regression of seats sold against price, time to show and demand features.",
            )
        )
        # Runs every 15 minutes: asks the model, clamps to the rules, writes the prices.
        pricing_service = tm.add(
            tg.Service(
                "Pricing service",
                description="Sets the seat price of every screening in the next 14 days.",
                controls={
                    c.PolicyEnforcement(
                        rules="prices outside the floor and ceiling for the screen type and film are clamped before they are written"
                    )
                },
            )
        )
        # Commercial team's floors, ceilings and manual overrides.
        rules_store = tm.add(tg.DataStore("Pricing rules", stores={price_rules}))
        # Internal web app where analysts watch price changes and set rules.
        dashboard = tm.add(
            tg.Endpoint(
                "Pricing dashboard",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Commercial team member who owns pricing policy.
    analyst = tm.add(tg.Actor("Pricing analyst", role="commercial analyst"))
    # Builds and retrains the model; tags the live version in the registry.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Online booking
tm.flow(moviegoer, booking_api, booking_request, protocol="https")
tm.flow(booking_api, moviegoer, screening_prices, protocol="https")
tm.flow(booking_api, booking_db, bookings)
tm.flow(booking_db, booking_api, screening_prices, label="prices and seat availability")

# Box office
tm.flow(booking_db, tills, screening_prices, protocol="https")
tm.flow(tills, booking_db, till_sales, protocol="https")

# Features and training
tm.flow(booking_db, feature_job, booking_history, label="nightly export")
tm.flow(market_feed, feature_job, market_data, protocol="sftp")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, training, features)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, pricing_service, model_artifact, label="load live version")

# Pricing runs
tm.flow(feature_store, pricing_service, features)
tm.flow(booking_db, pricing_service, seat_sales, label="sales pace")
tm.flow(pricing_service, price_model, features, seat_sales)
tm.flow(price_model, pricing_service, demand_forecast)
tm.flow(rules_store, pricing_service, price_rules)
tm.flow(pricing_service, booking_db, screening_prices)
tm.flow(pricing_service, dashboard, price_decisions)

# Analysts
tm.flow(analyst, dashboard, price_rules, protocol="https")
tm.flow(dashboard, analyst, price_decisions, protocol="https")
tm.flow(dashboard, rules_store, price_rules)
tm.flow(rules_store, dashboard, price_rules)
