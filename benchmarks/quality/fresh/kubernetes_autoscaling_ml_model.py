"""Predictive autoscaling for the streaming platform: the first design, before review.

A traffic forecast model predicts request and stream-start volume for the next 30
minutes per service and region, so that the production Kubernetes clusters scale out
before demand arrives (evening peaks, premieres, live sports) instead of after it.
Prometheus metrics and the content team's release and live-event calendar feed a
feature pipeline; a scaling planner reads the forecast, converts it into replica and
node-group targets, clamps them to the per-service bounds in the SRE scaling policy
and writes them to the managed Kubernetes control plane and the cloud compute API.
When the forecast is stale or the model server does not answer, the planner stops
writing targets and the existing rule-based HPA and cluster autoscaler take over.
The model is retrained weekly from feature snapshots; an ML engineer promotes a
version in the registry after a backtest. SREs set policy and overrides through the
planner's admin API behind corporate SSO; the control plane uses Kubernetes RBAC
and keeps audit logs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Predictive Kubernetes autoscaling",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecast-driven scaling of the streaming platform's production clusters, "
        "with rule-based autoscaling as the fallback."
    ),
)

# ---------------------------------------------------------------- data assets
traffic_metrics = tg.Data(
    "Service traffic telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Requests per second, stream starts, CPU and latency per service and region.",
)
event_schedule = tg.Data(
    "Release and live-event schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unannounced premiere dates and live-event start times.",
)
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_windows = tg.Data(
    "Historical traffic windows",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Traffic forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scaling_policy = tg.Data(
    "Scaling policy and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-service min/max replicas, max step sizes, manual freezes.",
)
replica_targets = tg.Data(
    "Replica and node-group targets",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cluster_state = tg.Data("Cluster state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
node_group_status = tg.Data(
    "Node-group status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard = tg.Data(
    "Forecast and scaling dashboard", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Production clusters", trust=tg.Trust.INTERNAL):
    # Scrapes every edge, API and playback service: the raw signal of demand.
    collector = tm.add(
        tg.Service(
            "Prometheus metrics collector", description="Scrapes service metrics every 15 s."
        )
    )
    # Long-term metrics storage the features, the HPA adapter and dashboards read.
    metrics_store = tm.add(tg.DataStore("Metrics time-series store", stores={traffic_metrics}))
    # The pre-existing reactive scaling, kept as the fallback when forecasts are missing.
    rule_autoscaler = tm.add(
        tg.Service(
            "Rule-based autoscaler",
            description="Kubernetes HPA on CPU and RPS plus the cluster autoscaler.",
        )
    )

with tm.boundary("Capacity ML namespace", trust=tg.Trust.INTERNAL):
    # Joins recent traffic with the event calendar into forecast features every 5 minutes.
    feature_pipeline = tm.add(
        tg.Pipeline("Forecast feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Latest features for serving, with offline snapshots for training.
    feature_store = tm.add(
        tg.FeatureStore("Forecast feature store", stores={features}, online=True)
    )
    # The forecaster itself, served by an in-cluster model server.
    forecast_model = tm.add(
        tg.Model(
            "Traffic forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Temporal convolutional network exported to ONNX; 30-minute horizon.",
        )
    )
    # Turns forecasts into scaling targets; owns the fallback to rule-based scaling.
    planner = tm.add(
        tg.Service(
            "Scaling planner",
            description=(
                "Converts forecasts into replica and node-group targets every minute; "
                "falls back to the rule-based autoscaler when the forecast is older than "
                "10 minutes or the model server errors."
            ),
            controls={
                c.SafetyLimits(
                    limits="targets clamped to the policy's per-service min/max replicas; "
                    "scale-in limited to 10% per 5 minutes"
                ),
                c.Authentication(method="corporate SSO (OIDC) with MFA, for the admin API"),
            },
        )
    )

with tm.boundary("ML training platform", trust=tg.Trust.INTERNAL):
    # Weekly snapshot of features paired with the traffic that followed them.
    training_set = tm.add(tg.Dataset("Forecast training set", stores={training_windows}))
    # Weekly retraining job with a backtest on the last four weeks.
    training = tm.add(
        tg.Pipeline(
            "Weekly forecast retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last four weeks of traffic")},
        )
    )
    # Versioned model artifacts; the serving tag is what the model server loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Forecast model registry", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Cloud provider", trust=tg.Trust.PARTNER):
    # Managed control plane: every scaling decision is applied through it.
    k8s_api = tm.add(
        tg.Service(
            "Managed Kubernetes API server",
            controls={
                c.Authentication(method="Kubernetes service-account tokens"),
                c.RBAC(note="planner and autoscaler may only patch scale subresources"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Node-group resizing, so capacity exists before pods are scheduled.
    compute_api = tm.add(tg.ExternalService("Cloud compute API", provides="generic"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the scaling policy, watches forecast vs actual, can freeze predictive scaling.
    sre = tm.add(tg.Actor("SRE on call", role="site reliability engineer", privileged=True))
    # Reviews backtests and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # The content team's calendar of premieres and live events.
    calendar = tm.add(
        tg.DataSource(
            "Release and live-event calendar",
            origin=tg.Origin.INTERNAL,
            provides={event_schedule},
            description="Edited by content programming; exported over its REST API.",
        )
    )

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(collector, metrics_store, traffic_metrics, protocol="http", label="remote write")
tm.flow(metrics_store, feature_pipeline, traffic_metrics, protocol="http", label="5-minute query")
tm.flow(calendar, feature_pipeline, event_schedule, protocol="https")
tm.flow(feature_pipeline, feature_store, features)

# training and promotion
tm.flow(feature_store, training_set, features, label="weekly offline snapshot")
tm.flow(
    metrics_store, training_set, training_windows, protocol="http", label="weekly export of actuals"
)
tm.flow(training_set, training, training_windows)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, forecast_model, model_artifact, label="model server pulls serving tag")

# serving and scaling
tm.flow(feature_store, planner, features, protocol="grpc")
tm.flow(planner, forecast_model, features, protocol="grpc")
tm.flow(forecast_model, planner, forecast, protocol="grpc")
tm.flow(k8s_api, planner, cluster_state, protocol="https")
tm.flow(planner, k8s_api, replica_targets, protocol="https")
tm.flow(planner, compute_api, replica_targets, protocol="https", label="pre-warm node groups")
tm.flow(compute_api, planner, node_group_status, protocol="https")

# fallback: the rule-based autoscaler
tm.flow(
    metrics_store, rule_autoscaler, traffic_metrics, protocol="http", label="prometheus adapter"
)
tm.flow(k8s_api, rule_autoscaler, cluster_state, protocol="https")
tm.flow(rule_autoscaler, k8s_api, replica_targets, protocol="https")
tm.flow(rule_autoscaler, compute_api, replica_targets, protocol="https", label="node-group resize")

# operators
tm.flow(sre, planner, scaling_policy, protocol="https", label="policy and overrides")
tm.flow(planner, sre, dashboard, protocol="https")
