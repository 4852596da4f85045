"""Tailings dam sensor anomaly model: the first design, before any security review.

A mining company monitors its tailings storage facility with vibrating-wire
piezometers (pore pressure) and in-place inclinometers (embankment movement),
wired to solar-powered dataloggers on the dam. The dataloggers report over
cellular to a gateway that the sensor vendor hosts; our ingestion pipeline pulls
the readings from the vendor's API and also loads the InSAR ground-movement
product bought from a satellite data provider. In the company's cloud an hourly
scoring job runs an in-house anomaly model over the latest readings and alerts
the geotechnical engineers by SMS and e-mail; engineers look at the trends on a
dashboard and, if they judge it necessary, trigger the downstream warning sirens
from the siren control console in the control room. The model is retrained
quarterly from the reading history. Controls in this design: SSO with MFA and
roles on the dashboard, schema checks at ingestion, encryption at rest of the
readings, model validation and versioning, operator login on the siren console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tailings dam sensor anomaly model",
    profile=tg.RiskProfile.HIGH,
    description="Hourly anomaly scoring of tailings dam instrumentation and InSAR data, "
    "alerting geotechnical engineers who can sound the downstream sirens.",
)

# ---------------------------------------------------------------- data assets
pore_pressure = tg.Data(
    "Piezometer pore pressure readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tilt = tg.Data(
    "Inclinometer tilt readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
logger_telemetry = tg.Data(
    "Datalogger telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Batched sensor readings with logger battery and health status.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
insar = tg.Data(
    "InSAR ground displacement measurements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly licensed displacement time series over the dam and its abutments.",
)
readings = tg.Data(
    "Normalised sensor readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical reading set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
scores = tg.Data(
    "Anomaly scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_file = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn isolation forest and thresholds saved with joblib.",
)
alert = tg.Data(
    "Dam anomaly alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which instruments are anomalous, the score and a link to the dashboard.",
)
dashboard_view = tg.Data(
    "Instrument trends and scores", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
siren_command = tg.Data(
    "Siren activation command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
siren_status = tg.Data(
    "Siren status telemetry", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dam site", trust=tg.Trust.INTERNAL):
    # Vibrating-wire piezometers in the embankment and foundation.
    piezometers = tm.add(tg.Device("Piezometer sensors"))
    # In-place inclinometer strings measuring embankment deformation.
    inclinometers = tm.add(tg.Device("Inclinometer sensors"))
    # Solar-powered loggers that read the sensors and report over cellular.
    loggers = tm.add(tg.Device("Site dataloggers"))

with tm.boundary("Downstream communities", trust=tg.Trust.INTERNAL):
    # Company-owned warning sirens in the villages below the dam.
    sirens = tm.add(tg.Device("Downstream warning sirens"))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's hosted gateway that the dataloggers report to; it exposes an API.
    gateway = tm.add(
        tg.ExternalService("Datalogger gateway", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("InSAR provider", trust=tg.Trust.PARTNER):
    # Satellite data company delivering the processed ground-movement product.
    insar_feed = tm.add(
        tg.DataSource("InSAR data delivery", origin=tg.Origin.VENDOR, provides={insar})
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Pulls vendor readings and InSAR deliveries, checks and normalises them.
    ingestion = tm.add(
        tg.Pipeline(
            "Readings ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="units, ranges and timestamps per instrument")},
        )
    )
    # Time-series database of every reading and score.
    ts_store = tm.add(
        tg.DataStore(
            "Instrument time-series store",
            stores={readings, insar, scores},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs once an hour: loads the latest readings, scores them, raises alerts.
    scoring_job = tm.add(tg.Service("Hourly anomaly scoring job"))
    # In-house model that scores how unusual each instrument's behaviour is.
    model = tm.add(
        tg.Model(
            "Dam anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelValidation(note="backtest on past events before promotion")},
        )
    )
    # Quarterly retraining on the reading history.
    training = tm.add(tg.Pipeline("Quarterly retraining pipeline", stage=tg.Stage.TRAINING))
    # Holds the approved model versions the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Sends SMS and e-mail alerts to the on-call geotechnical engineers.
    alerting = tm.add(tg.Service("Alert notification service"))
    # Web dashboard of instrument trends, InSAR maps and anomaly scores.
    dashboard = tm.add(
        tg.Endpoint(
            "Geotechnical dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Mine control room", trust=tg.Trust.RESTRICTED):
    # Engineers responsible for dam safety; they decide whether to sound the sirens.
    engineer = tm.add(
        tg.Actor("Geotechnical engineer", role="geotechnical engineer", privileged=True)
    )
    # Console and radio head-end that sends activation commands to the sirens.
    siren_console = tm.add(
        tg.Service(
            "Siren control console",
            controls={c.Authentication(method="operator username and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(piezometers, loggers, pore_pressure, label="wired vibrating-wire channel")
tm.flow(inclinometers, loggers, tilt, label="wired RS-485 string")
tm.flow(loggers, gateway, logger_telemetry, protocol="mqtt", label="cellular")
tm.flow(gateway, ingestion, logger_telemetry, protocol="https", label="polled every 15 minutes")
tm.flow(insar_feed, ingestion, insar, protocol="sftp", label="monthly delivery")
tm.flow(ingestion, ts_store, readings, insar)

tm.flow(ts_store, scoring_job, readings, insar)
tm.flow(scoring_job, model, readings)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, ts_store, scores)
tm.flow(scoring_job, alerting, alert)
tm.flow(alerting, engineer, alert, protocol="sms")

tm.flow(ts_store, training, history)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="load approved version")

tm.flow(ts_store, dashboard, dashboard_view)
tm.flow(dashboard, engineer, dashboard_view, protocol="https")

tm.flow(engineer, siren_console, siren_command, label="on the panel")
tm.flow(siren_console, sirens, siren_command, protocol="dnp3", label="licensed UHF radio")
tm.flow(sirens, siren_console, siren_status, protocol="dnp3", label="licensed UHF radio")
