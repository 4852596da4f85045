"""Heritage tram brake monitoring: the first design, before any security review.

The tramway museum runs restored trams on its demonstration line with the public on
board. A logger on each tram records cab accelerometers and traction motor currents
during the driver's pre-service brake test and uploads the run over the depot Wi-Fi
(MQTT) when the tram is back in the shed. A depot server derives deceleration
features, adds the day's weather from a forecast API, and an in-house classifier
scores each tram's brakes every morning. Flagged trams appear on the workshop
dashboard and in an e-mail to the duty engineer, who signs the daily fitness sheet;
flagged trams stay in the shed until inspected. Inspection findings become labels
for a winter retraining run, started by a volunteer data engineer over the depot VPN.
Controls: per-logger MQTT credentials and schema checks at ingest, individual
dashboard accounts with roles, the engineer's sign-off, nightly backups, and a
pre-release check of each new model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heritage tram brake monitoring",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Flags heritage trams for brake inspection from onboard accelerometer and "
        "motor current data before they carry the public."
    ),
)

# ---------------------------------------------------------------- data assets
run_start = tg.Data(
    "Brake test start and tram number",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The driver keys the tram's fleet number and starts the test run.",
)
readings = tg.Data(
    "Brake test readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Accelerometer traces and motor currents sampled at 200 Hz during the run.",
)
weather = tg.Data(
    "Weather observations and forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Temperature, rainfall and leaf-fall risk that change rail adhesion.",
)
features = tg.Data(
    "Brake performance features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Peak and mean deceleration, stopping distance, rheostatic current decay.",
)
score = tg.Data("Brake condition score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
flags = tg.Data(
    "Inspection flags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_mail = tg.Data("Inspection alert e-mail", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
signoff = tg.Data(
    "Daily fitness sign-off",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
findings = tg.Data(
    "Workshop inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shoe and block wear, track brake condition, what was adjusted or replaced.",
)
labels = tg.Data(
    "Brake condition labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
history = tg.Data(
    "Historical brake runs", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Brake classifier file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting saved with joblib.",
)
retrain_request = tg.Data(
    "Retraining run and release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hourly observations and forecasts; adhesion depends on the weather.
    weather_feed = tm.add(
        tg.DataSource(
            "Weather forecast service",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="A commercial weather API on a free-tier key.",
        )
    )
    # The volunteer who maintains the model works from home.
    data_engineer = tm.add(
        tg.Actor("Volunteer data engineer", role="model maintainer", privileged=True)
    )

with tm.boundary("Museum e-mail provider", trust=tg.Trust.PARTNER):
    # The museum's hosted mailboxes; carries the morning alert.
    mail = tm.add(tg.ExternalService("Hosted e-mail", provides="generic"))

with tm.boundary("Tram fleet", trust=tg.Trust.INTERNAL):
    # The volunteer driver runs the standard brake test before the first trip.
    driver = tm.add(tg.Actor("Tram driver", role="volunteer driver"))
    # One logger per tram, mounted in the locked equipment box under the cab.
    logger = tm.add(
        tg.Device(
            "Onboard brake data logger",
            fleet=True,
            description="Raspberry Pi with an accelerometer hat and clamp-on current sensors.",
        )
    )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Receives uploads from the loggers and derives features.
    ingest = tm.add(
        tg.Pipeline(
            "Brake run ingest",
            stage=tg.Stage.INGESTION,
            description="Mosquitto broker plus a parser that computes deceleration curves.",
            controls={
                c.Authentication(method="per-logger MQTT username and password"),
                c.SchemaEnforcement(note="runs with missing channels or wrong rate are rejected"),
            },
        )
    )
    # Every brake run and its features, kept for trend charts and training.
    telemetry_db = tm.add(
        tg.DataStore(
            "Brake telemetry database",
            stores={readings, features, weather},
            controls={c.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # The in-house model that scores each tram's brakes.
    brake_model = tm.add(
        tg.Model(
            "Brake condition classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores how far a tram's braking has drifted from its own baseline.",
        )
    )
    # Runs the model over the latest run of every tram before the public day starts.
    fitness = tm.add(
        tg.Service(
            "Morning fitness check",
            description="Scores every tram at 07:30 and raises flags above the threshold.",
            controls={
                c.HumanInTheLoop(
                    approver="the duty engineer, who signs the daily fitness sheet "
                    "before any tram carries passengers"
                )
            },
        )
    )
    # Workshop web page with flags, trends and the sign-off form.
    dashboard = tm.add(
        tg.Endpoint(
            "Workshop dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual volunteer accounts with password"),
                c.RBAC(note="only engineers may sign the fitness sheet"),
            },
        )
    )
    # Inspection findings and sign-offs, the museum's maintenance record.
    maintenance_log = tm.add(tg.DataStore("Fleet maintenance log", stores={findings, signoff}))
    # Winter snapshot of runs joined to inspection outcomes.
    training_set = tm.add(tg.Dataset("Labelled brake runs", stores={history, labels}))
    # Retrains the classifier once a year in the closed season.
    training = tm.add(
        tg.Pipeline(
            "Winter retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="a new model must flag every tram that failed last season's inspections"
                )
            },
        )
    )
    # Shared folder the morning check loads the model file from.
    model_store = tm.add(tg.ModelRegistry("Model folder on depot server", stores={model_file}))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Signs trams fit (or not) for the day.
    duty_engineer = tm.add(tg.Actor("Duty engineer", role="volunteer engineer"))
    # Inspects flagged trams over the pit and records what was found.
    inspector = tm.add(tg.Actor("Workshop inspector", role="fitter"))

# ---------------------------------------------------------------- flows
tm.flow(driver, logger, run_start, label="keyed on the logger panel")
tm.flow(logger, ingest, readings, protocol="mqtt", label="upload over depot Wi-Fi")
tm.flow(weather_feed, ingest, weather, protocol="https")
tm.flow(ingest, telemetry_db, readings, features, weather)

tm.flow(telemetry_db, fitness, features, weather, label="daily pre-service batch")
tm.flow(fitness, brake_model, features, weather)
tm.flow(brake_model, fitness, score)
tm.flow(fitness, dashboard, flags, score)
tm.flow(fitness, mail, alert_mail, protocol="smtp+starttls")
tm.flow(mail, duty_engineer, alert_mail, protocol="https")

tm.flow(dashboard, duty_engineer, flags, score, protocol="http")
tm.flow(duty_engineer, dashboard, signoff, protocol="http")
tm.flow(inspector, dashboard, findings, protocol="http")
tm.flow(dashboard, maintenance_log, signoff, findings)
tm.flow(maintenance_log, dashboard, signoff, findings)
tm.flow(telemetry_db, dashboard, readings, features, label="trend charts")

tm.flow(telemetry_db, training_set, history, label="winter export")
tm.flow(maintenance_log, training_set, labels, label="winter export")
tm.flow(data_engineer, training, retrain_request, protocol="ssh", label="over the depot VPN")
tm.flow(training_set, training, history, labels)
tm.flow(training, model_store, model_file)
tm.flow(model_store, brake_model, model_file, label="loaded at the morning check")
