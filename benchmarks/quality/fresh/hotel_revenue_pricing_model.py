"""Hotel revenue pricing: the first design, before any security review.

The chain's revenue team prices every room type, property and stay night with a
demand-forecasting model. A scraper collects competitor rates from online travel
agency (OTA) sites; the central reservation system (a SaaS vendor) exports the
day's bookings and cancellations over SFTP. A feature job aggregates both into a
demand feature store, and a nightly job retrains the gradient-boosted model and
promotes it to the registry if its backtest error is no worse than the current one.
Each morning the rate recommendation service scores the next 365 nights and writes
proposed rates, clamped to the floors and ceilings revenue managers set. Revenue
managers review the proposals in a web console (corporate SSO), override where
they disagree and approve them; the rate publisher pushes only approved rates to
the booking engine and to the channel manager that feeds the OTAs. Everything
runs in one cloud account; the bookings carry guest names and contact details of
European guests.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel revenue pricing model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Nightly-trained demand forecasts turned into room rates, approved by "
    "revenue managers and published to the booking engine and channel manager.",
)

# ---------------------------------------------------------------- data assets
ota_pages = tg.Data(
    "OTA rate pages",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Search-result pages of the OTAs for our markets and competitor set.",
)
competitor_rates = tg.Data(
    "Competitor rates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Parsed rate per competitor hotel, room type, stay date and shop date.",
)
bookings = tg.Data(
    "Booking and cancellation records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Reservations with guest name, e-mail, stay dates, rate paid and channel.",
)
demand_features = tg.Data(
    "Demand features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Pick-up, pace, cancellations and competitor rates per property and night.",
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data("Demand forecast", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
proposed_rates = tg.Data(
    "Proposed rates",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Recommended rate per property, room type and night.",
)
overrides = tg.Data(
    "Rate overrides and approvals",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
approved_rates = tg.Data(
    "Approved rates",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sync_status = tg.Data("Rate sync status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The OTA sites we shop for competitor rates; anyone can list a property there.
    ota_sites = tm.add(
        tg.DataSource(
            "OTA websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={ota_pages},
            description="Public search pages of the major online travel agencies.",
        )
    )

with tm.boundary("Reservation vendor", trust=tg.Trust.PARTNER):
    # SaaS central reservation system and brand booking engine: sells the rooms at
    # the rates we publish, and holds every reservation.
    booking_engine = tm.add(
        tg.ExternalService(
            "Booking engine and CRS",
            description="Vendor-hosted central reservation system with the brand booking engine.",
        )
    )

with tm.boundary("Channel manager vendor", trust=tg.Trust.PARTNER):
    # Distributes our rates and availability to the OTAs.
    channel_manager = tm.add(
        tg.ExternalService(
            "Channel manager",
            description="SaaS that fans approved rates out to OTA extranets.",
        )
    )

with tm.boundary("Revenue cloud account", trust=tg.Trust.INTERNAL):
    with tm.boundary("Data and ML platform", trust=tg.Trust.INTERNAL):
        # Shops OTA pages several times a day and parses them into rate records.
        scraper = tm.add(
            tg.Pipeline(
                "Competitor rate scraper",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                controls={
                    c.SchemaEnforcement(
                        note="parsed rows need hotel, room type, date, price and currency"
                    )
                },
            )
        )
        # Landing zone for bookings, cancellations and shopped competitor rates.
        warehouse = tm.add(
            tg.DataStore(
                "Revenue data warehouse",
                stores={bookings, competitor_rates},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Aggregates bookings to counts per property and night, dropping guest details.
        feature_job = tm.add(
            tg.Pipeline(
                "Demand feature build",
                stage=tg.Stage.PREPROCESSING,
                controls={c.DataMinimization(note="only aggregates per property and night")},
            )
        )
        # Offline feature tables used both for training and for the morning scoring run.
        feature_store = tm.add(
            tg.FeatureStore("Demand feature store", stores={demand_features}, online=False)
        )
        # Nightly retraining; promotes automatically when the backtest passes.
        training = tm.add(
            tg.Pipeline(
                "Nightly demand model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest MAPE gate against the current model")},
            )
        )
        # Versioned model artifacts; the scoring run loads the latest promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

    with tm.boundary("Revenue applications", trust=tg.Trust.INTERNAL):
        # The forecaster itself: demand per property, room type and night.
        model = tm.add(
            tg.Model(
                "Demand forecasting model",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted trees trained nightly on our own bookings.",
            )
        )
        # Turns the forecast into a rate using price elasticity and business rules.
        recommender = tm.add(
            tg.Service(
                "Rate recommendation service",
                controls={
                    c.OutputFiltering(note="rates clamped to the per-room-type floor and ceiling")
                },
            )
        )
        # Proposals, overrides and the approved rate of record.
        rate_store = tm.add(
            tg.DataStore(
                "Rate store",
                stores={proposed_rates, overrides, approved_rates},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Where revenue managers review, override and approve rates.
        console = tm.add(
            tg.Endpoint(
                "Revenue management console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="corporate SSO (OIDC)"),
                    c.AuditLogging(note="who overrode or approved which rate"),
                },
            )
        )
        # Pushes approved rates to the distribution partners.
        publisher = tm.add(
            tg.Service(
                "Rate publisher",
                controls={
                    c.HumanInTheLoop(approver="property revenue manager"),
                    c.SecretsManagement(note="vendor API keys in the cloud secret manager"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Regional and property revenue managers.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager"))

# ---------------------------------------------------------------- flows
# data collection
tm.flow(ota_sites, scraper, ota_pages, protocol="https", label="rate shopping")
tm.flow(scraper, warehouse, competitor_rates)
tm.flow(booking_engine, warehouse, bookings, protocol="sftp", label="nightly export")

# features and training
tm.flow(warehouse, feature_job, bookings, competitor_rates)
tm.flow(feature_job, feature_store, demand_features)
tm.flow(feature_store, training, demand_features)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load promoted version")

# morning scoring run
tm.flow(feature_store, recommender, demand_features)
tm.flow(recommender, model, demand_features)
tm.flow(model, recommender, forecast)
tm.flow(recommender, rate_store, proposed_rates)

# review and approval
tm.flow(revenue_manager, console, overrides, protocol="https")
tm.flow(console, revenue_manager, proposed_rates, protocol="https")
tm.flow(rate_store, console, proposed_rates, approved_rates)
tm.flow(console, rate_store, overrides, approved_rates)

# distribution
tm.flow(rate_store, publisher, approved_rates)
tm.flow(publisher, booking_engine, approved_rates, protocol="https")
tm.flow(booking_engine, publisher, sync_status, protocol="https")
tm.flow(publisher, channel_manager, approved_rates, protocol="https")
tm.flow(channel_manager, publisher, sync_status, protocol="https")
