"""City cycle hire: dock demand forecasting and van rebalancing, the first design.

The city's bike-share operator records every hire and return from its docking
stations and from the rider app in one operations database in its cloud account.
Each night a training pipeline fits a demand model on trip history, past weather
and the city's events calendar. Every hour a rebalancing planner asks the model
for the next hours' demand per dock, using the weather forecast and upcoming
events, and works out van routes that move bikes from full docks to empty ones.
Van drivers get their stops on a phone app and report each move; depot supervisors
review and adjust plans in an operations console. Docks talk to the platform over
mutual TLS with per-dock certificates; riders sign in to the app; supervisors use
the company's single sign-on. The live availability of every dock is published as
an open feed that the city's open-data portal pulls and republishes.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "City cycle hire rebalancing forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hourly dock demand forecasts and van rebalancing routes for a city bike-share scheme.",
)

# ---------------------------------------------------------------- data assets
hire_request = tg.Data(
    "Hire request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider account, chosen dock and bike, sent from the rider app.",
)
hire_receipt = tg.Data("Hire receipt", kind="records", sensitivity=tg.Sensitivity.PII)
unlock_command = tg.Data("Bike unlock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dock_events = tg.Data(
    "Dock events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Undock and dock events with bike id, dock id, time and the rider's key or account.",
)
trips = tg.Data(
    "Trip records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Who hired which bike from where to where, and when.",
)
dock_status = tg.Data("Dock status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
availability = tg.Data(
    "Dock availability feed",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Bikes and free spaces per dock, in the GBFS format.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data("City events calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
training_set = tg.Data(
    "Hourly demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly hires and returns per dock, joined with weather and events.",
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
demand_features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
demand_forecast = tg.Data(
    "Dock demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
plan = tg.Data(
    "Rebalancing plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Van routes: pick-up and drop-off stops with bike counts, per driver and shift.",
)
plan_changes = tg.Data("Plan adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_updates = tg.Data(
    "Driver job updates",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stops completed, bikes moved and the van's GPS position, per driver.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public hiring bikes through the app.
    rider = tm.add(tg.Actor("Rider", role="rider"))

with tm.boundary("Street and vans", trust=tg.Trust.UNTRUSTED):
    # The docking stations on the street: release bikes and report hires and returns.
    docks = tm.add(
        tg.Device(
            "Docking stations",
            fleet=True,
            description="Around 800 docks on a cellular network, running the dock vendor's firmware.",
        )
    )
    # The operator's van drivers, who move bikes between docks.
    driver = tm.add(tg.Actor("Van driver", role="driver"))
    # Company phones in the vans, running the driver app that shows each route.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            fleet=True,
            description="Android app on company phones kept in the vans.",
        )
    )

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # Commercial weather service: history for training, hourly forecast for planning.
    weather_service = tm.add(
        tg.DataSource("Weather service", origin=tg.Origin.VENDOR, provides={weather})
    )
    # The city's events feed (concerts, matches, road closures).
    events_feed = tm.add(
        tg.DataSource("City events feed", origin=tg.Origin.PARTNER, provides={events})
    )
    # The city's open-data portal republishes our availability feed.
    open_data = tm.add(
        tg.ExternalService("City open-data portal", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Back end of the rider app and of the docks: hires, returns, unlocks.
    hire_api = tm.add(
        tg.Endpoint(
            "Hire platform API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password, or Apple / Google sign-in"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Public endpoint serving the GBFS availability feed.
    feed = tm.add(tg.Endpoint("Availability feed endpoint", purpose=tg.EndpointPurpose.API))
    # Back end of the operations console and of the driver app.
    ops_api = tm.add(
        tg.Endpoint(
            "Operations API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="company SSO for supervisors; per-driver PIN in the driver app"
                ),
                tg.controls.RBAC(),
            },
        )
    )
    # Hourly optimiser: gets demand forecasts from the model and computes van routes.
    planner = tm.add(
        tg.Service(
            "Rebalancing planner",
            description="Runs hourly; a vehicle-routing optimiser over the model's forecasts.",
        )
    )
    # Forecasts hires and returns per dock per hour.
    model = tm.add(
        tg.Model(
            "Dock demand model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees, one forecast per dock and hour for the next 6 hours.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record: trips, dock status and van jobs.
        ops_db = tm.add(
            tg.DataStore(
                "Operations database",
                stores={trips, dock_status, plan, job_updates},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Nightly retraining on the trip history.
        training = tm.add(
            tg.Pipeline(
                "Nightly demand training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Bucket of trained model versions the planner loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model bucket",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Duty supervisors who check and adjust the plan in the operations console.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
# Hires and returns
tm.flow(rider, hire_api, hire_request, protocol="https")
tm.flow(hire_api, rider, hire_receipt, protocol="https")
tm.flow(hire_api, docks, unlock_command, protocol="mtls")
tm.flow(docks, hire_api, dock_events, protocol="mtls")
tm.flow(hire_api, ops_db, trips, dock_status)
tm.flow(ops_db, hire_api, dock_status, label="dock lookup")

# Open data
tm.flow(ops_db, feed, dock_status)
tm.flow(feed, open_data, availability, protocol="https", label="polled every minute")

# Training
tm.flow(ops_db, training, trips, label="trip history")
tm.flow(weather_service, training, weather, protocol="https", label="weather history")
tm.flow(events_feed, training, events, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")

# Hourly planning
tm.flow(weather_service, planner, weather, protocol="https")
tm.flow(events_feed, planner, events, protocol="https")
tm.flow(ops_db, planner, dock_status)
tm.flow(planner, model, demand_features)
tm.flow(model, planner, demand_forecast)
tm.flow(planner, ops_db, plan)
tm.flow(ops_db, ops_api, plan, job_updates)
tm.flow(ops_api, planner, plan_changes, label="supervisor adjustments")

# Supervisors and drivers
tm.flow(ops_api, supervisor, plan, job_updates, protocol="https")
tm.flow(supervisor, ops_api, plan_changes, protocol="https")
tm.flow(ops_api, driver_app, plan, protocol="https", label="route for the shift")
tm.flow(driver_app, ops_api, job_updates, protocol="https")
tm.flow(ops_api, ops_db, job_updates)
tm.flow(driver_app, driver, plan, label="on the touchscreen")
tm.flow(driver, driver_app, job_updates, label="on the touchscreen")
