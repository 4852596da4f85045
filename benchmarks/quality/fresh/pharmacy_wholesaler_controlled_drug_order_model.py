"""Controlled-drug suspicious order monitoring: the first design, before any security review.

A US pharmaceutical wholesaler must spot and stop suspicious orders of
controlled drugs. Pharmacies place orders through the wholesaler's trade portal
(username and password per pharmacy account). The order management system
sends each controlled-drug order to a scoring service, which compares it with
that pharmacy's order history and asks an in-house model for an unusual-volume
score; orders above the threshold are held instead of going to the warehouse.
The compliance team reviews each hold in a compliance console (corporate SSO
with MFA, role-based access, every action logged) and either releases the order
or reports it to the regulator's reporting system. Each quarter a retraining
pipeline rebuilds the model from the order history and the compliance outcomes;
a data scientist checks the evaluation and promotes the new version from the
model registry. Everything runs in the wholesaler's own data centre.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Controlled-drug suspicious order monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Scores pharmacies' controlled-drug orders against their history and "
    "holds unusual ones for compliance review and regulator reporting.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Controlled drug order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pharmacy account, registration number, drug, strength and quantity.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history = tg.Data(
    "Pharmacy order history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data(
    "Order volume features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="This order against the pharmacy's rolling averages and peer pharmacies.",
)
score = tg.Data(
    "Unusual volume score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
scoring_result = tg.Data(
    "Order scoring result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pass or hold, with the score and the features that drove it.",
)
held_order = tg.Data("Held order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release = tg.Data(
    "Release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_outcome = tg.Data(
    "Compliance review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Released, cancelled or reported, with the analyst's reasons.",
)
report = tg.Data(
    "Suspicious order report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_receipt = tg.Data("Report receipt", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
released_order = tg.Data("Released order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
shipment = tg.Data("Shipment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_data = tg.Data(
    "Quarterly training extract", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Order model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pharmacy staff ordering stock; any licensed pharmacy can open an account.
    pharmacy = tm.add(tg.Actor("Pharmacy buyer", role="customer pharmacy"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The regulator's system that receives suspicious order reports.
    regulator = tm.add(tg.ExternalService("Regulator reporting system"))

with tm.boundary("Wholesaler data centre", trust=tg.Trust.INTERNAL):
    # Web portal where pharmacies place orders and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Trade portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="username and password per pharmacy account"),
                c.InputValidation(note="order lines checked against the product catalogue"),
            },
        )
    )
    # The ERP module that owns orders: receives, holds, releases, ships.
    oms = tm.add(
        tg.Service(
            "Order management system",
            controls={c.RBAC(), c.AuditLogging(retention_days=730)},
        )
    )
    # Every order each pharmacy has placed; the baseline the model compares with.
    history_db = tm.add(
        tg.DataStore(
            "Order history database",
            stores={history},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.DataVersioning(note="nightly backups"),
            },
        )
    )
    # Computes history features for a new order and applies the hold threshold.
    scorer = tm.add(tg.Service("Order scoring service"))
    # In-house gradient-boosted model giving an unusual-volume score.
    model = tm.add(
        tg.Model(
            "Suspicious order model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ExplainabilityLogging(note="top feature contributions kept with each hold")
            },
        )
    )
    # Orders waiting for compliance review, with their score and the review outcome.
    hold_queue = tm.add(tg.DataStore("Held order queue", stores={held_order, review_outcome}))
    # Picks and ships orders the system has released.
    warehouse = tm.add(tg.Service("Warehouse fulfilment system"))

    with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
        # Where the compliance team works the holds and files regulator reports.
        console = tm.add(
            tg.Service(
                "Compliance review console",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(note="compliance team only"),
                    c.HumanInTheLoop(approver="a compliance analyst"),
                    c.AuditLogging(retention_days=730),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Quarterly snapshot of order history joined with review outcomes.
        dataset = tm.add(tg.Dataset("Order training set", stores={training_data, review_outcome}))
        # Rebuilds and evaluates the model each quarter.
        retrain = tm.add(
            tg.Pipeline(
                "Quarterly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="back-test on the last quarter's holds")},
            )
        )
        # Keeps model versions; the scoring service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews holds, releases or reports them.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance"))
    # Runs retraining and promotes new model versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pharmacy, portal, order, protocol="https")
tm.flow(portal, pharmacy, order_status, protocol="https")
tm.flow(portal, oms, order)
tm.flow(oms, portal, order_status)

tm.flow(oms, scorer, order, label="controlled-drug orders")
tm.flow(history_db, scorer, history, label="history lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, oms, scoring_result)
tm.flow(oms, history_db, order, label="record every order")

tm.flow(oms, hold_queue, held_order)
tm.flow(hold_queue, console, held_order)
tm.flow(console, analyst, held_order, protocol="https")
tm.flow(analyst, console, release, review_outcome, protocol="https")
tm.flow(console, hold_queue, review_outcome)
tm.flow(console, oms, release)
tm.flow(console, regulator, report, protocol="https")
tm.flow(regulator, console, report_receipt, protocol="https")

tm.flow(oms, warehouse, released_order)
tm.flow(warehouse, oms, shipment)

tm.flow(history_db, dataset, training_data, label="quarterly extract")
tm.flow(hold_queue, dataset, review_outcome, label="quarterly extract")
tm.flow(dataset, retrain, training_data, review_outcome)
tm.flow(retrain, registry, weights)
tm.flow(scientist, registry, promotion, label="promotes after evaluation")
tm.flow(registry, model, weights, label="deploy")
