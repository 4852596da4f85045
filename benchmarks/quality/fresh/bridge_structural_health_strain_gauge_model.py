"""Bridge structural health monitoring: the first design, before any security review.

A UK highways authority instruments a river road bridge with vibrating-wire strain
gauges, tiltmeters on the piers and deck accelerometers. A data logger on site
sends readings over 4G to the authority's cloud, where an ingestion job checks
them against a schema and stores them in a time-series database beside weather
observations from a met service. A detector trained in-house on past readings
scores each ten-minute window for abnormal behaviour; the scoring service raises
alerts, texts the on-call structural engineer and shows lane-closure advice on a
monitoring dashboard. The traffic control room decides any closure and sets it in
the lane control system; the model never closes lanes itself. Engineers label past
events for retraining, and models are backtested before they are promoted.
Controls: SSO with MFA on the dashboard, schema checks at ingestion, a data-loss
alarm, encrypted and backed-up storage, and role-based access to the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridge structural health monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Detects abnormal strain, tilt and vibration on a road bridge and advises lane closures.",
)

# ---------------------------------------------------------------- data assets
strain = tg.Data("Strain readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
motion = tg.Data(
    "Tilt and acceleration readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
telemetry = tg.Data(
    "Sensor telemetry batches",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="One-minute batches of all channels, with logger timestamps.",
)
weather = tg.Data("Weather observations", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
features = tg.Data(
    "Windowed sensor features",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Ten-minute windows, temperature-compensated with the weather data.",
)
scores = tg.Data("Anomaly scores", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
alerts = tg.Data(
    "Structural alerts and lane closure advice",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_text = tg.Data("Alert text message", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
labels = tg.Data(
    "Engineer event labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
history = tg.Data("Historical readings", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data")
artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
closure = tg.Data(
    "Lane closure command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bridge site", trust=tg.Trust.INTERNAL):
    # Vibrating-wire gauges on the main girders and hangers.
    gauges = tm.add(tg.Device("Strain gauges", fleet=True))
    # Pier tiltmeters and deck accelerometers on an RS-485 bus.
    motion_sensors = tm.add(tg.Device("Tiltmeters and accelerometers", fleet=True))
    # The cabinet logger that samples every channel and uploads over 4G.
    logger = tm.add(
        tg.Device(
            "Site data logger",
            fleet=False,
            description="Logger in a roadside cabinet; uploads over a public 4G SIM.",
        )
    )

with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # Air temperature and wind, for temperature compensation and wind-load context.
    met = tm.add(tg.DataSource("Weather service", origin=tg.Origin.VENDOR, provides={weather}))

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Receives logger uploads and the weather feed, checks and stores them.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="channel ranges and timestamps checked")},
        )
    )
    # All raw readings and weather, kept for the life of the bridge.
    tsdb = tm.add(
        tg.DataStore(
            "Sensor time-series database",
            stores={telemetry, weather, history},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="daily backups"),
            },
        )
    )
    # Runs the detector on each window and turns scores into alerts and advice.
    scoring = tm.add(
        tg.Service(
            "Anomaly scoring service",
            description="Applies alert thresholds to model scores and drafts closure advice.",
            controls={
                c.FailClosed(
                    fallback="no data from the site for 10 minutes raises a data-loss "
                    "alarm to the control room"
                )
            },
        )
    )
    # The detector of abnormal structural behaviour.
    model = tm.add(
        tg.Model(
            "Bridge anomaly detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Isolation forest plus trend checks over strain, tilt and vibration.",
        )
    )
    # Alerts, advice given and engineers' annotations of past events.
    event_log = tm.add(tg.DataStore("Alert and event log", stores={alerts, labels}))
    # Web dashboard for engineers and the control room.
    dashboard = tm.add(
        tg.Endpoint(
            "Monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="authority SSO with MFA"), c.RBAC()},
        )
    )
    # Quarterly retraining on new history and labelled events.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Versions of the detector; promotion after a backtest on known events.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.RBAC(), c.ModelValidation(note="backtest on recorded events")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends alert texts to the on-call engineer's phone.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Traffic control centre", trust=tg.Trust.INTERNAL):
    # Operators who decide and set lane closures.
    operator = tm.add(tg.Actor("Control room operator", role="traffic operator"))
    # Existing system that sets lane signals and message signs on the bridge.
    lane_control = tm.add(tg.Service("Lane control system"))

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Bridge engineer who investigates alerts and labels events.
    engineer = tm.add(tg.Actor("Structural engineer", role="bridge engineer"))

# ---------------------------------------------------------------- flows
tm.flow(gauges, logger, strain, label="wired vibrating-wire channels")
tm.flow(motion_sensors, logger, motion, protocol="modbus")
tm.flow(logger, ingestion, telemetry, protocol="mqtts", label="over public 4G")
tm.flow(met, ingestion, weather, protocol="https")
tm.flow(ingestion, tsdb, telemetry, weather)

tm.flow(tsdb, scoring, telemetry, weather)
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, event_log, alerts)
tm.flow(scoring, sms, alert_text, protocol="https")
tm.flow(sms, engineer, alert_text, protocol="sms")

tm.flow(event_log, dashboard, alerts)
tm.flow(tsdb, dashboard, telemetry, label="trend charts")
tm.flow(dashboard, operator, alerts, protocol="https")
tm.flow(dashboard, engineer, alerts, telemetry, protocol="https")
tm.flow(engineer, dashboard, labels, protocol="https", label="labels events")
tm.flow(dashboard, event_log, labels)
tm.flow(operator, lane_control, closure, label="sets closure at the control desk")

tm.flow(tsdb, training, history)
tm.flow(event_log, training, labels)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="loads promoted version")
