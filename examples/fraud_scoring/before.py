"""Fraud scoring: the first design, before any security review.

A payment partner streams card transactions to us. A feature pipeline turns them
into features in a feature store. Merchants call a scoring endpoint and get a
fraud probability back for each transaction. Analysts review flagged cases; their
labels feed nightly retraining, and a promotion job moves approved models from
the registry into serving.

    threatgraph analyze examples/fraud_scoring/before.py
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Real-time card-fraud scores for merchants, retrained from analyst labels.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data("Transaction features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
score_request = tg.Data("Scoring request", sensitivity=tg.Sensitivity.REGULATED, kind="records")
score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
cases = tg.Data("Flagged cases", sensitivity=tg.Sensitivity.REGULATED, kind="records")
labels = tg.Data(
    "Fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up as a merchant, fraudsters included.
    merchant = tm.add(tg.Actor("Merchant backend", role="merchant", human=False))

with tm.boundary("Payment partner", trust=tg.Trust.PARTNER):
    stream = tm.add(
        tg.DataSource(
            "Transaction stream",
            origin=tg.Origin.PARTNER,
            provides={transactions},
            description="Kafka topic replicated from the acquiring partner.",
        )
    )

with tm.boundary("Fraud platform", trust=tg.Trust.INTERNAL):
    features_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=True))
    endpoint = tm.add(tg.Endpoint("Scoring endpoint", returns_scores=True))
    model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.9 declines the payment.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        labeling = tm.add(tg.Pipeline("Case review and labeling", stage=tg.Stage.LABELING))
        label_set = tm.add(tg.Dataset("Labeled training set", stores={labels, features}))
        training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        promotion = tm.add(tg.Pipeline("Promotion to serving", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(stream, features_job, transactions, protocol="kafka")
tm.flow(features_job, feature_store, features)

tm.flow(merchant, endpoint, score_request, protocol="https")
tm.flow(feature_store, endpoint, features, label="online lookup")
tm.flow(endpoint, model, features)
tm.flow(model, endpoint, score)
tm.flow(endpoint, merchant, score, protocol="https")

tm.flow(endpoint, labeling, cases, label="scores above review threshold")
tm.flow(analyst, labeling, labels)
tm.flow(labeling, label_set, labels)
tm.flow(feature_store, label_set, features, label="offline snapshot")
tm.flow(label_set, training, labels, features)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, promotion, approval, label="approves release")
tm.flow(registry, promotion, weights)
tm.flow(promotion, model, weights, label="deploy")
