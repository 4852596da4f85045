"""Payroll bureau timesheet anomaly scoring: the first design, before any security review.

A UK payroll bureau runs payroll for a few hundred client companies. Before each pay run
an in-house anomaly model scores every timesheet line for signs of ghost employees
(no starter paperwork, bank details shared with another employee, hours on days nobody
else worked) and inflated overtime (hours far above contract or the team's pattern).
Client payroll administrators upload timesheets and starter/leaver/bank changes through
the bureau's client portal; larger clients push timesheets from their time-and-attendance
systems over SFTP. A scheduled job scores the lines, flagged lines are held in a case
store, and bureau payroll specialists release or confirm them in a review console,
sending queries back to the client through the portal. The payroll engine then pays the
released lines by BACS. Confirmed outcomes are exported monthly to retrain the model.
Controls in this design: TOTP sign-in and upload checks on the portal, SSH keys for SFTP,
schema checks at intake, an encrypted and access-controlled payroll database, SSO for
staff, a specialist decision on every flagged line, and signed BACS submissions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll bureau timesheet anomaly scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores client timesheets for ghost employees and inflated overtime "
    "before the bureau's pay runs; specialists review every flagged line.",
)

# ---------------------------------------------------------------- data assets
timesheets = tg.Data(
    "Timesheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Employee number, name, dates, hours, overtime and cost centre per line.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
employee_changes = tg.Data(
    "Employee starter, leaver and bank detail changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
employee_master = tg.Data(
    "Employee master records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, NI numbers, addresses, contract hours, pay rates and bank details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Timesheet features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Hours against contract and team norms, shared bank accounts, starter age.",
)
scores = tg.Data(
    "Anomaly scores and reason codes", kind="model-output", sensitivity=tg.Sensitivity.PII
)
flags = tg.Data("Flagged timesheet lines", kind="records", sensitivity=tg.Sensitivity.PII)
decisions = tg.Data(
    "Hold and release decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
queries = tg.Data("Timesheet queries to the client", kind="records", sensitivity=tg.Sensitivity.PII)
answers = tg.Data("Client answers to queries", kind="records", sensitivity=tg.Sensitivity.PII)
pay_results = tg.Data("Pay run results", kind="records", sensitivity=tg.Sensitivity.PII)
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Net pay per employee with sort code and account number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical timesheet snapshot", kind="training-data", sensitivity=tg.Sensitivity.PII
)
labels = tg.Data(
    "Confirmed anomaly labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
metrics = tg.Data("Evaluation metrics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The client company's payroll administrator: uploads timesheets and changes, answers queries.
    client_admin = tm.add(tg.Actor("Client payroll administrator", role="client administrator"))

with tm.boundary("Client networks", trust=tg.Trust.PARTNER):
    # Larger clients' time-and-attendance systems push timesheet exports on a schedule.
    tna = tm.add(
        tg.DataSource(
            "Client time and attendance system",
            origin=tg.Origin.PARTNER,
            provides={timesheets},
            description="Clients' clocking systems; each client has its own SFTP account and SSH key.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Where pay goes: the bureau submits the payment file through its BACS gateway.
    bacs = tm.add(tg.ExternalService("BACS submission gateway", description="Bacstel-IP service."))

with tm.boundary("Bureau DMZ", trust=tg.Trust.INTERNAL):
    # The only way client administrators reach the bureau.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            description="Web portal for uploads, employee changes and query threads.",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="CSV/XLSX only, size limit, malware scan on upload"),
            },
        )
    )

with tm.boundary("Bureau production", trust=tg.Trust.INTERNAL):
    # Parses uploads and SFTP drops into the payroll database.
    intake = tm.add(
        tg.Pipeline(
            "Timesheet intake pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="per-client column mapping, rejects malformed rows")
            },
        )
    )
    # Runs after the client's cut-off, before each pay run.
    scoring_job = tm.add(
        tg.Service(
            "Pre-payroll scoring job",
            description="Builds features per timesheet line, scores them, flags lines above threshold.",
        )
    )
    # The model itself: unsupervised score plus a classifier trained on confirmed cases.
    model = tm.add(
        tg.Model(
            "Timesheet anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted detector for ghost employees and inflated overtime; "
            "flagged lines are held from the pay run until reviewed.",
        )
    )
    # Where specialists work the flagged lines.
    console = tm.add(
        tg.Service(
            "Anomaly review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="bureau payroll specialist"),
            },
        )
    )
    # Existing payroll calculation engine; honours holds from the case store.
    payroll_engine = tm.add(tg.Service("Payroll engine", controls={c.AuditLogging()}))

    with tm.boundary("Payroll data zone", trust=tg.Trust.RESTRICTED):
        # System of record for employees, timesheets and pay history.
        payroll_db = tm.add(
            tg.DataStore(
                "Payroll database",
                stores={timesheets, employee_master, pay_results},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Flags, queries and specialists' decisions for each pay run.
        case_store = tm.add(
            tg.DataStore("Anomaly case store", stores={flags, decisions, queries, answers})
        )

with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
    # Monthly training set: history plus confirmed outcomes.
    dataset = tm.add(tg.Dataset("Anomaly training set", stores={history, labels}))
    # Retrains the detector on the monthly snapshot.
    retraining = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Versions the trained models that the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Bureau staff who decide on flagged lines and raise client queries.
    specialist = tm.add(tg.Actor("Payroll specialist", role="payroll specialist"))
    # Owns the model and its training runs.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# intake
tm.flow(client_admin, portal, timesheets, employee_changes, answers, protocol="https")
tm.flow(portal, client_admin, queries, protocol="https")
tm.flow(tna, intake, timesheets, protocol="sftp")
tm.flow(portal, intake, timesheets, employee_changes)
tm.flow(intake, payroll_db, timesheets, employee_master)

# scoring before the pay run
tm.flow(payroll_db, scoring_job, timesheets, employee_master, label="pre-run batch read")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, scores)
tm.flow(scoring_job, case_store, flags)

# review
tm.flow(case_store, console, flags, answers)
tm.flow(console, case_store, decisions, queries)
tm.flow(console, specialist, flags, answers, protocol="https")
tm.flow(specialist, console, decisions, queries, protocol="https")
tm.flow(console, portal, queries)
tm.flow(portal, console, answers)

# pay run
tm.flow(case_store, payroll_engine, decisions, label="holds and releases")
tm.flow(payroll_db, payroll_engine, timesheets, employee_master)
tm.flow(payroll_engine, payroll_db, pay_results)
tm.flow(
    payroll_engine,
    bacs,
    payment_file,
    protocol="https",
    controls={
        c.MessageIntegrity(note="submissions signed with the bureau's Bacstel-IP smart card")
    },
)

# retraining
tm.flow(payroll_db, dataset, history, label="monthly export")
tm.flow(case_store, dataset, labels, label="monthly export")
tm.flow(dataset, retraining, history, labels)
tm.flow(data_scientist, retraining, train_config)
tm.flow(retraining, data_scientist, metrics)
tm.flow(retraining, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
