"""Sports betting odds model: the first design, before any security review.

A UK-licensed online sportsbook prices in-play markets with an in-house model.
A licensed sports data provider pushes live match events (goals, cards, possession)
over a websocket; our own bet flow from the sportsbook app, the stakes and liabilities
by selection, is streamed from the bet ledger. An ingestion job turns both into
features in an online feature store, and the pricing engine asks the odds model for
fair prices, adds margin and publishes odds to the app. Traders watch markets in a
trading console and can override or suspend any price; overrides are audit-logged.
An integrity model scans the bet stream for suspicious patterns (late steamers,
linked accounts) and queues cases for the integrity team. Customers sign in to the
app and bet placement is rate-limited; the feed schema is checked on ingestion; the
model is backtested before a release is promoted from the registry. Everything runs
in the sportsbook's cloud account; customers are in the UK and EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sports betting odds model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "In-play odds from live sports data and the book's bet flow, with trader "
        "overrides and betting-integrity alerts."
    ),
)

# ---------------------------------------------------------------- data assets
match_events = tg.Data(
    "Live match events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Licensed official data: scores, cards, clock, possession.",
)
bets = tg.Data(
    "Placed bets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Account id, selection, stake, odds taken, device and IP.",
)
bet_slip = tg.Data("Bet slip", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "In-play features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Match state plus stake and liability aggregates per selection.",
)
model_prices = tg.Data(
    "Model fair prices",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
odds = tg.Data(
    "Published odds",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data(
    "Trader price overrides",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Manual prices, margin changes and market suspensions.",
)
liabilities = tg.Data(
    "Market prices and liabilities", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
integrity_alerts = tg.Data(
    "Integrity alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged accounts and markets with the pattern that triggered them.",
)
case_outcomes = tg.Data("Integrity case outcomes", kind="labels", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Historical bets and match data", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Odds model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers betting in-play from the web and mobile apps.
    bettor = tm.add(tg.Actor("Bettor", role="customer"))

with tm.boundary("Sports data provider", trust=tg.Trust.PARTNER):
    # The licensed official-data feed the in-play prices depend on.
    feed = tm.add(
        tg.DataSource(
            "Live sports data feed",
            origin=tg.Origin.VENDOR,
            provides={match_events},
            controls={c.SupplierAssessment(note="data licence and security due diligence")},
        )
    )

with tm.boundary("Sportsbook cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the web and mobile apps: shows odds and takes bets.
    app_api = tm.add(
        tg.Endpoint(
            "Sportsbook API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password with optional 2FA"),
                c.RateLimiting(requests_per_minute=120, note="bet placement per account"),
            },
        )
    )
    # System of record for every accepted bet; also streams the bet flow.
    bet_ledger = tm.add(
        tg.DataStore(
            "Bet ledger",
            stores={bets},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Consumes the match feed and the bet stream, writes in-play features.
    ingestion = tm.add(
        tg.Pipeline(
            "In-play feature ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="feed message schema")},
        )
    )
    # Low-latency features the pricing engine reads every few seconds.
    feature_store = tm.add(tg.FeatureStore("Online feature store", stores={features}, online=True))
    # Applies margin and trader overrides to model prices and publishes odds.
    pricing_engine = tm.add(tg.Service("Pricing engine"))
    # Predicts outcome probabilities for each in-play market.
    odds_model = tm.add(
        tg.Model(
            "Odds model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelValidation(note="backtest against last season before promotion")},
        )
    )
    # Scores the bet stream for suspicious patterns.
    integrity_model = tm.add(tg.Model("Integrity detection model", task=tg.Task.DETECTOR))
    # Queue of flagged accounts and markets for the integrity team.
    case_store = tm.add(
        tg.DataStore("Integrity case queue", stores={integrity_alerts, case_outcomes})
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly retraining of the odds model on settled bets and match history.
        training = tm.add(tg.Pipeline("Odds model training", stage=tg.Stage.TRAINING))
        # Versioned odds model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Trading floor network", trust=tg.Trust.INTERNAL):
    # Traders manage markets and can override prices.
    trader = tm.add(tg.Actor("Trader", role="trader", privileged=True))
    # Internal UI for market monitoring, overrides and suspensions.
    console = tm.add(
        tg.Endpoint(
            "Trading console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(note="every override and suspension"),
            },
        )
    )
    # Investigates flagged betting patterns and records outcomes.
    integrity_analyst = tm.add(tg.Actor("Integrity analyst", role="integrity team"))

# ---------------------------------------------------------------- flows
# live data in
tm.flow(feed, ingestion, match_events, protocol="wss")

# customers
tm.flow(bettor, app_api, bet_slip, protocol="https")
tm.flow(app_api, bettor, odds, protocol="https")
tm.flow(app_api, bet_ledger, bets)
tm.flow(bet_ledger, ingestion, bets, protocol="kafka", label="bet stream")

# pricing
tm.flow(ingestion, feature_store, features)
tm.flow(feature_store, pricing_engine, features)
tm.flow(pricing_engine, odds_model, features)
tm.flow(odds_model, pricing_engine, model_prices)
tm.flow(pricing_engine, app_api, odds, label="publish odds")

# trading
tm.flow(trader, console, overrides, protocol="https")
tm.flow(console, trader, liabilities, protocol="https")
tm.flow(console, pricing_engine, overrides)
tm.flow(pricing_engine, console, liabilities)

# integrity
tm.flow(bet_ledger, integrity_model, bets, protocol="kafka")
tm.flow(integrity_model, case_store, integrity_alerts)
tm.flow(case_store, integrity_analyst, integrity_alerts, protocol="https")
tm.flow(integrity_analyst, case_store, case_outcomes, protocol="https")

# training
tm.flow(bet_ledger, training, history, label="settled bets")
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, weights)
tm.flow(registry, odds_model, weights, label="deploy")
