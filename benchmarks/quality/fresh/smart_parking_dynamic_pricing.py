"""Smart parking with dynamic pricing: the first design, before any security review.

An EU city's parking operator senses occupancy with in-ground sensors in on-street bays
(over LoRaWAN) and with garage cameras that count vehicles on the device and send
counts only. A demand-forecasting model, retrained weekly on occupancy and payment
history, predicts demand per zone; a pricing engine sets hourly prices within the
council-approved bands and publishes them to roadside signs and the parking app.
Drivers sign in to the app, start sessions by plate and bay, and pay by card through
a processor whose SDK tokenises the card. An enforcement service matches occupied bays
with paid sessions and sends unpaid-bay lists to enforcement officers' handhelds.
Controls: app sign-in and rate limits, signed payment webhooks, an encrypted session
database, officer sign-in with beat-scoped access, price-band checks, model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart parking dynamic pricing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Occupancy sensing, demand forecasting and hourly pricing for a city's "
        "on-street bays and garages, with in-app payment and enforcement lists."
    ),
)

# ---------------------------------------------------------------- data assets
bay_events = tg.Data(
    "Bay occupancy events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bay id, occupied/free, timestamp, sensor battery level.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
garage_counts = tg.Data(
    "Garage entry and exit counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle counts per garage entrance per minute, counted on the camera.",
)
occupancy_history = tg.Data(
    "Occupancy history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
demand_features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Occupancy and payment training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Occupancy history joined with aggregated paid sessions per zone and hour.",
)
forecast_artifact = tg.Data(
    "Demand forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data("Zone demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
price_bands = tg.Data(
    "Council price bands and pricing rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
hourly_prices = tg.Data(
    "Hourly prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
driver_credentials = tg.Data(
    "Driver sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
session_request = tg.Data(
    "Parking session request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licence plate, bay or zone, duration, payment token.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
parking_sessions = tg.Data(
    "Parking sessions and receipts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver account, licence plates, bays, times, amounts paid.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data("Session receipt", kind="records", sensitivity=tg.Sensitivity.PII)
unpaid_bays = tg.Data(
    "Unpaid bay list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Occupied bays with no paid session, with plates of expired sessions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
officer_credentials = tg.Data(
    "Officer sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
enforcement_outcomes = tg.Data(
    "Enforcement outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bay checked, plate observed, penalty notice issued or not.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Streets and garages", trust=tg.Trust.UNTRUSTED):
    # Battery magnetometers glued into each on-street bay; anyone can reach them.
    sensors = tm.add(
        tg.Device(
            "In-ground occupancy sensors",
            description="Report bay state changes over the LoRaWAN operator's network.",
        )
    )
    # Garage entrance cameras count vehicles on the device and send counts only.
    cameras = tm.add(
        tg.Device(
            "Garage counting cameras",
            description="Vendor firmware; video never leaves the camera.",
        )
    )
    # Roadside LED signs that show the current hourly price for the zone.
    signs = tm.add(
        tg.Device(
            "Roadside price signs",
            description="Cellular modems; they subscribe to the zone's price topic.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers use the parking app on their phones to see prices and pay.
    driver = tm.add(tg.Actor("Driver", role="driver"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Card payments are taken and tokenised by the processor, not by us.
    processor = tm.add(
        tg.ExternalService(
            "Card payment processor",
            description="Hosted card fields in the app SDK; sends payment webhooks.",
        )
    )

with tm.boundary("Field enforcement", trust=tg.Trust.PARTNER):
    # Civil enforcement officers (contractor staff) patrol with handheld terminals.
    officer = tm.add(tg.Actor("Enforcement officer", role="civil enforcement officer"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives sensor uplinks (from the LoRaWAN network server) and camera counts.
    ingest = tm.add(
        tg.Endpoint(
            "IoT ingestion gateway",
            purpose=tg.EndpointPurpose.API,
            description="Decodes payloads and writes them to the occupancy database.",
        )
    )
    # Time series of bay and garage occupancy: the input to forecasting and enforcement.
    occupancy_db = tm.add(
        tg.DataStore("Occupancy database", stores={bay_events, garage_counts, occupancy_history})
    )
    # Predicts demand per zone for the next hours from recent occupancy.
    forecaster = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees per zone; scored every 15 minutes.",
        )
    )
    # Turns forecasts into hourly prices within the council's bands and publishes them.
    pricing = tm.add(
        tg.Service(
            "Pricing engine",
            controls={
                c.ConfigValidation(note="every price is clamped to the council-approved band"),
            },
        )
    )
    # The parking app's backend: accounts, prices, sessions and payments.
    app_api = tm.add(
        tg.Endpoint(
            "Parking app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password, OAuth tokens"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Driver accounts, parking sessions and receipts.
    sessions_db = tm.add(
        tg.DataStore(
            "Parking sessions database",
            stores={parking_sessions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Matches occupied bays against paid sessions and builds the officers' lists.
    enforcement = tm.add(
        tg.Service(
            "Enforcement service",
            controls={
                c.Authentication(method="officer accounts with PIN on managed handhelds"),
                c.RBAC(note="officers see only the lists of their assigned beat"),
            },
        )
    )

    with tm.boundary("Analytics account", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the forecast model on occupancy and payment history.
        training = tm.add(tg.Pipeline("Weekly forecast retraining", stage=tg.Stage.TRAINING))
        # Holds trained forecast models; serving loads the version marked current.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={forecast_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    # Sets the pricing rules and loads the council's approved price bands.
    analyst = tm.add(tg.Actor("Pricing analyst", role="pricing analyst", privileged=True))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(sensors, ingest, bay_events, protocol="lorawan", label="uplinks via network server")
tm.flow(cameras, ingest, garage_counts, protocol="https")
tm.flow(ingest, occupancy_db, bay_events, garage_counts)

# forecasting and pricing
tm.flow(occupancy_db, forecaster, demand_features, label="recent occupancy")
tm.flow(forecaster, pricing, forecast)
tm.flow(analyst, pricing, price_bands, protocol="https")
tm.flow(pricing, signs, hourly_prices, protocol="mqtt", label="carrier private APN")
tm.flow(pricing, app_api, hourly_prices)

# training
tm.flow(occupancy_db, training, occupancy_history)
tm.flow(sessions_db, training, training_set, label="aggregated paid sessions")
tm.flow(training, registry, forecast_artifact)
tm.flow(registry, forecaster, forecast_artifact, label="load current version")

# drivers and payment
tm.flow(driver, app_api, driver_credentials, session_request, protocol="https")
tm.flow(app_api, driver, hourly_prices, receipt, protocol="https")
tm.flow(driver, processor, card_details, protocol="https", label="processor SDK")
tm.flow(
    processor,
    app_api,
    payment_result,
    protocol="https",
    controls={c.MessageIntegrity(note="webhooks signed with a shared secret")},
    label="payment webhook",
)
tm.flow(app_api, sessions_db, parking_sessions)
tm.flow(sessions_db, app_api, parking_sessions)

# enforcement
tm.flow(occupancy_db, enforcement, bay_events)
tm.flow(sessions_db, enforcement, parking_sessions, label="active paid sessions")
tm.flow(officer, enforcement, officer_credentials, enforcement_outcomes, protocol="https")
tm.flow(enforcement, officer, unpaid_bays, protocol="https")
