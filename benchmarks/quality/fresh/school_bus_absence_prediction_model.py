"""School bus absence prediction: the first design, before any security review.

The county's school transport office predicts each school morning which pupils
will not ride, so that drivers can skip stops where nobody is waiting. Parents
mark absences in the county's parent app; each school's attendance system sends
yesterday's attendance by SFTP every night. A model trained in the county cloud
on two years of ridership (card scans from readers on every bus) predicts each
pupil's chance of riding, and a daily job turns that into a stop list per route.
Drivers see it on a tablet in the cab, synced over the cellular network.
Transport officers can override a stop list in the operations portal, and
school staff see in the same portal which of their pupils were picked up.
Controls in this design: county SSO with MFA and roles in the portal, e-mail and
password sign-in for parents, per-device keys for the bus devices, HTTPS on every
link, encrypted databases and a backtest of each model before it goes live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School bus absence prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts each morning which pupils will not ride, so drivers can skip empty stops.",
)

# ---------------------------------------------------------------- data assets
absence = tg.Data(
    "Absence notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pupil, date and reason a parent gives (illness, appointment, lift by car).",
)
absence_receipt = tg.Data("Absence confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
attendance = tg.Data(
    "Daily attendance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Yesterday's present/absent marks per pupil, exported by each school.",
)
roster = tg.Data(
    "Pupil roster and stop assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each eligible pupil's name, school, home stop and bus card number.",
)
scans = tg.Data(
    "Bus card scans",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card number, bus, stop and time of each boarding and alighting.",
)
history = tg.Data(
    "Ridership history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Two years of scans joined with attendance, weather and calendar.",
)
features = tg.Data("Rider features", kind="features", sensitivity=tg.Sensitivity.PII)
prediction = tg.Data("Ride probabilities", kind="model-output", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Rider model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
stop_list = tg.Data(
    "Daily stop list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="For each route, the stops to serve and the pupils expected at each.",
)
override = tg.Data("Stop list override", kind="records", sensitivity=tg.Sensitivity.PII)
pickups = tg.Data("Pupil pickup records", kind="records", sensitivity=tg.Sensitivity.PII)
route_request = tg.Data("Route sync request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pickup_query = tg.Data("Pickup lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers of eligible pupils, using the county's parent app on their phones.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("School networks", trust=tg.Trust.PARTNER):
    # Each school's management information system; the source of attendance marks.
    attendance_system = tm.add(
        tg.DataSource(
            "School attendance system",
            origin=tg.Origin.PARTNER,
            provides={attendance},
            description="Nightly SFTP export of the day's register from each school's MIS.",
        )
    )
    # School office staff who check that their pupils arrived on the bus.
    school_staff = tm.add(tg.Actor("School office staff", role="school administrator"))

with tm.boundary("Bus fleet", trust=tg.Trust.INTERNAL):
    # Readers by the bus door: pupils tap their bus card on boarding and alighting.
    card_reader = tm.add(
        tg.Device(
            "Bus card reader",
            description="Uploads scans over the bus's cellular modem.",
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Tablet mounted in the cab showing the day's stop list.
    tablet = tm.add(
        tg.Device(
            "Driver cab tablet",
            description="Managed Android tablet; pulls the stop list before the run.",
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Drivers, employed by the county or by contracted bus operators.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))

with tm.boundary("County cloud", trust=tg.Trust.INTERNAL):
    # Backend of the parent app: takes absence notices for the parent's own children.
    parent_api = tm.add(
        tg.Endpoint(
            "Parent app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="date range and pupil id format checked"),
            },
        )
    )
    # Endpoint the bus devices talk to: scans in, stop lists out.
    fleet_api = tm.add(
        tg.Endpoint(
            "Fleet sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Reached from the buses over the public cellular network.",
        )
    )
    # Web portal for transport officers (stop lists, overrides) and school staff (pickups).
    portal = tm.add(
        tg.Endpoint(
            "Transport operations portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="county Entra ID SSO with MFA"),
                c.RBAC(note="transport officer and school staff roles"),
                c.AuditLogging(retention_days=365, note="overrides are logged"),
            },
        )
    )
    # Operational database: roster, absences, attendance, scans, stop lists, pickups.
    transport_db = tm.add(
        tg.DataStore(
            "Transport database",
            stores={roster, absence, attendance, scans, stop_list, override, pickups},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Training snapshot of past ridership, rebuilt each term.
    ridership = tm.add(
        tg.Dataset(
            "Ridership training set",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the rider model at the start of each term.
    training = tm.add(
        tg.Pipeline(
            "Termly model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the previous term before going live")},
        )
    )
    # Gradient-boosted classifier: will this pupil ride this morning?
    model = tm.add(
        tg.Model(
            "Rider prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="A stop is skipped when no pupil there is predicted to ride.",
        )
    )
    # Runs at 05:30 each school day and writes the stop list for every route.
    stop_job = tm.add(
        tg.Service(
            "Daily stop list job",
            description="Joins absences and attendance, scores every pupil, builds stop lists.",
        )
    )

with tm.boundary("Transport office", trust=tg.Trust.INTERNAL):
    # County transport officers who plan routes and can override a stop list.
    officer = tm.add(tg.Actor("Transport officer", role="transport office staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# parents report absences
tm.flow(parent, parent_api, absence, protocol="https")
tm.flow(parent_api, parent, absence_receipt, protocol="https")
tm.flow(parent_api, transport_db, absence)
tm.flow(transport_db, parent_api, roster, label="the parent's children")

# schools send attendance
tm.flow(attendance_system, transport_db, attendance, protocol="sftp", label="nightly export")

# bus devices
tm.flow(card_reader, fleet_api, scans, protocol="https", controls={tls})
tm.flow(fleet_api, transport_db, scans)
tm.flow(tablet, fleet_api, route_request, protocol="https", controls={tls})
tm.flow(fleet_api, tablet, stop_list, protocol="https", controls={tls})
tm.flow(transport_db, fleet_api, stop_list)
tm.flow(tablet, driver, stop_list, label="shown on the cab touchscreen")

# training
tm.flow(transport_db, ridership, scans, attendance, label="termly snapshot")
tm.flow(ridership, training, history)
tm.flow(training, model, weights, label="deploy")

# each morning
tm.flow(transport_db, stop_job, roster, absence, attendance, scans)
tm.flow(stop_job, model, features)
tm.flow(model, stop_job, prediction)
tm.flow(stop_job, transport_db, stop_list)

# portal
tm.flow(officer, portal, override, protocol="https")
tm.flow(portal, officer, stop_list, protocol="https")
tm.flow(portal, transport_db, override)
tm.flow(transport_db, portal, stop_list, pickups)
tm.flow(school_staff, portal, pickup_query, protocol="https")
tm.flow(portal, school_staff, pickups, protocol="https")
