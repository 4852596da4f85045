"""Grocery ML platform, the same system as ml_platform.yaml, in the Python DSL."""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Grocery ML platform",
    profile="high",
    frameworks={"gdpr"},
    description="Personalised recommendations and churn scores for a grocery delivery app.",
)

D = tg.Data
partner_events = D(
    "Partner delivery events", id="partner-events", kind="records", sensitivity="pii"
)
app_events = D("App clickstream events", id="app-events", kind="records", sensitivity="pii")
raw_events = D("Raw events", id="raw-events", kind="records", sensitivity="pii")
features = D("Customer features", id="features", kind="features", sensitivity="confidential")
training_set = D(
    "Training examples", id="training-set", kind="training-data", sensitivity="confidential"
)
eval_set = D("Holdout examples", id="eval-set", kind="training-data", sensitivity="confidential")
label_tasks = D("Labelling tasks", id="label-tasks", kind="records", sensitivity="pii")
labels = D("Relevance labels", id="labels", kind="labels", sensitivity="internal")
weights = D("Recommender weights", id="weights", format="pickle", sensitivity="confidential")
churn_weights = D(
    "Churn model weights", id="churn-weights", format="safetensors", sensitivity="confidential"
)
metrics = D("Experiment metrics", id="metrics", kind="logs")
approval = D("Promotion approval", id="approval", kind="records")
churn_scores = D("Churn scores", id="churn-scores", kind="model-output", sensitivity="confidential")
rec_request = D("Recommendation request", id="rec-request", kind="records", sensitivity="pii")
recommendations = D(
    "Recommendations", id="recommendations", kind="model-output", sensitivity="internal"
)
prediction_logs = D("Prediction logs", id="prediction-logs", kind="logs", sensitivity="pii")
drift_alert = D("Drift alert", id="drift-alert", kind="records")
packages = D("Python packages", id="packages", kind="code", sensitivity="public")
run_config = D("Training run config", id="run-config", kind="records")
eval_report = D("Evaluation report", id="eval-report", kind="records")
gpu_creds = D(
    "Cluster service account key", id="gpu-creds", kind="credentials", sensitivity="secret"
)

with tm.boundary("Internet", trust="untrusted", id="internet"):
    shopper = tm.add(tg.Actor("Shopper", id="shopper"))
    mobile_app = tm.add(tg.Device("Mobile app", id="mobile-app", fleet=True))
    pypi = tm.add(tg.ExternalService("PyPI", id="pypi", provides="package-registry"))

with tm.boundary("Delivery partner", trust="partner", id="partner"):
    partner_feed = tm.add(
        tg.DataSource(
            "Partner event feed", id="partner-feed", origin="partner", provides={partner_events}
        )
    )

with tm.boundary("Labelling vendor", trust="partner", id="vendor"):
    annotators = tm.add(tg.Actor("Vendor annotators", id="annotators", role="annotator"))
    label_tool = tm.add(tg.Service("Vendor labelling tool", id="label-tool"))

with tm.boundary("Corporate network", trust="internal", id="corp"):
    data_scientist = tm.add(tg.Actor("Data scientist", id="data-scientist", role="data scientist"))
    ml_lead = tm.add(tg.Actor("ML lead", id="ml-lead", role="approver", privileged=True))

with tm.boundary("Data platform", trust="internal", id="data-platform"):
    ingest = tm.add(
        tg.Pipeline(
            "Event ingestion", id="ingest", stage="ingestion", controls={c.SchemaEnforcement()}
        )
    )
    lake = tm.add(
        tg.DataStore(
            "Raw event lake",
            id="lake",
            stores={raw_events},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            id="warehouse",
            stores={raw_events, churn_scores},
            controls={c.EncryptionAtRest(), c.RBAC()},
        )
    )
    feature_pipeline = tm.add(
        tg.Pipeline("Feature pipeline", id="feature-pipeline", stage="preprocessing")
    )
    feature_store = tm.add(
        tg.FeatureStore("Feature store", id="feature-store", stores={features}, online=True)
    )
    label_export = tm.add(tg.Pipeline("Labelling export", id="label-export", stage="labeling"))
    train_ds = tm.add(
        tg.Dataset(
            "Training dataset", id="train-ds", stores={training_set, labels}, purpose="training"
        )
    )
    eval_ds = tm.add(
        tg.Dataset("Evaluation dataset", id="eval-ds", stores={eval_set}, purpose="evaluation")
    )

