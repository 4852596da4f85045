"""Payroll bureau payslip anomaly detection: the first design, before any security review.

We run payroll for about 300 client companies. Each pay period, client payroll
contacts upload pay inputs (hours, pay changes, starters, leavers, new bank
details) through our client portal. The payroll engine calculates draft payslips,
and before the BACS file goes out an in-house anomaly model scores every payslip
for unusual changes: bank details changed shortly before payday, sudden pay
jumps, duplicate accounts across employees. Flagged payslips go to a review queue
that a bureau payroll officer works through in the review console, holding or
releasing each one. Released pay runs are signed off by a payroll officer with a
Bacs smartcard and sent to Bacs over Bacstel-IP. Officers' hold and release
decisions become labels for a monthly retraining job run by our data scientist.
Everything except Bacs and the clients runs in our cloud tenancy (UK region); the
portal has TOTP sign-in, staff use SSO with MFA, and payroll data is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll bureau payslip anomaly detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags unusual payslips across client payrolls for officer review before BACS submission.",
)

# ---------------------------------------------------------------- data assets
pay_inputs = tg.Data(
    "Client pay inputs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hours, salary changes, starters and leavers, employee bank detail changes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payroll_reports = tg.Data(
    "Payslips and payroll reports", kind="documents", sensitivity=tg.Sensitivity.PII
)
employee_records = tg.Data(
    "Employee payroll records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, NI numbers, tax codes, pay history and bank account details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
draft_payslips = tg.Data("Draft payslips", kind="records", sensitivity=tg.Sensitivity.PII)
payslip_features = tg.Data(
    "Payslip change features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pay delta versus prior periods, days since bank detail change, shared accounts.",
)
anomaly_score = tg.Data(
    "Payslip anomaly score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged_payslips = tg.Data(
    "Flagged payslips with reason codes", kind="records", sensitivity=tg.Sensitivity.PII
)
review_decision = tg.Data(
    "Hold or release decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_instructions = tg.Data(
    "Approved payment instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
run_signoff = tg.Data("Pay run sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bacs_file = tg.Data(
    "BACS Standard 18 payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bacs_reports = tg.Data(
    "Bacs submission reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each client company's HR or payroll administrator sends us their pay inputs.
    client_contact = tm.add(tg.Actor("Client payroll contact", role="client payroll administrator"))

with tm.boundary("Bacs", trust=tg.Trust.PARTNER):
    # The Bacs payment scheme, which takes our payment file and pays employees.
    bacs = tm.add(tg.ExternalService("Bacs payment scheme", provides="generic"))

with tm.boundary("Bureau cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients upload inputs and download payslips.
    portal = tm.add(
        tg.Endpoint(
            "Client payroll portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Officers work the flagged queue here and hold or release payslips.
    console = tm.add(
        tg.Service(
            "Payroll review console",
            controls={c.Authentication(method="Entra ID SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Payroll data zone", trust=tg.Trust.RESTRICTED):
        # Calculates draft payslips per client pay run and holds flagged ones.
        engine = tm.add(tg.Service("Payroll engine", controls={c.AuditLogging()}))
        # The system of record for every client's employees and pay history.
        payroll_db = tm.add(
            tg.DataStore(
                "Payroll records database",
                stores={employee_records, draft_payslips},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Builds the Standard 18 file and submits it once a run is signed off.
        submission = tm.add(
            tg.Service(
                "BACS submission service",
                controls={
                    c.HumanInTheLoop(
                        approver="payroll officer signs off each pay run with a Bacs smartcard"
                    ),
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Turns each draft payslip and its history into change features.
        feature_job = tm.add(tg.Pipeline("Payslip feature builder", stage=tg.Stage.PREPROCESSING))
        # Gradient-boosted detector scoring every payslip; high scores hold the payslip.
        model = tm.add(
            tg.Model(
                "Payslip anomaly model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Scores each draft payslip; above the threshold it is held for review.",
            )
        )
        # Flagged payslips waiting for an officer, with the model's reason codes.
        review_queue = tm.add(
            tg.DataStore("Anomaly review queue", stores={flagged_payslips, review_decision})
        )
        # Historical features labelled with officers' hold and release decisions.
        training_set = tm.add(
            tg.Dataset("Labelled payslip history", stores={payslip_features, review_decision})
        )
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Model versions that serving loads from.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Bureau office network", trust=tg.Trust.INTERNAL):
    # Checks flagged payslips and signs off pay runs.
    officer = tm.add(tg.Actor("Payroll officer", role="payroll officer"))
    # Builds and retrains the anomaly model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(client_contact, portal, pay_inputs, protocol="https")
tm.flow(portal, client_contact, payroll_reports, protocol="https")
tm.flow(portal, engine, pay_inputs)
tm.flow(engine, portal, payroll_reports)

tm.flow(engine, payroll_db, employee_records, draft_payslips, protocol="tls")
tm.flow(payroll_db, engine, employee_records, protocol="tls")

tm.flow(payroll_db, feature_job, employee_records, draft_payslips, protocol="tls")
tm.flow(feature_job, model, payslip_features)
tm.flow(model, engine, anomaly_score, label="hold flagged payslips")
tm.flow(model, review_queue, flagged_payslips)

tm.flow(review_queue, console, flagged_payslips)
tm.flow(console, officer, flagged_payslips, protocol="https")
tm.flow(officer, console, review_decision, protocol="https")
tm.flow(console, review_queue, review_decision)
tm.flow(console, engine, review_decision, label="release or keep on hold")

tm.flow(engine, submission, payment_instructions)
tm.flow(officer, submission, run_signoff, protocol="https", label="smartcard sign-off")
tm.flow(submission, bacs, bacs_file, protocol="https", label="Bacstel-IP")
tm.flow(bacs, submission, bacs_reports, protocol="https")
tm.flow(submission, engine, bacs_reports)

tm.flow(feature_job, training_set, payslip_features, label="history snapshot")
tm.flow(review_queue, training_set, review_decision)
tm.flow(training_set, training, payslip_features, review_decision)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on deploy")
