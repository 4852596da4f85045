"""Hospital bed management: discharge prediction, the first design.

A US hospital predicts which inpatients are likely to be discharged in the next 24
hours, so that bed managers can plan admissions. An hourly job in the hospital data
centre scores every inpatient from EHR features (read over FHIR) with a vendor-built
model. Bed managers see the list on the bed management dashboard and record bed
assignments there; ward nurses set each patient's discharge status on it.
Each quarter an extract job sends pseudonymised inpatient history and the recorded
discharge outcomes to the vendor's cloud over SFTP; the vendor retrains the model
there and publishes a new version in its registry, which the hospital pulls in.
Controls in this design: hospital SSO and role-based access on the dashboard, EHR
audit logging and encryption, TLS inside the hospital, pseudonymisation of the
training extract, and encryption at rest in the vendor's training bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital discharge prediction for bed management",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Hourly 24-hour discharge predictions for inpatients, shown to bed managers; "
    "retrained quarterly by the model vendor on the hospital's data.",
)

# ---------------------------------------------------------------- data assets
ehr_records = tg.Data(
    "Inpatient EHR records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Encounters, diagnoses, orders, vitals, labs, notes metadata.",
)
features = tg.Data(
    "Discharge features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-encounter features: length of stay, pending orders, vitals trends.",
)
predictions = tg.Data(
    "Discharge predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, ward, bed and probability of discharge within 24 hours.",
)
discharge_status = tg.Data(
    "Discharge status updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bed_assignments = tg.Data("Bed assignments", kind="records", sensitivity=tg.Sensitivity.REGULATED)
training_extract = tg.Data(
    "Pseudonymised training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Quarterly inpatient history with discharge outcomes; names and MRNs "
    "replaced by study ids, dates kept.",
)
model_artifact = tg.Data(
    "Discharge model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A joblib-serialised gradient-boosted model.",
)
training_config = tg.Data(
    "Retraining configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Plans admissions from the predicted discharge list.
    bed_manager = tm.add(tg.Actor("Bed manager", role="bed management staff"))
    # Sets each patient's discharge status on the ward.
    nurse = tm.add(tg.Actor("Ward nurse", role="clinical staff"))
    # The one screen both groups use: predictions, statuses, bed assignments.
    dashboard = tm.add(
        tg.Endpoint(
            "Bed management dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Clinical data centre", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record, read over its FHIR API.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={ehr_records},
                controls={
                    c.AuditLogging(retention_days=2190),
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="EHR vendor-managed keys"),
                },
            )
        )
        # Turns EHR data into model features every hour.
        feature_job = tm.add(tg.Pipeline("Hourly feature extraction", stage=tg.Stage.PREPROCESSING))
        # Latest features per inpatient encounter.
        feature_store = tm.add(
            tg.FeatureStore("Discharge feature store", stores={features}, online=False)
        )
        # Scores every current inpatient once an hour.
        scoring_job = tm.add(tg.Service("Hourly scoring job"))
        # The vendor-built model, loaded from the released artifact.
        model = tm.add(
            tg.Model(
                "Discharge prediction model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Built and retrained by the vendor; runs in the hospital. "
                "Informs bed planning; the discharge decision stays with clinicians.",
            )
        )
        # Predictions, discharge statuses and bed assignments behind the dashboard.
        bed_db = tm.add(
            tg.DataStore(
                "Bed board database",
                stores={predictions, discharge_status, bed_assignments},
                controls={c.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Quarterly extract of history and outcomes for the vendor.
        extract_job = tm.add(
            tg.Pipeline(
                "Quarterly training extract",
                stage=tg.Stage.INGESTION,
                controls={c.DataMinimization(note="names and MRNs replaced by study ids")},
            )
        )

with tm.boundary("Model vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's data scientist who runs the retraining.
    vendor_ds = tm.add(
        tg.Actor("Vendor data scientist", role="vendor ml engineer", privileged=True)
    )
    # Landing bucket for the hospital's extracts, kept across quarters.
    vendor_dataset = tm.add(
        tg.Dataset(
            "Vendor training bucket",
            stores={training_extract},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the model on the latest extracts.
    retraining = tm.add(
        tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions released to the hospital.
    registry = tm.add(
        tg.ModelRegistry(
            "Vendor model registry", stores={model_artifact}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(ehr, feature_job, ehr_records, protocol="HL7 FHIR over HTTPS")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, predictions)
tm.flow(scoring_job, bed_db, predictions)

tm.flow(bed_db, dashboard, predictions, discharge_status, bed_assignments)
tm.flow(dashboard, bed_db, discharge_status, bed_assignments)
tm.flow(dashboard, bed_manager, predictions, discharge_status, protocol="https", controls={tls})
tm.flow(bed_manager, dashboard, bed_assignments, protocol="https", controls={tls})
tm.flow(dashboard, nurse, predictions, discharge_status, protocol="https", controls={tls})
tm.flow(nurse, dashboard, discharge_status, protocol="https", controls={tls})

tm.flow(
    ehr, extract_job, ehr_records, protocol="HL7 FHIR over HTTPS", label="quarterly bulk export"
)
tm.flow(bed_db, extract_job, discharge_status, label="discharge outcomes")
tm.flow(extract_job, vendor_dataset, training_extract, protocol="sftp")
tm.flow(vendor_dataset, retraining, training_extract)
tm.flow(vendor_ds, retraining, training_config, protocol="https")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, model, model_artifact, protocol="https", label="quarterly release")
