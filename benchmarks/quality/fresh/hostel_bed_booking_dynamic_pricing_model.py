"""Hostel bed dynamic pricing: the first design, before any security review.

A chain of eighteen backpacker hostels in European cities sells dorm beds and private
rooms on its own booking website and, through a channel manager, on the big travel
sites. Reservations from every channel land in the chain's SaaS property management
system. Each night an ingestion job pulls the reservation export (dropping guest names
and e-mails), a local events calendar and competitor hostel rates from a rate-shopping
vendor into an offline feature store. A gradient-boosted demand model, retrained weekly
by the pricing analyst and stored as a joblib file in a model registry, predicts demand
per hostel, room type and night; a nightly pricing job turns that into prices, clamps
them to the price floors the revenue manager has approved in the revenue dashboard,
and pushes the rates to the channel manager, which updates the website and the OTAs.
Controls: staff sign in to the dashboard with Google Workspace SSO and 2-step
verification, feeds are schema-checked on ingestion, models are versioned, and all
external calls use HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hostel bed dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Nightly bed prices for a hostel chain from bookings, events and competitor rates.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data("Booking request", kind="records", sensitivity=tg.Sensitivity.PII)
reservations = tg.Data(
    "Reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Guest name, e-mail, nationality, dates, bed type, channel, amount paid.",
)
ota_bookings = tg.Data("OTA bookings", kind="records", sensitivity=tg.Sensitivity.PII)
booking_export = tg.Data(
    "Reservation export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Nightly export of new and changed reservations.",
)
events = tg.Data("Local events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
competitor_rates = tg.Data(
    "Competitor rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Nightly prices of nearby hostels, collected by the vendor from travel sites.",
)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Occupancy pace, lead times, guest country mix, events, competitor rates.",
)
model_file = tg.Data("Demand model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
demand_forecast = tg.Data(
    "Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_floors = tg.Data(
    "Approved price floors",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
nightly_prices = tg.Data(
    "Nightly bed prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
public_rates = tg.Data("Published bed rates", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
price_report = tg.Data("Pricing report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
retrain_request = tg.Data("Retraining and release request", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Backpackers booking beds directly on our website.
    guest = tm.add(tg.Actor("Guest", role="guest"))
    # Public events API (concerts, festivals, trade fairs) per hostel city.
    events_feed = tm.add(
        tg.DataSource("Events calendar API", origin=tg.Origin.PUBLIC_WEB, provides={events})
    )

with tm.boundary("Rate-shopping vendor", trust=tg.Trust.PARTNER):
    # Paid feed of competitor hostel prices scraped from the travel sites.
    rates_feed = tm.add(
        tg.DataSource("Competitor rate feed", origin=tg.Origin.VENDOR, provides={competitor_rates})
    )

with tm.boundary("Hospitality SaaS", trust=tg.Trust.PARTNER):
    # System of record for every reservation, run by the PMS vendor.
    pms = tm.add(tg.DataStore("Property management system", stores={reservations}))
    # Distributes rates and availability to the OTAs and the website; returns OTA bookings.
    channel_mgr = tm.add(tg.ExternalService("Channel manager"))

with tm.boundary("Pricing cloud project", trust=tg.Trust.INTERNAL):
    # Our booking website: shows today's rates and takes direct bookings.
    website = tm.add(tg.Endpoint("Booking website", purpose=tg.EndpointPurpose.API))
    # Nightly pull of bookings, events and competitor rates into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rows with missing or out-of-range fields are dropped"),
                c.DataMinimization(note="guest names and e-mails dropped from the export"),
            },
        )
    )
    # BigQuery tables the model trains and predicts from.
    feature_store = tm.add(
        tg.FeatureStore(
            "Pricing feature store",
            stores={features, nightly_prices},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Weekly retraining of the demand model, started by the pricing analyst.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Bucket of versioned model files; the pricing job loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Predicts bed demand per hostel, room type and night.
    model = tm.add(
        tg.Model(
            "Demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="LightGBM; its forecast sets the price of every bed in the chain.",
        )
    )
    # Turns forecasts into prices and pushes them out.
    pricing_job = tm.add(
        tg.Service(
            "Nightly pricing job",
            controls={
                c.PolicyEnforcement(
                    rules="pricing job clamps every price to the approved floor and to a "
                    "ceiling of three times the floor"
                )
            },
        )
    )
    # Floors per hostel, room type and season, set in the dashboard.
    floors_store = tm.add(tg.DataStore("Price floor settings", stores={price_floors}))
    # Staff UI for floors and for reviewing last night's prices.
    dashboard = tm.add(
        tg.Endpoint(
            "Revenue dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.RBAC(note="only the revenue manager role can change floors"),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves the price floors and watches the prices the job sets.
    revenue_mgr = tm.add(tg.Actor("Revenue manager", role="revenue manager", privileged=True))
    # Builds features and retrains and releases the demand model.
    analyst = tm.add(tg.Actor("Pricing analyst", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(guest, website, booking_request, protocol="https")
tm.flow(website, guest, public_rates, protocol="https")
tm.flow(website, pms, reservations, protocol="https")
tm.flow(channel_mgr, pms, ota_bookings, protocol="https")
tm.flow(channel_mgr, website, public_rates, protocol="https", label="rate and availability sync")

tm.flow(pms, ingestion, booking_export, protocol="https", label="nightly export")
tm.flow(events_feed, ingestion, events, protocol="https")
tm.flow(rates_feed, ingestion, competitor_rates, protocol="https")
tm.flow(ingestion, feature_store, features)

tm.flow(analyst, training, retrain_request, protocol="https")
tm.flow(feature_store, training, features)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="loads current version")

tm.flow(feature_store, pricing_job, features, label="nightly read")
tm.flow(pricing_job, model, features)
tm.flow(model, pricing_job, demand_forecast)
tm.flow(floors_store, pricing_job, price_floors)
tm.flow(pricing_job, channel_mgr, nightly_prices, protocol="https")
tm.flow(pricing_job, feature_store, nightly_prices, label="price history")

tm.flow(revenue_mgr, dashboard, price_floors, protocol="https", label="approves floors")
tm.flow(dashboard, floors_store, price_floors)
tm.flow(feature_store, dashboard, nightly_prices)
tm.flow(dashboard, revenue_mgr, price_report, nightly_prices, protocol="https")
