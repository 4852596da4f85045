"""Payroll anomaly detection: the first design, before any security review.

Before each monthly and weekly pay run, a batch job scores every payroll change
for a large employer (about 40,000 staff in the UK and the EU) and flags the
unusual ones for the payroll team: new or changed bank details shortly before a
pay date, overtime spikes against an employee's history, and records that look
like ghost employees (no timesheets, no sign-ins, shared bank accounts).
Inputs are nightly extracts from the HR SaaS (where staff edit their own bank
details through self-service), the time and attendance system and the draft
pay run from the payroll system. Features live in a restricted analytics
enclave on the company's data platform; an in-house isolation-forest model,
retrained monthly on reviewed flags, gives each change a score and reason
codes. Payroll officers sign in to a review console with corporate SSO and MFA,
decide on each flag, and the console sends hold or release decisions back to
the payroll system. The model only flags; a person decides every hold.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Payroll anomaly detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags unusual payroll changes (bank details, overtime, ghost employees) "
        "for payroll officers to review before each pay run."
    ),
)

# ---------------------------------------------------------------- data assets
master_data = tg.Data(
    "Employee master data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, employee numbers, national insurance numbers, grades, cost centres.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_changes = tg.Data(
    "Bank detail changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Old and new sort code, account number or IBAN, with who changed them and when.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
timesheets = tg.Data(
    "Timesheets and overtime claims",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
pay_run = tg.Data(
    "Draft pay run",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gross and net pay per employee for the coming pay date.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Payroll change features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-employee deltas, overtime ratios, account-sharing counts, tenure.",
)
scores = tg.Data(
    "Anomaly scores and reason codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
flags = tg.Data(
    "Flagged payroll changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Changes scored above the review threshold, with the score and reasons.",
)
review_outcomes = tg.Data(
    "Review outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Genuine, error or suspected fraud, recorded by the reviewing officer.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
hold_decisions = tg.Data(
    "Payment hold decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which employees' payments to hold or release for this pay run.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn isolation forest saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff update their own bank details in HR self-service, from any device.
    employee = tm.add(tg.Actor("Employee", role="employee self-service user"))

with tm.boundary("HR SaaS vendor", trust=tg.Trust.PARTNER):
    # The system of record for people and bank details; we only receive its extracts.
    hris = tm.add(
        tg.DataSource(
            "HR system",
            origin=tg.Origin.PARTNER,
            provides={master_data, bank_changes},
            description="Cloud HRIS with employee self-service; nightly SFTP extracts.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Overtime and shift records, the input for overtime-spike checks.
    time_attendance = tm.add(
        tg.DataSource(
            "Time and attendance system",
            origin=tg.Origin.INTERNAL,
            provides={timesheets},
        )
    )
    # Runs the pay run and pays employees by BACS; it receives hold decisions.
    payroll = tm.add(
        tg.DataStore(
            "Payroll system",
            stores={pay_run, master_data, bank_changes, hold_decisions},
            description="On-premises payroll package that produces the BACS payment file.",
            controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
        )
    )
    # Where payroll officers work the flags before each pay run.
    console = tm.add(
        tg.Service(
            "Payroll review console",
            description="Internal web app listing flagged changes with scores and reason codes.",
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(note="payroll officers and payroll team leads only"),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(
                    approver="payroll officer",
                    note="the model only flags; an officer decides to hold or release each payment",
                ),
            },
        )
    )
    # The people who review the flags and decide on holds.
    officer = tm.add(tg.Actor("Payroll officer", role="payroll team"))
    # Builds and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Data scientist", role="people analytics data scientist", privileged=True)
    )

    with tm.boundary("Payroll analytics enclave", trust=tg.Trust.RESTRICTED):
        # Lands the three extracts and turns them into features.
        ingestion = tm.add(
            tg.Pipeline(
                "Payroll extract ingestion",
                stage=tg.Stage.PREPROCESSING,
                description="Loads nightly extracts, joins them per employee, computes features.",
                controls={c.SchemaEnforcement(note="extract files checked against column specs")},
            )
        )
        # Current and historical features, read by the scoring job and for training.
        feature_store = tm.add(
            tg.FeatureStore(
                "Payroll feature store",
                stores={features},
                online=False,
                controls={c.EncryptionAtRest(key_management="data platform managed keys")},
            )
        )
        # Scores every change once the draft pay run is in.
        scoring_job = tm.add(
            tg.Service(
                "Pre-pay-run scoring job",
                description="Batch job triggered when payroll publishes the draft pay run.",
            )
        )
        # The detector itself.
        model = tm.add(
            tg.Model(
                "Payroll anomaly model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Isolation forest plus rules on bank-detail timing; flags for review.",
                controls={
                    c.ExplainabilityLogging(note="top contributing features stored per score")
                },
            )
        )
        # Flags and the officers' outcomes, kept for audit and retraining.
        case_store = tm.add(
            tg.DataStore(
                "Flag case store",
                stores={flags, scores, review_outcomes},
                controls={c.EncryptionAtRest(key_management="data platform managed keys")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed flags joined to features: the monthly training set.
        training_set = tm.add(
            tg.Dataset("Reviewed flags training set", stores={features, review_outcomes})
        )
        # Monthly retraining run by the data scientist.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the scoring job loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(employee, hris, bank_changes, protocol="https", label="self-service change")
tm.flow(hris, payroll, master_data, bank_changes, protocol="sftp", label="nightly interface")
tm.flow(hris, ingestion, master_data, bank_changes, protocol="sftp", label="nightly extract")
tm.flow(time_attendance, ingestion, timesheets, protocol="https", label="nightly export")
tm.flow(payroll, ingestion, pay_run, protocol="sftp", label="draft pay run export")
tm.flow(ingestion, feature_store, features)

tm.flow(feature_store, scoring_job, features, label="batch read before pay run")
tm.flow(registry, model, model_file, label="load current version")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, case_store, flags, scores)

tm.flow(case_store, console, flags, scores, protocol="https")
tm.flow(console, officer, flags, scores, protocol="https")
tm.flow(officer, console, review_outcomes, hold_decisions, protocol="https")
tm.flow(console, case_store, review_outcomes, protocol="https")
tm.flow(console, payroll, hold_decisions, protocol="https", label="hold or release")

tm.flow(case_store, training_set, review_outcomes, label="monthly export")
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(training_set, training, features, review_outcomes)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_file)
