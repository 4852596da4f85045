"""School toilet vape detection: the first design, before any security review.

We sell a vape detection service to secondary schools. Ceiling sensors in pupil
toilets measure particulates, volatile organic compounds, humidity, temperature and
noise level (a decibel figure only: there is no microphone recording and no camera).
Each sensor sits on the school's network and sends its readings over MQTT with a
per-sensor certificate to our cloud, where a detection model scores each window of
readings. When the score passes the school's threshold, the alert service pushes a
notification to the phones of the duty staff, who go to the toilet, then record the
outcome (confirmed, false alarm, notes) in the staff app. Site admins set thresholds,
quiet hours and rooms in the web portal, which also shows reports. Staff and admins
sign in with e-mail and password; roles separate admins from duty staff. Confirmed
and false-alarm labels are exported nightly to retrain the model, which is published
to a registry and loaded by the scoring service. Pupils are children in the UK, so
UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School toilet vape detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ceiling air-quality sensors in school toilets, a cloud detection model "
    "and staff alerts by phone app.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Air quality and noise level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PM2.5, VOC, humidity, temperature and dB level per 10-second window.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tamper = tg.Data(
    "Sensor tamper events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accelerometer and cover-open events when a sensor is hit or covered.",
)
sensor_config = tg.Data(
    "Sensor configuration",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sampling rate, reporting interval and firmware channel per sensor.",
)
score = tg.Data("Vape detection score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
thresholds = tg.Data(
    "Room thresholds and quiet hours",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-room alert threshold, schedules and which staff are on duty.",
)
alert = tg.Data(
    "Vape alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="School, toilet, time, event type and score.",
)
outcome = tg.Data(
    "Alert outcome and notes",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed or false alarm, with free-text notes that can name pupils.",
)
labels = tg.Data(
    "Confirmed and false-alarm labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The outcome flag per alert, joined to its reading window; no notes.",
)
staff_accounts = tg.Data(
    "Staff accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, school e-mail, role and the phone's push token.",
)
sign_in = tg.Data(
    "Staff sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
report = tg.Data(
    "Alert reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alerts per toilet and week, with outcomes and the notes staff wrote.",
)
weights = tg.Data(
    "Detection model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("School site network", trust=tg.Trust.PARTNER):
    # The school's LAN: we install the sensors but the school runs the network.
    sensor = tm.add(
        tg.Device(
            "Toilet ceiling sensor",
            fleet=True,
            description="PoE ceiling unit, one per toilet block; no camera, no audio recording.",
        )
    )
    # The head of year or site manager who configures the rooms and reads the reports.
    admin = tm.add(tg.Actor("School site admin", role="school admin", privileged=True))

with tm.boundary("Staff phones", trust=tg.Trust.UNTRUSTED):
    # Duty staff use their own phones; the school does not manage them.
    staff = tm.add(tg.Actor("Duty staff member", role="teacher on duty"))
    staff_app = tm.add(
        tg.Device(
            "Staff alert app",
            description="iOS and Android app on staff members' own phones.",
        )
    )

with tm.boundary("Mobile push providers", trust=tg.Trust.PARTNER):
    # Apple and Google deliver the notifications; nothing else reaches the phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives the sensors' MQTT messages and sends configuration back to them.
    ingestion = tm.add(tg.Endpoint("Sensor ingestion broker", purpose=tg.EndpointPurpose.API))
    # Scores each reading window; its alert sends staff to a pupil toilet.
    detector = tm.add(
        tg.Model(
            "Vape detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Classifies a window of readings as vaping, smoking or normal.",
        )
    )
    # Applies each room's threshold and quiet hours, then notifies the duty staff.
    alerting = tm.add(
        tg.Service("Alert service", description="Turns scores over threshold into alerts.")
    )
    # Backs the staff app and the admin web portal.
    portal = tm.add(
        tg.Endpoint(
            "School portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="admin and duty staff roles, per school"),
            },
        )
    )
    # Time-series history of every sensor, kept for reports and training.
    readings_db = tm.add(
        tg.DataStore(
            "Sensor readings store",
            stores={readings, tamper},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Alerts, outcomes, staff accounts and room settings.
    alert_db = tm.add(
        tg.DataStore(
            "Alert and account database",
            stores={alert, outcome, staff_accounts, thresholds},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Vendor ML account", trust=tg.Trust.INTERNAL):
    # Nightly retraining on labelled reading windows from every school.
    training = tm.add(tg.Pipeline("Detection model retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the scoring service loads the latest.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
tm.flow(sensor, ingestion, readings, tamper, protocol="mtls", label="MQTT")
tm.flow(ingestion, sensor, sensor_config, protocol="mtls", label="MQTT")
tm.flow(ingestion, readings_db, readings, tamper)
tm.flow(ingestion, detector, readings)
tm.flow(detector, alerting, score)
tm.flow(ingestion, alerting, tamper)
tm.flow(alert_db, alerting, thresholds, staff_accounts)
tm.flow(alerting, alert_db, alert)
tm.flow(alerting, push, alert, protocol="https")
tm.flow(push, staff_app, alert, protocol="https")
tm.flow(staff_app, staff, alert, label="notification on the phone")

tm.flow(staff, staff_app, sign_in, outcome)
tm.flow(staff_app, portal, sign_in, outcome, protocol="https")
tm.flow(portal, staff_app, alert, protocol="https")
tm.flow(portal, alert_db, outcome, thresholds)
tm.flow(alert_db, portal, alert, outcome, staff_accounts)

tm.flow(admin, portal, sign_in, thresholds, protocol="https")
tm.flow(portal, admin, report, protocol="https")

tm.flow(alert_db, training, labels, protocol="https", label="nightly export")
tm.flow(readings_db, training, readings, protocol="https", label="nightly export")
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="load latest")
