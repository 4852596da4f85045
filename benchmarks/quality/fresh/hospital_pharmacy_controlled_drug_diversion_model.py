"""Controlled-drug diversion model: the first design, before any security review.

The hospital pharmacy wants to spot clinicians who may be diverting opioids and
other controlled substances. Every night a pipeline pulls withdrawal, waste and
return transactions from the automated dispensing cabinets, medication
administration records from the EHR and shift schedules from the cloud
timekeeping system, reconciles them and computes per-clinician features in an
analytics warehouse. A scoring job runs an in-house classifier over the features
and writes risk scores to a case store; pharmacy diversion investigators review
the flagged clinicians on a dashboard (hospital SSO with MFA, role-based, audited)
and record case outcomes, which become the labels for quarterly retraining by a
data scientist. A score only opens a review; the diversion committee decides on
any action. The warehouse is encrypted at rest; the cabinet export arrives over
SFTP and the EHR feed is plain HL7 over MLLP on the hospital network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Controlled-drug diversion model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Nightly risk scores that flag possible controlled-substance diversion by clinicians.",
)

# ---------------------------------------------------------------- data assets
cabinet_tx = tg.Data(
    "Cabinet transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Withdrawals, wastes, returns and overrides with patient, drug, user and time.",
)
mar = tg.Data(
    "Medication administration records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Orders and documented administrations from the EHR (HL7 RDE/RAS).",
)
shifts = tg.Data("Shift schedules", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Clinician diversion features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-clinician withdrawal rates versus unit peers, unwitnessed wastes, "
    "late documentation, withdrawals off shift, with the transactions behind them.",
)
risk_scores = tg.Data(
    "Diversion risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
cases = tg.Data(
    "Investigation cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Flagged clinicians, investigator notes, interviews and outcomes.",
)
case_labels = tg.Data(
    "Confirmed diversion labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Diversion model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_request = tg.Data("Training run and promotion request", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Nursing units", trust=tg.Trust.INTERNAL):
    # The clinicians whose cabinet activity is scored.
    nurse = tm.add(tg.Actor("Nurse", role="clinician"))
    # The automated dispensing cabinets on each ward, where controlled drugs are taken out.
    cabinets = tm.add(
        tg.Device(
            "Automated dispensing cabinets",
            fleet=True,
            description="Vendor cabinets on every ward and in the operating theatres.",
            controls={c.Authentication(method="fingerprint, or user ID and password as fallback")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The cabinet vendor's on-premises server that collects every cabinet transaction.
    cabinet_server = tm.add(
        tg.Service(
            "Cabinet management server",
            description="Vendor-run server; exports the day's transactions as a file each night.",
        )
    )
    # The EHR is the source of orders and documented administrations.
    ehr = tm.add(tg.DataSource("EHR", origin=tg.Origin.INTERNAL, provides={mar}))

with tm.boundary("Workforce SaaS", trust=tg.Trust.PARTNER):
    # Cloud timekeeping: tells us who was on shift, and where, when a drug was withdrawn.
    timekeeping = tm.add(
        tg.DataSource("Timekeeping system", origin=tg.Origin.VENDOR, provides={shifts})
    )

with tm.boundary("Pharmacy analytics enclave", trust=tg.Trust.RESTRICTED):
    # Reconciles cabinet, EHR and shift data and computes the features every night.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly reconciliation pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Holds the reconciled transactions and the features for scoring and training.
    warehouse = tm.add(
        tg.DataStore(
            "Diversion analytics warehouse",
            stores={cabinet_tx, mar, shifts, features},
            controls={
                c.EncryptionAtRest(key_management="database TDE, keys in the hospital HSM"),
                c.RBAC(),
            },
        )
    )
    # Runs the model over every clinician each night.
    scoring_job = tm.add(tg.Service("Nightly scoring job"))
    # The classifier that ranks clinicians by likelihood of diversion.
    model = tm.add(
        tg.Model(
            "Diversion risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; the top scores per unit open a review.",
            controls={c.HumanInTheLoop(approver="pharmacy diversion committee")},
        )
    )
    # Flagged clinicians, investigations and their outcomes.
    case_store = tm.add(
        tg.DataStore("Investigation case store", stores={cases, risk_scores, case_labels})
    )
    # Quarterly retraining on confirmed cases.
    training = tm.add(
        tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry the scoring job loads the current model from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Where investigators work through flagged clinicians.
    dashboard = tm.add(
        tg.Endpoint(
            "Investigation dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hospital SSO (SAML) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("Pharmacy office", trust=tg.Trust.INTERNAL):
    # Pharmacists on the diversion team who review flags and run investigations.
    investigator = tm.add(tg.Actor("Diversion investigator", role="pharmacist"))
    # Builds and retrains the model; has access to the whole enclave.
    data_scientist = tm.add(tg.Actor("Data scientist", role="analytics", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(nurse, cabinets, cabinet_tx, label="withdraw, waste, return")
tm.flow(cabinets, cabinet_server, cabinet_tx, protocol="https")
tm.flow(cabinet_server, ingestion, cabinet_tx, protocol="sftp", label="nightly export")
tm.flow(ehr, ingestion, mar, protocol="mllp", label="HL7 feed")
tm.flow(timekeeping, ingestion, shifts, protocol="https", label="nightly API pull")
tm.flow(ingestion, warehouse, cabinet_tx, mar, shifts, features)

tm.flow(warehouse, scoring_job, features)
tm.flow(registry, scoring_job, model_artifact, label="load current model")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, case_store, risk_scores, label="flagged clinicians")

tm.flow(investigator, dashboard, cases, protocol="https", label="case notes and outcomes")
tm.flow(dashboard, investigator, risk_scores, cases, cabinet_tx, protocol="https")
tm.flow(case_store, dashboard, risk_scores, cases)
tm.flow(dashboard, case_store, cases)
tm.flow(warehouse, dashboard, cabinet_tx, mar, shifts, label="transaction drill-down")

tm.flow(case_store, training, case_labels)
tm.flow(warehouse, training, features)
tm.flow(data_scientist, training, training_request, label="starts retraining, promotes model")
tm.flow(training, registry, model_artifact)
