"""Controlled-drug order screening for a veterinary wholesaler: the first design.

Vet practices order from our web shop, each staff member with their own account.
Orders for controlled veterinary drugs (ketamine, opioids and the like) go
through a screening step: the order service checks the ordering vet against the
regulator's register of licensed vets through its API, and an in-house model
scores the order against the practice's order history and size. Orders that
score high are held in a queue for the duty pharmacist, who can phone the
practice and then release the order to the warehouse or refuse it and report it
to the regulator. The model is retrained monthly on past orders and pharmacists'
outcomes. Everything runs in our data centre; the shop signs users in with
e-mail and password over HTTPS, the order database keeps an audit log, and the
pharmacist console uses staff SSO with role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Controlled veterinary drug order screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores controlled-drug orders from vet practices; high scores wait for a pharmacist.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Practice user sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
order = tg.Data(
    "Controlled drug order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Practice, ordering vet and registration number, products and quantities.",
)
order_status = tg.Data("Order status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
history = tg.Data(
    "Practice order history and size",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Past orders per practice, number of vets, species mix.",
)
features = tg.Data("Order features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
score = tg.Data("Order risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
reg_lookup = tg.Data("Vet registration lookup", sensitivity=tg.Sensitivity.PII, kind="records")
reg_status = tg.Data("Vet registration status", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
held_case = tg.Data("Held order case", sensitivity=tg.Sensitivity.PII, kind="records")
decision = tg.Data(
    "Pharmacist decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Release or refuse, with the pharmacist's note.",
)
call = tg.Data("Verification call", sensitivity=tg.Sensitivity.PII, kind="media")
report = tg.Data("Suspicious order report", sensitivity=tg.Sensitivity.PII, kind="documents")
pick_order = tg.Data(
    "Released order for picking", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
training_set = tg.Data(
    "Labelled past orders",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    description="Past controlled-drug orders with the pharmacists' outcomes as labels.",
)
artifact = tg.Data(
    "Order risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vets and nurses at customer practices, each with their own shop account.
    practice_user = tm.add(tg.Actor("Practice user", role="vet practice staff"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Public register of licensed vets, queried by registration number.
    vet_register = tm.add(
        tg.ExternalService("Regulator vet register API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Where suspicious controlled-drug orders are reported.
    reporting_portal = tm.add(tg.ExternalService("Regulator reporting portal"))

with tm.boundary("Wholesaler data centre", trust=tg.Trust.INTERNAL):
    # The B2B web shop practices order through.
    web_shop = tm.add(
        tg.Endpoint(
            "Web shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password per user")},
        )
    )
    # Takes orders, runs the licence check and the scoring, holds or releases.
    order_service = tm.add(
        tg.Service(
            "Order service",
            controls={
                c.InputValidation(),
                c.HumanInTheLoop(approver="duty pharmacist", above="risk score threshold"),
            },
        )
    )
    # Orders, practice accounts and their history: the controlled-drug record.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, history, decision},
            controls={c.AuditLogging(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Scores a controlled-drug order against the practice's history and size.
    risk_model = tm.add(
        tg.Model(
            "Order risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over order size, product mix and practice history.",
        )
    )
    # Orders scored above the threshold wait here for a pharmacist.
    hold_queue = tm.add(tg.DataStore("Held order queue", stores={held_case}))
    # Warehouse system that picks and ships released orders.
    warehouse = tm.add(tg.Service("Warehouse management system"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on past orders and outcomes.
        training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Versioned model artifacts the order service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Pharmacist who reviews held orders, calls practices and decides.
    pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist"))
    # Review screen for held orders.
    console = tm.add(
        tg.Endpoint(
            "Pharmacist review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# ordering
tm.flow(practice_user, web_shop, sign_in, order, protocol="https")
tm.flow(web_shop, practice_user, order_status, protocol="https")
tm.flow(web_shop, order_service, order)
tm.flow(order_service, web_shop, order_status)
tm.flow(order_service, order_db, order)

# screening
tm.flow(order_service, vet_register, reg_lookup, protocol="https")
tm.flow(vet_register, order_service, reg_status, protocol="https")
tm.flow(order_db, order_service, history)
tm.flow(order_service, risk_model, features)
tm.flow(risk_model, order_service, score)
tm.flow(order_service, hold_queue, held_case, label="score above threshold")

# pharmacist review
tm.flow(hold_queue, console, held_case)
tm.flow(console, pharmacist, held_case, protocol="https")
tm.flow(pharmacist, practice_user, call, protocol="phone", label="verification call")
tm.flow(practice_user, pharmacist, call, protocol="phone", label="verification call")
tm.flow(pharmacist, console, decision, protocol="https")
tm.flow(console, order_service, decision)
tm.flow(order_service, order_db, decision)
tm.flow(pharmacist, reporting_portal, report, protocol="https")

# fulfilment
tm.flow(order_service, warehouse, pick_order, label="released or low-score orders")

# retraining
tm.flow(order_db, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(registry, risk_model, artifact, label="load")
