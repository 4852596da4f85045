"""Antimicrobial stewardship alerts: the first design, before any security review.

The hospital pharmacy wants help finding inpatients whose antibiotics need a
second look: courses past their planned duration, drugs continued after culture
results show resistance or no growth, doses that no longer suit renal function.
Every four hours a scoring job reads prescriptions from the electronic patient
record and microbiology and creatinine/eGFR results from the laboratory system
(both fed over HL7 v2 through the trust's integration engine into an analytics
data mart), scores each active course with an in-house gradient-boosted model
and puts flagged ones on the antimicrobial pharmacist's worklist. The pharmacist
reviews every flag and records an outcome, which becomes a label for quarterly
retraining by the data science team. All of it runs on premises in the trust's
network; the worklist web app uses smartcard SSO, role-based access and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antimicrobial stewardship alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags inpatient antibiotic courses for review on the antimicrobial "
    "pharmacist's worklist (UK NHS trust, on premises).",
)

# ---------------------------------------------------------------- data assets
prescriptions = tg.Data(
    "Antibiotic prescriptions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Drug, dose, route, start date, planned duration and indication, per patient.",
)
lab_results = tg.Data(
    "Microbiology and renal results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Culture and sensitivity results, creatinine and eGFR, per patient.",
)
features = tg.Data(
    "Stewardship features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per antibiotic course: days on therapy, route, latest cultures, eGFR trend, "
    "keyed by hospital number.",
)
review_score = tg.Data(
    "Review likelihood score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
alerts = tg.Data(
    "Stewardship alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, ward, antibiotic course, score and the reasons shown to the pharmacist.",
)
outcomes = tg.Data(
    "Pharmacist review outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Stewardship model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn/LightGBM pipeline saved with joblib.",
)
training_config = tg.Data("Training run configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Trust clinical network", trust=tg.Trust.INTERNAL):
    # The antimicrobial pharmacist works the worklist from ward and dispensary PCs.
    pharmacist = tm.add(tg.Actor("Antimicrobial pharmacist", role="pharmacist"))

    # The web app the pharmacist uses to see flags and record what was done.
    worklist_app = tm.add(
        tg.Endpoint(
            "Stewardship worklist app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS smartcard and passcode via trust SSO"),
                c.RBAC(note="pharmacy and microbiology AD groups only"),
                c.AuditLogging(note="who viewed which patient's alert and who closed it"),
                c.HumanInTheLoop(
                    approver="antimicrobial pharmacist",
                    note="the model only flags; any change to therapy is agreed with the prescriber",
                ),
            },
        )
    )
    # Holds open alerts and the outcome the pharmacist recorded for each.
    worklist_db = tm.add(tg.DataStore("Worklist database", stores={alerts, outcomes}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # System of record for inpatient prescribing (electronic prescribing module).
        epr = tm.add(tg.DataStore("Electronic patient record (EPR)", stores={prescriptions}))
        # Laboratory information system: microbiology cultures and blood chemistry.
        lims = tm.add(tg.DataStore("Laboratory information system", stores={lab_results}))
        # The trust's existing interface engine; routes HL7 v2 messages to subscribers.
        integration = tm.add(
            tg.Service(
                "HL7 integration engine",
                description="Existing trust interface engine; a new route copies "
                "prescribing and lab messages to the analytics data mart.",
            )
        )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Turns HL7 messages into per-course features every four hours.
    feature_job = tm.add(tg.Pipeline("Feature build job", stage=tg.Stage.PREPROCESSING))
    # SQL Server data mart holding the current and historical features.
    data_mart = tm.add(
        tg.FeatureStore(
            "Stewardship data mart",
            stores={features},
            online=False,
            controls={c.RBAC(note="analytics service accounts and data science group")},
        )
    )
    # Runs the model over every active antibiotic course and writes flags above threshold.
    scoring = tm.add(
        tg.Service(
            "Scoring job",
            description="Scheduled every four hours; writes courses scoring above 0.6 "
            "to the worklist with the top contributing reasons.",
        )
    )
    # The classifier itself, loaded by the scoring job.
    model = tm.add(
        tg.Model(
            "Stewardship review model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees predicting that a pharmacist would "
            "intervene on an antibiotic course.",
        )
    )
    # Historical features joined to past review outcomes.
    training_set = tm.add(tg.Dataset("Historical review training set", stores={features, outcomes}))
    # Quarterly retraining, started by a data scientist.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="checked against last quarter's reviewed courses before registering"
                )
            },
        )
    )
    # MLflow registry on the analytics server; the scoring job loads the 'Production' stage.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model; has write access to the analytics platform.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(epr, integration, prescriptions, protocol="mllp", label="HL7 v2 RDE/RAS messages")
tm.flow(lims, integration, lab_results, protocol="mllp", label="HL7 v2 ORU messages")
tm.flow(integration, feature_job, prescriptions, lab_results, protocol="mllp")
tm.flow(feature_job, data_mart, features)

tm.flow(data_mart, scoring, features, label="active courses")
tm.flow(scoring, model, features)
tm.flow(model, scoring, review_score)
tm.flow(scoring, worklist_db, alerts)

tm.flow(worklist_db, worklist_app, alerts, outcomes)
tm.flow(worklist_app, worklist_db, outcomes, label="review recorded")
tm.flow(worklist_app, pharmacist, alerts, protocol="https")
tm.flow(pharmacist, worklist_app, outcomes, protocol="https")

tm.flow(worklist_db, training_set, outcomes, label="quarterly extract")
tm.flow(data_mart, training_set, features, label="historical features")
tm.flow(training_set, training, features, outcomes)
tm.flow(data_scientist, training, training_config, protocol="ssh")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load Production stage")
