"""Room rate pricing: the first design, before any security review.

A hotel group sets the daily public rate of each room type at each of its hotels
with a demand model. Every night an ingestion pipeline in the group's revenue
platform (a cloud VPC) pulls a reservation extract from the central reservation
system, competitor rates from a rate-shopping vendor and local events from an
events data provider, and writes demand features to a feature store. A weekly
training job retrains the demand forecast model and files it in a model registry;
a data scientist approves each release. A daily rate optimisation job forecasts
demand, applies each hotel's floors and ceilings and sends the new rates to a
rate publisher, which pushes them to the channel manager that updates the OTAs,
GDS and the brand website. Revenue managers use a console to set the floors and
ceilings, see the recommendations and override them; large changes wait for them.
Controls: staff SSO with MFA and roles on the console, schema checks on ingestion,
versioned models and the floor-and-ceiling clamp in the optimiser.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Room rate pricing",
    profile=tg.RiskProfile.HIGH,
    description="Daily room rates per hotel from bookings, competitor rates and events, "
    "pushed to booking channels.",
)

# ---------------------------------------------------------------- data assets
reservations = tg.Data(
    "Guest reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bookings with guest names, contact details and stay dates.",
)
extract = tg.Data(
    "Reservation extract",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stay dates, room type, rate code, channel and booking date; no guest details.",
)
competitor_rates = tg.Data(
    "Competitor rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rates of a competitive set of hotels, shopped from OTA sites by the vendor.",
)
events = tg.Data("Local events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
rules = tg.Data(
    "Rate floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
recommended = tg.Data(
    "Recommended rates", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
overrides = tg.Data(
    "Rate overrides and approvals", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rate_update = tg.Data(
    "Daily rate update",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Rate push acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Reservation system vendor", trust=tg.Trust.PARTNER):
    # The group's central reservation system, run as SaaS: source of booking pace.
    crs = tm.add(tg.DataStore("Central reservation system", stores={reservations}))

with tm.boundary("Market data vendors", trust=tg.Trust.PARTNER):
    # Competitor rates, shopped daily from public OTA listings.
    rate_shop = tm.add(
        tg.DataSource(
            "Rate-shopping feed",
            origin=tg.Origin.VENDOR,
            provides={competitor_rates},
        )
    )
    # Concerts, conferences and sports fixtures near each hotel.
    events_feed = tm.add(
        tg.DataSource("Events data feed", origin=tg.Origin.VENDOR, provides={events})
    )

with tm.boundary("Distribution partner", trust=tg.Trust.PARTNER):
    # Pushes our rates to the OTAs, GDS and the brand website booking engine.
    channel_manager = tm.add(
        tg.ExternalService(
            "Channel manager",
            description="Distributes rates and availability to every booking channel.",
        )
    )

with tm.boundary("Revenue platform VPC", trust=tg.Trust.INTERNAL):
    # Pulls the three feeds each night and turns them into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # History of demand features, read by training and by the daily optimisation.
    feature_store = tm.add(tg.FeatureStore("Demand feature store", stores={features}, online=False))
    # Forecasts room nights per hotel, room type and stay date.
    demand_model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over booking pace, competitor rates and events.",
        )
    )
    # Turns the forecast into a rate per hotel, room type and date.
    optimiser = tm.add(
        tg.Service(
            "Daily rate optimisation job",
            description="Forecasts demand for the next 365 nights and picks the rate that "
            "maximises expected revenue.",
            controls={
                c.PolicyEnforcement(
                    rules="rates clamped to each hotel's floor and ceiling for the room type"
                )
            },
        )
    )
    # Per-hotel price limits the revenue managers maintain.
    rules_store = tm.add(tg.DataStore("Pricing rules store", stores={rules}))
    # Sends the day's rates to the channel manager's API.
    publisher = tm.add(
        tg.Service(
            "Rate publisher",
            controls={
                c.HumanInTheLoop(
                    approver="the hotel's revenue manager",
                    above="a change of more than 25% from the current rate",
                ),
                c.SecretsManagement(note="channel manager API key in the cloud secret store"),
            },
        )
    )
    # Where revenue managers set limits, review recommendations and override them.
    console = tm.add(
        tg.Endpoint(
            "Revenue management console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="revenue managers edit the hotels in their cluster"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Retrains the demand model weekly on the feature history.
        training = tm.add(tg.Pipeline("Weekly training pipeline", stage=tg.Stage.TRAINING))
        # Versions of the demand model; the approved one is deployed.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Hotel and cluster revenue managers, accountable for each hotel's rates.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager"))
    # Owns the demand model and approves its releases.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Nightly data collection
tm.flow(crs, ingestion, extract, protocol="https", label="nightly export")
tm.flow(rate_shop, ingestion, competitor_rates, protocol="https")
tm.flow(events_feed, ingestion, events, protocol="https")
tm.flow(ingestion, feature_store, features)

# Training and release
tm.flow(feature_store, training, features, label="weekly training snapshot")
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, demand_model, artifact, label="deploy")

# Daily pricing
tm.flow(feature_store, optimiser, features, label="daily batch read")
tm.flow(optimiser, demand_model, features)
tm.flow(demand_model, optimiser, forecast)
tm.flow(rules_store, optimiser, rules)
tm.flow(optimiser, publisher, recommended)
tm.flow(optimiser, console, recommended)

# Revenue managers
tm.flow(revenue_manager, console, rules, overrides, protocol="https")
tm.flow(console, revenue_manager, recommended, protocol="https")
tm.flow(console, rules_store, rules)
tm.flow(console, publisher, overrides)

# Distribution
tm.flow(publisher, channel_manager, rate_update, protocol="https")
tm.flow(channel_manager, publisher, ack, protocol="https")
