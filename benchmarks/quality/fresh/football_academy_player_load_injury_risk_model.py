"""Football academy player load and injury risk model: the first design.

A professional football academy (UK) tracks every training session of its
players, most of them under 18, with GPS vests from a tracking vendor; the
vendor's cloud holds the raw session data and the academy pulls it nightly
through the vendor's API. Players also fill in a short daily wellness
questionnaire (sleep, soreness, mood, fatigue) in the academy's player app,
and parents of under-18 players give or withdraw consent to the use of their
child's data in the same app. A nightly ingestion pipeline joins loads and
wellness answers into a feature store, skipping players without consent;
physiotherapists log soft-tissue injuries in the medical record, which gives
the labels for a weekly retrain. The sports science lead sees each player's
injury risk on a dashboard and decides any change to the training plan, which
the app then shows to the player. Controls: TLS to the app and the vendor,
app and staff sign-in, role-based access and encryption on the medical data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Football academy player load and injury risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Soft-tissue injury risk from GPS training load and wellness answers of academy players.",
)

# ---------------------------------------------------------------- data assets
gps_load = tg.Data(
    "GPS training load",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-session distance, high-speed running, sprints, accelerations and heart rate.",
)
wellness = tg.Data(
    "Wellness questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Daily self-reported sleep, muscle soreness, mood and fatigue: health data of minors.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
consent = tg.Data(
    "Parental consent record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which parent consented to which uses of their child's data, and when.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
injuries = tg.Data(
    "Injury records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Diagnosis, date, body site and days lost, entered by the physiotherapists.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Player load features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Acute:chronic workload ratios, rolling wellness scores, injury history.",
)
risk = tg.Data(
    "Injury risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-player probability of a soft-tissue injury in the next seven days.",
)
artifact = tg.Data(
    "Injury risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
plan = tg.Data(
    "Individual training plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The player's adjusted sessions and load targets for the week.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Academy players answer the wellness questionnaire and see their plan on their own phones.
    player = tm.add(tg.Actor("Academy player", role="player"))
    # Parents or guardians of under-18 players give or withdraw consent.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))

with tm.boundary("Training ground", trust=tg.Trust.INTERNAL):
    # The vests the players wear in every session; they sync through the vendor's dock.
    vests = tm.add(
        tg.Device(
            "GPS tracking vests",
            fleet=True,
            description="Academy-owned GPS and heart-rate units, docked after each session.",
        )
    )

with tm.boundary("GPS vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor platform is where session data lands first; we read it by API.
    vendor = tm.add(
        tg.ExternalService(
            "GPS vendor platform",
            provides="data-provider",
            description="The tracking vendor's SaaS, holding raw and processed session data.",
        )
    )

with tm.boundary("Academy cloud", trust=tg.Trust.INTERNAL):
    # Back end of the player app: wellness forms, consent forms, training plans.
    app_api = tm.add(
        tg.Endpoint(
            "Player app API",
            purpose="api",
            description="Serves the academy app used by players and their parents.",
            controls={
                c.Authentication(method="academy-issued username and password"),
                c.InputValidation(note="questionnaire answers range-checked (1-10 scales)"),
            },
        )
    )
    # Where consent given by parents is kept; ingestion reads it before using a player's data.
    consent_db = tm.add(
        tg.DataStore(
            "Consent register",
            stores={consent},
            controls={c.AuditLogging(note="every grant and withdrawal is logged")},
        )
    )
    # Nightly job joining GPS loads and wellness answers into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly load and wellness ingestion",
            stage="ingestion",
            third_party_packages=True,
            description="Pulls the day's sessions from the vendor API, joins wellness answers, "
            "drops players without recorded consent, computes workload features.",
            controls={c.SchemaEnforcement(note="vendor export and questionnaire schemas")},
        )
    )
    # Weekly retraining of the risk model on features and injury labels.
    training = tm.add(
        tg.Pipeline(
            "Weekly model retraining",
            stage="training",
            third_party_packages=True,
            description="Gradient-boosted trees retrained each Monday on the season so far.",
        )
    )
    # Keeps each trained model version for rollback.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # The model itself: advisory risk scores for the sports science staff.
    model = tm.add(
        tg.Model(
            "Soft-tissue injury risk model",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Scores each player's seven-day soft-tissue injury risk.",
            controls={
                c.HumanInTheLoop(
                    approver="sports science lead",
                    note="scores are advisory; the lead decides every change to a player's training",
                )
            },
        )
    )
    # Staff web app showing risk scores and recording the adjusted plans.
    dashboard = tm.add(
        tg.Endpoint(
            "Sports science dashboard",
            purpose="api",
            returns_scores=True,
            description="Squad view of loads, wellness and risk scores for academy staff.",
            controls={
                c.Authentication(method="club Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="sports science and medical staff only"),
            },
        )
    )

    with tm.boundary("Performance data tier", trust=tg.Trust.RESTRICTED):
        # Features for training and for the daily scores.
        feature_store = tm.add(
            tg.FeatureStore(
                "Player load feature store",
                stores={features},
                online=False,
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The academy's medical record of injuries, source of the training labels.
        medical = tm.add(
            tg.DataStore(
                "Academy medical record",
                stores={injuries},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="medical staff write; data scientists read injury fields only"),
                },
            )
        )

with tm.boundary("Academy staff network", trust=tg.Trust.INTERNAL):
    # Decides training changes from the dashboard.
    lead = tm.add(tg.Actor("Sports science lead", role="sports scientist"))
    # Records injuries as they are diagnosed.
    physio = tm.add(tg.Actor("Academy physiotherapist", role="physiotherapist"))

# ---------------------------------------------------------------- flows
tm.flow(vests, vendor, gps_load, protocol="https", label="dock sync after session")
tm.flow(vendor, ingestion, gps_load, protocol="https", label="nightly API export")

tm.flow(player, app_api, wellness, protocol="https")
tm.flow(app_api, player, plan, protocol="https")
tm.flow(parent, app_api, consent, protocol="https")
tm.flow(app_api, parent, consent, protocol="https", label="current consent shown")
tm.flow(app_api, consent_db, consent)
tm.flow(consent_db, ingestion, consent, label="consent check")
tm.flow(app_api, ingestion, wellness, label="daily wellness export")

tm.flow(ingestion, feature_store, features)
tm.flow(physio, medical, injuries, protocol="https")
tm.flow(medical, ingestion, injuries, label="injury history")
tm.flow(feature_store, training, features)
tm.flow(medical, training, injuries, label="injury labels")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy")

tm.flow(feature_store, dashboard, features)
tm.flow(dashboard, model, features)
tm.flow(model, dashboard, risk)
tm.flow(dashboard, lead, risk, features, protocol="https")
tm.flow(lead, dashboard, plan, protocol="https")
tm.flow(dashboard, app_api, plan)
