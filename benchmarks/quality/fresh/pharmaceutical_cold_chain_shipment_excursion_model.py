"""Pharmaceutical cold-chain shipment excursion model: the first design, before any security review.

A pharmaceutical distributor ships temperature-sensitive medicines (2-8 C and frozen)
to wholesalers and hospitals. Every shipment carries a cellular data logger that
uploads temperature readings to the logger vendor's cloud; our ingestion pipeline
polls that cloud and the carrier's tracking API and lands readings and milestones
in a telemetry store in our Azure subscription. A gradient-boosted model, retrained
monthly from past shipments and their quality outcomes, predicts for each shipment
in transit whether it will leave its stability budget. Logistics coordinators get
e-mail alerts so they can intervene; on arrival the quality team reviews the
prediction and readings in a release console and decides whether the stock is
released or quarantined, and the decision sets the batch status in the ERP.
Controls in this design: SSO with MFA and roles on the console, a QA sign-off on
every release, schema checks on ingested readings, encrypted storage, ERP audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmaceutical cold-chain shipment excursion model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts temperature excursions of medicine shipments in transit and supports "
        "the quality team's decision to release or quarantine the stock on arrival."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Logger temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Timestamped temperature and location readings per shipment, every 10 minutes.",
)
milestones = tg.Data(
    "Shipment milestones",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pick-up, hub scans, ETA and delivery events from the carrier, with customer sites.",
)
stability = tg.Data(
    "Product stability budgets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Allowed temperature ranges and cumulative time out of range per product.",
)
features = tg.Data(
    "Shipment excursion features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
prediction = tg.Data(
    "Excursion risk prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data("Excursion alert e-mail", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
release_decision = tg.Data(
    "Stock release decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Release or quarantine per batch and shipment, with the QA reviewer's comment.",
)
batch_status = tg.Data(
    "Batch stock status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
history = tg.Data(
    "Historical shipments and quality outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Excursion model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shipments in transit", trust=tg.Trust.UNTRUSTED):
    # One logger per shipper box or pallet; travels in carriers' vans and hubs.
    logger = tm.add(
        tg.Device(
            "Shipment temperature data logger",
            fleet=True,
            description="Single-use cellular logger activated at packing.",
        )
    )

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The logger maker's platform receives the uploads; we read them through its API.
    logger_cloud = tm.add(
        tg.ExternalService(
            "Logger vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # Shipment events and ETAs from the courier, needed to know where the box is.
    carrier_api = tm.add(
        tg.ExternalService(
            "Carrier tracking API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Distributor Azure subscription", trust=tg.Trust.INTERNAL):
    # Polls the vendor and carrier APIs every 15 minutes and lands what it gets.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="readings outside -40..+60 C or malformed are rejected")
            },
        )
    )
    # All readings, milestones and predictions per shipment.
    telemetry = tm.add(
        tg.DataStore(
            "Shipment telemetry store",
            stores={readings, milestones, prediction},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # Maintained by quality; the limits each product may be held at.
    stability_store = tm.add(tg.DataStore("Product stability data", stores={stability}))
    # Builds features for each open shipment and calls the model every 15 minutes.
    scoring = tm.add(
        tg.Service(
            "Excursion scoring service",
            description="Scores every open shipment and e-mails coordinators above a risk threshold.",
        )
    )
    # The predictive model itself.
    model = tm.add(
        tg.Model(
            "Excursion prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability a shipment exceeds its stability budget.",
        )
    )
    # Web console where QA reviews each arrived shipment and records release or quarantine.
    console = tm.add(
        tg.Endpoint(
            "Quality release console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(note="only QA role can record release decisions"),
                c.HumanInTheLoop(approver="QA release specialist"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past shipments joined with QA outcomes, exported monthly.
        dataset = tm.add(tg.Dataset("Historical shipment dataset", stores={history}))
        # Monthly retraining job.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the trained model, loaded by the scoring service.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for stock and batch status; on-premises.
    erp = tm.add(
        tg.DataStore(
            "ERP inventory",
            stores={batch_status, release_decision},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Decides release; also maintains the stability budgets.
    qa = tm.add(tg.Actor("QA release specialist", role="quality assurance"))
    # Receives alerts and can ask the carrier to re-ice or reroute.
    coordinator = tm.add(tg.Actor("Logistics coordinator", role="logistics"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(logger, logger_cloud, readings, protocol="https", label="cellular upload")
tm.flow(logger_cloud, ingestion, readings, protocol="https", label="API poll")
tm.flow(carrier_api, ingestion, milestones, protocol="https", label="API poll")
tm.flow(ingestion, telemetry, readings, milestones)

tm.flow(telemetry, scoring, readings, milestones)
tm.flow(stability_store, scoring, stability)
tm.flow(scoring, model, features)
tm.flow(model, scoring, prediction)
tm.flow(scoring, telemetry, prediction)
tm.flow(scoring, coordinator, alert, protocol="smtp+starttls")

tm.flow(telemetry, console, readings, milestones, prediction)
tm.flow(stability_store, console, stability)
tm.flow(console, qa, readings, prediction, stability, protocol="https")
tm.flow(qa, console, release_decision, protocol="https")
tm.flow(qa, stability_store, stability, protocol="https", label="maintains budgets")
tm.flow(erp, console, batch_status, label="batch lookup")
tm.flow(console, erp, release_decision, label="sets released or quarantined")

tm.flow(telemetry, dataset, readings, milestones, label="monthly export")
tm.flow(erp, dataset, release_decision, label="monthly export of outcomes")
tm.flow(dataset, training, history)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
