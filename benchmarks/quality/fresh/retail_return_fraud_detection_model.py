"""Return fraud scoring at the till: the first design, before any security review.

A European department store chain wants to stop wardrobing (wear it once, return it)
and receipt fraud. When a customer brings an item back, the store associate scans the
receipt (or looks the sale up from the customer's loyalty card or ID for a no-receipt
return) at the till. The till calls a return risk API in the chain's data centre, which
checks the sale against the receipt database, reads the customer's return history
from a feature store and asks an in-house gradient-boosted model for a score. The till
shows "accept", "refuse" or "escalate to duty manager"; the associate decides.
Escalated and refused returns open a case in the loss prevention system, where
investigators confirm or clear them; those outcomes and the returns ledger feed a
monthly retraining job whose model an ML engineer promotes from the registry.
Tills sign in staff with their own PIN and call the API over HTTPS with a per-till key;
stores of sales data are encrypted and role-restricted; scoring calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Till return fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores product returns at the till for fraud and advises staff to accept, refuse or escalate.",
)

# ---------------------------------------------------------------- data assets
return_request = tg.Data(
    "Return request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Receipt number or loyalty ID, item SKU and condition, price, store and till.",
)
id_details = tg.Data(
    "Customer ID details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name and ID document number captured for no-receipt returns.",
)
receipts = tg.Data(
    "Sales receipts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every till sale: items, prices, payment card token, loyalty ID.",
)
return_history = tg.Data(
    "Customer return history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Past returns per loyalty ID, card token and ID document number.",
)
return_features = tg.Data("Return features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Return risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
till_advice = tg.Data(
    "Till advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accept, refuse or escalate, with the top reasons.",
)
return_decision = tg.Data("Return decision", kind="records", sensitivity=tg.Sensitivity.PII)
escalated_case = tg.Data("Escalated return case", kind="records", sensitivity=tg.Sensitivity.PII)
fraud_labels = tg.Data(
    "Confirmed fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data("Return training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Return fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # The person bringing the item back; may be a fraudster or an organised ring.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Scans the return, reads the advice and makes the call with the customer.
    associate = tm.add(tg.Actor("Store associate", role="till staff"))
    # The point-of-sale till, where returns are keyed in and the advice is shown.
    till = tm.add(
        tg.Device(
            "POS till",
            fleet=True,
            description="Till application on every store's point-of-sale terminals.",
            controls={
                c.Authentication(method="staff number and own till PIN"),
                c.HumanInTheLoop(approver="the associate, with the duty manager for escalations"),
            },
        )
    )

with tm.boundary("Retail data centre", trust=tg.Trust.INTERNAL):
    # The one entry point the tills call for a score.
    api = tm.add(
        tg.Endpoint(
            "Return risk API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={
                c.Authentication(method="per-till API key"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Scores each return; its advice can lead staff to refuse a customer's refund.
    model = tm.add(
        tg.Model(
            "Return fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; above 0.7 advises refuse, 0.4-0.7 escalate.",
        )
    )
    # Proves a receipt is real and the item was bought, at what price.
    receipt_db = tm.add(
        tg.DataStore(
            "Sales receipt database",
            stores={receipts},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Every return processed at any till, with its decision.
    returns_ledger = tm.add(
        tg.DataStore(
            "Returns ledger", stores={return_history, return_decision}, controls={c.RBAC()}
        )
    )
    # Builds per-customer return features from the ledger and the receipts.
    feature_job = tm.add(tg.Pipeline("Return feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online lookup of a customer's recent return behaviour at scoring time.
    feature_store = tm.add(
        tg.FeatureStore("Return feature store", stores={return_features}, online=True)
    )
    # Where escalated and refused returns become cases for investigators.
    lp_cases = tm.add(
        tg.Service(
            "Loss prevention case system",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Labeled returns the model is retrained on each month.
        dataset = tm.add(tg.Dataset("Return training dataset", stores={training_set, fraud_labels}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model, from which serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Confirms or clears escalated returns; their verdicts become labels.
    investigator = tm.add(tg.Actor("Loss prevention investigator", role="investigator"))
    # Reviews a retrained model's metrics and promotes it to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# At the till
tm.flow(customer, associate, return_request, id_details, label="at the counter")
tm.flow(associate, till, return_request, id_details, label="scanned and keyed at the till")
tm.flow(till, api, return_request, id_details, protocol="https")
tm.flow(api, receipt_db, return_request, label="receipt lookup")
tm.flow(receipt_db, api, receipts, label="matching sale")
tm.flow(api, feature_store, return_request, label="feature lookup")
tm.flow(feature_store, api, return_features)
tm.flow(api, model, return_features)
tm.flow(model, api, risk_score)
tm.flow(api, till, till_advice, protocol="https")
tm.flow(till, associate, till_advice, label="shown on the till screen")
tm.flow(associate, customer, return_decision, label="at the counter")
tm.flow(till, returns_ledger, return_decision, return_request, protocol="https")

# Escalation and investigation
tm.flow(api, lp_cases, escalated_case, label="refused and escalated returns")
tm.flow(lp_cases, investigator, escalated_case, protocol="https")
tm.flow(investigator, lp_cases, fraud_labels, protocol="https", label="confirm or clear")

# Features and retraining
tm.flow(returns_ledger, feature_job, return_history)
tm.flow(receipt_db, feature_job, receipts)
tm.flow(feature_job, feature_store, return_features)
tm.flow(feature_store, dataset, return_features, training_set, label="monthly offline snapshot")
tm.flow(lp_cases, dataset, fraud_labels)
tm.flow(dataset, training, training_set, fraud_labels)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, model_artifact, label="deploy")
