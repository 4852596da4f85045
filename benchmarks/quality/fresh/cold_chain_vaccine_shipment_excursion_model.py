"""Vaccine cold-chain excursion assessment: the first design.

A vaccine distributor ships vials in insulated boxes, each packed with a temperature
logger. Loggers pair over Bluetooth with a cellular gateway travelling with the
consignment, which uploads readings to our telemetry endpoint over MQTT with TLS and
per-gateway device certificates. When a shipment is received, an assessment service
combines its readings with each product's stability budget and asks an in-house
excursion model whether the batch is still usable; it then releases the stock or
places it in quarantine in the warehouse management system. Stock leaves quarantine
only when a Qualified Person signs the release in the QA console (SSO with MFA,
audit-logged). Clinics get stock notices by e-mail. The model is retrained from past
excursions and their QA outcomes, validated, and versioned in a model registry.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Vaccine cold-chain excursion assessment",
    profile=tg.RiskProfile.HIGH,
    description="Judges temperature excursions on vaccine shipments; releases or quarantines stock.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Logger temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Timestamped readings with logger serial and shipment id.",
)
logger_config = tg.Data(
    "Gateway and logger configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Upload interval, alarm thresholds and firmware version pins.",
)
stability = tg.Data(
    "Product stability budgets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Manufacturers' allowed time out of range per product and temperature band.",
)
features = tg.Data("Excursion features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
verdict = tg.Data("Excursion verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
stock_action = tg.Data(
    "Stock release or quarantine decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stock_records = tg.Data(
    "Batch and stock status records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
qp_release = tg.Data(
    "QP quarantine release approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
quarantine_case = tg.Data(
    "Quarantine case file", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
stock_notice = tg.Data(
    "Clinic stock notice",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Delivery, delay or recall notice with batch numbers and the clinic contact.",
)
training_set = tg.Data(
    "Historical excursion outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past excursion profiles labelled with QA dispositions and lab results.",
)
model_artifact = tg.Data(
    "Excursion model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("In transit", trust=tg.Trust.UNTRUSTED):
    # One logger in every insulated box; records temperature every five minutes.
    logger = tm.add(tg.Device("Box temperature logger"))
    # Cellular gateway riding with the consignment; relays the loggers' readings.
    gateway = tm.add(tg.Device("Cellular gateway"))

with tm.boundary("Distributor cloud", trust=tg.Trust.INTERNAL):
    # Device-facing ingestion endpoint for gateway uploads.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway X.509 device certificates"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Time-series database of readings per shipment.
    reading_store = tm.add(
        tg.DataStore(
            "Temperature reading store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Reference table QA maintains from manufacturers' stability data.
    stability_table = tm.add(
        tg.DataStore(
            "Product stability guidance",
            stores={stability},
            controls={c.RBAC(), c.AuditLogging(retention_days=3650)},
        )
    )
    # Runs on shipment receipt: builds features, calls the model, updates stock status.
    assessment = tm.add(
        tg.Service(
            "Excursion assessment service",
            description="Triggered by goods-in scan; writes release or quarantine to the WMS.",
        )
    )
    # Gradient-boosted classifier: is the batch still usable after the excursion?
    model = tm.add(
        tg.Model(
            "Excursion usability model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Predicts whether an excursion made the batch unusable (quarantine).",
            controls={c.ModelVersioning()},
        )
    )
    # Sends delivery and quarantine notices to clinics.
    notifier = tm.add(tg.Service("Clinic notification service"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Curated training set of past excursions and their outcomes.
        dataset = tm.add(tg.Dataset("Excursion training set", stores={training_set}))
        # Quarterly retraining with an evaluation gate before registration.
        training = tm.add(
            tg.Pipeline(
                "Excursion model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out recall on known-bad excursions")},
            )
        )
        # Versioned model artifacts the assessment service loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Warehouse systems", trust=tg.Trust.INTERNAL):
    # Warehouse management system: stock status, picking and dispatch.
    wms = tm.add(
        tg.Service(
            "Warehouse management system",
            controls={c.AuditLogging(retention_days=3650)},
        )
    )
    # System of record for batches, locations and quarantine status.
    stock_db = tm.add(
        tg.DataStore(
            "Stock and batch database",
            stores={stock_records},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # QA console where quarantined batches are reviewed and released.
    qa_console = tm.add(
        tg.Service(
            "QA release console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="Qualified Person"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The Qualified Person who signs off release of quarantined stock.
    qp = tm.add(tg.Actor("Qualified Person", role="quality assurance", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vaccination clinics and pharmacies the distributor supplies.
    clinic = tm.add(tg.Actor("Clinic", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(logger, gateway, readings, protocol="bluetooth low energy")
tm.flow(gateway, ingestion, readings, protocol="MQTT over TLS")
tm.flow(ingestion, gateway, logger_config, protocol="MQTT over TLS")
tm.flow(gateway, logger, logger_config, protocol="bluetooth low energy")
tm.flow(ingestion, reading_store, readings)

tm.flow(reading_store, assessment, readings)
tm.flow(stability_table, assessment, stability)
tm.flow(wms, assessment, stock_records, protocol="https", label="goods-in scan of the shipment")
tm.flow(assessment, model, features)
tm.flow(model, assessment, verdict)
tm.flow(assessment, wms, stock_action, protocol="https")
tm.flow(wms, stock_db, stock_records)
tm.flow(stock_db, wms, stock_records)

tm.flow(wms, qa_console, quarantine_case, readings)
tm.flow(qa_console, qp, quarantine_case, readings, protocol="https")
tm.flow(qp, qa_console, qp_release, protocol="https")
tm.flow(qa_console, wms, qp_release)

tm.flow(wms, notifier, stock_records, label="dispatches, delays and quarantines")
tm.flow(notifier, clinic, stock_notice, protocol="smtp")

tm.flow(reading_store, dataset, readings, label="closed shipments")
tm.flow(stock_db, dataset, stock_records, label="QA dispositions")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load pinned version")
