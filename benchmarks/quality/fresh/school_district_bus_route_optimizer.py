"""School district bus route optimiser: the first design, before any security review.

A US school district plans its school bus routes each term and whenever
enrolment changes. A nightly import pulls the student roster with home
addresses and bell times from the student information system, and special-needs
transport requirements (lift bus, aide, door-to-door pick-up) from the special
education case system, geocodes the addresses through a commercial mapping API
and stores them for routing. A route optimiser (a vehicle-routing solver with an
in-house travel-time model) proposes stops and runs; transport planners review
and edit them in a web workbench and approve them before they are published to
the parent app and to the drivers' tablets of the bus contractor. Parents can
ask for a stop change in the app; planners decide each one in the workbench.
Controls: district SSO with MFA and roles for planners, parent accounts,
planner approval before publishing, TLS, and encrypted routing data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School district bus route optimiser",
    profile=tg.RiskProfile.HIGH,
    description="Plans school bus routes from student addresses, special-needs transport "
    "requirements and bell times; planners approve routes before they reach parents and drivers.",
)

# ---------------------------------------------------------------- data assets
roster = tg.Data(
    "Student roster with home addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Student ID, name, grade, school, home address, transport eligibility.",
)
bell_times = tg.Data("School bell times", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sped_requirements = tg.Data(
    "Special-needs transport requirements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="From the IEP: lift bus, car seat, aide on board, door-to-door, max ride time.",
)
address_query = tg.Data("Address geocoding request", kind="records", sensitivity=tg.Sensitivity.PII)
geocodes = tg.Data("Geocoded coordinates", kind="records", sensitivity=tg.Sensitivity.PII)
road_network = tg.Data(
    "Road network and traffic data", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
routing_inputs = tg.Data(
    "Routing inputs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Geocoded student locations with their transport requirements and bell times.",
)
segment_features = tg.Data(
    "Road segment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
travel_times = tg.Data(
    "Travel time estimates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_routes = tg.Data(
    "Draft routes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Runs, stops, times and the students assigned to each stop.",
)
route_edits = tg.Data("Planner route edits", kind="records", sensitivity=tg.Sensitivity.REGULATED)
route_approval = tg.Data("Route approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_routes = tg.Data(
    "Approved routes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
parent_view = tg.Data(
    "Child's stop and pick-up times", kind="records", sensitivity=tg.Sensitivity.PII
)
driver_manifest = tg.Data(
    "Driver run manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Turn-by-turn run, stops, student names and special-needs notes.",
)
run_status = tg.Data("Run status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stop_change = tg.Data(
    "Stop change request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student, requested stop or address, reason given by the parent.",
)
stop_decision = tg.Data("Stop change decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians using the district's parent app on their phones.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))

with tm.boundary("Mapping vendor", trust=tg.Trust.PARTNER):
    # Commercial geocoding and road network API.
    mapping_api = tm.add(
        tg.ExternalService("Geocoding and mapping API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SIS vendor cloud", trust=tg.Trust.PARTNER):
    # The district's student information system: roster, addresses, schools, bell times.
    sis = tm.add(
        tg.DataStore(
            "Student information system",
            stores={roster, bell_times},
            controls={c.RBAC()},
        )
    )

with tm.boundary("Bus contractor", trust=tg.Trust.PARTNER):
    # Contractor-owned tablets mounted in each bus, showing the run to the driver.
    tablet = tm.add(tg.Device("Driver tablet", fleet=True))

with tm.boundary("District data center", trust=tg.Trust.INTERNAL):
    # Holds IEP transport requirements; only the transport codes are exported.
    sped = tm.add(
        tg.DataStore(
            "Special education case system",
            stores={sped_requirements},
            controls={c.RBAC()},
        )
    )
    # Nightly extract, clean-up and geocoding of students who ride.
    importer = tm.add(
        tg.Pipeline(
            "Nightly routing data import",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="only the fields routing needs are extracted")},
        )
    )
    # Geocoded students, requirements, bell times, draft and approved routes.
    routing_db = tm.add(
        tg.DataStore(
            "Routing database",
            stores={routing_inputs, draft_routes, approved_routes},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Vehicle-routing solver that builds runs and stops under the constraints.
    optimiser = tm.add(tg.Service("Route optimiser"))
    # Predicts travel time per road segment by time of day for the solver.
    travel_model = tm.add(
        tg.Model("Travel time model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Web app where planners review, edit and approve routes and stop changes.
    workbench = tm.add(
        tg.Service(
            "Planner workbench",
            controls={
                c.Authentication(method="district SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Pushes approved routes to the parent app and the drivers' tablets.
    publisher = tm.add(
        tg.Service(
            "Route publishing service",
            controls={c.HumanInTheLoop(approver="transport planner")},
        )
    )
    # Backend of the parent app: shows each child's stop, takes stop change requests.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="parent portal account, e-mail and password")},
        )
    )
    # Requests from parents waiting for a planner's decision.
    request_queue = tm.add(tg.DataStore("Stop change request queue", stores={stop_change}))

with tm.boundary("District office network", trust=tg.Trust.INTERNAL):
    # Transport planners in the district's transportation department.
    planner = tm.add(tg.Actor("Transport planner", role="planner"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# data import
tm.flow(
    sis, importer, roster, bell_times, protocol="https", controls={tls}, label="nightly extract"
)
tm.flow(sped, importer, sped_requirements, protocol="jdbc")
tm.flow(importer, mapping_api, address_query, protocol="https", controls={tls})
tm.flow(mapping_api, importer, geocodes, protocol="https", controls={tls})
tm.flow(importer, routing_db, routing_inputs, protocol="jdbc")

# optimisation
tm.flow(routing_db, optimiser, routing_inputs, protocol="jdbc")
tm.flow(mapping_api, travel_model, road_network, protocol="https", controls={tls})
tm.flow(optimiser, travel_model, segment_features)
tm.flow(travel_model, optimiser, travel_times)
tm.flow(optimiser, routing_db, draft_routes, protocol="jdbc")

# planner review
tm.flow(routing_db, workbench, draft_routes, protocol="jdbc")
tm.flow(workbench, routing_db, route_edits, approved_routes, protocol="jdbc")
tm.flow(workbench, planner, draft_routes, stop_change, protocol="https", controls={tls})
tm.flow(
    planner, workbench, route_edits, route_approval, stop_decision, protocol="https", controls={tls}
)
tm.flow(workbench, publisher, route_approval, approved_routes)

# publishing
tm.flow(publisher, parent_api, parent_view)
tm.flow(parent_api, parent, parent_view, stop_decision, protocol="https", controls={tls})
tm.flow(publisher, tablet, driver_manifest, protocol="https", controls={tls})
tm.flow(tablet, publisher, run_status, protocol="https", controls={tls})

# stop change requests
tm.flow(parent, parent_api, stop_change, protocol="https", controls={tls})
tm.flow(parent_api, request_queue, stop_change)
tm.flow(request_queue, workbench, stop_change)
tm.flow(workbench, parent_api, stop_decision)
