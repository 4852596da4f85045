"""Persistent absence early warning: the first design, before any security review.

The school district wants heads of year to spot pupils drifting towards
persistent absence before it sets in. Each night a pipeline in the district's
cloud tenant exports attendance marks, assessment grades and pastoral notes from
the schools' hosted management information system (MIS) into the district data
warehouse. A weekly job turns them into features (pastoral notes are reduced to
category counts), scores every pupil with a gradient-boosted classifier and
writes the risk scores that an early warning dashboard shows to heads of year,
who sign in with their district Microsoft 365 accounts, see only their own school
and record the interventions they decide on. A data analyst retrains the model
each term from past outcomes and promotes versions from the model registry. The
warehouse is encrypted at rest and the MIS export runs over HTTPS.
"""

import threatgraph as tg

c = tg.controls

tm = tg.ThreatModel(
    "Persistent absence early warning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Weekly risk scores of persistent absence for every pupil, shown to heads of year.",
)

# ---------------------------------------------------------------- data assets
attendance = tg.Data(
    "Attendance marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session-level marks and absence codes per pupil.",
)
grades = tg.Data("Assessment grades", kind="records", sensitivity=tg.Sensitivity.PII)
pastoral_notes = tg.Data(
    "Pastoral notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free-text notes by tutors and pastoral staff, including SEN, "
    "health, family circumstances and safeguarding concerns.",
)
features = tg.Data(
    "Pupil absence features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Attendance trend, grade changes and counts of pastoral note categories.",
)
outcome_labels = tg.Data(
    "Persistent absence outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each pupil fell below 90% attendance in the following term.",
)
model_artifact = tg.Data(
    "Absence risk model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
risk_scores = tg.Data(
    "Absence risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Probability of persistent absence and top contributing factors per pupil.",
)
pupil_summary = tg.Data(
    "Pupil attendance summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recent attendance, grades and pastoral note categories shown beside the score.",
)
interventions = tg.Data(
    "Intervention records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the head of year decided: mentoring, parent meeting, referral to the attendance officer.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("MIS vendor cloud", trust=tg.Trust.PARTNER):
    # The schools' system of record, hosted by the MIS supplier.
    mis = tm.add(
        tg.DataSource(
            "School MIS",
            origin=tg.Origin.VENDOR,
            provides={attendance, grades, pastoral_notes},
            description="Hosted management information system used by all district schools.",
        )
    )

with tm.boundary("District cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls the nightly export through the MIS partner API.
    extract = tm.add(tg.Pipeline("Nightly MIS extract", stage=tg.Stage.INGESTION))

    with tm.boundary("Analytics zone", trust=tg.Trust.RESTRICTED):
        # District-wide copy of pupil records that the model works from.
        warehouse = tm.add(
            tg.DataStore(
                "District data warehouse",
                stores={attendance, grades, pastoral_notes, interventions},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="analytics team only"),
                },
            )
        )
        # Weekly feature build; reduces pastoral free text to category counts.
        feature_job = tm.add(
            tg.Pipeline(
                "Weekly feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={c.DataMinimization(note="pastoral notes reduced to category counts")},
            )
        )
        # Offline feature tables, one row per pupil per week.
        feature_store = tm.add(
            tg.FeatureStore("Pupil feature store", stores={features}, online=False)
        )
        # Historical features joined with the next term's attendance outcome.
        training_set = tm.add(tg.Dataset("Absence training set", stores={features, outcome_labels}))
        # Termly retraining run by the data analyst from a notebook environment.
        training = tm.add(
            tg.Pipeline("Termly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the trained model, promoted by the analyst.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # The classifier itself, loaded by the scoring job.
        model = tm.add(
            tg.Model(
                "Absence risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees predicting persistent absence next term; "
                "high scores prompt interventions and attendance officer referrals.",
            )
        )
        # Scores every pupil once a week.
        scoring = tm.add(tg.Service("Weekly scoring job"))
        # Latest scores per pupil, read by the dashboard.
        score_store = tm.add(tg.DataStore("Risk score table", stores={risk_scores}))

    # Web dashboard for heads of year, reachable from school and home.
    dashboard = tm.add(
        tg.Endpoint(
            "Early warning dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            internet_facing=True,
            description="Lists pupils of the signed-in head of year's school by risk score.",
            controls={
                c.Authentication(method="district Microsoft 365 single sign-on (OIDC)"),
                c.RBAC(note="school and year group taken from the MIS staff record"),
                c.HumanInTheLoop(approver="head of year decides any intervention"),
            },
        )
    )

with tm.boundary("School networks", trust=tg.Trust.INTERNAL):
    # Sees the scores for their year group and decides what to do.
    head_of_year = tm.add(tg.Actor("Head of year", role="head of year"))

with tm.boundary("District office network", trust=tg.Trust.INTERNAL):
    # Builds features, retrains and promotes the model.
    analyst = tm.add(tg.Actor("Data analyst", role="district data analyst", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(mis, extract, attendance, grades, pastoral_notes, protocol="https", label="nightly export")
tm.flow(extract, warehouse, attendance, grades, pastoral_notes)

tm.flow(warehouse, feature_job, attendance, grades, pastoral_notes, label="weekly batch")
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_scores)
tm.flow(scoring, score_store, risk_scores)

tm.flow(score_store, dashboard, risk_scores)
tm.flow(warehouse, dashboard, pupil_summary)
tm.flow(dashboard, head_of_year, risk_scores, pupil_summary, protocol="https")
tm.flow(head_of_year, dashboard, interventions, protocol="https")
tm.flow(dashboard, warehouse, interventions)

tm.flow(feature_store, training_set, features, label="termly snapshot")
tm.flow(warehouse, training_set, outcome_labels, label="termly export")
tm.flow(training_set, training, features, outcome_labels)
tm.flow(training, registry, model_artifact)
tm.flow(analyst, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, model, model_artifact, label="deploy")
