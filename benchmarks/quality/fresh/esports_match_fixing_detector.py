"""Esports match-fixing detector: the first design, before any security review.

The betting-integrity team scores professional esports matches for fixing risk.
During a match, the tournament organiser streams live game telemetry (kills,
economy, player inputs per round) and bookmakers push odds movements over their
feeds; the organiser also supplies player account data (identities, linked game
accounts, team history). An ingestion pipeline normalises the three feeds, checks
them against agreed schemas and writes features to a feature store. A scoring
service runs an in-house gradient-boosted model on each match and raises alerts
into a case store. Integrity analysts sign in to a case console with company SSO,
triage alerts and, after a senior analyst signs off, refer a case to the league's
integrity unit through the league's referral portal. The model is retrained
monthly from past matches labelled with sanctioned outcomes and published to a
model registry. Everything we run sits in our cloud VPC; the feeds arrive over TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Esports match-fixing detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fixing-risk scores and alerts for esports matches, from telemetry, odds and player data.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Live game telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per-round game events and per-player actions from the organiser's match servers.",
)
odds = tg.Data(
    "Bookmaker odds",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pre-match and in-play odds and traded volumes, licensed from bookmakers.",
)
player_accounts = tg.Data(
    "Player account data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Player identities, linked game accounts, team and transfer history.",
)
features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Fixing risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
alerts = tg.Data(
    "Integrity alerts and cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Alerts, analyst notes and evidence that name players.",
)
referral = tg.Data(
    "Case referral",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Evidence pack sent to the league: scores, telemetry excerpts, odds charts, analyst notes.",
)
labels = tg.Data(
    "Historical match outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Past matches labelled fixed or clean from sanctions and closed cases.",
)
weights = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Tournament organiser", trust=tg.Trust.PARTNER):
    # Live match data straight from the organiser's game servers.
    telemetry_feed = tm.add(
        tg.DataSource(
            "Game telemetry feed",
            origin=tg.Origin.PARTNER,
            provides={telemetry},
            description="Websocket stream pushed by the organiser during each match.",
        )
    )
    # The organiser's player registry: who is playing, on which accounts.
    player_registry = tm.add(
        tg.DataSource(
            "Player account registry",
            origin=tg.Origin.PARTNER,
            provides={player_accounts},
            description="Daily export over the organiser's API.",
        )
    )

with tm.boundary("Bookmakers", trust=tg.Trust.PARTNER):
    # Odds movements are the main market signal of a fix.
    odds_feed = tm.add(
        tg.DataSource(
            "Bookmaker odds feed",
            origin=tg.Origin.PARTNER,
            provides={odds},
            description="Push feeds from several partner bookmakers.",
        )
    )

with tm.boundary("League", trust=tg.Trust.PARTNER):
    # The league decides on sanctions; we only refer cases to it.
    league = tm.add(tg.Actor("League integrity unit", role="league investigator"))

with tm.boundary("Integrity platform VPC", trust=tg.Trust.INTERNAL):
    # Normalises and joins the three feeds per match.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.SchemaEnforcement(note="per-feed schemas agreed with each partner")
            },
        )
    )
    # Match-level features for scoring and training.
    feature_store = tm.add(tg.FeatureStore("Match feature store", stores={features}, online=True))
    # Scores each live match every round and raises alerts above a threshold.
    scoring = tm.add(tg.Service("Scoring service"))
    # The fixing-risk model itself.
    model = tm.add(
        tg.Model(
            "Fixing risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over telemetry anomalies and odds movements.",
        )
    )
    # Monthly retraining from labelled past matches.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts for the scoring service to load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Web console where analysts triage alerts and prepare referrals.
    console = tm.add(
        tg.Endpoint(
            "Case console",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="senior integrity analyst"),
            },
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Alerts, cases and evidence; the team's system of record.
        case_store = tm.add(
            tg.DataStore(
                "Case store",
                stores={alerts, player_accounts},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.AuditLogging(retention_days=365),
                },
            )
        )
        # Past matches with their outcomes, for training.
        label_set = tm.add(tg.Dataset("Labelled match history", stores={labels, features}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The betting-integrity team.
    analyst = tm.add(tg.Actor("Integrity analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(telemetry_feed, ingestion, telemetry, protocol="wss", label="live match stream")
tm.flow(odds_feed, ingestion, odds, protocol="https", label="odds push")
tm.flow(player_registry, ingestion, player_accounts, protocol="https", label="daily export")
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, case_store, player_accounts, label="player profiles")

tm.flow(feature_store, scoring, features, label="per-round lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, case_store, alerts, label="alerts above threshold")

tm.flow(analyst, console, alerts, protocol="https", label="triage and notes")
tm.flow(console, analyst, alerts, risk_score, protocol="https", label="alert queue")
tm.flow(console, case_store, alerts, label="case updates")
tm.flow(case_store, console, alerts, player_accounts, label="case view")
tm.flow(console, league, referral, protocol="https", label="referral via league portal")
tm.flow(league, console, alerts, protocol="https", label="case outcome")

tm.flow(case_store, label_set, labels, label="closed case outcomes")
tm.flow(feature_store, label_set, features, label="offline snapshot")
tm.flow(label_set, training, labels, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load on deploy")
