"""Hospital linen RFID loss prediction: the first design, before any security review.

Every sheet, gown and towel in the hospital carries a UHF RFID tag. Portal readers
at the ward doors and a tunnel reader at the on-site laundry report each tag that
passes to the reader vendor's collector service, which writes the reads into the
linen tracking database. Laundry staff record condemned and written-off items in the
linen management portal. Each week a batch job builds per-ward features (issues,
returns, dwell time, past losses), a regression model predicts next week's losses
by ward, and a drafting job turns predictions and par levels into draft replacement
orders. The linen manager approves drafts in the portal, which raises the purchase
order in the hospital ERP for the linen supplier; all of it runs in the hospital
data centre. Controls: AD sign-in and roles on the portal, the manager's approval
of every order, EPC range filtering at the collector, backtesting before a model is
promoted, and nightly backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital linen RFID loss prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts linen losses per ward from RFID reads and drafts replacement "
    "orders for the linen manager to approve.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "RFID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="EPC, reader and antenna ID, direction and timestamp.",
)
item_register = tg.Data(
    "Linen item register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every tagged item: type, size, wash count, status (in use, condemned, lost).",
)
write_offs = tg.Data(
    "Write-off records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items condemned at the laundry, with reason and the staff member's user ID.",
)
par_levels = tg.Data("Ward par levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ward_features = tg.Data(
    "Ward linen features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weekly issues, returns, dwell time and past losses per ward and item type.",
)
training_set = tg.Data(
    "Ward loss history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Loss model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
predictions = tg.Data(
    "Predicted losses by ward", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
draft_orders = tg.Data(
    "Draft replacement orders",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item type, quantity and estimated cost, per ward.",
)
order_approval = tg.Data(
    "Order approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The manager's edits and approval of a draft order.",
)
purchase_order = tg.Data(
    "Linen purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantities, contract prices and delivery address.",
)
order_confirmation = tg.Data(
    "Order confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
loss_report = tg.Data("Ward loss report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Building IoT network", trust=tg.Trust.INTERNAL):
    # Portal readers over each ward's doors: count linen going in and out.
    ward_readers = tm.add(
        tg.Device(
            "Ward door RFID readers",
            description="Fixed UHF portal readers with two antennas each, on the IoT VLAN.",
        )
    )
    # Tunnel reader at the laundry's soiled-in and clean-out conveyors.
    laundry_reader = tm.add(
        tg.Device("Laundry tunnel RFID reader", description="Reads a whole cage at once.")
    )

with tm.boundary("Laundry", trust=tg.Trust.INTERNAL):
    # Sort and condemn items; record write-offs in the portal.
    laundry_staff = tm.add(tg.Actor("Laundry staff", role="laundry operative"))

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Owns linen stock and budgets; approves every replacement order.
    manager = tm.add(tg.Actor("Linen manager", role="linen services manager"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # The reader vendor's middleware: receives reads and turns them into movements.
    collector = tm.add(
        tg.Service(
            "RFID read collector",
            controls={
                c.InputValidation(
                    note="drops reads whose EPC is outside the hospital's linen range"
                ),
            },
        )
    )
    # System of record for items, movements, write-offs, par levels and drafts.
    tracking_db = tm.add(
        tg.DataStore(
            "Linen tracking database",
            stores={
                tag_reads,
                item_register,
                write_offs,
                par_levels,
                predictions,
                draft_orders,
                order_approval,
            },
            controls={c.DataVersioning(note="nightly backup to the data centre backup system")},
        )
    )
    # Web portal for the linen manager and laundry staff.
    portal = tm.add(
        tg.Endpoint(
            "Linen management portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="hospital Active Directory sign-in"),
                c.RBAC(
                    note="laundry staff record write-offs; only the linen manager approves orders"
                ),
            },
        )
    )
    # The hospital's ERP purchasing module; raises and sends purchase orders.
    erp = tm.add(tg.Service("Hospital ERP purchasing"))

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Weekly batch that aggregates reads into per-ward features.
        feature_job = tm.add(tg.Pipeline("Weekly feature build job", stage=tg.Stage.PREPROCESSING))
        # History of weekly ward features with the losses that followed.
        history = tm.add(tg.Dataset("Ward loss training set", stores={training_set, ward_features}))
        # Monthly retraining, backtested against the current model before promotion.
        training = tm.add(
            tg.Pipeline(
                "Loss model training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="backtest on the last 12 weeks must beat the live model")
                },
            )
        )
        # Versioned store of trained models.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # The loss model: predicts next week's losses per ward and item type.
        model = tm.add(
            tg.Model(
                "Linen loss prediction model",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted regression on weekly ward features.",
            )
        )
        # Weekly job that turns predictions and par levels into draft orders.
        drafting = tm.add(
            tg.Service(
                "Weekly order drafting job",
                controls={c.HumanInTheLoop(approver="linen manager")},
            )
        )

with tm.boundary("Linen supplier", trust=tg.Trust.PARTNER):
    # The contracted linen supplier that receives our purchase orders.
    supplier = tm.add(tg.ExternalService("Linen supplier order portal"))

# ---------------------------------------------------------------- flows
# Reads in
tm.flow(ward_readers, collector, tag_reads, protocol="http", label="JSON POST per read batch")
tm.flow(laundry_reader, collector, tag_reads, protocol="http", label="JSON POST per read batch")
tm.flow(collector, tracking_db, tag_reads, item_register)

# Laundry write-offs
tm.flow(laundry_staff, portal, write_offs, protocol="https")
tm.flow(portal, tracking_db, write_offs)

# Training
tm.flow(tracking_db, feature_job, tag_reads, item_register, write_offs, label="weekly batch export")
tm.flow(feature_job, history, ward_features, training_set)
tm.flow(history, training, ward_features, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy approved version")

# Weekly prediction and drafting
tm.flow(tracking_db, drafting, tag_reads, item_register, par_levels, label="weekly batch read")
tm.flow(drafting, model, ward_features)
tm.flow(model, drafting, predictions)
tm.flow(drafting, tracking_db, draft_orders, predictions)

# Review and ordering
tm.flow(tracking_db, portal, draft_orders, predictions, tag_reads)
tm.flow(portal, manager, draft_orders, loss_report, protocol="https")
tm.flow(manager, portal, order_approval, par_levels, protocol="https")
tm.flow(portal, tracking_db, order_approval, par_levels)
tm.flow(portal, erp, purchase_order, protocol="https", label="approved orders only")
tm.flow(erp, supplier, purchase_order, protocol="https")
tm.flow(supplier, erp, order_confirmation, protocol="https")
tm.flow(erp, portal, order_confirmation, protocol="https")
