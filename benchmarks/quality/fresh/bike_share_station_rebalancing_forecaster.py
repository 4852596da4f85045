"""Bike-share station rebalancing forecaster: the first design, before any security review.

A city bike-share operator forecasts, every 15 minutes, which docking stations are
about to run empty or full, and plans van routes to move bikes between them. Dock
sensors on the street report bike counts over cellular MQTT to the operator's IoT
platform; trip records come from the rider app backend; the city's events calendar
and a commercial weather API add context. An ingestion pipeline turns all of this into
station-level demand features. A demand model, retrained nightly and stored in a model
registry, feeds a routing optimiser that sends job lists to the rebalancing crews'
handheld app. Operations managers watch a map dashboard (company SSO with MFA), and a
monthly job e-mails anonymised station statistics to the city transport department.
Everything except the sensors, handhelds and outside parties runs in the operator's
cloud account; trip records are reduced to station counts at ingestion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike-share station rebalancing forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="15-minute station empty/full forecasts and van rebalancing routes for a city bike-share.",
)

# ---------------------------------------------------------------- data assets
dock_status = tg.Data(
    "Dock status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-dock occupancy, bike ids and faults, every minute.",
)
trips = tg.Data(
    "Trip records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider account id, start and end station, times.",
)
events = tg.Data("City events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Station demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Station-level departures and arrivals per 15 minutes, weather and events.",
)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
forecasts = tg.Data(
    "Station fill forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
job_list = tg.Data(
    "Rebalancing job list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ordered pick-ups and drop-offs per van.",
)
job_updates = tg.Data(
    "Job updates and van location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Jobs done, bikes moved and the van's GPS position, tied to the crew member.",
)
plan_view = tg.Data(
    "Forecast map and route plans", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
plan_changes = tg.Data("Plan adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
station_stats = tg.Data(
    "Anonymised station statistics", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Street", trust=tg.Trust.UNTRUSTED):
    # Sensors in every dock; they are the ground truth for how full a station is.
    docks = tm.add(tg.Device("Dock sensors", fleet=True))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Crews receive their job lists and report moves on company handhelds.
    handheld = tm.add(
        tg.Device(
            "Crew handheld app",
            fleet=True,
            description="Android handhelds shared between shifts in the vans.",
        )
    )

with tm.boundary("City council", trust=tg.Trust.PARTNER):
    # Concerts, matches and road closures shift demand around stations.
    calendar = tm.add(
        tg.DataSource("City events calendar feed", origin=tg.Origin.PARTNER, provides={events})
    )
    # Receives the monthly statistics the operating contract requires.
    city = tm.add(tg.Actor("City transport department", role="contract authority"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Rain and temperature are the strongest demand signals after time of day.
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Terminates the dock connections and keeps the live state of every station.
    iot = tm.add(
        tg.Service(
            "IoT platform",
            description="MQTT broker with per-dock X.509 certificates and a device registry.",
        )
    )
    # Existing system of record for rides; this design only reads from it.
    rider_backend = tm.add(
        tg.DataSource("Rider app backend", origin=tg.Origin.INTERNAL, provides={trips})
    )
    # Joins the four inputs into 15-minute station features, dropping rider ids.
    ingestion = tm.add(
        tg.Pipeline(
            "Demand ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="trips aggregated to station counts; rider ids dropped")
            },
        )
    )
    # History for training and the latest window for each forecast run.
    feature_store = tm.add(
        tg.FeatureStore(
            "Station feature store",
            stores={features},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every 15 minutes: forecasts fill levels two hours ahead for each station.
    model = tm.add(
        tg.Model(
            "Station demand model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting departures and arrivals per station.",
        )
    )
    # Turns forecasts and live dock state into van routes and job lists.
    optimiser = tm.add(
        tg.Service(
            "Rebalancing route optimiser",
            description="Vehicle-routing solver; no language model involved.",
        )
    )
    # Map of stations, forecasts and planned routes for the operations team.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations map dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Builds the contractual monthly report from station history.
    stats_job = tm.add(
        tg.Pipeline(
            "Monthly statistics job",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="station-level totals only")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Retrains the demand model each night on the last two years of features.
        training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
        # Holds the trained models; serving loads the latest one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Decides which plans go out and adjusts them around incidents.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager"))

# ---------------------------------------------------------------- flows
tm.flow(docks, iot, dock_status, protocol="mqtts", label="per-dock certificates")
tm.flow(iot, ingestion, dock_status)
tm.flow(rider_backend, ingestion, trips, protocol="https")
tm.flow(calendar, ingestion, events, protocol="https")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, training, features, label="nightly snapshot")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest")
tm.flow(feature_store, model, features, label="latest window")
tm.flow(model, optimiser, forecasts)
tm.flow(iot, optimiser, dock_status, label="live station state")

tm.flow(
    optimiser,
    handheld,
    job_list,
    protocol="https",
)
tm.flow(
    handheld,
    optimiser,
    job_updates,
    protocol="https",
    controls={c.Authentication(method="crew staff id and password")},
)

tm.flow(optimiser, dashboard, plan_view)
tm.flow(dashboard, optimiser, plan_changes)
tm.flow(dashboard, ops_manager, plan_view, protocol="https")
tm.flow(ops_manager, dashboard, plan_changes, protocol="https")

tm.flow(feature_store, stats_job, features)
tm.flow(stats_job, city, station_stats, protocol="smtp", label="monthly CSV by e-mail")
