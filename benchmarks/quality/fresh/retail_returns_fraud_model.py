"""Retail returns fraud model: the first design, before any security review.

A department-store chain with stores across the EU scores every return, at the
tills in store and on the online returns portal, with a gradient-boosted model
trained on past returns, customer purchase and return history and the chargeback
outcomes reported by our card processor. Tills and the portal call a scoring API
in our cloud VPC; it answers "accept" or "hold". Held returns, with their score and
reason codes, go to a review console where a store manager decides. A weekly job
rebuilds the training set from the managers' decisions and the chargebacks that
followed, retrains the model, checks it against a hold-out set and publishes it to
the model registry, from which the scoring API loads it. Customers log in to the
portal; staff use corporate SSO; the customer database is encrypted and access to
it is by role; manager decisions are audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Retail returns fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores in-store and online returns; held returns go to a store manager.",
)

# ---------------------------------------------------------------- data assets
return_request = tg.Data(
    "Return request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer or loyalty id, receipt, items, refund method and payment token.",
)
return_decision = tg.Data(
    "Return decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accept or hold, shown at the till or on the portal.",
)
customer_history = tg.Data(
    "Customer purchase and return history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
features = tg.Data("Return features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Return risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fraud probability and the top reason codes.",
)
held_case = tg.Data(
    "Held return case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The return, the customer's history summary, the score and reason codes.",
)
manager_decision = tg.Data(
    "Manager decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
chargebacks = tg.Data(
    "Chargeback outcomes",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Returns training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Returns model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM booster saved with joblib.",
)
training_config = tg.Data("Training code and configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with an account can start an online return, fraudsters included.
    online_customer = tm.add(tg.Actor("Online customer", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Staff at the service desk who process in-store returns at the till.
    associate = tm.add(tg.Actor("Store associate", role="store staff"))
    # The managers who decide the held returns.
    manager = tm.add(tg.Actor("Store manager", role="store manager"))
    # Every till in every store calls the scoring API when a return is keyed in.
    tills = tm.add(
        tg.Device(
            "POS tills",
            fleet=True,
            description="Point-of-sale terminals in each store, on the store WAN.",
        )
    )

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # The only source of truth on which refunds later turned into chargebacks.
    chargeback_feed = tm.add(
        tg.DataSource(
            "Chargeback report feed",
            origin=tg.Origin.PARTNER,
            provides={chargebacks},
            description="Daily dispute and chargeback files from the acquiring processor.",
        )
    )

with tm.boundary("Retail cloud VPC", trust=tg.Trust.INTERNAL):
    # Where online customers start a return; it asks the scoring API before issuing a label.
    portal = tm.add(
        tg.Endpoint(
            "Online returns portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="customer account login")},
        )
    )
    # One API for tills and the portal; it answers accept or hold, not the score.
    scoring_api = tm.add(
        tg.Endpoint(
            "Returns scoring API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=False,
            controls={c.Authentication(method="per-store and portal API keys")},
        )
    )
    # The gradient-boosted model itself, loaded from the registry.
    risk_model = tm.add(
        tg.Model(
            "Returns risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a score above the threshold holds the return.",
        )
    )
    # Orders, returns and loyalty data the features are computed from.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and order database",
            stores={customer_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where managers see held returns and record accept or refuse.
    review_console = tm.add(
        tg.Service(
            "Return review console",
            description="Web app on the store back-office PCs.",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="store manager"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Every score and every manager decision, kept for retraining and disputes.
    decision_store = tm.add(
        tg.DataStore("Return decision store", stores={risk_score, manager_decision, held_case})
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins decisions, chargebacks and history into the weekly training set.
        builder = tm.add(tg.Pipeline("Training set builder", stage=tg.Stage.PREPROCESSING))
        # The labelled history the model learns from.
        dataset = tm.add(tg.Dataset("Returns training set", stores={training_set}))
        # Weekly retraining with a hold-out check before publishing.
        retraining = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="must not lose AUC against the current model")},
            )
        )
        # Versions of the model; the scoring API loads the latest published one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the features, the training code and the threshold.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# online returns
tm.flow(online_customer, portal, return_request, protocol="https")
tm.flow(portal, scoring_api, return_request, protocol="https")
tm.flow(scoring_api, portal, return_decision, protocol="https")
tm.flow(portal, online_customer, return_decision, protocol="https")

# in-store returns
tm.flow(associate, tills, return_request, label="keys in the return")
tm.flow(tills, scoring_api, return_request, protocol="https")
tm.flow(scoring_api, tills, return_decision, protocol="https")
tm.flow(tills, associate, return_decision)

# scoring
tm.flow(customer_db, scoring_api, customer_history, label="history lookup")
tm.flow(scoring_api, risk_model, features)
tm.flow(risk_model, scoring_api, risk_score)
tm.flow(scoring_api, decision_store, risk_score, label="every score")

# manager review of held returns
tm.flow(scoring_api, review_console, held_case, label="held returns")
tm.flow(review_console, manager, held_case, protocol="https")
tm.flow(manager, review_console, manager_decision, protocol="https")
tm.flow(review_console, decision_store, manager_decision)
tm.flow(review_console, tills, manager_decision, label="release or refuse the refund")

# weekly retraining
tm.flow(chargeback_feed, builder, chargebacks, protocol="sftp")
tm.flow(decision_store, builder, risk_score, manager_decision)
tm.flow(customer_db, builder, customer_history)
tm.flow(builder, dataset, training_set)
tm.flow(dataset, retraining, training_set)
tm.flow(data_scientist, retraining, training_config, label="training code and threshold")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="load latest version")
