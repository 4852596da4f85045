"""Hospital linen RFID loss prediction: the first design, before any security review.

The hospital's own laundry department tags sheets, gowns and towels with RFID tags.
Fixed readers in the ward linen rooms and at the laundry's sorting tunnel report tag
reads over MQTT with TLS to a read collector in the hospital's cloud tenant, which
writes them to the linen tracking database. Ward housekeeping managers enter
quarterly stock-take counts in the laundry dashboard. A nightly feature job turns
reads and counts into per-ward circulation features and observed losses; a monthly
training job fits a gradient-boosted regressor that predicts each ward's losses for
the coming weeks. A weekly order job asks the model and writes suggested stock
orders, which the laundry stock manager approves before they go to the linen
supplier's ordering portal. The dashboard signs staff in with the hospital's SSO and
shows each role its own pages; readers use a per-reader API key; the database is
encrypted at rest and models are versioned in the registry. No patient data is used.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital linen RFID loss prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts linen losses per ward from RFID tag reads and suggests stock orders.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "RFID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tag id, reader id, location and timestamp.",
)
stock_counts = tg.Data(
    "Ward stock-take counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
features = tg.Data(
    "Ward circulation features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
loss_labels = tg.Data(
    "Observed ward losses",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items missing between stock-takes, per ward and linen type.",
)
artifact = tg.Data(
    "Loss model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="joblib file of the fitted regressor.",
)
predictions = tg.Data(
    "Predicted ward losses", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
suggested_orders = tg.Data(
    "Suggested stock orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
purchase_order = tg.Data(
    "Approved linen purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Linen types, quantities, delivery site and contract prices.",
)
order_confirmation = tg.Data(
    "Supplier order confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Fixed readers at the doors of ward linen rooms and soiled-linen holds.
    ward_readers = tm.add(
        tg.Device(
            "Ward RFID readers",
            fleet=True,
            controls={c.Authentication(method="per-reader API key")},
        )
    )
    # Enters stock-take counts and looks at their ward's predicted losses.
    ward_manager = tm.add(tg.Actor("Ward housekeeping manager", role="ward manager"))

with tm.boundary("Laundry plant network", trust=tg.Trust.INTERNAL):
    # Tunnel readers where linen comes back soiled and leaves clean.
    laundry_readers = tm.add(
        tg.Device(
            "Laundry tunnel RFID readers",
            fleet=True,
            controls={c.Authentication(method="per-reader API key")},
        )
    )
    # Reviews suggested orders and places them with the supplier.
    stock_manager = tm.add(tg.Actor("Laundry stock manager", role="stock manager"))
    # Maintains the features, training code and model.
    analyst = tm.add(tg.Actor("Laundry data analyst", role="data analyst", privileged=True))

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives reads from every reader and writes them to the database.
    collector = tm.add(tg.Service("RFID read collector"))
    # Item register, tag reads, stock-takes, predictions and suggested orders.
    tracking_db = tm.add(
        tg.DataStore(
            "Linen tracking database",
            stores={tag_reads, stock_counts, predictions, suggested_orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds per-ward features and loss labels from the day's reads.
    feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
    # History of weekly ward features with the losses observed afterwards.
    training_set = tm.add(tg.Dataset("Loss training set", stores={features, loss_labels}))
    # Monthly refit of the regressor.
    training_job = tm.add(
        tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps fitted models by version; the order job loads the pinned one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor: expected losses per ward and linen type.
    loss_model = tm.add(
        tg.Model("Linen loss model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Turns predicted losses and par levels into suggested orders each week.
    order_job = tm.add(tg.Service("Weekly order suggestion job"))
    # Web app for ward managers and the laundry team.
    dashboard = tm.add(
        tg.Service(
            "Laundry dashboard",
            controls={
                c.Authentication(method="hospital SSO (OIDC) with MFA"),
                c.RBAC(note="ward managers see their ward; laundry staff see all"),
                c.HumanInTheLoop(approver="laundry stock manager"),
            },
        )
    )

with tm.boundary("Linen supplier", trust=tg.Trust.PARTNER):
    # The supplier's web ordering portal under the linen contract.
    supplier = tm.add(tg.ExternalService("Linen supplier ordering portal"))

# ---------------------------------------------------------------- flows
tm.flow(ward_readers, collector, tag_reads, protocol="mqtts")
tm.flow(laundry_readers, collector, tag_reads, protocol="mqtts")
tm.flow(collector, tracking_db, tag_reads)

tm.flow(ward_manager, dashboard, stock_counts, protocol="https", label="stock-take entry")
tm.flow(dashboard, tracking_db, stock_counts)

tm.flow(tracking_db, feature_job, tag_reads, stock_counts, label="nightly export")
tm.flow(feature_job, training_set, features, loss_labels)
tm.flow(analyst, training_job, training_config, protocol="https")
tm.flow(training_set, training_job, features, loss_labels)
tm.flow(training_job, registry, artifact)
tm.flow(registry, loss_model, artifact, label="load pinned version")

tm.flow(training_set, order_job, features, label="latest weekly features")
tm.flow(order_job, loss_model, features)
tm.flow(loss_model, order_job, predictions)
tm.flow(order_job, tracking_db, predictions, suggested_orders)

tm.flow(tracking_db, dashboard, predictions, suggested_orders, stock_counts)
tm.flow(dashboard, ward_manager, predictions, protocol="https", label="ward loss view")
tm.flow(dashboard, stock_manager, suggested_orders, protocol="https")
tm.flow(stock_manager, dashboard, purchase_order, protocol="https", label="approves order")
tm.flow(dashboard, supplier, purchase_order, protocol="https")
tm.flow(supplier, dashboard, order_confirmation, protocol="https")
