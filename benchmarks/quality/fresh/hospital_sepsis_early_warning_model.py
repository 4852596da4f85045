"""Sepsis early warning model: the first design, before any security review.

Every 15 minutes the hospital scores each adult inpatient's risk of sepsis. Ward
nurses chart vital signs in the EHR and the laboratory information system files
lab results (lactate, white cell count, creatinine) into it over HL7 v2. The
integration engine forwards new observations and results to a scoring service in
the hospital's analytics platform, which builds features and calls an in-house
gradient-boosted model. Scores are written back to the EHR flowsheet; a score over
the alert threshold pages the rapid response team through a hosted secure
messaging vendor, whose app the team acknowledges the page in. The model is
trained on de-identified historical encounters from the clinical data warehouse
and promoted through a model registry. The EHR enforces role-based access and
audit logging; the model was validated retrospectively before go-live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sepsis early warning model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Scores inpatients' sepsis risk from EHR observations and labs and pages the rapid response team.",
)

# ---------------------------------------------------------------- data assets
observations = tg.Data(
    "Vital sign observations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Heart rate, respiratory rate, temperature, blood pressure, SpO2, mental status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
lab_results = tg.Data(
    "Lab results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Lactate, white cell count, creatinine, bilirubin, platelets.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_record = tg.Data(
    "Patient clinical record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
features = tg.Data(
    "Sepsis risk features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-encounter trends and latest values, keyed by encounter number.",
)
risk_score = tg.Data(
    "Sepsis risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
alert_page = tg.Data(
    "Sepsis alert page",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, ward and bed, score and the top contributing observations.",
)
acknowledgement = tg.Data(
    "Page acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
score_log = tg.Data("Score and alert log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
encounters = tg.Data(
    "Historical encounters",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Five years of inpatient encounters with observations, labs and sepsis outcomes.",
)
training_set = tg.Data(
    "De-identified training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Encounters with direct identifiers replaced by study IDs, with Sepsis-3 labels.",
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Sepsis model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Charts vital signs at the bedside; the source of most of the model's inputs.
    nurse = tm.add(tg.Actor("Ward nurse", role="clinician"))
    # Receives the page, assesses the patient and reads the chart.
    rrt = tm.add(tg.Actor("Rapid response team", role="clinician"))

    with tm.boundary("Clinical systems zone", trust=tg.Trust.RESTRICTED):
        # The system of record the model reads from and writes scores back to.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={patient_record, observations, lab_results, risk_score},
                controls={
                    c.RBAC(note="EHR clinical roles"),
                    c.AuditLogging(retention_days=2190, note="EHR access audit"),
                    c.EncryptionAtRest(key_management="EHR vendor database encryption"),
                },
            )
        )
        # Files lab results into the EHR as HL7 ORU messages.
        lis = tm.add(
            tg.DataSource(
                "Laboratory information system",
                origin=tg.Origin.INTERNAL,
                provides={lab_results},
            )
        )
        # The hospital's interface engine: routes HL7 feeds to and from the scoring service.
        engine = tm.add(
            tg.Service(
                "Integration engine",
                description="Filters ADT, vitals and ORU feeds for adult inpatients; posts them as FHIR.",
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Builds features for each encounter every 15 minutes, calls the model and raises alerts.
    scorer = tm.add(
        tg.Service(
            "Sepsis scoring service",
            description="Scores every adult inpatient every 15 minutes; pages when the score crosses the threshold.",
        )
    )
    # The risk model itself.
    model = tm.add(
        tg.Model(
            "Sepsis risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving the probability of sepsis within 12 hours.",
            controls={
                c.ModelValidation(
                    note="retrospective validation on two years of encounters before go-live"
                )
            },
        )
    )
    # Keeps every score and page sent, for clinical governance review.
    score_store = tm.add(tg.DataStore("Score and alert log store", stores={score_log}))
    # Research copy of the EHR that the training cohort is drawn from.
    warehouse = tm.add(
        tg.DataStore(
            "Clinical data warehouse",
            stores={encounters},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # The cohort the model is trained and evaluated on.
    dataset = tm.add(
        tg.Dataset(
            "Sepsis training set",
            stores={training_set},
            controls={c.DataMinimization(note="MRNs and names replaced by study IDs")},
        )
    )
    # Retrains the model quarterly.
    training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
    # Where the scoring service loads the approved model version from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Builds the cohort, trains and promotes the model.
    scientist = tm.add(tg.Actor("Clinical data scientist", role="data scientist", privileged=True))

with tm.boundary("Secure messaging vendor", trust=tg.Trust.PARTNER):
    # Hosted paging and secure messaging used hospital-wide; delivers pages to the team's phones.
    paging = tm.add(tg.ExternalService("Secure messaging and paging service"))

# ---------------------------------------------------------------- flows
tm.flow(nurse, ehr, observations, protocol="https", label="charted at the bedside")
tm.flow(lis, ehr, lab_results, protocol="mllp", label="HL7 ORU")
tm.flow(ehr, engine, observations, lab_results, protocol="mllp", label="HL7 v2 feeds")
tm.flow(engine, scorer, observations, lab_results, protocol="https", label="FHIR")
tm.flow(scorer, model, features)
tm.flow(model, scorer, risk_score)
tm.flow(scorer, engine, risk_score, protocol="https", label="FHIR")
tm.flow(engine, ehr, risk_score, protocol="mllp", label="flowsheet row")
tm.flow(scorer, score_store, score_log)
tm.flow(scorer, paging, alert_page, protocol="https")
tm.flow(paging, rrt, alert_page, protocol="https", label="app notification")
tm.flow(rrt, paging, acknowledgement, protocol="https")
tm.flow(paging, scorer, acknowledgement, protocol="https", label="acknowledgement callback")
tm.flow(ehr, rrt, patient_record, protocol="https", label="chart review")

tm.flow(ehr, warehouse, encounters, label="nightly extract")
tm.flow(warehouse, dataset, encounters, label="cohort extract")
tm.flow(scientist, training, training_code)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")
