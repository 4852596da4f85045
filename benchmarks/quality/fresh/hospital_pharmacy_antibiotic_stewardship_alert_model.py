"""Hospital pharmacy antibiotic stewardship alert model (first design).

The antimicrobial stewardship pharmacists want help finding inpatients on
broad-spectrum antibiotics who may be ready to switch from IV to oral, narrow the
drug, or stop. Every four hours a scoring job reads prescribing, observations and
microbiology results from the reporting copy of the electronic patient record,
builds features and runs an in-house gradient-boosted classifier. Patients over
a threshold appear on a stewardship worklist in a web dashboard on the hospital
network; a pharmacist reviews each flag and, where warranted, advises the ward
doctor, who decides and records any change in the EPR. The pharmacist's verdict
on each flag is kept and used to retrain the model every quarter, run by the
trust's clinical data scientist. Everything runs on premises. The dashboard uses
hospital single sign-on and role-based access, the EPR keeps its own audit
trail, and a new model version is checked against the last quarter before use.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antibiotic stewardship alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flags inpatients on broad-spectrum antibiotics for review by stewardship "
        "pharmacists, who advise the ward doctors."
    ),
)

# ---------------------------------------------------------------- data assets
prescribing = tg.Data(
    "Antibiotic prescribing and administration records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lab_results = tg.Data(
    "Microbiology and blood results",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Cultures and sensitivities, CRP, white cell count, from the lab system.",
)
observations = tg.Data(
    "Vital signs and observations", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
features = tg.Data(
    "Patient antibiotic episode features",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Days of IV therapy, temperature trend, CRP trend, culture status, oral intake.",
)
flag = tg.Data(
    "Stewardship review flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Patient, ward, current antibiotic, score and suggested action (switch or stop).",
)
advice = tg.Data(
    "Stewardship advice",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="The pharmacist's recommendation to the ward doctor, recorded as an EPR note.",
)
prescribing_change = tg.Data(
    "Prescribing decision", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
review_outcome = tg.Data(
    "Pharmacist review outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Agreed, not appropriate, or already actioned, for each flag.",
)
training_set = tg.Data(
    "Historical antibiotic episodes with review outcomes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
)
weights = tg.Data(
    "Stewardship model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_script = tg.Data(
    "Training script and threshold settings", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Feeds culture and blood results into the patient record.
    lis = tm.add(
        tg.DataStore(
            "Laboratory information system",
            stores={lab_results},
            description="Pathology lab system; sends results to the EPR as HL7 v2 messages.",
        )
    )
    # The system of record: prescribing, observations, results and clinical notes.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={prescribing, lab_results, observations, advice, prescribing_change},
            description="Vendor EPR; the scoring job reads its nightly-refreshed reporting copy.",
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Pharmacists work the worklist here and record their review outcome.
    dashboard = tm.add(
        tg.Endpoint(
            "Stewardship dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            description="Internal web app listing flagged patients by ward, with the score.",
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(note="antimicrobial pharmacy and microbiology roles only"),
            },
        )
    )
    # The reviewers of every flag; they advise but do not prescribe.
    pharmacist = tm.add(tg.Actor("Stewardship pharmacist", role="antimicrobial pharmacist"))
    # The prescriber who decides whether to switch or stop.
    ward_doctor = tm.add(tg.Actor("Ward doctor", role="prescriber"))

    with tm.boundary("Clinical analytics server", trust=tg.Trust.RESTRICTED):
        # Every four hours: extract, build features, score, write flags.
        scoring_job = tm.add(
            tg.Pipeline(
                "Four-hourly scoring job",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                description="Python job on a schedule; SQL extract, pandas features, model scoring.",
            )
        )
        # The classifier that scores each active antibiotic episode.
        model = tm.add(
            tg.Model(
                "Stewardship review model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; flags episodes above a tuned threshold.",
                controls={
                    c.HumanInTheLoop(
                        approver="stewardship pharmacist reviews each flag; ward doctor decides"
                    )
                },
            )
        )
        # Current flags and the pharmacists' outcomes on them.
        worklist = tm.add(
            tg.DataStore(
                "Stewardship worklist database",
                stores={flag, review_outcome},
                description="SQL Server database on the analytics server.",
            )
        )
        # Past episodes joined to review outcomes, for retraining.
        train_data = tm.add(
            tg.Dataset("Stewardship training set", stores={training_set}, purpose="training")
        )
        # Quarterly retraining, run by hand by the data scientist.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="compared with the previous quarter's model")},
            )
        )
        # Saved model files the scoring job loads.
        model_store = tm.add(
            tg.ModelRegistry(
                "Model file share",
                stores={weights},
                description="A folder on the analytics server holding joblib files by version.",
            )
        )

with tm.boundary("Trust informatics office", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model; has admin rights on the analytics server.
    data_scientist = tm.add(
        tg.Actor("Clinical data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(lis, epr, lab_results, protocol="mllp", label="HL7 v2 result messages")

# scoring
tm.flow(epr, scoring_job, prescribing, lab_results, observations, label="reporting copy extract")
tm.flow(model_store, scoring_job, weights, label="load current model")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, flag)
tm.flow(scoring_job, worklist, flag)

# review and advice
tm.flow(worklist, dashboard, flag)
tm.flow(dashboard, pharmacist, flag, protocol="https")
tm.flow(epr, pharmacist, prescribing, lab_results, observations, label="chart review")
tm.flow(pharmacist, dashboard, review_outcome, protocol="https")
tm.flow(dashboard, worklist, review_outcome)
tm.flow(pharmacist, ward_doctor, advice, label="in person or by phone on the ward")
tm.flow(pharmacist, epr, advice, label="stewardship note")
tm.flow(ward_doctor, epr, prescribing_change)

# retraining
tm.flow(epr, train_data, prescribing, lab_results, observations, label="historical episodes")
tm.flow(worklist, train_data, review_outcome)
tm.flow(train_data, training, training_set)
tm.flow(data_scientist, training, training_script, label="runs retraining")
tm.flow(training, model_store, weights)
