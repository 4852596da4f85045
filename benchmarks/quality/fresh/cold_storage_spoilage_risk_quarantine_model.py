"""Cold-storage spoilage risk and quarantine: the first design, before any security review.

Our cold-chain warehouse stores chilled and frozen food pallets for customers. Each
pallet carries a battery temperature logger that reports over LoRaWAN, and every dock
door has an open/close sensor; an IoT gateway on the warehouse floor forwards both to
a telemetry store in our cloud analytics account. A scoring service runs every 15
minutes: it joins the readings with the pallet manifest from the warehouse management
system (WMS), asks an in-house spoilage-risk classifier for a score per pallet, and
puts any pallet above the threshold on quality hold through the WMS API. Quality staff
inspect held pallets and release or reject them in the WMS; their outcomes become the
labels for the monthly retraining. Customers log in to a portal to see which of their
pallets are on hold. Controls in this design: HTTPS to the cloud and the portal, portal
log-in with e-mail and password, roles and an audit log in the WMS, disk encryption on
the WMS database and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cold-storage spoilage risk quarantine",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts spoilage risk per pallet from temperature and door telemetry and "
        "places risky pallets on quality hold in the WMS."
    ),
)

# ---------------------------------------------------------------- data assets
temperature = tg.Data(
    "Pallet temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
door_events = tg.Data(
    "Dock door events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
manifest = tg.Data(
    "Pallet manifest",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pallet id, customer, product, lot, location and temperature class.",
)
features = tg.Data("Pallet risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Spoilage risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
hold_instruction = tg.Data(
    "Quality hold instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
inventory = tg.Data(
    "Inventory and hold records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
hold_queue = tg.Data("Hold queue", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
inspection = tg.Data(
    "Inspection outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release or reject, with the inspector's notes.",
)
status_query = tg.Data("Hold status query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
hold_status = tg.Data(
    "Customer hold status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
portal_login = tg.Data("Portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
training_set = tg.Data(
    "Spoilage training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Spoilage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Food brands and distributors whose pallets we store.
    customer = tm.add(tg.Actor("Warehouse customer", role="customer"))

with tm.boundary("Warehouse OT network", trust=tg.Trust.INTERNAL):
    # One logger per pallet, attached at receiving; the source of the temperature history.
    loggers = tm.add(
        tg.Device(
            "Pallet temperature loggers",
            fleet=True,
            description="Battery loggers clipped to each pallet, reporting every 5 minutes.",
        )
    )
    # Open/close sensors on each dock door: long openings warm the nearby pallets.
    door_sensors = tm.add(tg.Device("Dock door sensors", fleet=True))
    # LoRaWAN and MQTT gateway that batches the floor telemetry to the cloud.
    gateway = tm.add(
        tg.Service(
            "IoT gateway",
            description="Industrial PC on the warehouse floor; forwards readings to the cloud.",
        )
    )

with tm.boundary("Cloud analytics account", trust=tg.Trust.INTERNAL):
    # Time-series store holding the raw telemetry that scoring and training read.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={temperature, door_events},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Runs every 15 minutes: builds features, scores pallets, places holds in the WMS.
    scorer = tm.add(
        tg.Service(
            "Spoilage scoring service",
            description="Applies the per-product threshold and calls the WMS hold API.",
        )
    )
    # The classifier whose score decides which pallets are quarantined.
    model = tm.add(
        tg.Model(
            "Spoilage risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over time above set point and door exposure.",
        )
    )
    # Historical telemetry joined with inspection outcomes, for the monthly retraining.
    dataset = tm.add(tg.Dataset("Spoilage training set", stores={training_set}))
    # Monthly retraining job run by the data science team.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps every trained model version; the scoring service loads the one tagged live.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Customer-facing web portal showing hold status per pallet.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # System of record for pallets, locations, holds and releases.
    wms = tm.add(
        tg.Service(
            "Warehouse management system",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # The WMS database: inventory, holds and inspection outcomes.
    wms_db = tm.add(
        tg.DataStore(
            "WMS database",
            stores={inventory, inspection},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Quality staff inspect held pallets and release or reject them.
    quality = tm.add(tg.Actor("Quality inspector", role="quality staff"))

# ---------------------------------------------------------------- flows
# telemetry from the floor to the cloud
tm.flow(loggers, gateway, temperature, protocol="lorawan")
tm.flow(door_sensors, gateway, door_events, protocol="mqtt")
tm.flow(gateway, telemetry, temperature, door_events, protocol="https")

# scoring and quarantine
tm.flow(telemetry, scorer, temperature, door_events)
tm.flow(wms, scorer, manifest, protocol="https", label="pallet manifest")
tm.flow(scorer, model, features)
tm.flow(model, scorer, risk_score)
tm.flow(scorer, wms, hold_instruction, protocol="https", label="place quality hold")
tm.flow(wms, wms_db, inventory)
tm.flow(wms_db, wms, inventory)

# inspection and release
tm.flow(wms, quality, hold_queue, protocol="https")
tm.flow(quality, wms, inspection, protocol="https", label="release or reject")
tm.flow(wms, wms_db, inspection, label="inspection outcome")

# customer portal
tm.flow(customer, portal, portal_login, status_query, protocol="https")
tm.flow(portal, wms, status_query, protocol="https")
tm.flow(wms, portal, hold_status, protocol="https")
tm.flow(portal, customer, hold_status, protocol="https")

# retraining
tm.flow(telemetry, dataset, temperature, door_events, label="monthly export")
tm.flow(wms_db, dataset, inspection, label="inspection labels")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load live version")
