"""Employee attrition predictor: the first design, before any security review.

An HR analytics model that estimates, for every employee of our EU workforce, how
likely they are to resign in the next six months. A weekly feature job pulls HR
records and performance ratings from the HRIS (a SaaS vendor), engagement-survey
answers from the survey vendor's export and badge-access counts from the on-prem
physical-security system into a feature table in the people-analytics cloud account.
A batch scoring job runs the classifier over every employee and writes a risk score
with its top contributing factors, which HR business partners and line managers see
in the HR dashboard. The people-analytics team retrains the model monthly from
historical features and known leavers and registers it for the next scoring run.
Controls in this design: corporate SSO and role-based views on the dashboard,
encrypted storage in the people data zone, TLS/SFTP on the vendor pulls, versioned
models and a holdout evaluation before a new model is registered.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Employee attrition predictor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Weekly resignation-risk scores for every employee, shown to HR and line managers.",
)

# ---------------------------------------------------------------- data assets
hr_records = tg.Data(
    "HR records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Tenure, job level, pay band, manager, absence days, leaver events.",
)
ratings = tg.Data(
    "Performance ratings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
survey_answers = tg.Data(
    "Engagement-survey answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-employee answers, joined on employee id (not anonymised).",
)
badge_counts = tg.Data(
    "Badge-access counts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Office entries per employee per week.",
)
features = tg.Data(
    "Employee features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
leaver_labels = tg.Data(
    "Resignation labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Who resigned within six months of each weekly snapshot.",
)
risk_scores = tg.Data(
    "Attrition risk scores and top factors",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Attrition model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Retraining configuration", kind="instructions")
promotion = tg.Data("Model promotion decision", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("HRIS vendor", trust=tg.Trust.PARTNER):
    # System of record for employees, performance reviews and leaver events.
    hris = tm.add(
        tg.DataSource(
            "HRIS",
            origin=tg.Origin.VENDOR,
            provides={hr_records, ratings},
            description="SaaS HR information system, read through its reporting API.",
        )
    )

with tm.boundary("Survey vendor", trust=tg.Trust.PARTNER):
    # The quarterly engagement survey; answers arrive as a per-employee export.
    survey = tm.add(
        tg.DataSource(
            "Engagement survey platform",
            origin=tg.Origin.VENDOR,
            provides={survey_answers},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # On-prem physical-security system; its reporting database gives weekly counts.
    badge_system = tm.add(
        tg.DataSource("Badge access system", origin=tg.Origin.INTERNAL, provides={badge_counts})
    )
    # Sees scores for the whole business unit they support.
    hrbp = tm.add(tg.Actor("HR business partner", role="hr business partner"))
    # Sees scores for their own direct reports only.
    manager = tm.add(tg.Actor("Line manager", role="line manager"))
    # Owns the features, the model and its monthly retraining.
    data_scientist = tm.add(
        tg.Actor("People-analytics data scientist", role="data scientist", privileged=True)
    )

with tm.boundary("People analytics cloud account", trust=tg.Trust.INTERNAL):
    # Weekly job that joins the three sources into one row per employee.
    feature_job = tm.add(
        tg.Pipeline(
            "Weekly feature job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Runs the current registered model over every employee once a week.
    scoring_job = tm.add(tg.Service("Weekly scoring job"))
    # Gradient-boosted classifier with per-employee SHAP factors.
    model = tm.add(
        tg.Model(
            "Attrition classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Outputs a resignation probability and its top contributing factors.",
        )
    )
    # Monthly retraining run by the people-analytics team.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="holdout AUC must not drop before registering")},
        )
    )
    # Keeps every trained model version for rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Web dashboard (BI tool) where HR and managers read the scores.
    dashboard = tm.add(
        tg.Endpoint(
            "HR dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="HRBPs see their business unit, managers their direct reports"),
            },
        )
    )

    with tm.boundary("People data zone", trust=tg.Trust.RESTRICTED):
        # Offline feature table, one weekly snapshot per employee.
        feature_table = tm.add(
            tg.FeatureStore(
                "Employee feature table",
                stores={features},
                online=False,
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Historical snapshots joined with who later resigned.
        training_set = tm.add(
            tg.Dataset(
                "Attrition training set",
                stores={features, leaver_labels},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Latest scores and factors, read by the dashboard.
        score_store = tm.add(
            tg.DataStore(
                "Risk score table",
                stores={risk_scores},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(hris, feature_job, hr_records, ratings, protocol="https", label="reporting API pull")
tm.flow(survey, feature_job, survey_answers, protocol="sftp", label="survey export")
tm.flow(badge_system, feature_job, badge_counts, label="weekly count query")
tm.flow(feature_job, feature_table, features)
tm.flow(feature_job, training_set, features, leaver_labels, label="labelled snapshot")

tm.flow(feature_table, scoring_job, features)
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, score_store, risk_scores)
tm.flow(score_store, dashboard, risk_scores)

tm.flow(hrbp, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, hrbp, risk_scores, protocol="https")
tm.flow(manager, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, manager, risk_scores, protocol="https")

tm.flow(data_scientist, retraining, training_config, label="launches monthly run")
tm.flow(training_set, data_scientist, features, leaver_labels, label="notebook exploration")
tm.flow(training_set, retraining, features, leaver_labels)
tm.flow(retraining, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="marks version for production")
tm.flow(registry, model, model_artifact, label="loaded by the scoring run")
