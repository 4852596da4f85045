"""Sports injury risk model: the first design, before any security review.

The performance department of a professional football club in the EU wants a daily
injury-risk score for every first-team player. Each morning an ingestion job pulls
GPS-vest tracking and heart-rate data from the vest vendor's cloud, the training
loads that sport scientists log, and an injury-history extract from the club's
medical records system. When players come back from international duty, the
national team's staff e-mail their load and medical notes to our sport scientists,
who upload them. A gradient-boosted model, retrained monthly by the club's data
scientist, scores each player; coaches see the scores on a web dashboard, and the
medical staff can override a score, with the reason kept beside it. Controls in
this design: club SSO with MFA and role-based views on the dashboard, encrypted
storage, a minimised medical extract, schema checks on the vendor feed, versioned
models, and access logging on the medical records system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sports injury risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Daily injury-risk scores for a football club's players from tracking, "
        "training-load and medical data, with medical override."
    ),
)

# ---------------------------------------------------------------- data assets
tracking = tg.Data(
    "GPS and heart-rate tracking",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-session distance, sprints, accelerations and heart-rate traces per player.",
)
loads = tg.Data(
    "Training load logs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session minutes, RPE and wellness scores entered by sport scientists.",
)
medical = tg.Data(
    "Medical records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Diagnoses, treatments, scans and clinical notes.",
)
injury_extract = tg.Data(
    "Injury history extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Injury dates, body site, type and days lost; no clinical notes.",
)
national_reports = tg.Data(
    "National team reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Spreadsheets of international-duty loads and medical notes.",
)
features = tg.Data(
    "Player features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Acute:chronic load ratios, sprint exposure, injury recency per player-day.",
)
labels = tg.Data(
    "Injury labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scores = tg.Data(
    "Daily risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Probability of a time-loss injury in the next 7 days, with top factors.",
)
override = tg.Data(
    "Medical override",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Medical staff's replacement score or availability status, with the reason.",
)
dashboard_query = tg.Data("Dashboard request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("GPS vendor cloud", trust=tg.Trust.PARTNER):
    # Where the vests upload after each session; we pull from the vendor's export API.
    gps = tm.add(tg.DataSource("GPS vest platform", origin=tg.Origin.VENDOR, provides={tracking}))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # Staff of the player's national team during international windows.
    national_staff = tm.add(tg.Actor("National team staff", role="federation performance staff"))

with tm.boundary("Club network", trust=tg.Trust.INTERNAL):
    # Sport scientists log training loads and forward national team data.
    sport_scientist = tm.add(tg.Actor("Club sport scientist", role="performance staff"))
    # Read the daily scores when planning sessions and selection.
    coaches = tm.add(tg.Actor("Coaching staff", role="coach"))
    # Builds and retrains the model and promotes new versions.
    data_scientist = tm.add(
        tg.Actor("Performance data scientist", role="data scientist", privileged=True)
    )

    with tm.boundary("Medical department", trust=tg.Trust.RESTRICTED):
        # Club doctors and physiotherapists; they own the medical record and can override scores.
        medical_staff = tm.add(
            tg.Actor("Medical staff", role="club doctor / physio", privileged=True)
        )
        # The club's electronic medical record for players.
        medical_db = tm.add(
            tg.DataStore(
                "Medical records system",
                stores={medical},
                controls={
                    c.EncryptionAtRest(key_management="vendor-managed keys"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=730),
                },
            )
        )

with tm.boundary("Performance analytics cloud", trust=tg.Trust.INTERNAL):
    # Daily job that pulls and joins all sources.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="vendor export checked against the expected columns"),
                c.DataMinimization(note="only injury dates, site, type and days lost from the EMR"),
            },
        )
    )
    # Per-player-day features and injury labels, for training and for daily scoring.
    feature_store = tm.add(
        tg.FeatureStore(
            "Player feature store",
            stores={features, labels},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining of the risk model.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds trained versions; scoring loads the version the data scientist promotes.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The injury-risk model; scores drive training load and selection decisions.
    model = tm.add(
        tg.Model(
            "Injury risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over the last 28 days of features.",
        )
    )
    # Runs the model over every player each morning and stores the results.
    scoring = tm.add(tg.Service("Daily scoring job"))
    # Scores with any medical overrides beside them.
    score_store = tm.add(
        tg.DataStore(
            "Risk score database",
            stores={scores, override},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web dashboard for coaches and medical staff.
    dashboard = tm.add(
        tg.Endpoint(
            "Risk dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="club SSO with MFA"),
                c.RBAC(note="coaches see scores only; medical staff also see injury detail"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sources
tm.flow(gps, ingestion, tracking, protocol="https", label="vendor export API")
tm.flow(
    national_staff,
    sport_scientist,
    national_reports,
    protocol="smtp",
    label="e-mailed spreadsheets",
)
tm.flow(sport_scientist, ingestion, loads, national_reports, protocol="https", label="upload")
tm.flow(medical_staff, medical_db, medical, protocol="https")
tm.flow(medical_db, ingestion, injury_extract, protocol="https", label="nightly extract")
tm.flow(ingestion, feature_store, features, labels)

# training and release
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(feature_store, training, features, labels)
tm.flow(score_store, training, override, label="overrides used as extra labels")
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, approval, protocol="https", label="promotes a version")
tm.flow(registry, scoring, artifact, label="loads promoted version")

# daily scoring
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, score_store, scores)

# dashboard
tm.flow(score_store, dashboard, scores, override)
tm.flow(coaches, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, coaches, scores, protocol="https")
tm.flow(medical_staff, dashboard, dashboard_query, override, protocol="https")
tm.flow(dashboard, medical_staff, scores, override, protocol="https")
tm.flow(dashboard, score_store, override, label="records override")
