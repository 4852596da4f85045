"""Church organ tuning forecast: the first design, before any security review.

An organ builder maintains pipe organs in a few hundred parish churches under
service contracts. A battery sensor in each organ loft reports humidity and
temperature every fifteen minutes over the mobile network to our cloud account.
A weekly job trains a regression model on those readings, a regional weather
forecast and the pitch drift tuners measure at each visit. The model predicts
when each organ will drift out of tune. A booking service uses the forecast and
the tuners' diaries to propose visits; the workshop manager confirms them, and
the church's contact (usually a churchwarden) is e-mailed and can accept or move
the visit in a small web portal. Tuners log their measurements in the same
portal. Sensors sign in with a per-device key, the portal uses e-mail and
password accounts, and traffic is TLS; there is no other hardening yet.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Church organ tuning forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts organ tuning drift from loft climate sensors and books tuner visits.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Loft climate readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Humidity, temperature and battery level per sensor, every 15 minutes.",
)
weather = tg.Data("Regional weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tuning_log = tg.Data(
    "Tuning visit measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cents of drift per rank measured by the tuner at each visit.",
)
training_rows = tg.Data(
    "Drift training rows", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Drift model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Tuning drift forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
contacts = tg.Data(
    "Church contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail and phone of the churchwarden or organist for each church.",
)
diaries = tg.Data("Tuner diaries", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Tuning visit bookings", kind="records", sensitivity=tg.Sensitivity.PII)
booking_email = tg.Data("Visit booking e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
visit_reply = tg.Data(
    "Visit acceptance or reschedule", kind="records", sensitivity=tg.Sensitivity.PII
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Church premises", trust=tg.Trust.PARTNER):
    # One per organ loft: the only source of climate data; anyone with the loft key can reach it.
    sensor = tm.add(
        tg.Device(
            "Organ loft climate sensor",
            fleet=True,
            description="Battery humidity/temperature logger with a cellular modem.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The church's contact receives the booking and accepts or moves it.
    churchwarden = tm.add(tg.Actor("Church contact", role="churchwarden or organist"))
    # Tuners travel between churches and use the portal from their phones.
    tuner = tm.add(tg.Actor("Organ tuner", role="field tuner"))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Outdoor conditions are a leading indicator of loft humidity.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Transactional e-mail provider that delivers booking e-mails to churches.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Workshop cloud account", trust=tg.Trust.INTERNAL):
    # Receives sensor uploads from the mobile network.
    ingest = tm.add(
        tg.Endpoint(
            "Sensor ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Time-series history of every loft, the model's main input.
    reading_store = tm.add(
        tg.DataStore(
            "Climate reading store",
            stores={readings, weather},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Contracts, church contacts, tuner diaries, bookings and the tuners' measurements.
    service_db = tm.add(
        tg.DataStore(
            "Service contract database",
            stores={contacts, diaries, bookings, tuning_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Joins readings, weather and measured drift into training rows.
    training_set = tm.add(tg.Dataset("Drift training set", stores={training_rows}))
    # Weekly retraining of the drift regressor.
    trainer = tm.add(tg.Pipeline("Weekly drift model training job", stage=tg.Stage.TRAINING))
    # Keeps trained model files; the latest one is loaded for scoring.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # Predicts days until each organ drifts beyond tolerance.
    drift_model = tm.add(
        tg.Model(
            "Tuning drift model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor saved with joblib.",
        )
    )
    # Turns forecasts into proposed visits and sends booking e-mails once confirmed.
    booking = tm.add(
        tg.Service(
            "Tuning booking service",
            description="Nightly: scores every organ, proposes visits fitting tuners' diaries.",
            controls={c.HumanInTheLoop(approver="workshop manager")},
        )
    )
    # Web portal for churches (accept or move visits) and tuners (log measurements).
    portal = tm.add(
        tg.Endpoint(
            "Church and tuner portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # Confirms proposed visits and runs the tuning rota.
    manager = tm.add(tg.Actor("Workshop manager", role="workshop manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensor, ingest, readings, protocol="mqtts")
tm.flow(ingest, reading_store, readings)
tm.flow(weather_api, reading_store, weather, protocol="https", label="daily pull")

tm.flow(tuner, portal, tuning_log, protocol="https", label="visit measurements")
tm.flow(portal, service_db, tuning_log, visit_reply)
tm.flow(service_db, portal, bookings, contacts)
tm.flow(portal, tuner, bookings, protocol="https", label="visit schedule")

tm.flow(reading_store, training_set, readings, weather, label="weekly export")
tm.flow(service_db, training_set, tuning_log, label="weekly export")
tm.flow(training_set, trainer, training_rows)
tm.flow(trainer, registry, model_file)
tm.flow(registry, drift_model, model_file, label="load latest version")

tm.flow(reading_store, booking, readings, weather, label="nightly")
tm.flow(booking, drift_model, readings, weather)
tm.flow(drift_model, booking, forecast)
tm.flow(service_db, booking, diaries, contacts, bookings)
tm.flow(booking, manager, bookings, protocol="https", label="proposed visits")
tm.flow(manager, booking, confirmation, protocol="https", label="confirms visits")
tm.flow(booking, service_db, bookings)
tm.flow(booking, mailer, booking_email, protocol="https")
tm.flow(mailer, churchwarden, booking_email, protocol="smtp")

tm.flow(churchwarden, portal, visit_reply, protocol="https")
tm.flow(portal, churchwarden, bookings, protocol="https")
