"""Bike-share rebalancing van routing: the first design, before any security review.

The operator of a European city's bike-share scheme runs a fleet of vans that move
bikes from full docks to empty ones. The "rebalancing agent" is a planning service
in our cloud account, not a language model: every 30 minutes it reads the latest
dock telemetry, asks an in-house demand forecast model how many bikes each dock
will need over the next hours (using a weather forecast from a commercial weather
API), solves a van routing problem with travel times from a maps API, and publishes
pick-up and drop-off jobs. Drivers receive the jobs in the driver app on their own
phones (a push notification, then the app fetches the job from the dispatch API)
and report progress and their van's position back. An operations supervisor
watches the plan in an internal dashboard (company SSO with MFA) and can override
jobs. The docks talk MQTT over TLS with per-dock certificates; the forecast model is
retrained weekly from trip history exported by the existing rental platform.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike-share rebalancing van routing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Plans rebalancing van routes from demand forecasts and dock telemetry and "
        "dispatches jobs to drivers' phones."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Dock telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bikes docked, free slots and fault codes per dock, every minute.",
)
trips = tg.Data(
    "Trip history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past rentals: member id, start and end dock, times.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_features = tg.Data(
    "Forecast features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dock occupancy, time of day, weather and events per dock.",
)
demand = tg.Data("Dock demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
stops = tg.Data(
    "Route stop list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Dock coordinates and current van positions sent for a travel-time matrix.",
)
travel_times = tg.Data("Travel-time matrix", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
jobs = tg.Data(
    "Van jobs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Ordered stops for one van: dock, bikes to pick up or drop, route.",
)
job_notice = tg.Data("Job notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_status = tg.Data(
    "Job status updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Job accepted, bikes moved, job done or problem reported.",
)
driver_location = tg.Data(
    "Driver van location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position of the driver's van while on shift.",
)
driver_login = tg.Data(
    "Driver sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
overrides = tg.Data("Plan overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan_view = tg.Data("Rebalancing plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("City streets", trust=tg.Trust.UNTRUSTED):
    # The docking stations: street furniture anyone can walk up to.
    docks = tm.add(
        tg.Device(
            "Docking stations",
            fleet=True,
            description="About 600 docks with a controller on a cellular modem.",
        )
    )
    # Drivers use the driver app on their own phones.
    driver_phone = tm.add(tg.Device("Driver app on phone", fleet=True))
    # The people who drive the vans and move the bikes.
    driver = tm.add(tg.Actor("Van driver", role="driver"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Hourly forecasts; rain and temperature drive demand.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Road travel times between docks for the routing solver.
    maps_api = tm.add(tg.ExternalService("Maps routing API", provides="data-provider"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # The phone platforms' push service wakes the app when a job is ready.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Existing rental platform; we only read its trip export.
    rental = tm.add(
        tg.DataSource("Rental platform trip export", origin=tg.Origin.INTERNAL, provides={trips})
    )
    # Receives dock telemetry over MQTT.
    gateway = tm.add(
        tg.Endpoint(
            "Dock telemetry gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-dock X.509 device certificates")},
        )
    )
    # Latest and historical dock state.
    dock_db = tm.add(
        tg.DataStore(
            "Dock status database",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly retraining of the demand forecast model.
    training = tm.add(tg.Pipeline("Forecast training job", stage=tg.Stage.TRAINING))
    # Holds the trained forecast model versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Forecast model registry", stores={artifact}, controls={c.ModelVersioning()}
        )
    )
    # Predicts bike pick-ups and returns per dock for the next hours.
    forecaster = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees per dock cluster.",
        )
    )
    # The "agent": a route optimiser that turns forecasts into van jobs, no LLM.
    planner = tm.add(
        tg.Service(
            "Rebalancing planner",
            description="Vehicle-routing solver run every 30 minutes; publishes jobs automatically.",
        )
    )
    # The API the driver app talks to.
    dispatch = tm.add(
        tg.Endpoint(
            "Driver dispatch API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="driver e-mail and password"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Internal web app where supervisors see and change the plan.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Watches the plan and overrides jobs when something goes wrong.
    supervisor = tm.add(tg.Actor("Operations supervisor", role="ops supervisor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Dock telemetry in
tm.flow(docks, gateway, telemetry, protocol="mqtt", controls={tls})
tm.flow(gateway, dock_db, telemetry)

# Forecast model training and release
tm.flow(rental, training, trips, label="weekly export")
tm.flow(dock_db, training, telemetry, label="history")
tm.flow(training, registry, artifact)
tm.flow(registry, forecaster, artifact, label="load latest version")

# Planning run
tm.flow(dock_db, planner, telemetry, label="current dock state")
tm.flow(weather_api, planner, weather, protocol="https", controls={tls})
tm.flow(planner, forecaster, forecast_features)
tm.flow(forecaster, planner, demand)
tm.flow(planner, maps_api, stops, protocol="https", controls={tls})
tm.flow(maps_api, planner, travel_times, protocol="https", controls={tls})
tm.flow(planner, dispatch, jobs, label="publish jobs")
tm.flow(dispatch, planner, job_status, driver_location, label="van progress")

# Drivers
tm.flow(dispatch, push, job_notice, protocol="https", controls={tls})
tm.flow(push, driver_phone, job_notice, protocol="https")
tm.flow(
    driver_phone,
    dispatch,
    driver_login,
    job_status,
    driver_location,
    protocol="https",
    controls={tls},
)
tm.flow(dispatch, driver_phone, jobs, protocol="https", controls={tls})
tm.flow(driver_phone, driver, jobs, label="job on screen")
tm.flow(driver, driver_phone, job_status, label="taps job done")

# Supervisor
tm.flow(planner, dashboard, plan_view, telemetry)
tm.flow(dashboard, planner, overrides)
tm.flow(dashboard, supervisor, plan_view, protocol="https", controls={tls})
tm.flow(supervisor, dashboard, overrides, protocol="https", controls={tls})
