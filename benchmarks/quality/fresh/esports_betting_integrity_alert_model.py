"""Esports betting integrity alert model: the first design, before any security review.

Our sportsbook is licensed in Malta and takes bets from customers across the EU
on esports matches (CS2, Dota 2, LoL, Valorant). This system looks for betting that
suggests match-fixing. It joins our bet stream with a partner's market odds feed and
a live match data API, scores each market every minute with an in-house model, and
opens an alert in the integrity case system when the score passes a threshold.
At the highest scores the scoring service asks the trading platform to suspend
the market at once, before any analyst has looked at it. Integrity analysts work
the alerts in a web console (company SSO). From there they report confirmed
cases to the esports integrity body, which also sends us its own alerts. Analyst
dispositions become labels for a monthly retraining run, and data scientists
promote new versions through a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Esports betting integrity alert model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects suspicious betting on esports markets and raises integrity alerts.",
)

# ---------------------------------------------------------------- data assets
bets = tg.Data(
    "Bet placements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Account id, stake, selection, odds taken, device and IP address.",
)
bet_events = tg.Data("Bet event stream", sensitivity=tg.Sensitivity.PII, kind="records")
odds = tg.Data("Market odds movements", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
match_events = tg.Data("Live match events", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data(
    "Market and account betting features", sensitivity=tg.Sensitivity.PII, kind="features"
)
score = tg.Data(
    "Integrity risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
alert = tg.Data(
    "Integrity alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Market, score, top contributing accounts and their bets.",
)
suspension = tg.Data(
    "Market suspension request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
market_status = tg.Data(
    "Market status and bet acceptance", sensitivity=tg.Sensitivity.PII, kind="records"
)
case_view = tg.Data("Case details", sensitivity=tg.Sensitivity.PII, kind="records")
disposition = tg.Data(
    "Analyst disposition",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
integrity_report = tg.Data(
    "Suspicious betting report", sensitivity=tg.Sensitivity.PII, kind="documents"
)
partner_alert = tg.Data(
    "Integrity body alert", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
training_rows = tg.Data(
    "Labelled market windows", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data("Alert model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model promotion request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers, a fixer or a player's associates among them, betting on esports markets.
    bettor = tm.add(tg.Actor("Bettor", role="customer"))

with tm.boundary("Data partners", trust=tg.Trust.PARTNER):
    # Aggregated market prices across other bookmakers, pushed every few seconds.
    odds_feed = tm.add(
        tg.DataSource("Odds data provider feed", origin=tg.Origin.PARTNER, provides={odds})
    )
    # Official in-game events (rounds, kills, map results) from the tournament data licensee.
    match_feed = tm.add(
        tg.DataSource("Esports match data API", origin=tg.Origin.PARTNER, provides={match_events})
    )
    # Industry integrity body: receives our reports, shares alerts from other operators.
    integrity_body = tm.add(tg.ExternalService("Esports integrity body"))

with tm.boundary("Sportsbook production", trust=tg.Trust.INTERNAL):
    # Existing betting platform: accepts bets, publishes them, and can suspend markets.
    trading = tm.add(
        tg.Service(
            "Sportsbook trading platform",
            controls={c.Authentication(method="customer password with optional TOTP")},
        )
    )

    with tm.boundary("Integrity platform", trust=tg.Trust.INTERNAL):
        # Streams bets, odds and match events into per-market and per-account features.
        feature_job = tm.add(tg.Pipeline("Betting feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Online features for scoring; offline snapshots for training.
        feature_store = tm.add(tg.FeatureStore("Betting feature store", stores={features}))
        # Gradient-boosted detector of irregular betting on a market.
        model = tm.add(
            tg.Model(
                "Betting integrity alert model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Scores each open market every minute; above 0.95 the market is suspended.",
            )
        )
        # Runs the model on a timer per open market and acts on the score.
        scorer = tm.add(tg.Service("Market scoring service"))
        # Alerts, cases, notes and dispositions; the record kept for the regulator.
        cases = tm.add(
            tg.DataStore(
                "Integrity case database",
                stores={alert, case_view, disposition},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )
        # Web console where analysts review alerts and file reports.
        console = tm.add(
            tg.Endpoint(
                "Integrity analyst console",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Market windows joined with analyst dispositions.
        train_set = tm.add(tg.Dataset("Integrity training set", stores={training_rows}))
        # Monthly retraining job; uses open-source boosting libraries.
        training = tm.add(
            tg.Pipeline(
                "Alert model retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Trained versions with their evaluation reports.
        registry = tm.add(
            tg.ModelRegistry(
                "Alert model registry", stores={weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trading integrity team: reviews alerts, confirms or dismisses them.
    analyst = tm.add(tg.Actor("Integrity analyst", role="analyst"))
    # Owns the model: features, retraining and promotion to serving.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# betting and live inputs
tm.flow(bettor, trading, bets, protocol="https")
tm.flow(trading, bettor, market_status, protocol="https")
tm.flow(trading, feature_job, bet_events, protocol="kafka")
tm.flow(odds_feed, feature_job, odds, protocol="wss")
tm.flow(match_feed, feature_job, match_events, protocol="https")
tm.flow(feature_job, feature_store, features)

# scoring and automatic action
tm.flow(feature_store, scorer, features, label="online lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, cases, alert, label="score above alert threshold")
tm.flow(scorer, trading, suspension, protocol="https", label="score above suspension threshold")

# analyst review and reporting
tm.flow(cases, console, case_view)
tm.flow(console, cases, disposition)
tm.flow(console, analyst, case_view, protocol="https")
tm.flow(analyst, console, disposition, protocol="https")
tm.flow(console, integrity_body, integrity_report, protocol="https")
tm.flow(integrity_body, cases, partner_alert, protocol="https", label="partner alert notifications")

# retraining and release
tm.flow(cases, train_set, disposition, label="nightly export of closed cases")
tm.flow(feature_store, train_set, features, label="offline snapshot")
tm.flow(train_set, training, training_rows)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="promotes version")
tm.flow(registry, model, weights, label="deploy")
