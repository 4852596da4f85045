"""Prescription fraud scoring for a retail pharmacy chain: the first design.

Every e-prescription that reaches one of our US stores through the national
e-prescribing network is scored before it is filled. An intake service receives
the NCPDP SCRIPT messages, files them in the pharmacy management system and asks
a scoring endpoint whether the prescription or its prescriber looks forged or
part of a doctor-shopping pattern. Features come from our dispensing history and
a licensed prescriber directory (NPI, DEA and licence status) pulled nightly.
Flags land in a case store that the pharmacist sees at the counter; the
pharmacist decides whether to fill, and can file a report with the state
board / PDMP portal. Pharmacists' dispositions become labels for monthly
retraining by the data science team. Controls in this design: SSO on the
counter app, role-based access and audit logging on patient data, encryption at
rest on the dispensing database, schema checks at intake, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail pharmacy prescription fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Scores incoming e-prescriptions and prescribers for forgery and "
    "doctor-shopping; pharmacists act on the flags at the counter.",
)

# ---------------------------------------------------------------- data assets
erx = tg.Data(
    "E-prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="NCPDP SCRIPT NewRx messages: patient, drug, quantity, prescriber NPI/DEA.",
)
prescriber_dir = tg.Data(
    "Prescriber directory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Licensed file of NPI, DEA registration and state licence status.",
)
dispensing = tg.Data(
    "Dispensing history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Prescription and prescriber features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient fill velocity, multi-prescriber counts, prescriber volume "
    "and controlled-substance mix, distance patient-prescriber-store.",
)
score_request = tg.Data("Scoring request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
score = tg.Data(
    "Fraud score and reason codes", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
flag = tg.Data("Counter flag", kind="records", sensitivity=tg.Sensitivity.REGULATED)
disposition = tg.Data(
    "Pharmacist disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Filled, refused, verified with prescriber, or reported.",
)
regulator_report = tg.Data(
    "Suspected fraud report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("E-prescribing network", trust=tg.Trust.PARTNER):
    # The national e-Rx hub that routes prescriber EHR messages to our stores.
    erx_network = tm.add(
        tg.DataSource(
            "E-prescription network feed",
            origin=tg.Origin.PARTNER,
            provides={erx},
            description="Any prescriber's EHR can send through it, including stolen accounts.",
        )
    )

with tm.boundary("Prescriber data vendor", trust=tg.Trust.PARTNER):
    # Licensed directory used to check that a prescriber exists and may prescribe.
    directory = tm.add(
        tg.ExternalService(
            "Prescriber directory service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("State regulators", trust=tg.Trust.PARTNER):
    # Board of pharmacy / PDMP portal where pharmacists file suspected fraud.
    regulator = tm.add(tg.ExternalService("Regulator reporting portal"))

with tm.boundary("Pharmacy data center", trust=tg.Trust.INTERNAL):
    # Receives NewRx messages and files them; asks for a score before the fill queue.
    intake = tm.add(
        tg.Service(
            "Prescription intake service",
            controls={c.SchemaEnforcement(note="NCPDP SCRIPT schema validation")},
        )
    )
    # Pharmacy management system database: prescriptions and every fill.
    dispensing_db = tm.add(
        tg.DataStore(
            "Dispensing database",
            stores={erx, dispensing},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.AuditLogging(retention_days=2190),
                c.RBAC(),
            },
        )
    )
    # Open flags and pharmacists' dispositions.
    case_store = tm.add(tg.DataStore("Fraud case store", stores={flag, disposition}))

    with tm.boundary("Fraud analytics", trust=tg.Trust.RESTRICTED):
        # Nightly job joining dispensing history with the prescriber directory.
        feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Online features looked up at scoring time.
        feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}))
        # Internal API the intake service calls for each prescription.
        scoring = tm.add(tg.Endpoint("Scoring endpoint", returns_scores=True))
        # The classifier; a high score holds the prescription for pharmacist review.
        fraud_model = tm.add(
            tg.Model(
                "Prescription fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="A false flag can delay a patient's legitimate medication.",
                controls={c.ExplainabilityLogging(note="reason codes stored with each score")},
            )
        )
        # Monthly retraining on dispositions.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds the versions the scoring endpoint loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

    # Builds and runs the training jobs.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Pharmacist workstation app showing flags next to the fill queue.
    counter_app = tm.add(
        tg.Service(
            "Pharmacy counter app",
            controls={c.Authentication(method="SSO with badge tap"), c.RBAC()},
        )
    )
    # Decides to fill or refuse and may report to the regulator.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
tm.flow(erx_network, intake, erx, protocol="https", label="NewRx messages")
tm.flow(intake, dispensing_db, erx, label="file prescription")
tm.flow(intake, scoring, score_request, protocol="https")
tm.flow(scoring, intake, score, protocol="https")

tm.flow(directory, feature_job, prescriber_dir, protocol="sftp", label="nightly file")
tm.flow(dispensing_db, feature_job, dispensing, label="nightly extract")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, fraud_model, features)
tm.flow(fraud_model, scoring, score)
tm.flow(scoring, case_store, flag, label="score above review threshold")

tm.flow(case_store, counter_app, flag, protocol="https")
tm.flow(counter_app, case_store, disposition, protocol="https")
tm.flow(counter_app, pharmacist, flag, label="flag at the counter")
tm.flow(pharmacist, counter_app, disposition, regulator_report)
tm.flow(counter_app, regulator, regulator_report, protocol="https", label="file report")
tm.flow(counter_app, dispensing_db, dispensing, protocol="https", label="record fill")

tm.flow(case_store, training, disposition)
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="load on deploy")
