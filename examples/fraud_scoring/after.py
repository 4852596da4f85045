"""Fraud scoring: the same system after a security review.

Same architecture as before.py, except that the ML platform became a
restricted zone of its own. The review added: authenticated, rate-limited
merchant access that returns a decision band instead of a raw probability;
schema checks on the partner feed; adversarial hardening and drift monitoring;
human review of declines (a high-stakes decision about people's payments); a
second reviewer on labels; isolated, reproducible training; and signed,
immutable models that need two approvals to reach serving.

    threatgraph analyze examples/fraud_scoring/after.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Real-time card-fraud scores for merchants, retrained from analyst labels.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")
MTLS = c.MutualAuthentication()

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
weights = tg.Data("Model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up as a merchant, fraudsters included.
    merchant = tm.add(
        tg.Actor(
            "Merchant backend",
            role="merchant",
            human=False,
            controls={c.Authentication(method="signed API keys")},
        )
    )

with tm.boundary("Payment partner", trust=tg.Trust.PARTNER):
    stream = tm.add(
        tg.DataSource(
            "Transaction stream",
            origin=tg.Origin.PARTNER,
            provides={transactions},
            description="Kafka topic replicated from the acquiring partner.",
            controls={c.ProvenanceTracking(), c.SupplierAssessment()},
        )
    )

with tm.boundary("Fraud platform", trust=tg.Trust.INTERNAL):
    features_job = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.AuditLogging(),
                c.SchemaEnforcement(),
                c.DataSanitization(),
                c.AnomalyDetection(),
            },
        )
    )
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features},
            online=True,
            controls={
                c.EncryptionAtRest(),
                c.RBAC(),
                c.ABAC(note="features are read per merchant"),
                c.AuditLogging(),
                c.DataVersioning(),
            },
        )
    )
    endpoint = tm.add(
        tg.Endpoint(
            "Scoring endpoint",
            returns_scores=True,
            controls={
                c.Authentication(method="signed API keys"),
                c.RateLimiting(requests_per_minute=600),
                c.InputValidation(),
                c.OutputObfuscation(note="approve / review / decline bands, no probability"),
                c.AnomalyDetection(note="probing patterns per merchant"),
                c.AuditLogging(retention_days=400),
                c.FailClosed(fallback="no answer in 300 ms puts the payment in the review band"),
            },
        )
    )
    model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above 0.9 declines the payment.",
            controls={
                c.AdversarialTraining(),
                c.HumanInTheLoop(approver="fraud analyst", note="declines above limit"),
                c.ExplainabilityLogging(),
                c.AnomalyDetection(note="score and feature drift"),
                c.ModelCards(),
                c.RedTeaming(cadence="twice a year"),
                c.FairnessTesting(note="approval rates by region and age band, monthly"),
                c.Contestability(note="merchants and cardholders can ask for a review"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        labeling = tm.add(
            tg.Pipeline(
                "Case review and labeling",
                stage=tg.Stage.LABELING,
                controls={c.DataSanitization(note="second reviewer"), c.AuditLogging()},
            )
        )
        label_set = tm.add(
            tg.Dataset(
                "Labeled training set",
                stores={labels, features},
                controls={c.EncryptionAtRest(), c.RBAC(), c.DataVersioning(), c.AuditLogging()},
            )
        )
        training = tm.add(
            tg.Pipeline(
                "Nightly retraining",
                stage=tg.Stage.TRAINING,
                controls={
                    c.AuditLogging(),
                    c.TrainingIsolation(),
                    c.ProvenanceTracking(),
                    c.ModelValidation(),
                },
            )
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={
                    c.SignedModels(),
                    c.ModelVersioning(),
                    c.ImmutableArtifacts(),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        promotion = tm.add(
            tg.Pipeline(
                "Promotion to serving",
                stage=tg.Stage.DEPLOYMENT,
                controls={
                    c.AuditLogging(),
                    c.MultiPartyApproval(),
                    c.ModelValidation(),
                    c.SignedModels(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst", controls={c.Authentication()}))
    ml_engineer = tm.add(
        tg.Actor("ML engineer", role="ml engineer", privileged=True, controls={c.Authentication()})
    )

# ---------------------------------------------------------------- flows
tm.flow(stream, features_job, transactions, protocol="kafka", controls={TLS, MTLS})
tm.flow(features_job, feature_store, features, controls={TLS})

tm.flow(merchant, endpoint, score_request, protocol="https", controls={TLS})
tm.flow(feature_store, endpoint, features, label="online lookup", controls={TLS})
tm.flow(endpoint, model, features, controls={TLS})
tm.flow(model, endpoint, score, controls={TLS})
tm.flow(endpoint, merchant, score, protocol="https", controls={TLS})

tm.flow(endpoint, labeling, cases, label="scores above review threshold", controls={TLS})
tm.flow(analyst, labeling, labels, controls={TLS})
tm.flow(labeling, label_set, labels, controls={TLS})
tm.flow(feature_store, label_set, features, label="offline snapshot", controls={TLS})
tm.flow(label_set, training, labels, features, controls={TLS})
tm.flow(training, registry, weights, controls={TLS})
tm.flow(ml_engineer, promotion, approval, label="approves release", controls={TLS})
tm.flow(registry, promotion, weights, controls={TLS})
tm.flow(promotion, model, weights, label="deploy", controls={TLS})
