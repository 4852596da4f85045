"""Hospital 30-day readmission risk and post-discharge outreach: the first design.

A US hospital system wants to call the discharged patients most likely to be
readmitted within 30 days. Every night a feature job extracts the day's
discharges, diagnoses, labs, medications and prior visits from the EHR
reporting database into an offline feature store in the analytics enclave; a
nightly scoring job runs an in-house gradient-boosted readmission model and
writes risk scores to the care management worklist. Care coordinators (nurses)
sign in to the worklist app with hospital SSO, choose whom to contact, and send
follow-up texts and appointment reminders through an SMS vendor under a BAA;
patient replies come back by webhook. Outcomes, including readmissions at other
hospitals from a payer claims feed, label quarterly retraining by the data
science team. Controls: SSO with roles and audit logging on the worklist, TLS
to the vendor and payer, encrypted stores, a vendor review, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital readmission risk outreach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Nightly 30-day readmission risk scores driving nurse outreach after discharge.",
)

# ---------------------------------------------------------------- data assets
ehr_records = tg.Data(
    "Encounter and clinical records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Discharges, diagnoses, labs, medications, prior admissions (PHI).",
)
features = tg.Data("Readmission features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
risk_score = tg.Data(
    "Readmission risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
worklist = tg.Data(
    "Outreach worklist",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, phone, discharge diagnosis, risk band and top factors.",
)
outreach_notes = tg.Data("Outreach notes", kind="records", sensitivity=tg.Sensitivity.REGULATED)
outreach_message = tg.Data(
    "Outreach text message", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
patient_reply = tg.Data("Patient reply", kind="feedback", sensitivity=tg.Sensitivity.REGULATED)
claims = tg.Data(
    "Payer claims outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Admissions of our discharged patients anywhere in the payer's network.",
)
model_artifact = tg.Data(
    "Readmission model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="XGBoost model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Feature list, cohort definition and hyperparameters.",
)
eval_report = tg.Data("Evaluation report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sso_login = tg.Data("Coordinator sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Discharged patients receive texts and can reply.
    patient = tm.add(tg.Actor("Discharged patient", role="patient"))

with tm.boundary("SMS vendor", trust=tg.Trust.PARTNER):
    # Sends texts and relays replies; signed a BAA.
    sms_vendor = tm.add(
        tg.ExternalService(
            "SMS messaging service",
            description="Cloud SMS platform used for reminders and follow-up texts.",
            controls={c.SupplierAssessment(note="security questionnaire and BAA")},
        )
    )

with tm.boundary("Payer", trust=tg.Trust.PARTNER):
    # Tells us about readmissions that happened at other hospitals.
    claims_feed = tm.add(
        tg.DataSource(
            "Payer claims feed",
            origin=tg.Origin.PARTNER,
            provides={claims},
            description="Monthly claims extract delivered by SFTP.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Source of truth for the clinical data (EHR reporting replica).
    ehr = tm.add(
        tg.DataStore(
            "EHR reporting database",
            stores={ehr_records},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Nurses who call patients after discharge.
    coordinator = tm.add(tg.Actor("Care coordinator", role="nurse care coordinator"))
    # Web app in the care management system where the worklist lives.
    worklist_app = tm.add(
        tg.Endpoint(
            "Care management worklist app",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hospital SSO (SAML) with Duo MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Holds the scored worklist and what coordinators did about it.
    worklist_db = tm.add(
        tg.DataStore(
            "Outreach worklist database",
            stores={worklist, risk_score, outreach_notes, patient_reply},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Nightly extract of the previous day's discharges and their history.
        feature_job = tm.add(
            tg.Pipeline("Nightly feature extraction", stage=tg.Stage.PREPROCESSING)
        )
        # Offline features for scoring and training.
        feature_store = tm.add(
            tg.FeatureStore("Clinical feature store", stores={features}, online=False)
        )
        # Scores every discharged patient each night.
        scoring_job = tm.add(tg.Service("Nightly scoring job"))
        # Decides who lands at the top of the outreach list.
        model = tm.add(
            tg.Model(
                "Readmission risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees giving a 30-day readmission probability "
                "and the top contributing factors.",
            )
        )
        # Joins features with outcomes (own EHR plus payer claims) and retrains quarterly.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versioned model files the scoring job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

    # Builds and approves new models; has access to the enclave.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# nightly feature build and scoring
tm.flow(ehr, feature_job, ehr_records, label="nightly extract")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_score)
tm.flow(scoring_job, worklist_db, risk_score, worklist)
tm.flow(ehr, worklist_db, ehr_records, label="contact details and discharge summary")

# coordinators work the list
tm.flow(coordinator, worklist_app, sso_login, outreach_notes, protocol="https")
tm.flow(worklist_app, coordinator, worklist, risk_score, protocol="https")
tm.flow(worklist_db, worklist_app, worklist, risk_score, patient_reply)
tm.flow(worklist_app, worklist_db, outreach_notes)

# texting patients
tm.flow(worklist_app, sms_vendor, outreach_message, protocol="https")
tm.flow(sms_vendor, patient, outreach_message, protocol="sms")
tm.flow(patient, sms_vendor, patient_reply, protocol="sms")
tm.flow(sms_vendor, worklist_app, patient_reply, protocol="https", label="reply webhook")

# retraining
tm.flow(claims_feed, training, claims, protocol="sftp")
tm.flow(feature_store, training, features, label="historical features")
tm.flow(ehr, training, ehr_records, label="readmission outcomes")
tm.flow(data_scientist, training, training_config, label="starts a retraining run")
tm.flow(training, data_scientist, eval_report, label="evaluation metrics")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
