"""Ferry dynamic pricing: the first design, before any security review.

We run passenger and vehicle ferry crossings and sell tickets on our own booking
website. When a passenger picks a sailing, the booking engine asks a pricing
service for a fare; the service feeds the sailing's remaining deck and cabin
capacity, booking pace and the latest competitor fares to an in-house demand
and price model, then clamps the model's price to the floor and ceiling that
revenue managers set per route and season. Competitor fares come hourly from a
price-intelligence vendor. A weekly pipeline retrains the model from the pricing
warehouse, and a pricing analyst promotes the new version in the registry.
Payment is taken on the payment provider's hosted page. Controls in this design:
the website sits behind a WAF with rate limits, fare bounds are enforced in the
pricing service, staff tools use SSO with MFA, passenger identifiers are dropped
before training, and model versions are pinned.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ferry dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Prices ferry crossings per sailing from bookings, capacity and competitor fares.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sailing, passengers' names, vehicle registration, contact details.",
)
fare_quote = tg.Data("Fare quote", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data("Payment request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fare_request = tg.Data(
    "Fare request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sailing, ticket type, vehicle class and party size; no names.",
)
capacity = tg.Data(
    "Sailing capacity",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Remaining lane metres, seats and cabins per sailing.",
)
capacity_hold = tg.Data("Capacity hold", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
competitor_fares = tg.Data(
    "Competitor fares",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed feed of rival operators' fares per route and date.",
)
fare_rules = tg.Data(
    "Fare rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Floor and ceiling per route, season and ticket type.",
)
price_features = tg.Data("Pricing features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
price_recommendation = tg.Data(
    "Recommended price", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_history = tg.Data(
    "Booking history", kind="records", sensitivity=tg.Sensitivity.PII, description="Nightly copy."
)
training_data = tg.Data(
    "Pricing training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-sailing demand, prices paid, capacity and competitor fares.",
)
price_reports = tg.Data(
    "Pricing performance reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Price model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
promotion = tg.Data("Promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking a crossing, with or without an account.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Price-intelligence vendor", trust=tg.Trust.PARTNER):
    # Vendor that collects rival operators' published fares and sells us a feed.
    competitor_feed = tm.add(
        tg.DataSource(
            "Competitor fare feed",
            origin=tg.Origin.VENDOR,
            provides={competitor_fares},
            description="Hourly JSON feed collected from competitors' booking sites.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card details go to the provider, never to us.
    psp = tm.add(tg.ExternalService("Payment service provider", provides="generic"))

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Public booking website and its API, behind the CDN and WAF.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=120, note="WAF rule per client IP"),
                tg.controls.Authentication(
                    method="e-mail and password for accounts; booking reference and surname "
                    "to manage a booking"
                ),
            },
        )
    )
    # Reservations: takes bookings, holds capacity, takes payment.
    booking_engine = tm.add(tg.Service("Booking engine"))
    # System of record for bookings.
    reservations = tm.add(
        tg.DataStore(
            "Reservations database",
            stores={bookings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Operations systems", trust=tg.Trust.INTERNAL):
    # Vessel schedule and deck plans; tracks what is left on each sailing.
    capacity_system = tm.add(
        tg.DataStore("Sailing schedule and capacity system", stores={capacity})
    )

with tm.boundary("Revenue management platform", trust=tg.Trust.INTERNAL):
    # Answers each fare request: model price clamped to the fare rules.
    pricing = tm.add(
        tg.Service(
            "Pricing service",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="every fare is clamped to the floor and ceiling in the fare rules store"
                )
            },
        )
    )
    # In-house model predicting demand and recommending a price per sailing.
    price_model = tm.add(
        tg.Model(
            "Demand and price model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees; recommends a fare per sailing and ticket type.",
        )
    )
    # Floors and ceilings the revenue managers maintain.
    rules_store = tm.add(tg.DataStore("Fare rules store", stores={fare_rules}))
    # History of bookings, capacity and competitor fares, for pricing and training.
    warehouse = tm.add(
        tg.DataStore(
            "Pricing warehouse",
            stores={booking_history, capacity, competitor_fares, price_reports},
        )
    )
    # Weekly retraining of the price model.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            controls={
                tg.controls.DataMinimization(note="names, contacts and vehicle plates dropped")
            },
        )
    )
    # Model versions; the pricing service loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Internal web tool for revenue managers: edit fare rules, view performance.
    dashboard = tm.add(
        tg.Endpoint(
            "Revenue management dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets floors and ceilings per route and season.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue management"))
    # Owns the model; checks and promotes each retrained version.
    analyst = tm.add(tg.Actor("Pricing analyst", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# booking and quoting
tm.flow(passenger, website, booking_request, protocol="https")
tm.flow(website, passenger, fare_quote, confirmation, protocol="https")
tm.flow(website, booking_engine, booking_request)
tm.flow(booking_engine, website, fare_quote, confirmation)
tm.flow(booking_engine, pricing, fare_request)
tm.flow(pricing, booking_engine, fare_quote)
tm.flow(booking_engine, capacity_system, capacity_hold)
tm.flow(capacity_system, booking_engine, capacity)
tm.flow(booking_engine, reservations, bookings)
tm.flow(reservations, booking_engine, bookings, label="manage booking")

# payment
tm.flow(booking_engine, psp, payment_request, protocol="https")
tm.flow(passenger, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, booking_engine, payment_result, protocol="https")

# pricing
tm.flow(capacity_system, pricing, capacity, label="live availability")
tm.flow(warehouse, pricing, competitor_fares, label="hourly refresh")
tm.flow(rules_store, pricing, fare_rules)
tm.flow(pricing, price_model, price_features)
tm.flow(price_model, pricing, price_recommendation)

# data collection
tm.flow(competitor_feed, warehouse, competitor_fares, protocol="https", label="hourly pull")
tm.flow(reservations, warehouse, booking_history, label="nightly export")
tm.flow(capacity_system, warehouse, capacity, label="nightly snapshot")

# revenue management
tm.flow(revenue_manager, dashboard, fare_rules, protocol="https")
tm.flow(dashboard, rules_store, fare_rules)
tm.flow(warehouse, dashboard, price_reports)
tm.flow(dashboard, revenue_manager, price_reports, fare_rules, protocol="https")

# training and promotion
tm.flow(warehouse, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(analyst, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, price_model, model_artifact, label="load promoted version")
