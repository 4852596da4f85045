"""Clinical lab critical value flagging: the first design, before any security review.

A US hospital's core laboratory adds a model that screens every analyzer result
before it is released. Analyzers send results through instrument middleware to the
laboratory information system (LIS). The LIS forwards each result, with the patient's
recent results, to a flagging service in the hospital data centre. The service asks an
in-house model whether the value is likely critical or implausible (specimen mix-up,
haemolysis, contamination). Flagged results are held on a review worklist. There a
lab scientist checks them and releases, holds or asks for a recollection. Released
results go to the EHR, and the scientist phones critical values to the clinician.
Scientists' decisions are extracted with result history to retrain the model quarterly.
Controls in this design: Active Directory login and roles in the LIS and worklist, LIS
audit trail, a scientist's sign-off before any flagged result is released, database
encryption on the LIS, pseudonymised training extracts, and validation before go-live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinical lab critical value flagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Flags likely critical or implausible lab results for scientist review before release.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data("Test orders", kind="records", sensitivity=tg.Sensitivity.REGULATED)
raw_results = tg.Data(
    "Analyzer results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Result values with specimen ID and serum indices (haemolysis, icterus, lipaemia).",
)
patient_results = tg.Data(
    "Patient results and history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Stored results with demographics, ward and prior results for delta checks.",
)
result_context = tg.Data(
    "Result with patient context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The new result plus age, sex, location and the last results for the same tests.",
)
features = tg.Data("Flagging features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
flags = tg.Data(
    "Critical and implausibility flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Flag type with a score; a flagged result is held from autoverification.",
)
worklist_items = tg.Data(
    "Review worklist items", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
decision = tg.Data(
    "Review decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Release, hold or recollect, with the scientist's comment.",
)
released = tg.Data(
    "Released results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
critical_call = tg.Data(
    "Critical value notification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
training_extract = tg.Data(
    "Pseudonymised training extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Results, history and scientist decisions (as labels), MRN replaced by a study ID.",
)
model_artifact = tg.Data(
    "Flagging model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
train_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lab instrument network", trust=tg.Trust.INTERNAL):
    # Chemistry, haematology and coagulation analyzers on the lab floor.
    analyzers = tm.add(tg.Device("Lab analyzers", fleet=True))
    # Vendor middleware that talks ASTM to analyzers and HL7 to the LIS.
    middleware = tm.add(tg.Service("Instrument middleware"))

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # System of record for the lab: orders, results, autoverification, release.
    lis = tm.add(
        tg.Service(
            "Laboratory information system",
            controls={
                c.Authentication(method="Active Directory"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # The LIS database of results and patient demographics.
    lis_db = tm.add(
        tg.DataStore(
            "LIS database",
            stores={patient_results, decision},
            controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
        )
    )
    # New service: receives results from the LIS, builds features, calls the model.
    flagging = tm.add(tg.Service("Flagging service"))
    # The model that scores each result for being critical or implausible.
    flag_model = tm.add(
        tg.Model(
            "Critical value flagging model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over the result, serum indices and deltas.",
            controls={c.ModelValidation(note="retrospective validation before go-live")},
        )
    )
    # Web worklist where scientists see held results with their flags and decide.
    worklist = tm.add(
        tg.Endpoint(
            "Flag review worklist",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.HumanInTheLoop(approver="lab scientist"),
            },
        )
    )

with tm.boundary("Laboratory workstations", trust=tg.Trust.INTERNAL):
    # Reviews flagged results, releases them and phones critical values.
    scientist = tm.add(tg.Actor("Lab scientist", role="clinical laboratory scientist"))

with tm.boundary("Clinical network", trust=tg.Trust.INTERNAL):
    # The hospital EHR, where clinicians read released results.
    ehr = tm.add(tg.Service("Electronic health record"))
    # Ward or ED clinician responsible for the patient.
    clinician = tm.add(tg.Actor("Clinician", role="physician or nurse"))

with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
    # Quarterly extract of results and review decisions from the LIS database.
    extract = tm.add(
        tg.Pipeline(
            "Training data extract",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="MRN and name replaced by a study ID")},
        )
    )
    # Labelled history the model is trained on.
    training_set = tm.add(tg.Dataset("Flagging training set", stores={training_extract}))
    # Retraining job (Python, scikit-learn and XGBoost).
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained model versions; the flagging service loads the approved one.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))
    # Lab informatics data scientist who retrains and publishes the model.
    data_scientist = tm.add(
        tg.Actor("Lab informatics data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(lis, middleware, orders, protocol="mllp")
tm.flow(middleware, analyzers, orders, protocol="astm", label="host query response")
tm.flow(analyzers, middleware, raw_results, protocol="astm")
tm.flow(middleware, lis, raw_results, protocol="mllp")

tm.flow(lis, lis_db, patient_results, decision)
tm.flow(lis_db, lis, patient_results, label="prior results")
tm.flow(lis, flagging, result_context, protocol="mllp")
tm.flow(flagging, flag_model, features)
tm.flow(flag_model, flagging, flags)
tm.flow(flagging, lis, flags, protocol="mllp")

tm.flow(lis, worklist, worklist_items, flags)
tm.flow(worklist, scientist, worklist_items, flags, protocol="https")
tm.flow(scientist, worklist, decision, protocol="https")
tm.flow(worklist, lis, decision)
tm.flow(lis, ehr, released, protocol="mllp")
tm.flow(ehr, clinician, released, protocol="https")
tm.flow(scientist, clinician, critical_call, label="phone call")

tm.flow(lis_db, extract, patient_results, decision)
tm.flow(extract, training_set, training_extract)
tm.flow(training_set, training, training_extract)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, flag_model, model_artifact, label="deploy approved version")
