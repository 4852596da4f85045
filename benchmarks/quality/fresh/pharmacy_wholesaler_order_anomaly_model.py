"""Pharmacy wholesaler order anomaly screening: the first design, before any security review.

A pharmaceutical wholesaler supplies licensed pharmacies, who order through a
web ordering portal or send EDI purchase orders from their own pharmacy systems.
Every order for controlled or high-risk drugs goes through the order management
system, which checks the pharmacy's licence against the regulator's public
register API and asks an in-house anomaly model to score the order against the
pharmacy's own order history and that of peer pharmacies. Orders scoring above
a threshold are held; a compliance officer reviews them in the compliance
console and either releases the order or files a suspicious order report with
the regulator. The officers' decisions become labels for a quarterly retraining
job that publishes a new model to the registry. The portal uses password
sign-in, EDI messages are signed, the compliance console sits behind corporate
SSO with role-based access, and order decisions are audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pharmacy wholesaler order anomaly screening",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Scores pharmacy orders for controlled and high-risk drugs, holds suspicious "
        "ones for compliance review and reports them to the regulator."
    ),
)

# ---------------------------------------------------------------- data assets
purchase_order = tg.Data(
    "Pharmacy purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pharmacy account, drug codes and schedules, quantities, delivery address.",
)
order_ack = tg.Data("Order acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
licence_lookup = tg.Data(
    "Licence lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Pharmacy licence number sent to the register.",
)
licence_record = tg.Data(
    "Pharmacy licence record",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Licence status, permitted drug schedules and expiry from the public register.",
)
order_history = tg.Data(
    "Pharmacy order history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order_features = tg.Data(
    "Order scoring features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantities against the pharmacy's own history and its peer group baseline.",
)
anomaly_score = tg.Data(
    "Order anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_case = tg.Data(
    "Held order case",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The held order, its score, the pharmacy's recent history and licence status.",
)
compliance_decision = tg.Data(
    "Compliance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Release or report, with the officer's reasons.",
)
suspicious_order_report = tg.Data(
    "Suspicious order report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Statutory report of a suspicious controlled-drug order, naming the pharmacy.",
)
decision_labels = tg.Data(
    "Held-order decision labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_extract = tg.Data(
    "Order history training extract", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="joblib-serialised gradient-boosted model with its peer-group thresholds.",
)
training_config = tg.Data(
    "Retraining job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion_approval = tg.Data(
    "Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Purchasing staff at customer pharmacies who order through the web portal.
    buyer = tm.add(tg.Actor("Pharmacy buyer", role="pharmacy purchasing staff"))

with tm.boundary("Pharmacy EDI partners", trust=tg.Trust.PARTNER):
    # Larger pharmacy chains send purchase orders from their own systems over AS2.
    pharmacy_edi = tm.add(
        tg.Actor("Pharmacy EDI system", role="pharmacy ordering system", human=False)
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The regulator's public register, the source of pharmacy licence status.
    register_api = tm.add(
        tg.ExternalService("Regulator licence register API", provides="data-provider")
    )
    # Where the wholesaler files its statutory suspicious order reports.
    reporting_service = tm.add(tg.ExternalService("Regulator suspicious order reporting service"))

with tm.boundary("Wholesaler DMZ", trust=tg.Trust.INTERNAL):
    # The web channel pharmacies order through.
    portal = tm.add(
        tg.Endpoint(
            "Ordering portal",
            purpose="api",
            controls={
                c.Authentication(method="pharmacy account username and password"),
                c.InputValidation(),
            },
        )
    )
    # Receives and translates EDI purchase orders from pharmacy systems.
    edi_gateway = tm.add(
        tg.Service(
            "EDI gateway",
            controls={
                c.SchemaEnforcement(note="X12 850 / EDIFACT ORDERS parsed against the partner map"),
                c.Authentication(method="AS2 partner certificates"),
            },
        )
    )

with tm.boundary("Order platform", trust=tg.Trust.INTERNAL):
    # Central order processing: licence check, scoring, holding and releasing orders.
    oms = tm.add(
        tg.Service(
            "Order management system",
            controls={
                c.HumanInTheLoop(
                    approver="compliance officer",
                    note="orders scoring above the hold threshold wait for release",
                ),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Orders, order history, cached licence records and compliance decisions.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={purchase_order, order_history, licence_record, compliance_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each controlled or high-risk order against history and peers.
    model = tm.add(
        tg.Model(
            "Order anomaly model",
            task="detector",
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelVersioning()},
            description="Gradient-boosted anomaly scorer; above the threshold the order is held.",
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Officer decisions on held orders, kept as labels for retraining.
    label_set = tm.add(
        tg.Dataset("Held-order decision set", stores={decision_labels, training_extract})
    )
    # Quarterly job that retrains the model on the decision labels and order history.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage="training",
            controls={c.ModelValidation(note="holdout evaluation against the current model")},
        )
    )
    # Versioned model artifacts that serving loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Compliance staff who decide on held orders.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer"))
    # Maintains and promotes the anomaly model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Review queue for held orders and the filing of reports.
    console = tm.add(
        tg.Service(
            "Compliance review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Ordering channels
tm.flow(buyer, portal, purchase_order, protocol="https")
tm.flow(portal, buyer, order_status, protocol="https")
tm.flow(
    pharmacy_edi,
    edi_gateway,
    purchase_order,
    protocol="https",
    controls={c.MessageIntegrity(note="AS2 signed and encrypted messages")},
)
tm.flow(
    edi_gateway,
    pharmacy_edi,
    order_ack,
    protocol="https",
    controls={c.MessageIntegrity(note="AS2 signed MDN")},
)
tm.flow(portal, oms, purchase_order, protocol="https")
tm.flow(oms, portal, order_status, protocol="https")
tm.flow(edi_gateway, oms, purchase_order, protocol="https")
tm.flow(oms, edi_gateway, order_ack, order_status, protocol="https")

# Licence check
tm.flow(oms, register_api, licence_lookup, protocol="https")
tm.flow(register_api, oms, licence_record, protocol="https")

# Scoring
tm.flow(oms, order_db, purchase_order, licence_record, compliance_decision)
tm.flow(order_db, oms, order_history, licence_record, label="history and peer baselines")
tm.flow(oms, model, order_features)
tm.flow(model, oms, anomaly_score)

# Compliance review
tm.flow(oms, console, held_case, anomaly_score, protocol="https", label="held orders")
tm.flow(console, oms, compliance_decision, protocol="https", label="release or report")
tm.flow(console, officer, held_case, anomaly_score, protocol="https")
tm.flow(officer, console, compliance_decision, protocol="https")
tm.flow(console, reporting_service, suspicious_order_report, protocol="https")

# Quarterly retraining
tm.flow(console, label_set, decision_labels, protocol="https")
tm.flow(order_db, label_set, training_extract, protocol="tls", label="quarterly extract")
tm.flow(label_set, retraining, decision_labels, training_extract)
tm.flow(ml_engineer, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion_approval, protocol="https", label="promotes version")
tm.flow(registry, model, model_artifact, protocol="https", label="deploy")
