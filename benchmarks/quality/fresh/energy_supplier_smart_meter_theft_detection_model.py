"""Smart meter theft detection: the first design, before any security review.

An energy supplier's revenue protection team wants to find meter tampering and
electricity theft earlier. Customers' smart meters send half-hourly reads and
tamper events (cover opened, magnetic interference, reverse energy flow) through
the national smart metering communications network, which relays them to our
meter data platform over mutually authenticated TLS with signed messages.
A nightly job joins the reads with the customer's account and billing history,
computes features and scores every supply point with an in-house gradient-boosted
classifier. Supply points above a threshold become suspected theft cases in the
revenue protection case tool, where officers review the evidence and decide on a
site visit, a warrant or back-billing; their investigation outcomes are exported
monthly as labels to retrain the model. Staff sign in to the case tool through
corporate SSO with MFA; stores are encrypted with cloud KMS and access is by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart meter theft detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores every domestic and small business supply point for suspected meter "
        "tampering and electricity theft, and opens cases for revenue protection officers."
    ),
)

# ---------------------------------------------------------------- data assets
reads = tg.Data(
    "Half-hourly meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consumption per half hour per supply point; reveals household routines.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tamper_events = tg.Data(
    "Meter tamper and event alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover-open, magnetic interference, reverse flow and supply-off events.",
)
accounts = tg.Data(
    "Customer account and billing history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description=(
        "Name, address, tariff, payment history, debt status and Priority Services Register flags."
    ),
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
features = tg.Data("Theft detection features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Theft risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
cases = tg.Data(
    "Suspected theft cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Supply point, customer, risk score, top contributing signals and read history.",
)
outcomes = tg.Data(
    "Investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed theft, tampering found, meter fault or no issue, per case.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data("Training notebooks and configuration", kind="code")
weights = tg.Data("Theft model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The meters sit in homes and businesses: the people we suspect have them in hand.
    meters = tm.add(
        tg.Device(
            "Smart meters",
            fleet=True,
            description="Electricity smart meters with a communications hub.",
        )
    )

with tm.boundary("Smart metering network", trust=tg.Trust.PARTNER):
    # The national communications service that relays meter traffic to suppliers.
    dcc = tm.add(
        tg.ExternalService(
            "Smart metering communications service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Relays meter reads and alerts to the registered supplier.",
        )
    )

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # Receives reads and alerts from the communications service and files them.
    ingestion = tm.add(
        tg.Pipeline(
            "Meter data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects reads that fail the message schema")},
        )
    )
    # System of record for consumption and meter events.
    meter_store = tm.add(
        tg.DataStore(
            "Meter data store",
            stores={reads, tamper_events},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
            },
        )
    )
    # Joins reads, events and billing history into per-supply-point features.
    feature_job = tm.add(tg.Pipeline("Theft feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Offline feature tables used both for nightly scoring and for training.
    feature_store = tm.add(tg.FeatureStore("Theft feature store", stores={features}, online=False))
    # Scores every supply point once a night and opens cases above the threshold.
    scoring_job = tm.add(
        tg.Service(
            "Nightly theft scoring job",
            description="Opens a case for each supply point scoring above 0.8.",
        )
    )
    # The classifier itself, loaded by the scoring job.
    model = tm.add(
        tg.Model(
            "Meter theft detection model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring the likelihood of tampering or theft.",
        )
    )
    # Web application the revenue protection team works cases in.
    case_tool = tm.add(
        tg.Service(
            "Revenue protection case tool",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
                c.HumanInTheLoop(
                    approver="a revenue protection officer decides on any visit, warrant or back-bill"
                ),
            },
        )
    )
    # Keeps cases, evidence and outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={cases, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Features joined with investigation outcomes, for retraining.
        training_set = tm.add(tg.Dataset("Theft training set", stores={features, outcomes}))
        # Quarterly retraining run by the data science team.
        training = tm.add(tg.Pipeline("Theft model training", stage=tg.Stage.TRAINING))
        # Holds trained model versions; the scoring job loads the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing billing and CRM platform; the source of account context.
    billing = tm.add(
        tg.DataStore(
            "Billing and CRM system",
            stores={accounts},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Reviews cases and records what the investigation found.
    officer = tm.add(tg.Actor("Revenue protection officer", role="revenue protection"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(meters, dcc, reads, tamper_events, label="via comms hub and WAN")
tm.flow(
    dcc,
    ingestion,
    reads,
    tamper_events,
    protocol="mtls",
    controls={c.MessageIntegrity(note="signed service responses and alerts")},
)
tm.flow(ingestion, meter_store, reads, tamper_events)

tm.flow(meter_store, feature_job, reads, tamper_events, label="nightly batch")
tm.flow(billing, feature_job, accounts, protocol="sftp", label="nightly export")
tm.flow(feature_job, feature_store, features)

tm.flow(feature_store, scoring_job, features, label="nightly batch")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, case_tool, cases, protocol="https")
tm.flow(case_tool, case_db, cases, outcomes)
tm.flow(case_db, case_tool, cases, outcomes)
tm.flow(case_tool, officer, cases, protocol="https")
tm.flow(officer, case_tool, outcomes, protocol="https")

tm.flow(case_db, training_set, outcomes, label="monthly export")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, features, outcomes)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
