"""Bridge structural health monitoring: the first design, before any security review.

The highway authority has fitted strain gauges and accelerometers to the main girders
and bearings of a four-lane river bridge. A data logger in a locked cabinet on the
bridge samples them and sends time-stamped readings over a cellular link (MQTT over
TLS, one client certificate per logger) to an ingestion service in the authority's
cloud tenancy, which also pulls wind and temperature readings from the national weather
service. A scoring service runs an in-house anomaly model every minute over rolling
windows of the structural response; when the response departs from the learned normal
for the temperature, wind and traffic conditions, it sends an alert by SMS to the
duty bridge engineers. Engineers look at the readings on a web dashboard and, if they
judge it needed, request a lane restriction, which the traffic control room applies on
the bridge's lane signals. The instrumentation vendor's data scientist retrains the
model monthly from the history and it is loaded from a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridge structural health strain gauge anomaly model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Strain and vibration monitoring of a river bridge, with an anomaly model that "
        "alerts bridge engineers, who can have lanes restricted."
    ),
)

# ---------------------------------------------------------------- data assets
raw_signals = tg.Data(
    "Raw strain and acceleration signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
readings = tg.Data(
    "Strain and acceleration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Time-stamped 50 Hz readings per channel, batched every 10 seconds.",
)
weather = tg.Data(
    "Wind and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
windows = tg.Data(
    "Structural response feature windows", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
score = tg.Data(
    "Structural anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Structural anomaly alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_sms = tg.Data("Engineer alert SMS", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Readings and alert history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
restriction_request = tg.Data(
    "Lane restriction request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
restriction_status = tg.Data(
    "Lane restriction status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signal_settings = tg.Data(
    "Lane signal settings",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Anomaly model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Bridge field network",
    trust=tg.Trust.INTERNAL,
    description="Sensors wired to a logger in a locked roadside cabinet on the bridge.",
):
    # 48 channels of strain gauges and accelerometers on the girders and bearings.
    sensors = tm.add(tg.Device("Strain gauge and accelerometer array", fleet=True))
    # Samples the channels and uploads batches over its cellular modem.
    logger = tm.add(tg.Device("Bridge data logger", fleet=False))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Wind and temperature explain much of the normal variation in strain.
    met = tm.add(
        tg.DataSource(
            "Weather observation feed",
            origin=tg.Origin.VENDOR,
            provides={weather},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to the engineers' mobile phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("SHM cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives logger uploads and the weather feed and writes them to the database.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={
                c.SchemaEnforcement(
                    note="rejects messages with unknown channels or out-of-range timestamps"
                ),
                c.AnomalyDetection(note="alerts when the logger has been silent for 15 minutes"),
            },
        )
    )
    # Time-series history of every channel, the weather and the alerts raised.
    tsdb = tm.add(
        tg.DataStore(
            "Time-series database",
            stores={readings, weather, history},
            controls={c.DataVersioning(note="daily snapshots kept for 35 days")},
        )
    )
    # Runs every minute over rolling windows and decides whether to raise an alert.
    scorer = tm.add(tg.Service("Anomaly scoring service"))
    # Learns the normal response for given temperature, wind and traffic; flags departures.
    model = tm.add(
        tg.Model(
            "Structural anomaly model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Isolation forest over strain and acceleration features, conditioned on weather.",
        )
    )
    # Turns alerts into SMS messages to the duty engineers on the rota.
    notifier = tm.add(tg.Service("Alert notification service"))
    # Engineers see live readings and alerts, acknowledge them and request restrictions.
    dashboard = tm.add(
        tg.Endpoint(
            "Engineer dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="authority SSO (Entra ID) with MFA"),
                c.RBAC(note="only bridge engineers can request a restriction"),
            },
        )
    )
    # Monthly retraining from the last year of history.
    training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Holds the model versions; the scoring service loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Authority corporate network", trust=tg.Trust.INTERNAL):
    # Duty bridge engineers, on call around the clock.
    engineer = tm.add(tg.Actor("Bridge engineer", role="structural engineer"))

with tm.boundary("Traffic operations network", trust=tg.Trust.RESTRICTED):
    # The control room's system that sets lane signals and signs on the network.
    tms = tm.add(
        tg.Service(
            "Traffic management system",
            controls={c.HumanInTheLoop(approver="traffic control room operator")},
        )
    )
    # Lane control signals on the gantries at each end of the bridge.
    signals = tm.add(tg.Device("Bridge lane signals", fleet=True))

with tm.boundary("Instrumentation vendor", trust=tg.Trust.PARTNER):
    # The vendor that installed the sensors maintains and retrains the model.
    vendor_ds = tm.add(tg.Actor("Vendor data scientist", role="contractor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, logger, raw_signals, label="wired analogue channels")
tm.flow(
    logger,
    ingestion,
    readings,
    protocol="mqtts",
    label="cellular uplink",
    controls={c.Authentication(method="per-logger X.509 device certificate")},
)
tm.flow(met, ingestion, weather, protocol="https", label="10-minute observations")
tm.flow(ingestion, tsdb, readings, weather)

tm.flow(tsdb, scorer, readings, weather, label="rolling 10-minute windows")
tm.flow(scorer, model, windows)
tm.flow(model, scorer, score)
tm.flow(scorer, tsdb, history, label="scores and alerts")
tm.flow(scorer, notifier, alert)
tm.flow(notifier, sms, alert_sms, protocol="https")
tm.flow(sms, engineer, alert_sms, protocol="sms")

tm.flow(tsdb, dashboard, history, readings)
tm.flow(dashboard, engineer, history, protocol="https")
tm.flow(engineer, dashboard, acknowledgement, restriction_request, protocol="https")
tm.flow(dashboard, tsdb, acknowledgement)
tm.flow(dashboard, tms, restriction_request, protocol="https")
tm.flow(tms, dashboard, restriction_status, protocol="https")
tm.flow(tms, signals, signal_settings, label="roadside outstation link")

tm.flow(tsdb, training, readings, weather, label="monthly export")
tm.flow(
    vendor_ds, training, training_config, protocol="https", label="remote access to the tenancy"
)
tm.flow(training, registry, model_artifact)
tm.flow(registry, scorer, model_artifact, label="loads current version")
