"""Gliding club launch log and launch-conditions advisor: the first design.

The member running the launch point logs every winch launch and landing (pilot,
glider, times) on the club's tablet, which sends each entry to a flight log API
in the club's cloud account. Members sign in to a web portal to see their own
logbook, since these flights count towards their licences and badges. A weather
station on the airfield uploads wind and cloud-base readings every minute, and a
conditions service pulls a subscription aviation forecast. An in-house model,
retrained monthly, flags crosswind and cloud-base limits on the tablet; the duty
instructor alone decides whether flying goes ahead. The tablet signs in with the
club's shared account, the portal with e-mail and password; traffic is HTTPS
except the weather station's upload; the database is encrypted and backed up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glider club launch conditions",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Launch and landing log with a model flagging crosswind and cloud-base limits.",
)

# ---------------------------------------------------------------- data assets
launch_records = tg.Data(
    "Launch and landing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pilot, instructor, glider, launch method, take-off and landing times.",
)
logbook = tg.Data(
    "Member logbook and licence progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind speed, direction and gusts, and cloud base from the ceilometer.",
)
forecast = tg.Data("Aviation forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
conditions = tg.Data(
    "Current conditions features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
flags = tg.Data(
    "Crosswind and cloud-base flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
go_no_go = tg.Data(
    "Instructor's flying status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
member_login = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
weights = tg.Data(
    "Launch limits model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
member_roster = tg.Data(
    "Member and instructor roster", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members check their own flying hours and launches from home.
    member = tm.add(tg.Actor("Club member", role="pilot"))
    # The chief flying instructor maintains the roster and signs off licence progress.
    cfi = tm.add(tg.Actor("Chief flying instructor", role="club administrator", privileged=True))

with tm.boundary("Airfield", trust=tg.Trust.INTERNAL):
    # Whoever is running the launch point that day keeps the log.
    logkeeper = tm.add(tg.Actor("Launch point logkeeper", role="club member on log duty"))
    # Decides whether flying goes ahead; the model only advises.
    instructor = tm.add(tg.Actor("Duty instructor", role="instructor"))
    # The club's one tablet at the launch point, on a 4G data SIM.
    tablet = tm.add(
        tg.Device(
            "Launch point tablet",
            fleet=False,
            description="Runs the launch log app and shows the conditions flags.",
        )
    )
    # Anemometer and ceilometer by the clubhouse, uploading every minute.
    station = tm.add(tg.Device("Airfield weather station", fleet=False))

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Subscription aviation forecast (TAF-style wind and cloud) for the area.
    forecast_feed = tm.add(
        tg.ExternalService("Aviation forecast feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Receives log entries from the tablet and serves the flags back to it.
    log_api = tm.add(
        tg.Endpoint(
            "Flight log API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared club account password on the tablet app")},
        )
    )
    # Members' and administrators' web pages over the same database.
    portal = tm.add(
        tg.Endpoint(
            "Members' portal",
            purpose=tg.EndpointPurpose.API,
            description="Shows each signed-in member only their own logbook; the CFI sees all.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Pulls readings and forecast, builds features, calls the model every five minutes.
    conditions_svc = tm.add(tg.Service("Conditions service"))
    # Gradient-boosted classifier trained on the club's own weather history.
    limits_model = tm.add(
        tg.Model(
            "Launch limits model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Flags crosswind over the winch limit and cloud base below the circuit minimum.",
            controls={
                c.HumanInTheLoop(
                    approver="the duty instructor", note="advisory only; the instructor decides"
                )
            },
        )
    )
    # The club's system of record for launches; what licence hours are counted from.
    log_db = tm.add(
        tg.DataStore(
            "Flight log database",
            stores={launch_records, logbook, member_roster, member_login, go_no_go},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Keeps a year of readings and forecasts for retraining.
    weather_store = tm.add(tg.DataStore("Weather history store", stores={readings, forecast}))
    # Monthly retraining job run by a volunteer member.
    training = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(logkeeper, tablet, launch_records, label="types in each launch and landing")
tm.flow(tablet, log_api, launch_records, protocol="https", controls={tls})
tm.flow(log_api, log_db, launch_records)
tm.flow(log_db, log_api, launch_records, label="today's log")
tm.flow(log_api, tablet, launch_records, flags, protocol="https", controls={tls})

tm.flow(station, conditions_svc, readings, protocol="http", label="one-minute upload")
tm.flow(forecast_feed, conditions_svc, forecast, protocol="https", controls={tls})
tm.flow(conditions_svc, weather_store, readings, forecast)
tm.flow(conditions_svc, limits_model, conditions)
tm.flow(limits_model, conditions_svc, flags)
tm.flow(conditions_svc, log_api, flags)

tm.flow(tablet, instructor, flags, label="shown on the launch screen")
tm.flow(instructor, tablet, go_no_go, label="flying on or stood down")
tm.flow(tablet, log_api, go_no_go, protocol="https", controls={tls})
tm.flow(log_api, log_db, go_no_go)

tm.flow(weather_store, training, readings, forecast)
tm.flow(log_db, training, go_no_go, label="past instructor calls as labels")
tm.flow(training, limits_model, weights, label="monthly deploy")

tm.flow(member, portal, member_login, protocol="https", controls={tls})
tm.flow(portal, log_db, member_login, label="sign-in check")
tm.flow(log_db, portal, logbook, launch_records)
tm.flow(portal, member, logbook, protocol="https", controls={tls})
tm.flow(
    cfi,
    portal,
    member_roster,
    logbook,
    protocol="https",
    controls={tls},
    label="roster edits and licence sign-offs",
)
tm.flow(portal, log_db, member_roster, logbook)
tm.flow(portal, cfi, launch_records, protocol="https", controls={tls})
