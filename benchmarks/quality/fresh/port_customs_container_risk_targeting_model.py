"""Port customs container risk targeting: the first design, before any security review.

Customs at a container port scores every inbound container before it is discharged.
Shipping lines file cargo manifests through the port community system, which forwards
them to us over SFTP. An ingestion pipeline validates each manifest against the message
schema, joins the consignee's and declarant's history from our trader compliance database
and writes risk features to a feature store. A scoring service runs an in-house
gradient-boosted classifier over the features and puts each container, with its risk
score, on the targeting workbench. Targeting officers confirm which containers go to the
X-ray scanner or to a physical examination; the workbench then sends hold instructions to
the terminal operating system. Examination officers record the outcome (seizure or no
find) in the workbench, and the outcomes become labels for monthly retraining in the
analytics enclave. Staff sign in with their government smart card; the workbench logs
every selection and release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Port customs container risk targeting model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Risk model scoring inbound containers from manifests and trader history, "
        "selecting them for X-ray and physical examination by customs officers."
    ),
)

# ---------------------------------------------------------------- data assets
manifest = tg.Data(
    "Cargo manifests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Container number, goods description, HS codes, shipper, consignee, route.",
)
trader_history = tg.Data(
    "Trader compliance history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past declarations, irregularities and seizures per importer and declarant.",
)
features = tg.Data(
    "Container risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data(
    "Container risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
scored_list = tg.Data(
    "Scored container list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each container of a vessel call with its manifest summary and risk score.",
)
selection = tg.Data(
    "Inspection selection decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="X-ray, physical examination or release, per container.",
)
hold = tg.Data(
    "Container hold instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
move_status = tg.Data("Container move status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
exam_order = tg.Data("Examination order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
outcome = tg.Data(
    "Examination outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="What was found, seizure details, officer notes.",
)
labels = tg.Data(
    "Seizure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Port community", trust=tg.Trust.PARTNER):
    # The port's message hub: shipping lines and agents file manifests here.
    pcs = tm.add(
        tg.DataSource(
            "Port community system",
            origin=tg.Origin.PARTNER,
            provides={manifest},
            description="Forwards manifests filed by shipping lines and their agents.",
        )
    )
    # The container terminal's system: it stacks held containers for the scanner.
    tos = tm.add(tg.ExternalService("Terminal operating system"))

with tm.boundary("Customs data centre", trust=tg.Trust.INTERNAL):
    # Existing customs database of traders' past declarations and seizures.
    trader_db = tm.add(
        tg.DataStore(
            "Trader compliance database",
            stores={trader_history},
            controls={c.EncryptionAtRest(key_management="data centre HSM"), c.RBAC()},
        )
    )
    # Parses manifests, joins trader history and computes the features.
    ingestion = tm.add(
        tg.Pipeline(
            "Manifest ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="manifest messages validated against the schema")},
        )
    )
    # Features per container, served to scoring and snapshotted for training.
    feature_store = tm.add(tg.FeatureStore("Container feature store", stores={features}))
    # Scores each container as its features land and passes it to the workbench.
    scoring = tm.add(tg.Service("Container risk scoring service"))
    # The risk model itself.
    model = tm.add(
        tg.Model(
            "Container risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees: probability that a container holds an irregularity.",
        )
    )
    # Officers' screen: review scores, select containers, record outcomes.
    workbench = tm.add(
        tg.Service(
            "Targeting workbench",
            controls={
                c.Authentication(method="government smart card with PIN"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555, note="every selection and release"),
                c.HumanInTheLoop(approver="targeting officer"),
            },
        )
    )
    # Examination outcomes, kept as the record of each inspection.
    results_db = tm.add(tg.DataStore("Examination results database", stores={outcome}))

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Labelled examples for retraining.
        train_set = tm.add(tg.Dataset("Targeting training set", stores={labels, features}))
        # Monthly retraining job.
        training = tm.add(
            tg.Pipeline(
                "Monthly model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Model versions; the scoring service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Customs office network", trust=tg.Trust.INTERNAL):
    # Decides which containers are scanned or examined.
    targeting_officer = tm.add(tg.Actor("Targeting officer", role="customs targeting officer"))
    # Runs the X-ray and physical examinations and records what was found.
    examination_officer = tm.add(
        tg.Actor("Examination officer", role="customs examination officer")
    )
    # Builds and promotes the model.
    data_scientist = tm.add(
        tg.Actor("Customs data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(pcs, ingestion, manifest, protocol="sftp")
tm.flow(trader_db, ingestion, trader_history, label="trader history lookup")
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, workbench, scored_list, score)

tm.flow(workbench, targeting_officer, scored_list, score, protocol="https")
tm.flow(targeting_officer, workbench, selection, protocol="https")
tm.flow(workbench, tos, hold, protocol="https")
tm.flow(tos, workbench, move_status, protocol="https")

tm.flow(workbench, examination_officer, exam_order, protocol="https")
tm.flow(examination_officer, workbench, outcome, protocol="https")
tm.flow(workbench, results_db, outcome)
tm.flow(results_db, trader_db, outcome, label="nightly sync")

tm.flow(results_db, train_set, labels, label="monthly export")
tm.flow(feature_store, train_set, features, label="offline snapshot")
tm.flow(train_set, training, labels, features)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="promotes model version")
tm.flow(registry, model, weights, label="deploy")
