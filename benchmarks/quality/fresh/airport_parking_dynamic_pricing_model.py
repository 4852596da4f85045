"""Airport parking dynamic pricing: the first design, before any security review.

A European airport sells pre-booked places in its short-stay, long-stay and
valet car parks on its website. Instead of a fixed tariff, a pricing service asks
an in-house regression model for the price of each quote, from demand features:
bookings already taken, the flight schedule from the airport operational
database and competitors' prices scraped daily from their public websites. The
service clamps every price to the floors and ceilings the revenue manager sets
in a console. A feature pipeline builds the features; a weekly training job
fits the model, and a data scientist promotes versions from the model registry.
Everything runs in the airport's cloud VPC; bookings hold travellers' names,
e-mail addresses and number plates. The booking site sits behind the CDN's rate
limits, the bookings database is encrypted, the console signs people in with
corporate SSO and MFA, and model versions are pinned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport parking dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Sets online car park prices from demand forecasts, flights and competitor prices.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Parking quote request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Car park, entry and exit date and time.",
)
price_quote = tg.Data("Parking price quote", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
booking = tg.Data(
    "Parking booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, number plate, flight number, dates and price paid.",
)
booking_history = tg.Data("Booking history", kind="records", sensitivity=tg.Sensitivity.PII)
flights = tg.Data("Flight schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
competitor_pages = tg.Data(
    "Competitor car park web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
competitor_prices = tg.Data("Competitor prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Occupancy on the books, departing seats per day, competitor price index.",
)
recommended_price = tg.Data(
    "Recommended price", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
price_bounds = tg.Data(
    "Price floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers pre-booking a car park place.
    customer = tm.add(tg.Actor("Traveller", role="customer"))
    # Rival car parks' public price pages, read by the scraper.
    competitor_sites = tm.add(
        tg.DataSource(
            "Competitor websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor_pages},
            description="Off-airport and meet-and-greet operators' booking pages.",
        )
    )

with tm.boundary("Airport corporate network", trust=tg.Trust.INTERNAL):
    # Source of truth for scheduled and actual flights.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={flights},
        )
    )
    # Sets commercial guard rails on prices.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="commercial staff"))
    # Maintains and retrains the pricing model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Parking cloud VPC", trust=tg.Trust.INTERNAL):
    # Public booking site and its API: quotes and bookings.
    booking_site = tm.add(
        tg.Endpoint(
            "Parking booking site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120, note="CDN per-IP limit")},
        )
    )
    # Turns a quote request into a price, within the revenue manager's bounds.
    pricing_service = tm.add(
        tg.Service(
            "Pricing service",
            description="Looks up features, asks the model, clamps to floor and ceiling, caches the quote.",
            controls={
                c.PolicyEnforcement(
                    rules="pricing service clamps every price to the floor and ceiling"
                ),
            },
        )
    )
    # The model that recommends the price for a car park and date.
    pricing_model = tm.add(
        tg.Model(
            "Parking price model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees predicting the revenue-maximising daily price.",
        )
    )
    # Internal console where the revenue manager sets price bounds.
    console = tm.add(
        tg.Endpoint(
            "Revenue management console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Floors and ceilings per car park and season.
    rules_store = tm.add(
        tg.DataStore("Pricing rules store", stores={price_bounds}, controls={c.RBAC()})
    )
    # Daily scrape of competitors' prices.
    scraper = tm.add(
        tg.Pipeline(
            "Competitor price scraper",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Headless browser job parsing competitors' quote pages each morning.",
        )
    )
    # Joins bookings, flights and competitor prices into features.
    feature_pipeline = tm.add(tg.Pipeline("Demand feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online features for pricing and offline snapshots for training.
    feature_store = tm.add(tg.FeatureStore("Demand feature store", stores={features}, online=True))
    # Weekly refit of the price model.
    training = tm.add(tg.Pipeline("Weekly training job", stage=tg.Stage.TRAINING))
    # Versions of the price model; the promoted one is served.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

    with tm.boundary("Bookings data tier", trust=tg.Trust.RESTRICTED):
        # Every booking taken online.
        bookings_db = tm.add(
            tg.DataStore(
                "Bookings database",
                stores={booking},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, booking_site, quote_request, protocol="https")
tm.flow(booking_site, customer, price_quote, protocol="https")
tm.flow(customer, booking_site, booking, protocol="https", label="books at the quoted price")
tm.flow(booking_site, bookings_db, booking)

tm.flow(booking_site, pricing_service, quote_request)
tm.flow(feature_store, pricing_service, features, label="online lookup")
tm.flow(rules_store, pricing_service, price_bounds)
tm.flow(pricing_service, pricing_model, features)
tm.flow(pricing_model, pricing_service, recommended_price)
tm.flow(pricing_service, booking_site, price_quote)

tm.flow(revenue_manager, console, price_bounds, protocol="https")
tm.flow(console, rules_store, price_bounds)
tm.flow(rules_store, console, price_bounds, label="current bounds")

tm.flow(competitor_sites, scraper, competitor_pages, protocol="https", label="daily scrape")
tm.flow(scraper, feature_pipeline, competitor_prices)
tm.flow(aodb, feature_pipeline, flights, protocol="https", label="hourly schedule export")
tm.flow(bookings_db, feature_pipeline, booking_history, label="nightly export")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, protocol="https", label="promotes a version")
tm.flow(registry, pricing_model, weights, label="deploy")
