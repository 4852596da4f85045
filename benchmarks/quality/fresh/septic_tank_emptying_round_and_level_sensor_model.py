"""Septic tank emptying rounds planned from tank level sensors: the first design.

A rural septic tank emptying firm in Ireland fits a battery level sensor to each
customer's tank. Sensors report over a LoRaWAN network run by a connectivity
provider, whose network server posts the readings to our ingestion endpoint in a
small cloud account. A fill-level forecast model, retrained monthly from the
readings and the emptying history, predicts when each tank will need emptying; a
nightly round planner turns the forecasts into a draft round for the tanker,
which the office scheduler checks and publishes in the office web app. A daily
reminder job texts each customer the day before through an SMS gateway, and the
driver's cab tablet pulls the day's route, stops and gate codes and sends back
job completions. Controls: TLS on links that leave the cloud, an API key on the
sensor webhook, password sign-in for office staff, a per-tablet key for the cab
tablet, an encrypted and backed-up customer database, and the scheduler's review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Septic tank emptying rounds and level sensors",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts when customers' septic tanks need emptying from level sensors, plans "
        "the tanker round, texts customers and guides the driver."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Tank level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor id, liquid level in cm, battery voltage, timestamp.",
)
customers = tg.Data(
    "Customer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, eircode, mobile number, tank size and sensor id.",
)
gate_codes = tg.Data(
    "Gate codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Keypad and padlock codes customers give us to reach the tank.",
)
history = tg.Data(
    "Emptying history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Past emptying dates and volumes per customer tank.",
)
forecast = tg.Data(
    "Fill-level forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted date each tank reaches 80% full.",
)
draft_round = tg.Data(
    "Draft round",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed stops for a day, with customer addresses, in visiting order.",
)
round_approval = tg.Data("Round approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
day_round = tg.Data(
    "Published day round",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The approved route with addresses, contact numbers and gate codes.",
)
completion = tg.Data(
    "Job completion",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stop done or missed, volume pumped, driver's note.",
)
reminder = tg.Data(
    "Emptying reminder text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, mobile number and tomorrow's visit window.",
)
model_artifact = tg.Data(
    "Forecast model file", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The battery level sensor in each customer's tank lid: the only source of fill levels.
    sensor = tm.add(tg.Device("Tank level sensor", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers receive the day-before text on their mobile phones.
    customer = tm.add(tg.Actor("Customer", role="tank owner"))

with tm.boundary("Tanker cab", trust=tg.Trust.UNTRUSTED):
    # The driver works the round from the cab; the tablet is on the public mobile network.
    driver = tm.add(tg.Actor("Tanker driver", role="driver"))
    # Rugged tablet in the cab showing route, stops and gate codes; logs completions.
    tablet = tm.add(
        tg.Device(
            "Cab tablet",
            fleet=True,
            description="Android tablet with our driver app, one per tanker.",
        )
    )

with tm.boundary("LoRaWAN connectivity provider", trust=tg.Trust.PARTNER):
    # Provider's network server: decodes sensor uplinks and forwards them by webhook.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial bulk SMS gateway used for the day-before texts.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives the network server's uplink webhooks and stores the readings.
    ingest = tm.add(
        tg.Endpoint(
            "Sensor ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="static API key in the webhook header"),
            },
        )
    )
    # Time series of every tank's readings.
    readings_store = tm.add(tg.DataStore("Readings store", stores={readings}))
    # Customers, gate codes, emptying history and rounds: the firm's main records.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and job database",
            stores={customers, gate_codes, history, draft_round, day_round, completion},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly snapshots kept for 14 days"),
            },
        )
    )
    # Predicts when each tank will need emptying.
    model = tm.add(
        tg.Model(
            "Fill-level forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor per tank, served in-process by the planner.",
        )
    )
    # Monthly retraining from readings and emptying history.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly forecast retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Builds tomorrow's draft round from forecasts and customer locations.
    planner = tm.add(
        tg.Service(
            "Nightly round planner",
            description="Picks tanks due within the week and orders stops by road distance.",
        )
    )
    # Office staff review and publish rounds and maintain customer records.
    office_app = tm.add(
        tg.Service(
            "Office web app",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="office scheduler",
                    note="a draft round reaches texts and the tablet only once published",
                ),
            },
        )
    )
    # Sends the day-before texts for the published round.
    reminder_job = tm.add(tg.Service("Daily reminder job"))
    # API the cab tablet calls for the round and to post completions.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Plans the week, takes customers' calls and enters their details and gate codes.
    scheduler = tm.add(tg.Actor("Office scheduler", role="scheduler"))

# ---------------------------------------------------------------- flows
tm.flow(sensor, lns, readings, protocol="lorawan", label="uplink every 6 hours")
tm.flow(lns, ingest, readings, protocol="https", label="uplink webhook")
tm.flow(ingest, readings_store, readings)

tm.flow(readings_store, planner, readings, label="nightly batch read")
tm.flow(customer_db, planner, customers, history, label="nightly batch read")
tm.flow(planner, model, readings, history, label="forecast request")
tm.flow(model, planner, forecast)
tm.flow(planner, customer_db, draft_round)

tm.flow(readings_store, retraining, readings, label="monthly export")
tm.flow(customer_db, retraining, history, label="monthly export")
tm.flow(retraining, model, model_artifact, label="deploy new model file")

tm.flow(customer_db, office_app, customers, gate_codes, draft_round, day_round, completion)
tm.flow(office_app, customer_db, customers, gate_codes, round_approval, day_round)
tm.flow(scheduler, office_app, customers, gate_codes, round_approval, protocol="https")
tm.flow(office_app, scheduler, customers, gate_codes, draft_round, completion, protocol="https")

tm.flow(customer_db, reminder_job, day_round, customers, label="daily batch read")
tm.flow(reminder_job, sms, reminder, protocol="https")
tm.flow(sms, customer, reminder, protocol="sms")

tm.flow(customer_db, driver_api, day_round)
tm.flow(driver_api, tablet, day_round, protocol="https")
tm.flow(tablet, driver_api, completion, protocol="https")
tm.flow(driver_api, customer_db, completion)
tm.flow(tablet, driver, day_round, label="on the touchscreen")
tm.flow(driver, tablet, completion, label="on the touchscreen")
