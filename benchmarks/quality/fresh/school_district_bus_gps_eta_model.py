"""School bus ETA prediction: the first design, before any security review.

A school district wants parents to see when their child's bus will reach its stop,
and dispatchers to hear early when a bus is running late. GPS trackers on every
bus report to the telematics vendor's cloud, which forwards positions to the
district's cloud account by webhook, alongside a commercial traffic feed. A
gradient-boosted ETA model, retrained weekly from past trips, predicts arrival
times per stop. Parents sign in to a mobile app to see the ETA for their child's
stop and get push notifications; dispatchers watch a dashboard that raises
late-bus alerts. Stop assignments come from the district's routing and roster
system. Controls in this design: parent and staff sign-in, role-based access and
encryption at rest on the roster database, model versioning with a backtest gate
before a new model is used, and HTTPS on the internet-facing links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School bus GPS ETA model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts school bus arrival times from GPS and traffic, pushes ETAs to parents "
        "and alerts dispatchers to late buses."
    ),
)

# ---------------------------------------------------------------- data assets
gps = tg.Data(
    "Bus GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bus id, position, speed and time, every 15 seconds while on route.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
traffic = tg.Data(
    "Traffic speeds and incidents", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trip_history = tg.Data(
    "Historical trips", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
routes = tg.Data(
    "Routes, stops and schedules", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
roster = tg.Data(
    "Student stop assignments and parent contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which child rides which bus from which stop, and the parents' push tokens.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("ETA features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
artifact = tg.Data("ETA model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
eta = tg.Data("Stop ETA predictions", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
parent_login = tg.Data("Parent app login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
stop_query = tg.Data("Child stop ETA request", kind="records", sensitivity=tg.Sensitivity.PII)
parent_eta = tg.Data(
    "ETA for the child's stop", kind="model-output", sensitivity=tg.Sensitivity.PII
)
push = tg.Data("ETA push notification", kind="records", sensitivity=tg.Sensitivity.PII)
late_alert = tg.Data("Late-bus alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
route_change = tg.Data("Route and roster changes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Buses on cellular", trust=tg.Trust.UNTRUSTED):
    # One tracker per bus, reporting over the cellular network.
    trackers = tm.add(tg.Device("Bus GPS trackers", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents with the district's app on their phones.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The tracker vendor's cloud, which receives the raw pings and forwards them.
    telematics = tm.add(tg.ExternalService("Telematics platform", provides="data-provider"))

with tm.boundary("Traffic data vendor", trust=tg.Trust.PARTNER):
    # Licensed live traffic speeds and incidents for the district's roads.
    traffic_feed = tm.add(
        tg.DataSource("Commercial traffic feed", origin=tg.Origin.VENDOR, provides={traffic})
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push delivery to parents' phones.
    push_service = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("District cloud account", trust=tg.Trust.INTERNAL):
    # Receives GPS webhooks and traffic polls and writes them to the trip store.
    ingestion = tm.add(tg.Pipeline("GPS and traffic ingestion", stage=tg.Stage.INGESTION))
    # Live positions, traffic and the archive of past trips.
    trip_store = tm.add(
        tg.DataStore("Trip and position store", stores={gps, traffic, trip_history})
    )
    # Weekly retraining on past trips; a backtest against last month gates the new model.
    training = tm.add(
        tg.Pipeline(
            "Weekly ETA retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest MAE must not regress")},
        )
    )
    # Versioned model files; the ETA service loads the version marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor predicting minutes to each remaining stop.
    eta_model = tm.add(tg.Model("ETA model", task=tg.Task.REGRESSOR, origin="in-house"))
    # Builds features every few seconds, calls the model, pushes ETAs and raises alerts.
    eta_service = tm.add(tg.Service("ETA service"))
    # Backend the parent app calls for its child's stop ETA.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and password, district-verified accounts")},
        )
    )

with tm.boundary("District office", trust=tg.Trust.INTERNAL):
    # Transportation dispatchers who reroute buses and call schools.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="transportation dispatcher"))
    # Live map with late-bus alerts for the dispatch room.
    dashboard = tm.add(
        tg.Endpoint(
            "Dispatch dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO")},
        )
    )
    # The district's existing routing software: routes, stops and student rosters.
    roster_db = tm.add(
        tg.DataStore(
            "Routing and roster system",
            stores={routes, roster},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(trackers, telematics, gps, label="cellular uplink")
tm.flow(telematics, ingestion, gps, protocol="https", label="webhook")
tm.flow(traffic_feed, ingestion, traffic, protocol="https")
tm.flow(ingestion, trip_store, gps, traffic)

tm.flow(trip_store, training, trip_history)
tm.flow(roster_db, training, routes)
tm.flow(training, registry, artifact)
tm.flow(registry, eta_model, artifact, label="load current version")

tm.flow(trip_store, eta_service, gps, traffic)
tm.flow(roster_db, eta_service, routes, roster)
tm.flow(eta_service, eta_model, features)
tm.flow(eta_model, eta_service, eta)

tm.flow(parent, parent_api, parent_login, stop_query, protocol="https")
tm.flow(parent_api, roster_db, stop_query, label="which stop for this child")
tm.flow(roster_db, parent_api, roster)
tm.flow(parent_api, eta_service, stop_query)
tm.flow(eta_service, parent_api, parent_eta)
tm.flow(parent_api, parent, parent_eta, protocol="https")

tm.flow(eta_service, push_service, push, protocol="https")
tm.flow(push_service, parent, push, protocol="https")

tm.flow(eta_service, dashboard, late_alert, eta)
tm.flow(trip_store, dashboard, gps, label="live map")
tm.flow(dashboard, dispatcher, late_alert, gps, protocol="https")
tm.flow(dispatcher, dashboard, route_change, protocol="https")
tm.flow(dashboard, roster_db, route_change)
