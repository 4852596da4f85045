"""Pupil transport bus tracking: the first design, before any security review.

The county council runs home-to-school buses through contracted operators. Each
bus carries a council-issued driver tablet that shows the route and pupil list,
reports the bus's GPS position every few seconds, and has a card reader on which
pupils tap their travel pass when they board or leave. A tracking service in the
council's cloud tenancy keeps the live positions and boarding events, and an
in-house regression model predicts each bus's arrival time at every stop; it is
retrained nightly from journey history. Parents use a phone app (e-mail and
password sign-in) to see their child's bus on a map, its predicted arrival time
and a push notification when their child taps on or off. The transport team
watches every route on a dashboard behind the council's single sign-on. Pupil
records come from the education admissions system. Traffic is HTTPS throughout;
the database is encrypted at rest and the dashboard keeps an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pupil transport bus tracking app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live school-bus positions, predicted arrival times and pupil "
    "boarding confirmations for parents and the council transport team.",
)

# ---------------------------------------------------------------- data assets
bus_position = tg.Data(
    "Live bus position",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="GPS fix, speed and heading of a bus that is carrying children.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_tap = tg.Data(
    "Travel pass tap",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card number read by the on-board reader when a pupil boards or leaves.",
)
boarding_event = tg.Data(
    "Boarding event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil, bus, stop, time and on/off, as reported by the tablet.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pupil_records = tg.Data(
    "Pupil transport records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, home addresses, schools, pick-up stops, pass numbers, "
    "parent contacts and any special travel needs of eligible pupils.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
route_manifest = tg.Data(
    "Route and pupil manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The day's route, stops and the pupils expected at each stop.",
)
eta_features = tg.Data("ETA features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
eta = tg.Data("Predicted arrival time", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
journey_history = tg.Data(
    "Journey history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past positions and stop times of every route, used to train the ETA model.",
)
eta_weights = tg.Data("ETA model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
parent_signin = tg.Data("Parent sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
child_bus_view = tg.Data(
    "Child's bus status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The child's bus on a map, its predicted arrival and last tap on/off.",
)
boarding_notice = tg.Data(
    "Boarding notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="'Your child boarded bus 14 at 08:02' sent as a push message.",
)
fleet_overview = tg.Data(
    "Fleet overview",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="All buses, positions, delays and who is on board.",
)
roster = tg.Data(
    "Eligible pupil roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupils entitled to council transport, exported from admissions.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # A parent or carer who registered for the app with the child's pass number.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # The council's app on the parent's own phone.
    parent_app = tm.add(
        tg.Device("Parent phone app", description="iOS and Android app from the app stores.")
    )
    # The child taps their travel pass on the reader.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))

with tm.boundary("Contracted bus operators", trust=tg.Trust.PARTNER):
    # The operator's driver, who follows the route on the tablet.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # Council-issued tablet fixed in the cab; mobile data, GPS, runs the driver app.
    tablet = tm.add(
        tg.Device(
            "Driver tablet",
            description="Shows route and manifest, reports GPS and taps over mobile data.",
            controls={c.Authentication(method="driver PIN")},
        )
    )
    # Reads the pupils' contactless travel passes, wired to the tablet.
    reader = tm.add(tg.Device("On-board pass reader"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives positions and taps from the tablets and sends them their manifests.
    vehicle_api = tm.add(
        tg.Endpoint(
            "Vehicle API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Keeps live state of every bus, matches taps to pupils, raises notifications.
    tracking = tm.add(tg.Service("Tracking service"))
    # Predicts the arrival time of each bus at each remaining stop.
    eta_model = tm.add(
        tg.Model(
            "ETA prediction model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over position, time of day and route history.",
        )
    )
    # Pupils, routes, boarding events and journey history.
    transport_db = tm.add(
        tg.DataStore(
            "Transport database",
            stores={pupil_records, boarding_event, journey_history, route_manifest},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that retrains the ETA model from journey history.
    retraining = tm.add(tg.Pipeline("Nightly ETA retraining", stage=tg.Stage.TRAINING))
    # The back end the parent app talks to.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The transport team's web dashboard.
    dashboard = tm.add(
        tg.Service(
            "Transport operations dashboard",
            controls={
                c.Authentication(method="council SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Push notification provider", trust=tg.Trust.PARTNER):
    # The mobile platforms' push service that delivers boarding notifications.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Transport officers who plan routes and handle incidents.
    officer = tm.add(tg.Actor("Transport officer", role="council staff"))
    # The existing admissions system, source of the pupils entitled to transport.
    admissions = tm.add(
        tg.DataSource("Education admissions system", origin=tg.Origin.INTERNAL, provides={roster})
    )

# ---------------------------------------------------------------- flows
# On the bus
tm.flow(pupil, reader, card_tap, label="taps pass")
tm.flow(reader, tablet, card_tap, protocol="usb")
tm.flow(driver, tablet, route_manifest, label="starts route")
tm.flow(tablet, driver, route_manifest, label="route and expected pupils")
tm.flow(tablet, vehicle_api, bus_position, boarding_event, protocol="https")
tm.flow(vehicle_api, tablet, route_manifest, protocol="https")

# Tracking and prediction
tm.flow(vehicle_api, tracking, bus_position, boarding_event)
tm.flow(tracking, transport_db, boarding_event, journey_history)
tm.flow(transport_db, tracking, pupil_records, route_manifest)
tm.flow(tracking, eta_model, eta_features)
tm.flow(eta_model, tracking, eta)
tm.flow(transport_db, vehicle_api, route_manifest)
tm.flow(transport_db, retraining, journey_history)
tm.flow(retraining, eta_model, eta_weights, label="deploy")

# Parents
tm.flow(parent, parent_app, parent_signin)
tm.flow(parent_app, parent_api, parent_signin, protocol="https")
tm.flow(parent_api, parent_app, child_bus_view, protocol="https")
tm.flow(parent_app, parent, child_bus_view)
tm.flow(tracking, parent_api, child_bus_view, eta)
tm.flow(tracking, push, boarding_notice, protocol="https")
tm.flow(push, parent_app, boarding_notice, protocol="https")

# Council staff
tm.flow(admissions, transport_db, roster, protocol="sftp", label="nightly export")
tm.flow(tracking, dashboard, fleet_overview, eta)
tm.flow(transport_db, dashboard, pupil_records)
tm.flow(dashboard, officer, fleet_overview, pupil_records, protocol="https")
tm.flow(officer, dashboard, route_manifest, protocol="https", label="edits routes")
tm.flow(dashboard, transport_db, route_manifest)
