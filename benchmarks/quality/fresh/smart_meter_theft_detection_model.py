"""Smart meter theft detection: the first design, before any security review.

An electricity supplier wants to find meter tampering and energy theft among its
domestic and small-business customers. Smart meters in customers' premises send
half-hourly consumption reads and tamper / event alerts through the national smart
metering communications head-end, which we pull over a certificate-authenticated
TLS link into our data platform. A feature pipeline joins the reads with customer
account and billing history, and a nightly scoring job runs a gradient-boosted
classifier that gives every meter point a theft risk score. Meter points above a
threshold become cases in a case management application, where revenue protection
officers (office and field staff, signing in with corporate SSO and MFA) review the
evidence and decide whether to book a site visit. Visit outcomes are recorded as
labels; data scientists retrain the model monthly and promote versions from a
model registry. Stores are encrypted with KMS keys and access is role based; the
case application keeps an audit log. Customers are EU/UK households, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Smart meter theft detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores smart meter points for tampering and energy theft; officers decide site visits.",
)

# ---------------------------------------------------------------- data assets
reads = tg.Data(
    "Half-hourly consumption reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-meter consumption profile; reveals household routines.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
alerts = tg.Data(
    "Meter tamper and event alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover-open, reverse-flow, magnetic-interference and power-outage events.",
)
accounts = tg.Data(
    "Customer account and billing history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, supply address, tariff, payment history and priority-services flags.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Theft detection features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Theft risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
cases = tg.Data(
    "Suspected theft cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meter point, customer, score, top contributing features and the evidence trail.",
)
outcomes = tg.Data(
    "Site visit outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Tamper confirmed / no fault found / no access, with officer notes and photos.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
train_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Theft model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The meters sit in customers' homes: the very people some of whom tamper with them.
    meters = tm.add(
        tg.Device(
            "Smart electricity meters",
            fleet=True,
            description="SMETS2 meters; report reads and tamper events over the smart metering WAN.",
        )
    )

with tm.boundary("Smart metering network operator", trust=tg.Trust.PARTNER):
    # The national communications service: we do not talk to meters directly, only through it.
    head_end = tm.add(
        tg.ExternalService(
            "Smart metering head-end",
            provides="data-provider",
            description="Relays meter reads and alerts to the registered supplier.",
        )
    )

with tm.boundary("Supplier data platform", trust=tg.Trust.INTERNAL):
    # Pulls reads and alerts from the head-end and lands them in the data lake.
    ingestion = tm.add(
        tg.Pipeline(
            "Meter data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="message schema and value ranges checked on arrival")
            },
        )
    )
    # Long-term store of every read and alert, also used by billing and settlement.
    data_lake = tm.add(
        tg.DataStore(
            "Meter data lake",
            stores={reads, alerts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The existing billing / CRM system of record: who lives where and how they pay.
    billing = tm.add(
        tg.DataStore(
            "Billing and CRM system",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Joins consumption profiles, events and account history into per-meter features.
    feature_pipeline = tm.add(tg.Pipeline("Theft feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Scores every meter point each night and opens cases above the threshold.
    scoring_job = tm.add(
        tg.Service(
            "Nightly theft scoring job",
            description="Batch job; meter points scoring above 0.8 become cases.",
        )
    )
    # The model itself: flags likely tampering for a person to follow up.
    model = tm.add(
        tg.Model(
            "Theft detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over consumption shape, tamper events and account history.",
        )
    )
    # Web application the revenue protection team works cases in.
    case_app = tm.add(
        tg.Service(
            "Revenue protection case management",
            description="Shows each case with its evidence; officers book visits and record outcomes.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="revenue protection officer",
                    note="an officer reviews every case before a site visit is booked",
                ),
            },
        )
    )
    # Cases, visit bookings and outcomes.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={cases, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Historic features joined with the outcomes of closed cases.
        training_set = tm.add(
            tg.Dataset("Labelled theft training set", stores={features, outcomes})
        )
        # Monthly retraining on the labelled set.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model; the scoring job loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Office and field officers who review cases and visit premises.
    officer = tm.add(tg.Actor("Revenue protection officer", role="revenue protection officer"))
    # Builds and retrains the model, and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(meters, head_end, reads, alerts, label="smart metering WAN")
tm.flow(head_end, ingestion, reads, alerts, protocol="mtls", label="scheduled pull")
tm.flow(ingestion, data_lake, reads, alerts)

tm.flow(data_lake, feature_pipeline, reads, alerts, label="nightly batch")
tm.flow(billing, feature_pipeline, accounts, label="nightly batch")
tm.flow(feature_pipeline, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, case_app, cases, label="scores above threshold")

tm.flow(case_app, case_store, cases, outcomes)
tm.flow(case_store, case_app, cases, outcomes)
tm.flow(case_app, officer, cases, protocol="https")
tm.flow(officer, case_app, outcomes, protocol="https", label="visit outcome")

tm.flow(case_store, training_set, outcomes, label="monthly export of closed cases")
tm.flow(feature_pipeline, training_set, features, label="historic features")
tm.flow(training_set, training, features, outcomes)
tm.flow(data_scientist, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="promotes version")
tm.flow(registry, model, weights, label="deploy")
