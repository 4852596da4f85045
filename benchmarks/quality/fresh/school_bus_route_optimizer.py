"""School bus route optimizer: the first design, before any security review.

The district's transportation office plans the daily bus routes. A nightly sync
copies each rider's home address, school, bell times and special-needs transport
requirements (wheelchair lift, aide on board, door-to-door pickup) from the
student information system, geocodes new addresses with a commercial mapping
API, and stores them in the routing database. A route optimizer builds the
routes with a travel-time model trained on past GPS trips. Tablets on every bus
send live GPS to a telematics gateway and receive their stop manifest. Parents
see their child's pickup time and bus ETA in the district app; dispatchers
change routes during the day from a web console. It runs in the district's
cloud tenant. Parents and staff sign in to the app and console, the sync copies
only the fields routing needs, and the routing database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School bus route optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Daily school bus routing from student addresses and live bus GPS, "
    "with pickup times for parents and live changes by dispatchers.",
)

# ---------------------------------------------------------------- data assets
addresses = tg.Data(
    "Student home addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
needs = tg.Data(
    "Special-needs transport requirements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Lift, harness, aide, medical notes for the driver; from the IEP office.",
)
bell_times = tg.Data("School bell times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
geo_query = tg.Data("Address to geocode", kind="records", sensitivity=tg.Sensitivity.PII)
coordinates = tg.Data("Geocoded stop coordinates", kind="records", sensitivity=tg.Sensitivity.PII)
gps = tg.Data(
    "Live bus positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Where a bus full of children is, every 10 seconds.",
)
trips = tg.Data(
    "Historical GPS trips", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Travel-time model artifact", kind="model-artifact", sensitivity=tg.Sensitivity.INTERNAL
)
segments = tg.Data("Route segments", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
travel_times = tg.Data(
    "Travel-time estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
routes = tg.Data(
    "Route plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Buses, stops, times and which student boards where.",
)
manifest = tg.Data(
    "Bus stop manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-bus list of riders, stops and their transport needs.",
)
route_change = tg.Data("Route change", kind="records", sensitivity=tg.Sensitivity.PII)
parent_query = tg.Data("Parent request", kind="records", sensitivity=tg.Sensitivity.PII)
pickup = tg.Data("Pickup time and bus ETA", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Sees their own children's pickup times in the district app.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Bus fleet", trust=tg.Trust.UNTRUSTED):
    # District tablets mounted in buses, on public cellular data.
    tablet = tm.add(
        tg.Device(
            "Bus tablet",
            fleet=True,
            description="Reports GPS and shows the driver the stop manifest.",
        )
    )

with tm.boundary("Mapping vendor", trust=tg.Trust.PARTNER):
    # Turns addresses into stop coordinates.
    geocoder = tm.add(tg.ExternalService("Geocoding API", provides="data-provider"))

with tm.boundary("District network", trust=tg.Trust.INTERNAL):
    # System of record for enrolment, addresses and transport needs.
    sis = tm.add(
        tg.DataSource(
            "Student information system",
            origin=tg.Origin.INTERNAL,
            provides={addresses, needs, bell_times},
        )
    )
    # Transportation office staff who adjust routes during the day.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="transportation dispatcher"))

with tm.boundary("District cloud tenant", trust=tg.Trust.INTERNAL):
    # Nightly copy of the rider fields routing needs.
    sync = tm.add(
        tg.Pipeline(
            "SIS sync",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="only address, school, grade and transport needs")},
        )
    )
    # Riders, stops, bell times and the current routes.
    routing_db = tm.add(
        tg.DataStore(
            "Routing database",
            stores={addresses, needs, bell_times, coordinates, routes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Public listener the bus tablets report to.
    gateway = tm.add(
        tg.Endpoint(
            "Telematics gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Past trips, kept to train the travel-time model.
    trip_history = tm.add(tg.Dataset("GPS trip history", stores={trips}, purpose="training"))
    # Weekly retraining on the trip history.
    training = tm.add(tg.Pipeline("Travel-time training", stage=tg.Stage.TRAINING))
    # Predicts segment travel times by time of day.
    tt_model = tm.add(
        tg.Model(
            "Travel-time model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over road segment, hour and weather.",
        )
    )
    # The solver: builds routes within bell-time and ride-length limits, and live ETAs.
    optimizer = tm.add(
        tg.Service(
            "Route optimizer",
            controls={
                c.HumanInTheLoop(approver="routing supervisor publishes the next day's plan")
            },
        )
    )
    # Backend of the parents' app.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="parent portal account (OIDC)")},
        )
    )
    # Web console for dispatchers: live map and route editing.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="district SSO (SAML)"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# nightly rider sync and geocoding
tm.flow(sis, sync, addresses, needs, bell_times, label="nightly export")
tm.flow(sync, geocoder, geo_query, protocol="https")
tm.flow(geocoder, sync, coordinates, protocol="https")
tm.flow(sync, routing_db, addresses, needs, bell_times, coordinates)

# live GPS and manifests
tm.flow(tablet, gateway, gps, protocol="https")
tm.flow(gateway, tablet, manifest, protocol="https")
tm.flow(routing_db, gateway, manifest)
tm.flow(gateway, trip_history, gps, label="archive trips")
tm.flow(gateway, optimizer, gps, label="live positions")

# travel-time model
tm.flow(trip_history, training, trips)
tm.flow(training, tt_model, weights, label="deploy")
tm.flow(optimizer, tt_model, segments)
tm.flow(tt_model, optimizer, travel_times)

# planning
tm.flow(routing_db, optimizer, addresses, needs, bell_times, coordinates, routes)
tm.flow(optimizer, routing_db, routes, label="publish plan")

# parents
tm.flow(parent, parent_api, parent_query, protocol="https")
tm.flow(parent_api, routing_db, parent_query, label="child's stop lookup")
tm.flow(routing_db, parent_api, routes)
tm.flow(optimizer, parent_api, pickup, label="live ETA")
tm.flow(parent_api, parent, pickup, protocol="https")

# dispatchers
tm.flow(dispatcher, console, route_change, protocol="https")
tm.flow(console, dispatcher, routes, gps, protocol="https")
tm.flow(console, routing_db, route_change)
tm.flow(routing_db, console, routes)
tm.flow(gateway, console, gps, label="live map")
