"""Level-crossing barrier fault predictor: the first design, before any security review.

The rail infrastructure manager already fits remote condition monitoring loggers in
level-crossing equipment cabinets. Each logger records the barrier motor current
trace and the raise/lower timings of every barrier operation, and pushes them over
HTTPS on a private cellular APN to an ingestion endpoint in the company's cloud
analytics tenant, which checks each batch against the logger message schema and
a per-logger API key. A feature pipeline turns the traces into per-crossing features;
a gradient-boosted model, trained on the fault history exported from the enterprise
asset management (EAM) system, gives each crossing a probability of a barrier
failure in the next 14 days. A daily scoring job raises a predicted-fault work order
in the EAM for every crossing above the threshold, which maintenance technicians
pick up on their EAM mobile app. Route asset engineers see traces and predictions on
a dashboard behind corporate SSO; data scientists train and register models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Level-crossing barrier fault predictor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts level-crossing barrier failures from lineside motor current and timing "
        "logs and raises maintenance work orders."
    ),
)

# ---------------------------------------------------------------- data assets
current_traces = tg.Data(
    "Barrier motor current readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Sampled motor current for each barrier raise and lower, per crossing.",
)
timing_events = tg.Data(
    "Barrier operation timing events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Timestamps of the crossing sequence: lights on, barriers down, detected, up.",
)
features = tg.Data(
    "Crossing condition features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Peak and mean current, travel times and their trends per crossing and day.",
)
fault_history = tg.Data(
    "Barrier fault history",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Past barrier faults and their causes, from closed EAM work orders.",
)
training_set = tg.Data(
    "Labelled crossing training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Barrier fault model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
predictions = tg.Data(
    "Barrier failure predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
work_orders = tg.Data(
    "Predicted-fault work orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Crossing, asset, predicted failure mode, priority and due date.",
)
open_orders = tg.Data(
    "Open crossing work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lineside",
    trust=tg.Trust.UNTRUSTED,
    description="Equipment cabinets beside the track, reachable by anyone on foot.",
):
    # Existing RCM logger in each crossing cabinet; taps the barrier motor circuit.
    logger = tm.add(
        tg.Device(
            "Level crossing condition logger",
            fleet=True,
            description="Remote condition monitoring logger, one per crossing, on a private APN.",
        )
    )

with tm.boundary("Analytics cloud tenant", trust=tg.Trust.INTERNAL):
    # Where the loggers push their batches.
    ingest = tm.add(
        tg.Endpoint(
            "RCM ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-logger API key"),
                c.SchemaEnforcement(note="logger message schema; malformed batches rejected"),
            },
        )
    )
    # Raw traces and timings, kept for analysis and for the dashboard.
    ts_store = tm.add(
        tg.DataStore(
            "Condition monitoring time-series store",
            stores={current_traces, timing_events, predictions},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns raw traces into daily per-crossing features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Features shared by training and the daily scoring.
    feature_store = tm.add(
        tg.FeatureStore("Crossing feature store", stores={features}, online=False)
    )
    # Historical features joined with the fault history.
    dataset = tm.add(tg.Dataset("Crossing training dataset", stores={training_set}))
    # Monthly retraining, run by the data scientists.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtested on the last 12 months of faults")},
        )
    )
    # Where trained models are kept and versioned.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The predictor itself.
    model = tm.add(
        tg.Model(
            "Barrier fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability of a barrier failure at a crossing within 14 days.",
        )
    )
    # Scores every crossing each morning and raises work orders above the threshold.
    scoring_job = tm.add(
        tg.Service(
            "Daily barrier scoring job",
            description="Skips crossings that already have an open barrier work order.",
        )
    )
    # What the route asset engineers look at.
    dashboard = tm.add(
        tg.Endpoint(
            "Condition monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate IT", trust=tg.Trust.INTERNAL):
    # The existing system of record for assets and maintenance work.
    eam = tm.add(
        tg.DataStore(
            "Enterprise asset management system",
            stores={work_orders, open_orders, fault_history},
            controls={c.RBAC()},
        )
    )
    # Look after the crossings on a route; review predictions.
    engineer = tm.add(tg.Actor("Route asset engineer", role="asset engineer"))
    # Build and register the models.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Field workforce", trust=tg.Trust.INTERNAL):
    # Carries out the work orders at the crossing.
    technician = tm.add(tg.Actor("Maintenance technician", role="signalling technician"))

# ---------------------------------------------------------------- flows
tm.flow(
    logger, ingest, current_traces, timing_events, protocol="https", label="private cellular APN"
)
tm.flow(ingest, ts_store, current_traces, timing_events)
tm.flow(ts_store, feature_job, current_traces, timing_events, label="nightly batch")
tm.flow(feature_job, feature_store, features)

tm.flow(eam, dataset, fault_history, protocol="sftp", label="monthly fault history export")
tm.flow(feature_store, dataset, features, label="historical snapshot")
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_set, label="runs and tunes training")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loaded at scoring start")

tm.flow(feature_store, scoring_job, features, label="daily batch")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, predictions)
tm.flow(eam, scoring_job, open_orders, protocol="https", label="open work order lookup")
tm.flow(scoring_job, eam, work_orders, protocol="https", label="raises work orders")
tm.flow(scoring_job, ts_store, predictions, label="stores predictions for the dashboard")

tm.flow(ts_store, dashboard, current_traces, timing_events, predictions)
tm.flow(engineer, dashboard, label="crossing and date filters", protocol="https")
tm.flow(dashboard, engineer, current_traces, timing_events, predictions, protocol="https")

tm.flow(eam, technician, work_orders, protocol="https", label="EAM mobile app")
tm.flow(technician, eam, work_orders, protocol="https", label="work order closure and findings")
