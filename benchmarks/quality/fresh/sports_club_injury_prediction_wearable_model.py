"""Player injury-risk prediction: the first design, before any security review.

A professional football club wants to predict each first-team player's short-term
injury risk and advise the medical team on training loads. Players wear GPS vests
in every training session and match; the vests are docked on the training ground
and upload to the GPS vendor's cloud, from which a nightly ingestion job pulls each
session's load metrics. Every morning players answer a wellness questionnaire
(sleep, soreness, mood, fatigue) in the club's app on their own phones. Injury
history comes from the medical department's electronic medical record. Features
(acute:chronic workload, wellness trends, injury history) live in a feature store
in the club's cloud tenancy; a gradient-boosted model, retrained weekly by the
sports science team, scores every player each morning. The medical team sees the
risk and a suggested load adjustment in a staff dashboard and decides the session
plan; coaches see only the resulting load plan. Staff sign in through club SSO.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Player injury-risk prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts first-team players' injury risk from GPS vest loads, wellness "
        "questionnaires and injury history, and advises the medical team on training loads."
    ),
)

# ---------------------------------------------------------------- data assets
gps_raw = tg.Data(
    "GPS vest session recordings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Position, speed, acceleration and heart rate per player, 10 Hz.",
)
session_loads = tg.Data(
    "Session load metrics",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per player and session: total distance, high-speed running, sprints, player load.",
)
questionnaire = tg.Data("Daily wellness questionnaire", sensitivity=tg.Sensitivity.PUBLIC)
wellness = tg.Data(
    "Wellness questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Self-reported sleep, muscle soreness, mood, stress and illness symptoms.",
)
injuries = tg.Data(
    "Injury and treatment history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Player workload features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Acute:chronic workload ratios, wellness trends, days since last injury.",
)
injury_labels = tg.Data(
    "Injury occurrence labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether a time-loss injury followed within 7 days, from the medical record.",
)
training_config = tg.Data("Retraining configuration", kind="instructions")
weights = tg.Data(
    "Injury-risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
risk_scores = tg.Data(
    "Player injury-risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per player probability of injury in the next 7 days, with top contributing factors.",
)
load_advice = tg.Data(
    "Training load recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
load_decision = tg.Data(
    "Medical team load decisions", kind="records", sensitivity=tg.Sensitivity.PII
)
load_plan = tg.Data("Session load plan", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players answer the questionnaire on their own phones, at home or away.
    player = tm.add(tg.Actor("Player", role="first-team player"))

with tm.boundary("GPS vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's SaaS platform the vests upload to; the club's only copy of raw GPS data.
    gps_cloud = tm.add(
        tg.ExternalService(
            "GPS vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Stores raw vest recordings and exposes per-session metrics over a REST API.",
        )
    )

with tm.boundary("Training ground", trust=tg.Trust.INTERNAL):
    # The vests themselves: a fleet of 40 units docked and charged in the kit room.
    vests = tm.add(
        tg.Device(
            "GPS vest trackers",
            fleet=True,
            description="GNSS and heart-rate units worn in a vest under the shirt.",
        )
    )
    # Club doctor and physiotherapists: the people who decide on training loads.
    medical = tm.add(tg.Actor("Medical team", role="club doctor and physiotherapists"))
    # Coaches plan sessions from the agreed load plan, without medical detail.
    coach = tm.add(tg.Actor("Coaching staff", role="coach"))
    # Sports scientists own the data pipeline and run the weekly retraining.
    sports_scientist = tm.add(
        tg.Actor("Sports scientist", role="sports scientist", privileged=True)
    )

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # Backend of the players' wellness app: serves the questionnaire, stores the answers.
    wellness_app = tm.add(
        tg.Endpoint(
            "Wellness app backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="fixed 1-10 scales and pick lists only"),
            },
        )
    )
    # Nightly job: pulls vendor metrics, wellness answers and injuries, builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Offline feature store: the history both retraining and daily scoring read.
    feature_store = tm.add(
        tg.FeatureStore(
            "Player feature store",
            online=False,
            stores={features, injury_labels},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly retraining job, started by a sports scientist from a notebook.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Keeps each trained model version so that scoring can roll back.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The model itself: scores every player each morning before training.
    risk_model = tm.add(
        tg.Model(
            "Injury-risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over workload, wellness and injury-history features.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="club doctor or head physiotherapist",
                    note="advice only; the medical team sets every player's load",
                )
            },
        )
    )
    # Staff web dashboard: risk and advice for the medical team, load plan for coaches.
    dashboard = tm.add(
        tg.Endpoint(
            "Load advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="club SSO (Microsoft Entra ID) with MFA"),
                tg.controls.RBAC(note="coaching role sees the load plan only"),
            },
        )
    )

    with tm.boundary("Medical systems", trust=tg.Trust.RESTRICTED):
        # The medical department's electronic medical record: source of injury history.
        emr = tm.add(
            tg.DataStore(
                "Medical record system (EMR)",
                stores={injuries},
                controls={
                    tg.controls.EncryptionAtRest(key_management="vendor-managed keys"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(
    vests,
    gps_cloud,
    gps_raw,
    protocol="https",
    controls={tls},
    label="uploaded from the docking station after each session",
)
tm.flow(
    gps_cloud,
    ingestion,
    session_loads,
    protocol="https",
    controls={tls},
    label="nightly pull with the club's API key",
)

tm.flow(wellness_app, player, questionnaire, protocol="https", controls={tls})
tm.flow(player, wellness_app, wellness, protocol="https", controls={tls})
tm.flow(wellness_app, ingestion, wellness)

tm.flow(medical, emr, injuries, protocol="https", label="records injuries and treatment")
tm.flow(emr, ingestion, injuries, protocol="https", label="nightly export")

tm.flow(ingestion, feature_store, features, injury_labels)
tm.flow(sports_scientist, training, training_config, label="starts weekly retraining")
tm.flow(feature_store, training, features, injury_labels)
tm.flow(training, registry, weights)
tm.flow(registry, risk_model, weights, label="loads the latest version")

tm.flow(feature_store, risk_model, features, label="morning scoring batch")
tm.flow(risk_model, dashboard, risk_scores, load_advice)
tm.flow(dashboard, medical, risk_scores, load_advice, protocol="https", controls={tls})
tm.flow(medical, dashboard, load_decision, protocol="https", controls={tls})
tm.flow(dashboard, coach, load_plan, protocol="https", controls={tls})
