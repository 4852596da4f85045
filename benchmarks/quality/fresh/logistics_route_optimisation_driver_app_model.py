"""Delivery route planning: the first design, before any security review.

Each morning at 05:00 a route optimiser in the carrier's cloud takes the day's
consignments from the order management system, the road network and live traffic
from a commercial traffic-data provider, and builds one route per van, using an
in-house travel-time model to estimate drive and stop times. Depot dispatchers
check and release the morning plan in a web console; released routes are pushed
to the drivers' company handhelds over the mobile network. During the day the
handhelds send scans, GPS positions and failed-delivery reasons back; the
optimiser re-plans on traffic incidents and failed drops and pushes the new
stop order straight to the driver. Delivery history retrains the model weekly.
Controls: driver sign-in on the handheld, SSO with MFA for the console, request
validation on the driver API, RBAC on the order system, cloud-managed encryption
of stores, and TLS to devices and providers."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parcel route optimisation and driver app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Morning route planning for delivery vans, pushed to drivers' handhelds and "
        "re-planned during the day from traffic and failed deliveries."
    ),
)

# ---------------------------------------------------------------- data assets
consignments = tg.Data(
    "Consignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, address, phone, delivery time window, parcel size and weight.",
)
road_network = tg.Data("Road network map", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
traffic = tg.Data(
    "Live traffic speeds and incidents", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
segment_features = tg.Data(
    "Route segment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
travel_times = tg.Data(
    "Travel and stop time estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
route_plans = tg.Data(
    "Route plans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per van: ordered stops with recipient, address, time window and instructions.",
)
plan_release = tg.Data("Plan release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
delivery_events = tg.Data(
    "Delivery events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parcel scans, driver GPS positions, delivered or failed with reason, proof-of-delivery photo.",
)
status_updates = tg.Data("Delivery status updates", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Delivery history training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Planned vs actual segment and stop times with driver and van ids, last 12 months.",
)
model_artifact = tg.Data(
    "Travel-time model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Employed and subcontracted drivers who follow the route and record each drop.
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))
    # Company-issued handheld running the driver app: shows the route, scans parcels.
    handheld = tm.add(
        tg.Device(
            "Driver handheld app",
            fleet=True,
            description="Android handhelds enrolled in the carrier's device management.",
        )
    )

with tm.boundary("Traffic data provider", trust=tg.Trust.PARTNER):
    # Commercial live traffic feed used for the morning plan and intra-day re-plans.
    traffic_api = tm.add(tg.ExternalService("Traffic data API", provides="data-provider"))

with tm.boundary("Core logistics systems", trust=tg.Trust.INTERNAL):
    # System of record for parcels and their delivery status.
    oms = tm.add(
        tg.DataStore(
            "Order management system",
            stores={consignments, status_updates},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Checks the morning plan (van loads, overtime) and releases it to drivers.
    dispatcher = tm.add(tg.Actor("Depot dispatcher", role="dispatcher"))

with tm.boundary("Route planning cloud", trust=tg.Trust.INTERNAL):
    # Solver that builds the morning plan and re-plans during the day.
    optimiser = tm.add(
        tg.Service(
            "Route optimiser",
            description="Vehicle-routing solver; morning batch at 05:00 and event-driven re-plans.",
            controls={
                c.HumanInTheLoop(
                    approver="the depot dispatcher",
                    note="morning plan only; intra-day re-plans are pushed to drivers automatically",
                )
            },
        )
    )
    # Predicts drive time per segment and dwell time per stop for the solver.
    travel_model = tm.add(
        tg.Model(
            "Travel-time model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Road graph with turn restrictions and van access, refreshed monthly from the map vendor.
    map_store = tm.add(tg.DataStore("Road network store", stores={road_network}))
    # Current and past route plans; read by the console and the driver API.
    plan_store = tm.add(
        tg.DataStore(
            "Route plan store",
            stores={route_plans},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web console where dispatchers review, adjust and release the plan.
    console = tm.add(
        tg.Endpoint(
            "Dispatcher console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # API the handhelds call to fetch routes and post delivery events.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="driver number and PIN on the handheld"),
                c.InputValidation(note="JSON schema checked on every event"),
            },
        )
    )
    # Event log of scans, positions and outcomes; triggers re-plans and feeds training.
    event_store = tm.add(
        tg.DataStore(
            "Delivery event store",
            stores={delivery_events},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Planned-vs-actual times derived from the event store.
        history_set = tm.add(tg.Dataset("Delivery history dataset", stores={history}))
        # Weekly retraining of the travel-time model.
        training = tm.add(tg.Pipeline("Weekly travel-time retraining", stage=tg.Stage.TRAINING))
        # Versions of the travel-time model; the optimiser loads the latest on start.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

# ---------------------------------------------------------------- flows
tm.flow(oms, optimiser, consignments, protocol="https", label="05:00 batch export")
tm.flow(map_store, optimiser, road_network)
tm.flow(traffic_api, optimiser, traffic, protocol="https")
tm.flow(optimiser, travel_model, segment_features)
tm.flow(travel_model, optimiser, travel_times)
tm.flow(optimiser, plan_store, route_plans, label="draft and re-planned routes")
tm.flow(plan_store, optimiser, route_plans, label="current plans for re-planning")

tm.flow(plan_store, console, route_plans)
tm.flow(console, dispatcher, route_plans, protocol="https")
tm.flow(
    dispatcher, console, plan_release, route_plans, protocol="https", label="adjusts and releases"
)
tm.flow(console, plan_store, plan_release, route_plans)

tm.flow(plan_store, driver_api, route_plans)
tm.flow(driver_api, handheld, route_plans, protocol="https", label="route push")
tm.flow(handheld, driver, route_plans, label="on the touchscreen")
tm.flow(driver, handheld, delivery_events, label="scans and outcomes on the touchscreen")
tm.flow(handheld, driver_api, delivery_events, protocol="https")
tm.flow(driver_api, event_store, delivery_events)
tm.flow(event_store, optimiser, delivery_events, label="failed drops and positions trigger re-plan")
tm.flow(event_store, oms, status_updates, protocol="https")

tm.flow(event_store, history_set, history, label="nightly export")
tm.flow(history_set, training, history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, travel_model, model_artifact, label="loaded on optimiser start")
