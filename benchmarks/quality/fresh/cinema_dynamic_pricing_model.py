"""Cinema dynamic pricing: the first design, before any security review.

A European cinema chain sets the ticket price of each showing with a model.
Every 15 minutes a pricing engine reads features built from bookings so far,
film popularity data licensed from a box-office data vendor, competitor prices
scraped from rival cinemas' public websites and a weather forecast API, asks an
in-house price model for a recommendation, and writes changes within the
allowed band straight to the showtime and price catalogue. Changes above that
limit wait in an approval console for a revenue manager. Customers browse and
book on the website and mobile app through a booking API; payment happens on a
payment provider's hosted page, which confirms back to the booking API. The
model is retrained weekly from past bookings and prices. Controls in this
design: TLS everywhere outside the VPC, rate limiting and customer sign-in on
the booking API, encrypted booking database, corporate SSO on the approval
console, and a backtest before a new model is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Model-driven per-showing ticket prices, with approval above a limit.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
customer_accounts = tg.Data(
    "Customer accounts and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
prices = tg.Data(
    "Showtimes and ticket prices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
payment_session = tg.Data(
    "Payment session", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
booking_counts = tg.Data(
    "Bookings per showing", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
competitor_prices = tg.Data("Competitor prices", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
popularity = tg.Data(
    "Film popularity data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Licensed box-office and audience-interest figures per film.",
)
features = tg.Data("Pricing features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
recommendation = tg.Data(
    "Price recommendation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
pending_change = tg.Data(
    "Price change awaiting approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
approval = tg.Data("Approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
training_data = tg.Data(
    "Historical bookings and prices", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
model_artifact = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers browse showtimes and book on the website and mobile app.
    customer = tm.add(tg.Actor("Customer", role="moviegoer"))
    # Rival cinemas' public listing pages, scraped for their ticket prices.
    competitors = tm.add(
        tg.DataSource(
            "Competitor websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor_prices},
        )
    )

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Commercial weather API, forecasts per cinema location.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Box-office data vendor delivering daily popularity files.
    popularity_feed = tm.add(
        tg.DataSource("Film popularity feed", origin=tg.Origin.VENDOR, provides={popularity})
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card details never reach the chain's systems.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
        # Backend of the website and app: showtimes, prices, bookings.
        booking_api = tm.add(
            tg.Endpoint(
                "Booking API",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={
                    c.RateLimiting(requests_per_minute=120, note="CDN per-IP quota"),
                    c.Authentication(method="e-mail and password, guest checkout allowed"),
                },
            )
        )
        # Customer accounts and every booking made.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={customer_accounts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The current showtimes and the price of each showing, read by the booking API.
        catalogue = tm.add(tg.DataStore("Showtime and price catalogue", stores={prices}))

    with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
        # Joins bookings, popularity, competitor prices and weather into features.
        feature_job = tm.add(
            tg.Pipeline(
                "Feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                description="Runs every 15 minutes; also runs the competitor price scraper.",
            )
        )
        # Latest features per showing, plus history for training.
        feature_store = tm.add(tg.FeatureStore("Pricing feature store", stores={features}))
        # Decides prices: applies changes within the band, queues larger ones.
        engine = tm.add(
            tg.Service(
                "Pricing engine",
                description="Calls the model per showing and enforces floor and ceiling prices.",
                controls={
                    c.HumanInTheLoop(
                        approver="revenue manager",
                        above="a change of more than 20% from the base price of a showing",
                    )
                },
            )
        )
        # Predicts the revenue-maximising price of a showing.
        price_model = tm.add(
            tg.Model(
                "Price model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted demand model with a price optimiser on top.",
            )
        )
        # Weekly retraining on past bookings and the prices they sold at.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest on the last four weeks of sales")},
            )
        )
        # Stores trained price models; the engine loads the promoted one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Revenue manager reviews and approves large price changes.
    manager = tm.add(tg.Actor("Revenue manager", role="revenue manager", privileged=True))
    # Internal web app listing pending changes with the model's reasoning inputs.
    console = tm.add(
        tg.Service(
            "Pricing approval console",
            controls={c.Authentication(method="corporate SSO")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, booking_api, booking_request, protocol="https")
tm.flow(booking_api, customer, prices, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_db, booking_request, customer_accounts)
tm.flow(booking_db, booking_api, customer_accounts)
tm.flow(catalogue, booking_api, prices)
tm.flow(booking_api, psp, payment_session, protocol="https")
tm.flow(psp, booking_api, payment_confirmation, protocol="https", label="payment webhook")

tm.flow(booking_db, feature_job, booking_counts, label="bookings so far")
tm.flow(competitors, feature_job, competitor_prices, protocol="https", label="scrape")
tm.flow(
    feature_job, weather_api, tg.Data("Cinema locations", sensitivity="public"), protocol="https"
)
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(popularity_feed, feature_job, popularity, protocol="sftp", label="daily file")
tm.flow(feature_job, feature_store, features)

tm.flow(feature_store, engine, features)
tm.flow(engine, price_model, features)
tm.flow(price_model, engine, recommendation)
tm.flow(engine, catalogue, prices, label="changes within the band")
tm.flow(engine, console, pending_change, protocol="https")
tm.flow(console, manager, pending_change, label="review queue")
tm.flow(manager, console, approval)
tm.flow(console, engine, approval, protocol="https")

tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(booking_db, training, training_data, label="weekly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, price_model, model_artifact, label="deploy")
