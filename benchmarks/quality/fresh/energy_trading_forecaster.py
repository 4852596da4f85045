"""Energy trading price forecaster: the first design, before any security review.

The desk forecasts hourly day-ahead power prices. Every morning an ingestion job
pulls licensed market data (prices, volumes, cross-border flows) from an exchange
data vendor's API and weather forecasts from a free public weather API, checks
them against a schema and appends them to the market history dataset. A daily
training job refits the gradient-boosted price model, backtests it and saves the
artifact (a joblib file) to the model registry, from which the forecast service
loads the current version. Traders see the forecasts and the bids in a trading
dashboard behind corporate SSO. A bidding service turns each forecast into
day-ahead bids and submits them to the power exchange's API with no person in
the loop, capped by position and price limits that the risk team maintains in a
risk-limits store. Everything runs in the company's cloud VPC; bids and exchange
results are logged for market-abuse record keeping.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy trading price forecaster",
    profile=tg.RiskProfile.HIGH,
    description="Daily-trained power price forecasts that drive automatic day-ahead bids.",
)

# ---------------------------------------------------------------- data assets
market_data = tg.Data(
    "Exchange market data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed prices, volumes and flows; the licence forbids redistribution.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Temperature, wind and solar irradiance forecasts per bidding zone.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Market history and features",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
model_artifact = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecasts = tg.Data(
    "Price forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bids = tg.Data(
    "Day-ahead bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Price-volume curves per hour and bidding zone.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
auction_results = tg.Data(
    "Auction results and confirmations", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_limits = tg.Data(
    "Risk limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Maximum volume, open position and price bounds per zone and hour.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Free public weather API: no contract, no SLA, fetched anonymously.
    weather_api = tm.add(
        tg.DataSource(
            "Public weather API",
            origin=tg.Origin.PUBLIC_WEB,
            provides={weather},
            description="National weather service open-data API.",
        )
    )

with tm.boundary("Exchange data vendor", trust=tg.Trust.PARTNER):
    # The paid market-data feed the model is trained and run on.
    vendor = tm.add(
        tg.DataSource(
            "Exchange data vendor API",
            origin=tg.Origin.VENDOR,
            provides={market_data},
            description="REST API with a per-account API key.",
        )
    )

with tm.boundary("Power exchange", trust=tg.Trust.PARTNER):
    # Where the bids go: the exchange's day-ahead auction API.
    exchange = tm.add(
        tg.ExternalService(
            "Power exchange trading API",
            description="Day-ahead auction bid submission and results.",
        )
    )

with tm.boundary("Trading cloud VPC", trust=tg.Trust.INTERNAL):
    # Pulls vendor and weather data each morning and rejects malformed files.
    ingestion = tm.add(
        tg.Pipeline(
            "Market data ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="vendor and weather payloads checked against a schema")
            },
        )
    )
    # Object-storage tables of all history, used both to train and to forecast.
    dataset = tm.add(tg.Dataset("Market history dataset", stores={history}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Refits the model daily and backtests it before it is registered.
        training = tm.add(
            tg.Pipeline(
                "Daily training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="backtest MAE must not regress vs. current model")
                },
            )
        )
        # Keeps every trained version so the desk can roll back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # The price model itself: its output moves money via the bidding service.
        price_model = tm.add(
            tg.Model(
                "Price forecast model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Gradient-boosted trees, hourly price per bidding zone.",
            )
        )
        # Runs the daily forecast and serves it to the dashboard and bidding service.
        forecast_service = tm.add(
            tg.Endpoint("Forecast service", purpose=tg.EndpointPurpose.INFERENCE)
        )

    # Web app where traders watch forecasts, bids and auction results.
    dashboard = tm.add(
        tg.Service(
            "Trading dashboard",
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("Trading execution zone", trust=tg.Trust.RESTRICTED):
        # Builds and submits bids automatically, clipped to the risk limits.
        bidding = tm.add(
            tg.Service(
                "Bidding service",
                description="Converts forecasts into bid curves, clips them to risk limits, submits.",
                controls={c.AuditLogging(retention_days=1825, note="REMIT record keeping")},
            )
        )
        # Only the risk team may change the limits.
        limits_store = tm.add(
            tg.DataStore("Risk limits store", stores={risk_limits}, controls={c.RBAC()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads forecasts and bids; does not place the day-ahead bids by hand.
    trader = tm.add(tg.Actor("Trader", role="trader"))
    # Sets the position and price limits the bidding service must respect.
    risk_officer = tm.add(tg.Actor("Risk officer", role="risk team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(vendor, ingestion, market_data, protocol="https", label="daily pull")
tm.flow(weather_api, ingestion, weather, protocol="https", label="daily pull")
tm.flow(ingestion, dataset, history)

tm.flow(dataset, training, history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecast_service, model_artifact, label="load current version")
tm.flow(dataset, forecast_service, history, label="latest inputs")
tm.flow(forecast_service, price_model, history)
tm.flow(price_model, forecast_service, forecasts)

tm.flow(trader, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, trader, forecasts, bids, auction_results, protocol="https")
tm.flow(dashboard, forecast_service, dashboard_query)
tm.flow(forecast_service, dashboard, forecasts)

tm.flow(forecast_service, bidding, forecasts, label="daily forecast run")
tm.flow(risk_officer, limits_store, risk_limits, protocol="https", label="sets limits")
tm.flow(limits_store, bidding, risk_limits)
tm.flow(
    bidding,
    exchange,
    bids,
    protocol="https",
    controls={c.Authentication(method="exchange-issued API certificate")},
)
tm.flow(exchange, bidding, auction_results, protocol="https")
tm.flow(bidding, dashboard, bids, auction_results)
