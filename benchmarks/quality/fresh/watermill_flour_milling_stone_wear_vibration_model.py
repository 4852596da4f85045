"""Watermill stone wear forecasting: the first design, before any security review.

A heritage watermill that still mills flour commercially has accelerometers on the
stone spindles of its two pairs of millstones. A small gateway in the mill office
buffers the readings and uploads them over the mill's broadband to our cloud tenancy.
Each night a scoring job runs a wear model over the day's vibration and forecasts how
many milling hours remain before each pair of stones needs dressing; when a pair is
close, the miller gets a text message through an SMS provider. The miller logs
batches, running hours and each dressing in a web dashboard, and those dressing
records are the labels a monthly retraining job learns from. A monthly report of
output and stone condition is written to the mill trust's shared drive for its
heritage records and grant reporting. Controls in this design: HTTPS on every link
out of the mill, a per-gateway API key and schema checks on the ingestion API,
e-mail and password sign-in on the dashboard, provider-managed encryption and nightly
backups of the databases, and versioned model files.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Watermill stone wear forecasting",
    profile=tg.RiskProfile.LOW,
    description="Forecasts millstone dressing needs from spindle vibration and warns the miller.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Stone vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spindle acceleration spectra and stone speed, one sample set per minute.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
forecast = tg.Data(
    "Stone wear forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Milling hours left before each pair of stones needs dressing.",
)
warning = tg.Data(
    "Dressing warning text",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'Stones 2 need dressing within about 15 milling hours'.",
)
contact = tg.Data(
    "Miller contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names and mobile numbers of the miller and the relief miller.",
)
milling_log = tg.Data(
    "Milling log",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Batches milled, grain lots, tonnage, running hours and who was milling.",
)
dressing = tg.Data(
    "Stone dressing records",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Date of each dressing and the wear the miller measured on the furrows.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Wear model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="joblib dump of the gradient-boosted regressor.",
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
report = tg.Data(
    "Monthly milling report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Monthly output, running hours and stone condition, as a PDF and CSV.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mill building", trust=tg.Trust.INTERNAL):
    # The accelerometers on the stone spindles: the only source of the wear signal.
    sensors = tm.add(
        tg.Device(
            "Millstone vibration sensors",
            fleet=False,
            description="Four accelerometers, one on each stone spindle bearing and bridge tree.",
        )
    )
    # Buffers readings through broadband outages and uploads them every five minutes.
    gateway = tm.add(
        tg.Service(
            "Mill edge gateway",
            description="Raspberry Pi with an ADC board in the mill office.",
        )
    )

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # The one way readings come in from the mill.
    ingestion = tm.add(
        tg.Endpoint(
            "Readings ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.SchemaEnforcement(note="readings JSON schema with value ranges"),
            },
        )
    )
    # Time series of every reading, kept for scoring and retraining.
    readings_db = tm.add(
        tg.DataStore(
            "Vibration readings database",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # What the miller and the report draw on: logs, dressings, forecasts, contacts.
    records_db = tm.add(
        tg.DataStore(
            "Milling records database",
            stores={milling_log, dressing, forecast, contact},
            controls={
                c.EncryptionAtRest(key_management="cloud provider-managed keys"),
                c.DataVersioning(note="nightly managed backups kept 30 days"),
            },
        )
    )
    # Turns a day of vibration into a wear forecast and decides whether to warn.
    scoring = tm.add(
        tg.Service(
            "Nightly wear scoring job",
            description="Scores each pair of stones and texts the miller under 20 hours left.",
        )
    )
    # The model itself; the miller decides whether and when to dress the stones.
    model = tm.add(
        tg.Model(
            "Stone wear model",
            task=tg.Task.REGRESSOR,
            description="Predicts milling hours left before dressing from vibration features.",
        )
    )
    # Where the miller reads forecasts and records batches and dressings.
    dashboard = tm.add(
        tg.Endpoint(
            "Miller dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Learns from readings against the dressing records the miller enters.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Installs scikit-learn and pandas from PyPI on each run.",
        )
    )
    # Storage bucket the scoring job loads its model from.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file bucket",
            stores={model_file},
            controls={c.ModelVersioning(note="files named by training date; job pinned to one")},
        )
    )
    # Writes the monthly report the mill trust asked for.
    report_job = tm.add(tg.Service("Monthly trust report job"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Reads forecasts and warnings on their own phone, in the mill or at home.
    miller = tm.add(tg.Actor("Miller", role="miller"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the dressing warnings as text messages.
    sms = tm.add(tg.ExternalService("SMS gateway service"))

with tm.boundary("Mill trust", trust=tg.Trust.PARTNER):
    # The trust owns the mill and keeps its milling records for heritage and grants.
    trust_drive = tm.add(
        tg.ExternalService(
            "Mill trust shared drive",
            description="The trust's cloud document folder; trustees read the reports there.",
        )
    )

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Our engineer who maintains the training code and the model.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, label="wired to the gateway's ADC board")
tm.flow(gateway, ingestion, readings, protocol="https", label="upload every 5 minutes")
tm.flow(ingestion, readings_db, readings)

tm.flow(readings_db, scoring, readings, label="nightly batch")
tm.flow(scoring, model, readings)
tm.flow(model, scoring, forecast)
tm.flow(scoring, records_db, forecast)
tm.flow(records_db, scoring, contact, label="who to text")
tm.flow(scoring, sms, warning, contact, protocol="https")
tm.flow(sms, miller, warning, protocol="sms")

tm.flow(miller, dashboard, milling_log, dressing, protocol="https")
tm.flow(dashboard, records_db, milling_log, dressing)
tm.flow(records_db, dashboard, forecast, milling_log, dressing)
tm.flow(dashboard, miller, forecast, milling_log, protocol="https")

tm.flow(readings_db, training, readings, label="monthly export")
tm.flow(records_db, training, dressing, label="monthly export")
tm.flow(engineer, training, training_code, protocol="https")
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, label="loaded at each nightly run")

tm.flow(records_db, report_job, milling_log, forecast, label="monthly export")
tm.flow(report_job, trust_drive, report, protocol="https")
