"""Allotment society water-tank sensors and leak model: the first design, before review.

A UK allotment society fits battery LoRaWAN level sensors to the shared water tanks and
butts on its site. A LoRaWAN gateway in the locked pavilion forwards their uplinks to
The Things Network, whose webhook posts decoded readings to a small cloud VM that a
volunteer runs. There an hourly job scores recent level drops, with local rainfall from
a weather API, using a scikit-learn model that tells leaks and water theft from normal
use; alerts go to the site secretary by text message through an SMS provider, naming
the tank and the plots it serves. The secretary marks each alert as leak, theft or
false alarm on a small web dashboard, and those outcomes retrain the model monthly.
Controls: LoRaWAN's own AES session keys and message integrity codes on the radio link,
a shared-secret header on the TTN webhook, HTTPS to outside services, and a dashboard
login for committee members.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment society water tank sensor leak model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LoRaWAN level sensors on shared water tanks; a model flags leaks and theft "
        "from level drops and texts the site secretary."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Water level in mm and battery voltage, every 15 minutes per sensor.",
)
rainfall = tg.Data(
    "Rainfall observations and forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Level drop features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Drop rate, time of day, rainfall and refill events per tank window.",
)
prediction = tg.Data(
    "Leak and theft prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Leak, theft or normal use, with a score and litres lost.",
)
alert = tg.Data(
    "Leak or theft alert text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tank, time window, litres lost and the plots the tank serves.",
)
register = tg.Data(
    "Tank and plot register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which plots each tank serves, with plot holders' names and phone numbers.",
)
outcomes = tg.Data(
    "Alert outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The secretary's verdict on each alert: leak, theft or false alarm.",
)
history = tg.Data(
    "Reading history with outcomes", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Leak model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
accounts = tg.Data(
    "Committee user accounts",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dashboard logins: e-mail addresses and password hashes.",
)
dashboard_view = tg.Data(
    "Tank levels and alert list", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Allotment site", trust=tg.Trust.UNTRUSTED):
    # One sensor on each shared tank; the site is open to every plot holder with a gate key.
    sensors = tm.add(
        tg.Device(
            "Tank level sensors",
            fleet=True,
            description="Ultrasonic level sensors, battery powered, LoRaWAN class A, OTAA joined.",
        )
    )

with tm.boundary("Pavilion", trust=tg.Trust.INTERNAL):
    # Receives the sensors' radio uplinks and forwards them over the pavilion broadband.
    gateway = tm.add(tg.Service("LoRaWAN gateway"))

with tm.boundary("The Things Network", trust=tg.Trust.PARTNER):
    # Community LoRaWAN network server: dedupes uplinks, decrypts payloads, calls our webhook.
    network_server = tm.add(
        tg.ExternalService(
            "TTN network server", description="Holds the sensors' session keys and payload decoder."
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Local rainfall, so that a level rise from rain or a drop from use is not taken for a leak.
    weather = tm.add(tg.DataSource("Weather API", origin=tg.Origin.VENDOR, provides={rainfall}))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the alert texts to the secretary's mobile.
    sms = tm.add(tg.ExternalService("SMS gateway service"))

with tm.boundary("Society cloud VM", trust=tg.Trust.INTERNAL):
    # Public HTTPS endpoint TTN posts decoded uplinks to.
    receiver = tm.add(
        tg.Endpoint(
            "Uplink webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="shared secret header set in the TTN webhook")},
        )
    )
    # Readings, the tank and plot register, alert outcomes and dashboard accounts (SQLite).
    db = tm.add(
        tg.DataStore("Society water database", stores={readings, register, outcomes, accounts})
    )
    # Every hour: builds features for each tank, scores them, sends alerts.
    scoring_job = tm.add(tg.Service("Hourly leak scoring job"))
    # Tells leaks and theft from normal watering and refills.
    model = tm.add(
        tg.Model(
            "Leak and theft model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees over level-drop features, loaded from a joblib file.",
        )
    )
    # Monthly retraining on the reading history and the secretary's outcomes.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # The folder on the VM where the current model file is kept.
    model_folder = tm.add(tg.ModelRegistry("Model file folder", stores={model_file}))
    # Where the secretary sees tank levels and marks alert outcomes.
    dashboard = tm.add(
        tg.Service(
            "Water dashboard",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Committee", trust=tg.Trust.INTERNAL):
    # Receives alerts, checks the tanks and records what happened.
    secretary = tm.add(tg.Actor("Site secretary", role="society secretary", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    gateway,
    readings,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN 1.0.3 AES-128 application session key"),
        c.MessageIntegrity(note="LoRaWAN frame MIC with the network session key"),
    },
)
tm.flow(gateway, network_server, readings, protocol="udp", label="Semtech packet forwarder")
tm.flow(network_server, receiver, readings, protocol="https", label="uplink webhook")
tm.flow(receiver, db, readings)

tm.flow(weather, scoring_job, rainfall, protocol="https")
tm.flow(db, scoring_job, readings, register, label="last 48 hours per tank")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, prediction)
tm.flow(scoring_job, sms, alert, protocol="https")
tm.flow(sms, secretary, alert, protocol="sms")

tm.flow(secretary, dashboard, outcomes, protocol="https")
tm.flow(dashboard, db, outcomes)
tm.flow(db, dashboard, readings, register, outcomes, accounts)
tm.flow(dashboard, secretary, dashboard_view, protocol="https")

tm.flow(db, training, history, label="monthly export")
tm.flow(weather, training, rainfall, protocol="https")
tm.flow(training, model_folder, model_file)
tm.flow(model_folder, model, model_file, label="loaded at each run")
