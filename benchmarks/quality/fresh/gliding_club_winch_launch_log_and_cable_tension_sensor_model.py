"""Gliding club winch launch log and cable wear advice: the first design.

The club's launch winch gets a cable tension sensor and a rope-break logger, both
wired to a small gateway computer in the winch cab that uploads their readings over
4G to the club's cloud account. Pilots sign in for each flight in the launch point
app on their phones; the winch driver records weak-link changes and cable splices in
the same app, and the duty instructor runs the launch queue from it on a tablet.
A nightly job trains a gradient-boosted model on the launch log, the tension traces
and the rope-break history; an advice service scores the current cable and the weak
links in use and posts advice (change a weak link, splice or retire the cable) to
the duty instructor, who decides. Members sign in with e-mail and password, roles
separate pilots, winch drivers and instructors, traffic is TLS, the gateway uses an
API key in its config file, and the database is encrypted and backed up nightly.
Members are in the UK/EU, so their names and flying records fall under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gliding club winch launch log and cable wear advice",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Winch sensors and launch logs feed a model that advises the duty "
    "instructor on weak-link failures and cable wear.",
)

# ---------------------------------------------------------------- data assets
tension = tg.Data(
    "Cable tension readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tension trace of each launch, sampled at 50 Hz.",
)
rope_breaks = tg.Data(
    "Rope-break events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Time, peak tension and cable position of each break or weak-link failure.",
)
flight_signin = tg.Data(
    "Flight sign-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilot name, membership number, glider registration, P1/P2 and launch type.",
)
launch_log = tg.Data(
    "Launch log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Each launch: pilot, glider, weak link fitted, winch driver, outcome.",
)
maintenance = tg.Data(
    "Cable maintenance records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weak-link changes, cable splices and cable replacements.",
)
launch_queue = tg.Data(
    "Launch queue",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who launches next, in which glider, with which weak link.",
)
instructor_decisions = tg.Data(
    "Duty instructor decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledged advice, cable taken out of service, launches held.",
)
credentials = tg.Data(
    "Member login credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
model_artifact = tg.Data(
    "Cable wear model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
features = tg.Data(
    "Cable and weak-link features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Launches since last splice, peak tensions, break counts per weak-link colour.",
)
prediction = tg.Data(
    "Weak-link failure and cable wear prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
advice = tg.Data(
    "Cable and weak-link advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # Club members fly, and sign in for each flight on their own phones.
    pilot = tm.add(tg.Actor("Pilot", role="club member"))
    # Runs the launch point and acts on the advice, from a club tablet on 4G.
    instructor = tm.add(tg.Actor("Duty instructor", role="instructor"))

with tm.boundary("Winch cab", trust=tg.Trust.INTERNAL):
    # Drives the winch and records weak-link changes and splices in the app.
    winch_driver = tm.add(tg.Actor("Winch driver", role="winch driver"))
    # Load cell on the cable drum: the tension trace of every launch.
    tension_sensor = tm.add(
        tg.Device("Cable tension sensor", fleet=False, description="Load cell on the drum.")
    )
    # Records each rope break and weak-link failure with its peak tension.
    logger = tm.add(tg.Device("Rope-break logger", fleet=False))
    # Raspberry Pi that collects both and uploads them over 4G after each launch.
    gateway = tm.add(
        tg.Service(
            "Winch gateway",
            description="Raspberry Pi in the cab; buffers readings when there is no signal.",
        )
    )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Receives the gateway's uploads.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key in the gateway's config file")},
        )
    )
    # The launch point app: flight sign-in, launch queue, maintenance entries, advice.
    app = tm.add(
        tg.Service(
            "Launch point app",
            description="Web app used on phones and the launch point tablet.",
            controls={
                c.Authentication(method="club member e-mail and password"),
                c.RBAC(note="pilot, winch driver and duty instructor roles"),
            },
        )
    )
    # System of record for launches, sensor data, maintenance and member logins.
    db = tm.add(
        tg.DataStore(
            "Launch log database",
            stores={
                launch_log,
                flight_signin,
                tension,
                rope_breaks,
                maintenance,
                instructor_decisions,
                advice,
                credentials,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly database backups"),
            },
        )
    )
    # Nightly retraining on the whole launch history.
    training = tm.add(tg.Pipeline("Nightly training job", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model files.
    model_store = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))
    # Predicts weak-link failures and cable wear.
    wear_model = tm.add(
        tg.Model(
            "Cable wear model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees (scikit-learn), saved with joblib.",
        )
    )
    # Scores the current cable and weak links and posts advice to the app.
    advice_service = tm.add(
        tg.Service(
            "Advice service",
            description="Runs after each uploaded launch and at the start of the flying day.",
            controls={
                c.HumanInTheLoop(
                    approver="duty instructor",
                    note="advice only: the duty instructor decides whether to change a "
                    "weak link or take the cable out of service",
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# winch instrumentation
tm.flow(tension_sensor, gateway, tension, protocol="rs-485")
tm.flow(logger, gateway, rope_breaks, protocol="rs-485")
tm.flow(gateway, ingest, tension, rope_breaks, protocol="https", controls={tls}, label="4G upload")
tm.flow(ingest, db, tension, rope_breaks)

# launch point app
tm.flow(
    pilot,
    app,
    flight_signin,
    credentials,
    protocol="https",
    controls={tls},
    label="sign in for a flight",
)
tm.flow(app, pilot, launch_queue, protocol="https", controls={tls})
tm.flow(winch_driver, app, maintenance, credentials, protocol="https", controls={tls})
tm.flow(
    app,
    winch_driver,
    launch_queue,
    protocol="https",
    controls={tls},
    label="next launch and weak link",
)
tm.flow(instructor, app, instructor_decisions, credentials, protocol="https", controls={tls})
tm.flow(app, instructor, launch_queue, advice, protocol="https", controls={tls})
tm.flow(app, db, flight_signin, launch_log, maintenance, instructor_decisions)
tm.flow(db, app, credentials, launch_log, advice, label="sign-in check, queue and advice")

# training
tm.flow(db, training, launch_log, tension, rope_breaks, maintenance, label="nightly export")
tm.flow(training, model_store, model_artifact)

# advice
tm.flow(model_store, advice_service, model_artifact, label="load latest model")
tm.flow(db, advice_service, tension, rope_breaks, maintenance, launch_log)
tm.flow(advice_service, wear_model, features)
tm.flow(wear_model, advice_service, prediction)
tm.flow(advice_service, db, advice)
