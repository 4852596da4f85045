"""Betting integrity monitor: the first design, before any security review.

The sportsbook's integrity team wants early warning of match fixing. Every bet
placed through the betting API lands in the bet ledger; a streaming feature
pipeline joins the bets with market odds from a licensed odds provider and
computes per-market and per-account features (stake spikes, clustered new
accounts, moves against the market). An in-house anomaly detector scores each
market and account in near real time, and the scoring service raises alerts
into a case store. Integrity analysts review cases in a console, look up the
underlying bets, and decide whether to restrict accounts or file a suspicious
betting report with the sports integrity body, which also sends us its own
alerts. Confirmed and dismissed cases become labels for weekly retraining.
Controls so far: bettor sign-in and rate limits, SSO with MFA for analysts,
encrypted and audited ledger and case store, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Betting integrity monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags suspicious betting patterns and odds movements that may indicate match fixing.",
)

# ---------------------------------------------------------------- data assets
bet = tg.Data(
    "Bet placement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account id, market, selection, stake, price taken, device and IP address.",
)
confirmation = tg.Data("Bet confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bet_records = tg.Data(
    "Bet records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
market_odds = tg.Data(
    "Market odds feed",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Licensed prices and volumes across bookmakers and exchanges, per market.",
)
features = tg.Data(
    "Market and account betting features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Stake and price-move aggregates per market, betting behaviour per account.",
)
scores = tg.Data("Anomaly scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alert = tg.Data(
    "Integrity alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Market, accounts involved, score and top contributing features.",
)
case = tg.Data(
    "Integrity case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Alerts grouped per event, with linked accounts and analyst notes.",
)
case_outcome = tg.Data(
    "Case outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Analyst decision: dismissed, account restricted, or reported.",
)
labels = tg.Data(
    "Case outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
sar = tg.Data(
    "Suspicious betting report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Event, markets, bet timeline and the account holders involved.",
)
body_alert = tg.Data(
    "Integrity body alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suspicious-activity notice about an event, shared among member operators.",
)
artifact = tg.Data(
    "Detector artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Exported to ONNX for the streaming scorer.",
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a funded account, fixers and their proxies included.
    bettor = tm.add(tg.Actor("Bettor", role="customer"))

with tm.boundary("Odds data provider", trust=tg.Trust.PARTNER):
    # Licensed market-wide odds and volumes; the reference for abnormal moves.
    odds_feed = tm.add(
        tg.DataSource(
            "Odds provider feed",
            origin=tg.Origin.VENDOR,
            provides={market_odds},
            description="Streaming price feed over an authenticated websocket.",
        )
    )

with tm.boundary("Sports integrity body", trust=tg.Trust.PARTNER):
    # The integrity association we report to and receive alerts from.
    integrity_body = tm.add(
        tg.ExternalService(
            "Integrity body portal",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Members' portal for suspicious betting reports and alerts.",
        )
    )

with tm.boundary("Sportsbook production", trust=tg.Trust.INTERNAL):
    # Existing customer-facing betting API; source of all bets.
    bet_api = tm.add(
        tg.Endpoint(
            "Betting API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="username and password, with an SMS code on sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=300),
            },
        )
    )
    # System of record for every bet; regulated, kept for the licence's audit period.
    bet_ledger = tm.add(
        tg.DataStore(
            "Bet ledger",
            stores={bet_records},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Integrity platform", trust=tg.Trust.RESTRICTED):
        # Streams bets and odds into features.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Streaming feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.SchemaEnforcement(note="odds and bet events checked against Avro schemas")
                },
            )
        )
        # Online features for scoring and offline snapshots for training.
        feature_store = tm.add(
            tg.FeatureStore("Integrity feature store", stores={features}, online=True)
        )
        # Scores markets and accounts as features update and raises alerts.
        scoring = tm.add(
            tg.Service(
                "Integrity scoring service",
                description="Calls the detector per update and writes alerts above the threshold.",
                controls={
                    c.ExplainabilityLogging(
                        note="top contributing features stored with each alert"
                    ),
                    c.HumanInTheLoop(
                        approver="integrity analyst",
                        note="the model only flags; an analyst decides every restriction or report",
                    ),
                },
            )
        )
        # The detector: unusual stake patterns and odds moves per market and account.
        detector = tm.add(
            tg.Model(
                "Match-fixing anomaly detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                description="Isolation forest plus gradient-boosted scorer over market and account features.",
            )
        )
        # Alerts and cases under investigation.
        case_store = tm.add(
            tg.DataStore(
                "Case store",
                stores={alert, case, case_outcome},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )
        # Web console where analysts work cases, look up bets and file reports.
        console = tm.add(
            tg.Endpoint(
                "Integrity analyst console",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly snapshot of features joined with case outcomes.
        dataset = tm.add(
            tg.Dataset(
                "Labelled integrity dataset",
                stores={training_set},
                controls={c.DataVersioning()},
            )
        )
        # Weekly retraining of the detector.
        training = tm.add(tg.Pipeline("Weekly detector retraining", stage=tg.Stage.TRAINING))
        # Detector versions; a data scientist promotes them.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews alerts, decides restrictions and reports.
    analyst = tm.add(tg.Actor("Integrity analyst", role="analyst"))
    # Builds and promotes the detector.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(bettor, bet_api, bet, protocol="https")
tm.flow(bet_api, bettor, confirmation, protocol="https")
tm.flow(bet_api, bet_ledger, bet_records)

tm.flow(bet_ledger, feature_pipeline, bet_records, protocol="kafka", label="change stream")
tm.flow(odds_feed, feature_pipeline, market_odds, protocol="wss")
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, detector, features)
tm.flow(detector, scoring, scores)
tm.flow(scoring, case_store, alert)

tm.flow(case_store, console, alert, case)
tm.flow(console, case_store, case, case_outcome)
tm.flow(bet_ledger, console, bet_records, label="investigation lookup")
tm.flow(console, analyst, alert, case, bet_records, protocol="https")
tm.flow(analyst, console, case_outcome, sar, protocol="https")
tm.flow(console, integrity_body, sar, protocol="https", label="files report")
tm.flow(integrity_body, console, body_alert, protocol="https", label="alert notifications")

tm.flow(case_store, dataset, labels, label="weekly export")
tm.flow(feature_store, dataset, features, label="offline snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, approval, protocol="https", label="approves promotion")
tm.flow(registry, detector, artifact, label="deploy")
