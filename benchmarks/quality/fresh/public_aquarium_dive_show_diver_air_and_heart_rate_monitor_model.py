"""Dive show safety monitor: the first design, before any security review.

Performing divers in the aquarium's main show tank wear a transmitter that reads
their cylinder pressure and a chest-strap heart rate. It sends the readings
through the water by acoustic modem to a receiver on the tank wall, which
forwards them over the operations network to an ingestion service. An in-house
anomaly model compares each diver's readings with their baseline from the diver
roster and flags low air, fast air use or abnormal heart rate; the alerting
service shows the alarm on the poolside safety display and pages the dive
supervisor by SMS. Readings and alerts are kept as dive logs, which the model is
retrained from each quarter. The supervisor reviews logs and the roster in a web
dashboard behind the staff SSO with role-based access. The poolside display is
unlocked with a dive-deck PIN. The aquarium is in the EU, and heart rates and
dive fitness notes are staff health data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Aquarium dive show diver air and heart rate monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live air and heart-rate monitoring of show divers, with model-raised alarms.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Diver air and heart rate readings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cylinder pressure, depth and heart rate per diver, every two seconds.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
check_in = tg.Data(
    "Dive check-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which diver wears which transmitter for this show.",
)
roster = tg.Data(
    "Diver roster and baselines",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Divers, dive fitness certificate dates and resting heart-rate baselines.",
)
anomaly = tg.Data("Diver anomaly flag", kind="model-output", sensitivity=tg.Sensitivity.PII)
alarm = tg.Data(
    "Diver safety alarm",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ack = tg.Data("Alarm acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page = tg.Data("Supervisor alarm page", sensitivity=tg.Sensitivity.PII)
dive_logs = tg.Data(
    "Dive logs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Stored readings, alarms and acknowledgements per show.",
)
history = tg.Data("Dive history report", kind="records", sensitivity=tg.Sensitivity.REGULATED)
roster_edit = tg.Data("Roster update", kind="records", sensitivity=tg.Sensitivity.REGULATED)
sign_in = tg.Data("Staff SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
weights = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Show tank and dive deck", trust=tg.Trust.INTERNAL):
    # The performer in the water; checks in at the poolside display before each show.
    diver = tm.add(tg.Actor("Show diver", role="diver"))
    # Worn by each diver: pressure transducer on the regulator plus chest strap.
    transmitter = tm.add(
        tg.Device(
            "Diver air and heart rate transmitter",
            fleet=True,
            description="Battery unit on the harness; sends readings by acoustic modem.",
        )
    )
    # Hydrophone receiver on the tank wall that decodes the acoustic packets.
    receiver = tm.add(
        tg.Service(
            "Topside acoustic receiver",
            description="Decodes acoustic packets and publishes them on the operations network.",
        )
    )
    # Wall-mounted tablet where the dive safety officer watches every diver.
    display = tm.add(
        tg.Device(
            "Poolside safety display",
            fleet=False,
            controls={c.Authentication(method="dive-deck PIN")},
        )
    )
    # Stands at the poolside during shows and answers alarms.
    officer = tm.add(tg.Actor("Dive safety officer", role="safety officer"))

with tm.boundary("Aquarium operations network", trust=tg.Trust.INTERNAL):
    # Takes readings from the receiver, pairs them with the checked-in diver.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={c.SchemaEnforcement(note="drops packets that fail the reading schema")},
        )
    )
    # Flags readings outside each diver's expected air use and heart-rate range.
    model = tm.add(
        tg.Model(
            "Diver anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted detector over air-use rate, depth and heart rate.",
            controls={c.ModelValidation(note="replayed against recorded incidents before release")},
        )
    )
    # Turns flags into alarms on the display and SMS pages.
    alerting = tm.add(tg.Service("Alerting service"))
    # Time-series database of every show's readings and alarms.
    log_store = tm.add(
        tg.DataStore(
            "Dive log store",
            stores={dive_logs},
            controls={c.EncryptionAtRest(key_management="database-managed key")},
        )
    )
    # Divers and their heart-rate baselines, kept by the dive supervisor.
    roster_db = tm.add(tg.DataStore("Diver roster", stores={roster}))
    # Quarterly retraining of the anomaly model from the dive logs.
    training = tm.add(tg.Pipeline("Quarterly retraining job", stage=tg.Stage.TRAINING))
    # Web dashboard for the dive supervisor to review logs and edit the roster.
    dashboard = tm.add(
        tg.Endpoint(
            "Dive operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (OIDC)"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Responsible for dive operations; gets paged and reviews logs from the office.
    supervisor = tm.add(tg.Actor("Dive supervisor", role="dive supervisor", privileged=True))

with tm.boundary("Cloud providers", trust=tg.Trust.PARTNER):
    # Sends alarm pages as text messages to the supervisor's phone.
    sms = tm.add(tg.ExternalService("SMS gateway provider"))
    # The aquarium's staff single sign-on.
    idp = tm.add(
        tg.ExternalService(
            "Staff identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
# before the show: the diver pairs a transmitter at the display
tm.flow(diver, display, check_in, label="selects name and transmitter on the touchscreen")
tm.flow(display, ingestion, check_in, protocol="wss")

# live readings
tm.flow(transmitter, receiver, readings, protocol="acoustic modem")
tm.flow(receiver, ingestion, readings, protocol="mqtt")
tm.flow(ingestion, log_store, readings)
tm.flow(ingestion, model, readings)
tm.flow(roster_db, model, roster, label="diver baselines")
tm.flow(model, alerting, anomaly)

# alarms
tm.flow(alerting, display, alarm, protocol="wss")
tm.flow(display, officer, alarm, label="alarm on the touchscreen")
tm.flow(officer, display, ack, label="acknowledges on the touchscreen")
tm.flow(display, alerting, ack, protocol="wss")
tm.flow(alerting, log_store, alarm, ack)
tm.flow(alerting, sms, page, protocol="https")
tm.flow(sms, supervisor, page, protocol="sms")

# supervisor dashboard
tm.flow(supervisor, idp, sign_in, protocol="oidc")
tm.flow(idp, dashboard, sign_in, protocol="oidc")
tm.flow(supervisor, dashboard, roster_edit, protocol="https")
tm.flow(dashboard, roster_db, roster_edit)
tm.flow(roster_db, dashboard, roster)
tm.flow(log_store, dashboard, dive_logs)
tm.flow(dashboard, supervisor, history, roster, protocol="https")

# retraining
tm.flow(log_store, training, dive_logs)
tm.flow(training, model, weights, label="deploy new model")
