"""Card processor real-time fraud model: the first design, before any security review.

A European card processor scores every card authorisation for fraud. The card
scheme sends authorisation requests to our authorisation switch, which calls a
scoring endpoint and must answer within 50 ms; above a score threshold the
switch declines automatically, and if no score arrives in time it approves
under the standing scheme rules. Features come from an online feature store that
a streaming pipeline fills from the switch's transaction events. Every score is
written to a decision log. Fraud analysts work disputed transactions (chargebacks
from the scheme) in a case tool behind SSO with MFA and label them; the labels
feed a monthly retraining job. New models go to a model registry and are
promoted to serving by a pipeline that runs a backtest and waits for an ML
engineer's sign-off. Serving runs in the cardholder data environment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Card processor real-time fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description=(
        "Sub-50 ms fraud scores on every card authorisation, automatic declines above a "
        "threshold, retrained monthly from analysts' dispute labels."
    ),
)

# ---------------------------------------------------------------- data assets
auth_request = tg.Data(
    "Authorisation request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="ISO 8583 message: PAN, expiry, amount, merchant, terminal and channel data.",
)
auth_response = tg.Data(
    "Authorisation response",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
scoring_request = tg.Data(
    "Scoring request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Tokenised PAN, amount, merchant and channel fields of one authorisation.",
)
transaction_events = tg.Data(
    "Transaction events",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="One event per authorisation with its outcome, PAN tokenised.",
)
features = tg.Data(
    "Card and merchant features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Velocity counts, spend profiles and merchant risk aggregates per card token.",
)
score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
score_record = tg.Data(
    "Score record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Authorisation, feature vector, score, model version and outcome.",
)
disputes = tg.Data(
    "Chargeback and dispute records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
)
case_view = tg.Data("Dispute case view", sensitivity=tg.Sensitivity.PII, kind="records")
labels = tg.Data(
    "Fraud labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Promotion sign-off", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
run_config = tg.Data("Retraining run configuration", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Card scheme network", trust=tg.Trust.PARTNER):
    # The card scheme: routes authorisations to us and sends chargeback files.
    scheme = tm.add(tg.ExternalService("Card scheme", provides="generic"))

with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
    # Processes each authorisation; calls the fraud score and declines above the threshold.
    switch = tm.add(
        tg.Service(
            "Authorisation switch",
            description="Approves under standing scheme rules when no score arrives within 50 ms.",
        )
    )
    # Low-latency scoring service the switch calls for every authorisation.
    scoring = tm.add(tg.Endpoint("Fraud scoring endpoint", returns_scores=True))
    # Gradient-boosted fraud classifier, exported to ONNX for fast serving.
    model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.AnomalyDetection(note="daily score-distribution and decline-rate dashboard")
            },
        )
    )
    # Stream processor that turns transaction events into rolling features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Streaming feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="Avro schema registry on the topic")},
        )
    )
    # Online feature store read at scoring time; its offline copy feeds training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
        )
    )
    # Every score with its inputs, for disputes, monitoring and scheme reporting.
    decision_log = tm.add(
        tg.DataStore(
            "Score decision log",
            stores={score_record},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Historical features joined with analysts' labels.
    training_set = tm.add(
        tg.Dataset(
            "Labelled training set", stores={labels, features}, controls={c.DataVersioning()}
        )
    )
    # Monthly retraining job (XGBoost and open-source ML libraries).
    training = tm.add(
        tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of trained model artifacts.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={c.ModelVersioning(), c.RBAC()}
        )
    )
    # Backtests a candidate on a holdout month and deploys it once signed off.
    promotion = tm.add(
        tg.Pipeline(
            "Validation and promotion pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.ModelValidation(note="holdout backtest against the serving model"),
                c.HumanInTheLoop(approver="an ML engineer"),
            },
        )
    )

with tm.boundary("Fraud operations", trust=tg.Trust.INTERNAL):
    # Case tool where analysts work disputed transactions and record fraud labels.
    case_tool = tm.add(
        tg.Pipeline(
            "Fraud case tool",
            stage=tg.Stage.LABELING,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Fraud analysts label disputes as fraud or not fraud.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Runs retraining and signs off promotions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# authorisation path (under 50 ms)
tm.flow(scheme, switch, auth_request, protocol="mtls", label="ISO 8583 authorisation")
tm.flow(switch, scheme, auth_response, protocol="mtls")
tm.flow(switch, scoring, scoring_request, protocol="grpc")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, scoring_request, features)
tm.flow(model, scoring, score)
tm.flow(scoring, switch, score, protocol="grpc")
tm.flow(scoring, decision_log, score_record)

# features
tm.flow(switch, feature_pipeline, transaction_events, protocol="kafka")
tm.flow(feature_pipeline, feature_store, features)

# disputes and labels
tm.flow(scheme, case_tool, disputes, protocol="sftp", label="daily chargeback files")
tm.flow(decision_log, case_tool, score_record, label="score lookup for a disputed transaction")
tm.flow(case_tool, analyst, case_view, protocol="https")
tm.flow(analyst, case_tool, labels, protocol="https")
tm.flow(case_tool, training_set, labels)
tm.flow(feature_store, training_set, features, label="offline snapshot")

# retraining and promotion
tm.flow(training_set, training, labels, features)
tm.flow(ml_engineer, training, run_config, protocol="https", label="starts monthly run")
tm.flow(training, registry, weights)
tm.flow(registry, promotion, weights)
tm.flow(training_set, promotion, labels, features, label="holdout month")
tm.flow(ml_engineer, promotion, approval, protocol="https", label="signs off")
tm.flow(promotion, model, weights, label="deploy")
