"""Predictive maintenance for bearings: the first design, before any security review.

A car parts factory fits vibration sensors to the spindle and
press bearings on its machining and stamping lines. The sensors publish readings
over MQTT to an edge gateway on the plant OT network, which computes spectral
features and pushes readings and features over HTTPS to an ingestion pipeline in
the company's cloud ML account. An hourly scoring job runs an in-house classifier
that estimates the chance of a bearing failure in the next 14 days and, above a
threshold, opens a work order in the SaaS maintenance system (CMMS) through its
API, where planners schedule it and technicians close it with what they found.
Those outcomes are exported back as failure labels; a monthly training pipeline
retrains the model and a data scientist promotes versions in the model registry.
Reliability engineers watch machine health on a dashboard behind corporate SSO.
Controls so far: SSO on the dashboard, the CMMS API key in the cloud secret
manager, default KMS encryption of the time-series store, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bearing failure predictive maintenance",
    profile=tg.RiskProfile.LOW,
    description="Predicts machine bearing failures from vibration data and opens work orders.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acceleration RMS, peak and short waveform snapshots per bearing, every minute.",
)
features = tg.Data(
    "Spectral features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Band energies at bearing defect frequencies, kurtosis, temperature.",
)
history = tg.Data(
    "Maintenance history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Closed work orders: asset, date, failure mode found, parts replaced.",
)
labels = tg.Data(
    "Bearing failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
artifact = tg.Data(
    "Failure model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
risk = tg.Data(
    "Bearing failure risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Predictive work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Asset, suspected bearing, risk score and suggested priority.",
)
work_order_ref = tg.Data("Work order number", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data(
    "Work order completion report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician found and replaced, with their employee ID.",
)
health_view = tg.Data("Machine health view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # The measurement points: one sensor per monitored bearing housing.
    sensors = tm.add(
        tg.Device(
            "Vibration sensors",
            fleet=True,
            description="About 400 triaxial accelerometers on spindles and press bearings.",
        )
    )
    # Collects sensor readings on the line and is the only OT box that talks to the cloud.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Industrial PC per line: MQTT broker, FFT feature extraction, upload.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Watches machine health and decides which machines to look at first.
    engineer = tm.add(tg.Actor("Reliability engineer", role="reliability engineer"))
    # Builds and releases the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Carries out the work orders on the shop floor with the CMMS mobile app.
    technician = tm.add(tg.Actor("Maintenance technician", role="maintenance technician"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Receives gateway uploads and CMMS exports, writes the store and the training set.
    ingestion = tm.add(tg.Pipeline("Ingestion pipeline", stage=tg.Stage.INGESTION))
    # Holds raw readings, features and the scores written back by the scoring job.
    ts_store = tm.add(
        tg.DataStore(
            "Sensor time-series store",
            stores={readings, features, risk},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Historical features joined with failure labels from the CMMS.
    train_set = tm.add(tg.Dataset("Bearing training set", stores={features, labels}))
    # Monthly retraining on the joined set.
    training = tm.add(tg.Pipeline("Monthly training pipeline", stage=tg.Stage.TRAINING))
    # Keeps every trained version; the scoring job loads the one tagged production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The predictor itself.
    model = tm.add(
        tg.Model(
            "Bearing failure model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability that a bearing fails within 14 days.",
        )
    )
    # Scores every monitored bearing each hour and opens work orders above the threshold.
    scoring = tm.add(
        tg.Service(
            "Hourly scoring job",
            description="Opens a CMMS work order when the risk passes 0.7.",
            controls={c.SecretsManagement(note="CMMS API key in the cloud secret manager")},
        )
    )
    # Web app showing risk trends per machine to reliability engineers.
    dashboard = tm.add(
        tg.Service(
            "Machine health dashboard",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("CMMS vendor", trust=tg.Trust.PARTNER):
    # The plant's existing SaaS maintenance system, where work is planned and closed.
    cmms = tm.add(
        tg.ExternalService(
            "Maintenance management system (CMMS)",
            id="cmms",
            description="SaaS CMMS; work orders, asset register, maintenance history.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="mqtt")
tm.flow(gateway, ingestion, readings, features, protocol="https")
tm.flow(ingestion, ts_store, readings, features)

tm.flow(ts_store, scoring, features, label="hourly batch read")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk)
tm.flow(scoring, ts_store, risk)
tm.flow(scoring, cmms, work_order, protocol="https")
tm.flow(cmms, scoring, work_order_ref, protocol="https")

tm.flow(cmms, technician, work_order, protocol="https")
tm.flow(technician, cmms, completion, protocol="https")

tm.flow(cmms, ingestion, history, protocol="https", label="nightly export")
tm.flow(ingestion, train_set, features, labels)
tm.flow(train_set, training, features, labels)
tm.flow(training, registry, artifact)
tm.flow(scientist, registry, promotion, protocol="https", label="tags production version")
tm.flow(registry, model, artifact, label="load production version")

tm.flow(ts_store, dashboard, features, risk)
tm.flow(dashboard, engineer, health_view, protocol="https")
tm.flow(engineer, dashboard, query, protocol="https", label="filters and drill-down")
