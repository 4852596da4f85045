"""Seed bank viability forecasting: the first design, before any security review.

The botanic garden's seed bank keeps several thousand accessions in a -20 C vault.
Seed bank technicians record germination test results in the curation web app,
which writes them to the seed bank database beside the accession records (some of
which hold the wild collection localities of threatened species). Data loggers in
the vault report temperature and humidity to the logger vendor's cloud. A nightly
feature pipeline joins the test history with those storage readings; a data
scientist retrains a viability regression model from them, and the model is kept
in a registry by version. A weekly scheduler forecasts each accession's viability
and proposes a regeneration schedule, which a curator approves in the app before
any regeneration is booked. Quarterly viability summaries go to the national seed
conservation network's portal. Staff sign in to the app with the garden's single
sign-on; the garden's own parts run on its staff network and its cloud project.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seed bank viability forecast",
    profile=tg.RiskProfile.LOW,
    description=(
        "Forecasts seed viability from germination tests and vault storage conditions "
        "and schedules the regeneration of accessions."
    ),
)

# ---------------------------------------------------------------- data assets
test_results = tg.Data(
    "Germination test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
accessions = tg.Data(
    "Accession records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Taxon, collection date, seed counts and wild collection localities.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
storage_readings = tg.Data(
    "Vault storage condition readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature and relative humidity every 15 minutes per vault shelf.",
)
features = tg.Data("Viability features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
outcomes = tg.Data(
    "Germination outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Viability model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="A scikit-learn pipeline saved with joblib.",
)
forecasts = tg.Data("Viability forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Regeneration schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Schedule approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
summary = tg.Data(
    "Accession viability summary", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Garden staff network", trust=tg.Trust.INTERNAL):
    # Runs the germination tests and records what germinated.
    technician = tm.add(tg.Actor("Seed bank technician", role="technician"))
    # Decides which accessions are regenerated and when.
    curator = tm.add(tg.Actor("Seed bank curator", role="curator"))
    # Builds and retrains the viability model.
    scientist = tm.add(
        tg.Actor("Conservation data scientist", role="data scientist", privileged=True)
    )
    # The web app staff use to enter test results and review the schedule.
    app = tm.add(
        tg.Endpoint(
            "Curation web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="garden Google Workspace single sign-on"),
                c.RBAC(note="technicians enter tests; only curators approve schedules"),
            },
        )
    )
    # System of record for accessions, tests and the approved schedule.
    seed_db = tm.add(
        tg.DataStore(
            "Seed bank database",
            stores={accessions, test_results, schedule, forecasts},
            controls={c.DataVersioning(note="nightly database backups kept for 30 days")},
        )
    )

with tm.boundary("Seed vault", trust=tg.Trust.INTERNAL):
    # Wireless temperature and humidity loggers on the vault shelves.
    loggers = tm.add(
        tg.Device("Vault data loggers", description="Wi-Fi temperature and humidity loggers.")
    )

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The logger maker's hosted service that collects and serves the readings.
    logger_cloud = tm.add(
        tg.ExternalService(
            "Environmental monitoring cloud", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Garden research cloud project", trust=tg.Trust.INTERNAL):
    # Joins test history with storage conditions into model features.
    feature_job = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={
                c.SchemaEnforcement(note="rejects test records without dates or seed counts")
            },
        )
    )
    # Offline table of features and outcomes for training and weekly scoring.
    feature_store = tm.add(
        tg.FeatureStore("Viability feature table", stores={features, outcomes}, online=False)
    )
    # Refits the viability regression when the data scientist runs it.
    training = tm.add(
        tg.Pipeline("Model training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained model by version for the scheduler to load.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Predicts the germination percentage of an accession at a future date.
    model = tm.add(
        tg.Model(
            "Seed viability model",
            task=tg.Task.REGRESSOR,
            description="Viability-equation features fed to gradient-boosted trees.",
        )
    )
    # Scores every accession weekly and proposes what to regenerate.
    scheduler = tm.add(
        tg.Service(
            "Weekly regeneration scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="seed bank curator",
                    note="the proposed schedule is booked only after a curator approves it",
                )
            },
        )
    )

with tm.boundary("Seed conservation network", trust=tg.Trust.PARTNER):
    # The national network's portal that pools viability data across seed banks.
    partner_portal = tm.add(tg.ExternalService("Seed conservation network portal"))

# ---------------------------------------------------------------- flows
tm.flow(technician, app, test_results, protocol="https")
tm.flow(app, technician, accessions, protocol="https")
tm.flow(app, seed_db, test_results, approval)
tm.flow(seed_db, app, accessions, schedule, forecasts)
tm.flow(curator, app, approval, protocol="https")
tm.flow(app, curator, schedule, forecasts, protocol="https")

tm.flow(loggers, logger_cloud, storage_readings, protocol="https")
tm.flow(logger_cloud, feature_job, storage_readings, protocol="https", label="nightly API pull")
tm.flow(seed_db, feature_job, accessions, test_results, label="nightly export")
tm.flow(feature_job, feature_store, features, outcomes)

tm.flow(feature_store, training, features, outcomes)
tm.flow(scientist, training, train_config, label="starts a retraining run")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load pinned version")

tm.flow(feature_store, scheduler, features, label="weekly batch read")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, forecasts)
tm.flow(scheduler, seed_db, forecasts, schedule, label="proposed schedule")
tm.flow(scheduler, partner_portal, summary, protocol="https", label="quarterly upload")