with tm.boundary("ML platform", trust="internal", id="ml-platform"):
    tracker = tm.add(tg.Service("Experiment tracker", id="tracker"))
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            id="registry",
            stores={weights, churn_weights},
            controls={c.RBAC(), c.ModelVersioning()},
        )
    )
    promotion = tm.add(
        tg.Pipeline(
            "Promotion pipeline",
            id="promotion",
            stage="deployment",
            controls={c.HumanInTheLoop(approver="ML lead")},
        )
    )
    batch_scoring = tm.add(tg.Service("Batch scoring job", id="batch-scoring"))
    churn_model = tm.add(
        tg.Model("Churn model", id="churn-model", task="classifier", returns_scores=True)
    )
    drift_monitor = tm.add(
        tg.Service("Drift monitor", id="drift-monitor", controls={c.AnomalyDetection()})
    )
    retrain_trigger = tm.add(tg.Service("Retraining scheduler", id="retrain-trigger"))
    with tm.boundary("GPU cluster", trust="restricted", id="gpu-cluster"):
        training = tm.add(
            tg.Pipeline("Training job", id="training", stage="training", third_party_packages=True)
        )
        evaluation = tm.add(tg.Pipeline("Evaluation job", id="evaluation", stage="evaluation"))
        secrets = tm.add(tg.DataStore("Cluster secrets", id="secrets", stores={gpu_creds}))

with tm.boundary("Serving VPC", trust="internal", id="serving"):
    rec_api = tm.add(
        tg.Endpoint(
            "Recommendation API",
            id="rec-api",
            purpose="inference",
            controls={c.Authentication(method="OAuth"), c.RateLimiting(requests_per_minute=120)},
        )
    )
    rec_model = tm.add(tg.Model("Recommender model", id="rec-model", task="ranker"))
    pred_log = tm.add(tg.DataStore("Prediction log", id="pred-log", stores={prediction_logs}))

F = tm.flow
F(shopper, mobile_app, rec_request)
F(mobile_app, rec_api, rec_request, app_events, protocol="https")
F(rec_api, rec_model, rec_request)
F(feature_store, rec_model, features, label="online lookup")
F(rec_model, rec_api, recommendations)
F(rec_api, mobile_app, recommendations, protocol="https")
F(rec_api, pred_log, prediction_logs)
F(rec_api, ingest, app_events, protocol="kafka")
F(partner_feed, ingest, partner_events, protocol="sftp")
F(ingest, lake, raw_events)
F(lake, warehouse, raw_events)
F(lake, feature_pipeline, raw_events)
F(feature_pipeline, feature_store, features)
F(lake, label_export, raw_events)
F(label_export, label_tool, label_tasks, protocol="https")
F(annotators, label_tool, labels)
F(label_tool, label_export, labels, protocol="https")
F(label_export, train_ds, labels)
F(feature_store, train_ds, training_set, label="offline snapshot")
F(feature_store, eval_ds, eval_set, label="offline snapshot")
F(pypi, training, packages, protocol="https")
F(secrets, training, gpu_creds)
F(train_ds, training, training_set, labels)
F(data_scientist, training, run_config, label="launches run")
F(training, tracker, metrics)
F(training, registry, weights, churn_weights)
F(registry, evaluation, weights, churn_weights)
F(eval_ds, evaluation, eval_set)
F(evaluation, tracker, metrics)
F(evaluation, promotion, eval_report, label="gates promotion")
F(tracker, data_scientist, metrics)
F(ml_lead, promotion, approval, label="approves release")
F(registry, promotion, weights, churn_weights)
F(promotion, rec_model, weights, label="deploy")
F(promotion, churn_model, churn_weights, label="deploy")
F(feature_store, batch_scoring, features)
F(batch_scoring, churn_model, features)
F(churn_model, batch_scoring, churn_scores)
F(batch_scoring, warehouse, churn_scores)
F(pred_log, drift_monitor, prediction_logs)
F(feature_store, drift_monitor, features)
F(drift_monitor, retrain_trigger, drift_alert)
F(retrain_trigger, training, drift_alert, label="starts retraining")
