"""Harmful-play detection and automatic deposit limits for an online casino: first design.

The casino is licensed in Malta and takes players from several EU countries. Every
session and deposit on the gaming and wallet platform lands in the player activity
store; a feature pipeline turns it into behavioural features (chasing losses,
night-time play, rising deposits, cancelled withdrawals) in an online feature
store. A session scoring service scores each player with an in-house classifier
after every session. Above the threshold it tells the wallet to lower the
player's deposit limit at once and opens a case for the safer-gambling team, who
phone or e-mail the player and record the outcome. Players see their limits in
their account and can appeal; appeals go to the same team. Recorded outcomes
become the labels for a monthly retraining job whose model goes through the
registry into scoring. A quarterly job sends the regulator aggregate reports.
Controls in this design: player sign-in, role-based access to player data,
encryption at rest, versioned models, and decision logs the team can read.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online casino harmful play limit model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scores player sessions for gambling harm, lowers deposit limits automatically "
        "and refers players to the safer-gambling team."
    ),
)

# ---------------------------------------------------------------- data assets
bets = tg.Data(
    "Deposits and bets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deposit requests, stakes and game actions from the player.",
)
account_view = tg.Data(
    "Account and limits view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Balance, history and current deposit limits with the reason for a change.",
)
appeal = tg.Data("Limit appeal", kind="records", sensitivity=tg.Sensitivity.PII)
activity = tg.Data(
    "Session and deposit history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Player behaviour features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Loss chasing, night play share, deposit trend, reversed withdrawals.",
)
harm_score = tg.Data("Harm risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
limit_change = tg.Data(
    "Deposit limit reduction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="New lower daily, weekly and monthly deposit limits for a player.",
)
harm_case = tg.Data(
    "Safer gambling case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Player, score, top contributing features and the limit applied.",
)
contact = tg.Data("Safer gambling contact", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Intervention outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="What the team found and did for each case: harm confirmed or not.",
)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Harm model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
report = tg.Data(
    "Quarterly safer gambling report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Aggregate counts of scored players, limits applied, contacts and appeals.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered players on the website and mobile apps.
    player = tm.add(tg.Actor("Player", role="player"))

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # The gambling regulator's reporting portal.
    regulator = tm.add(
        tg.ExternalService("Regulator reporting portal", description="Quarterly returns upload.")
    )

with tm.boundary("Casino production", trust=tg.Trust.INTERNAL):
    # Player-facing account API behind the website and apps.
    account_api = tm.add(
        tg.Endpoint(
            "Player account API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, SMS code at sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Runs the games and the wallet, and enforces deposit limits on every deposit.
    platform = tm.add(
        tg.Service(
            "Gaming and wallet platform",
            description="Game sessions, deposits and withdrawals; applies limit changes.",
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Player data platform", trust=tg.Trust.RESTRICTED, id="player-data"):
    # Event history of every session and deposit, the source for scoring and reporting.
    activity_store = tm.add(
        tg.DataStore(
            "Player activity store",
            stores={activity},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Turns raw activity into behavioural features after each session.
    feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest features per player, read at scoring time and snapshotted for training.
    feature_store = tm.add(tg.FeatureStore("Player feature store", stores={features}, online=True))
    # Scores a player when a session ends and acts above the threshold.
    scoring = tm.add(
        tg.Service(
            "Session scoring service",
            description="Applies the limit reduction and opens a case when the score passes 0.7.",
        )
    )
    # The harm classifier; its score cuts deposit limits without a person in between.
    harm_model = tm.add(
        tg.Model(
            "Gambling harm model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.ExplainabilityLogging(),
                c.Contestability(
                    note="players see the new limit and can appeal it in their account"
                ),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labelled training set: feature snapshots joined to recorded outcomes.
    training_set = tm.add(tg.Dataset("Harm training set", stores={features, outcomes}))
    # Monthly retraining on the latest outcomes.
    retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versioned models; the current version is loaded by scoring.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case management used by the safer-gambling team for cases and appeals.
    case_tool = tm.add(
        tg.Service("Safer gambling case management", controls={c.RBAC(), c.AuditLogging()})
    )
    # The safer-gambling team: contacts players, records outcomes, decides appeals.
    team = tm.add(tg.Actor("Safer gambling team", role="safer gambling advisor"))
    # Runs once a quarter and uploads the aggregate report.
    reporting = tm.add(tg.Service("Quarterly regulatory reporting job"))

# ---------------------------------------------------------------- flows
# Play and account
tm.flow(player, account_api, bets, appeal, protocol="https")
tm.flow(account_api, player, account_view, protocol="https")
tm.flow(account_api, platform, bets)
tm.flow(platform, account_api, account_view)
tm.flow(platform, activity_store, activity, label="session and deposit events")

# Features and scoring
tm.flow(activity_store, feature_pipeline, activity)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, scoring, features, label="online lookup at session end")
tm.flow(scoring, harm_model, features)
tm.flow(harm_model, scoring, harm_score)
tm.flow(scoring, platform, limit_change, label="lower deposit limits")
tm.flow(scoring, case_tool, harm_case)

# Safer-gambling team and appeals
tm.flow(case_tool, team, harm_case, appeal, protocol="https")
tm.flow(team, case_tool, outcomes, appeal_decision, protocol="https")
tm.flow(team, player, contact, protocol="phone", label="phone call or e-mail")
tm.flow(account_api, case_tool, appeal)
tm.flow(case_tool, platform, appeal_decision, label="restore limit if upheld")

# Monthly retraining
tm.flow(case_tool, training_set, outcomes)
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(training_set, retraining, features, outcomes)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, harm_model, model_artifact, label="deploy")

# Regulatory reporting
tm.flow(activity_store, reporting, activity)
tm.flow(case_tool, reporting, harm_case, appeal_decision)
tm.flow(reporting, regulator, report, protocol="https")
