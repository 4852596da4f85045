"""School bus pupil boarding tracker: the first design, before any security review.

The county council's school transport team issues RFID cards to pupils entitled to
home-to-school transport. Pupils tap on a reader on the bus; the reader and the
driver's tablet (driver PIN sign-in) sync over mobile data to the bus operator's
fleet platform, which forwards taps to the council's integration API (operator API
key over HTTPS) and fetches each route's pupil list from it. In the council's cloud
a matching model compares taps with routes and flags pupils who did not board or got
off at the wrong stop; the council app backend then notifies parents through a push
provider. Transport officers and school staff see journeys in a web portal (council
SSO for officers, e-mail and password for schools, roles by organisation), where
officers also review route-change suggestions from a second model trained on
boarding patterns. Pupil records and journeys are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School bus pupil boarding tracker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tracks pupils boarding council-contracted school buses and alerts "
    "parents and the transport team to missed or wrong-stop journeys.",
)

# ---------------------------------------------------------------- data assets
card_id = tg.Data(
    "Pupil card ID",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="The RFID card's serial number, linked to one pupil.",
)
taps = tg.Data(
    "Boarding taps",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card ID, time, GPS position, vehicle and route for each tap on and off.",
)
pupil_list = tg.Data(
    "Route pupil list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, photos, pick-up and drop-off stops and parent phone numbers per route.",
)
pupil_records = tg.Data(
    "Pupil transport records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Entitlement, home address, school, stops, card ID, parent contacts, "
    "and travel needs for pupils with special educational needs.",
)
journeys = tg.Data(
    "Pupil journeys",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Matched journeys per pupil per day, kept for the school year.",
)
flags = tg.Data(
    "Boarding exception flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Did not board, or got off at the wrong stop, with the pupil and the route.",
)
notification = tg.Data("Parent boarding notification", sensitivity=tg.Sensitivity.PII)
parent_login = tg.Data("Parent app sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
route_suggestions = tg.Data(
    "Route change suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stops and timings to change, from aggregated boarding patterns.",
)
routes = tg.Data("Route definitions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
journey_search = tg.Data("Journey search", kind="records", sensitivity=tg.Sensitivity.PII)
driver_checks = tg.Data(
    "Driver boarding check",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupils the driver marks as boarded by hand when a card is forgotten.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Pupils tap their cards when they get on and off.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))
    # Parents receive notifications in the council app on their phones.
    parent_app = tm.add(
        tg.Device("Council app on parents' phones", description="iOS and Android app.")
    )
    # School office staff check which pupils travelled.
    school_staff = tm.add(tg.Actor("School staff", role="school office staff"))
    # The push notification service of the phone platforms.
    push = tm.add(tg.ExternalService("Push notification provider"))

with tm.boundary("Bus operator", trust=tg.Trust.PARTNER):
    # Card reader by the bus door, with its own mobile data modem.
    reader = tm.add(tg.Device("On-bus RFID card reader"))
    # Tablet on the dashboard showing the route's pupil list to the driver.
    tablet = tm.add(
        tg.Device(
            "Driver tablet",
            description="Operator-managed Android tablet; shows who should board at each stop.",
            controls={c.Authentication(method="driver PIN")},
        )
    )
    # The operator's driver, employed by the contracted bus company.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # The operator's own fleet platform; all bus devices sync through it.
    operator_platform = tm.add(
        tg.ExternalService(
            "Bus operator fleet platform",
            description="Operator-run cloud platform for vehicle tracking and device sync.",
        )
    )

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Receives taps from the operator and serves pupil lists back to it.
    integration_api = tm.add(
        tg.Endpoint(
            "Transport integration API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="operator API key")},
        )
    )
    # Master records of entitled pupils, their stops and parents.
    pupil_db = tm.add(
        tg.DataStore(
            "Pupil transport database",
            stores={pupil_records, routes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Taps, matched journeys and flags.
    journey_store = tm.add(
        tg.DataStore(
            "Journey store",
            stores={taps, journeys, flags},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Matches taps with routes and flags missed boardings and wrong stops.
    matching_model = tm.add(
        tg.Model(
            "Boarding matching model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Scores each expected pupil per trip as boarded, not boarded or "
            "alighted at the wrong stop, from taps, GPS and the route.",
        )
    )
    # Suggests route changes from months of boarding patterns.
    route_model = tm.add(
        tg.Model(
            "Route suggestion model",
            task=tg.Task.RANKER,
            description="Ranks stop and timing changes by expected use; retrained each term.",
            controls={c.HumanInTheLoop(approver="transport officer")},
        )
    )
    # Back end of the council app: parent accounts and boarding notifications.
    app_backend = tm.add(
        tg.Endpoint(
            "Council app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Web portal for the transport team and schools.
    portal = tm.add(
        tg.Endpoint(
            "Transport portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="council SSO for officers; e-mail and password for school staff"
                ),
                c.RBAC(note="schools see only their own pupils"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The school transport team manages entitlement, routes and exceptions.
    officer = tm.add(tg.Actor("Transport officer", role="school transport team"))

# ---------------------------------------------------------------- flows
# On the bus
tm.flow(pupil, reader, card_id, protocol="nfc", label="tap on and off")
tm.flow(reader, operator_platform, taps, protocol="https", label="sync over mobile data")
tm.flow(
    operator_platform, tablet, pupil_list, taps, protocol="https", label="sync over mobile data"
)
tm.flow(tablet, operator_platform, driver_checks, protocol="https", label="sync over mobile data")
tm.flow(tablet, driver, pupil_list, taps, label="on the screen")
tm.flow(driver, tablet, driver_checks, label="touchscreen")

# Operator to council and back
tm.flow(operator_platform, integration_api, taps, driver_checks, protocol="https")
tm.flow(integration_api, operator_platform, pupil_list, protocol="https")
tm.flow(pupil_db, integration_api, pupil_list)
tm.flow(integration_api, journey_store, taps, driver_checks)

# Matching and parent notifications
tm.flow(journey_store, matching_model, taps)
tm.flow(pupil_db, matching_model, routes, pupil_records)
tm.flow(matching_model, journey_store, journeys, flags)
tm.flow(journey_store, app_backend, flags)
tm.flow(pupil_db, app_backend, pupil_records, label="parent to pupil links")
tm.flow(app_backend, push, notification, protocol="https")
tm.flow(push, parent_app, notification, protocol="https")
tm.flow(parent_app, app_backend, parent_login, protocol="https")
tm.flow(app_backend, parent_app, journeys, notification, protocol="https")

# Route suggestions
tm.flow(journey_store, route_model, journeys)
tm.flow(route_model, portal, route_suggestions)

# Portal
tm.flow(journey_store, portal, journeys, flags)
tm.flow(pupil_db, portal, pupil_records, routes)
tm.flow(portal, pupil_db, pupil_records, routes, label="officer edits")
tm.flow(officer, portal, pupil_records, routes, protocol="https")
tm.flow(portal, officer, journeys, flags, route_suggestions, pupil_records, protocol="https")
tm.flow(school_staff, portal, journey_search, protocol="https")
tm.flow(portal, school_staff, journeys, flags, protocol="https")
