"""Pumped-storage hydro dispatch bidding agent: the first design, before any security review.

The agent prepares tomorrow's pumping and generation bids for our pumped-storage
plant. An ingestion job pulls day-ahead and intraday prices from the power exchange
and weather and inflow forecasts from a meteorological vendor into a market data
store. An in-house price forecast model (gradient-boosted trees, retrained nightly
and served from the model registry) forecasts hourly prices; a bid optimiser (a
linear program, no language model) combines that forecast with reservoir levels and
unit availability read from the plant historian and writes draft bids to the bid book.
Traders on the trading desk review the drafts in a bid console (corporate SSO with
MFA, role-based access) and submit the bids by hand on the exchange's trading
platform; nothing is submitted automatically. The optimiser keeps every schedule
within the reservoir and turbine/pump limits, prices are schema-checked on ingest,
and the bid book keeps an audit trail of every draft and approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pumped-storage hydro dispatch bidding agent",
    profile=tg.RiskProfile.HIGH,
    description="Drafts day-ahead and intraday pump/generate bids for traders to submit.",
)

# ---------------------------------------------------------------- data assets
market_prices = tg.Data(
    "Day-ahead and intraday market prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather and inflow forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed vendor forecasts: temperature, wind, precipitation, catchment inflow.",
)
cleared = tg.Data(
    "Market results and cleared positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
features = tg.Data("Price forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
price_forecast = tg.Data(
    "Hourly price forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reservoir = tg.Data(
    "Reservoir levels and unit availability",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
draft_bids = tg.Data(
    "Draft pump and generation bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bid_approval = tg.Data("Bid approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
submitted_bids = tg.Data(
    "Submitted bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history = tg.Data(
    "Price and weather history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Price forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Power exchange", trust=tg.Trust.PARTNER):
    # Where the day-ahead and intraday prices and our cleared results come from.
    exchange_data = tm.add(
        tg.ExternalService(
            "Exchange market data API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The exchange's REST API for published prices and our member results.",
        )
    )
    # Where traders place the bids; the system itself never submits.
    exchange_trading = tm.add(
        tg.ExternalService(
            "Exchange trading platform",
            description="The exchange's trading terminal, used by our traders' own member logins.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Weather drives both prices (wind, solar, demand) and natural inflow to the upper reservoir.
    weather_vendor = tm.add(
        tg.DataSource(
            "Weather and inflow forecast service",
            origin=tg.Origin.VENDOR,
            provides={weather},
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # The plant's process historian, read through its DMZ replica: the physical state the bids must respect.
    historian = tm.add(
        tg.DataSource(
            "Plant historian",
            origin=tg.Origin.INTERNAL,
            provides={reservoir},
            description="PI historian replica in the OT DMZ: reservoir levels, unit availability.",
        )
    )

with tm.boundary("Trading network", trust=tg.Trust.INTERNAL):
    # The people who review, own and submit the bids.
    trader = tm.add(tg.Actor("Trader", role="trading desk trader"))
    # Pulls exchange and weather data on a schedule and normalises it.
    ingestion = tm.add(
        tg.Pipeline(
            "Market data ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="price and forecast files rejected if malformed")},
        )
    )
    # Holds the prices, forecasts and cleared positions both serving and training read.
    market_store = tm.add(
        tg.DataStore("Market and weather data store", stores={market_prices, weather, cleared})
    )
    # Forecasts hourly prices for the next trading day.
    price_model = tm.add(
        tg.Model(
            "Price forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees forecasting hourly day-ahead prices.",
        )
    )
    # Turns forecast prices and reservoir state into a pump/generate schedule and bid curves.
    optimiser = tm.add(
        tg.Service(
            "Bid optimiser",
            description="Linear program over the price forecast and reservoir state; drafts bids.",
            controls={
                c.PolicyEnforcement(
                    rules="schedules constrained to reservoir min/max levels, pump and turbine "
                    "ratings and ramp limits inside the optimisation model"
                )
            },
        )
    )
    # Keeps every draft and approved bid.
    bid_book = tm.add(
        tg.DataStore(
            "Bid book",
            stores={draft_bids, bid_approval},
            controls={c.AuditLogging(note="who changed or approved which bid, and when")},
        )
    )
    # Where traders review and approve the drafts before submitting them.
    console = tm.add(
        tg.Endpoint(
            "Bid review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="only trading desk roles can approve bids"),
                c.HumanInTheLoop(
                    approver="the duty trader",
                    note="every bid is reviewed and then submitted by hand on the exchange",
                ),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Maintains the forecasting code and kicks off retraining.
        quant = tm.add(tg.Actor("Quant developer", role="ml engineer", privileged=True))
        # Retrains the price model nightly on the accumulated history.
        training = tm.add(tg.Pipeline("Forecast training pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts the serving model loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# market and weather data in
tm.flow(exchange_data, ingestion, market_prices, cleared, protocol="https")
tm.flow(weather_vendor, ingestion, weather, protocol="https")
tm.flow(ingestion, market_store, market_prices, weather, cleared)

# forecasting and optimisation
tm.flow(market_store, price_model, features)
tm.flow(price_model, optimiser, price_forecast)
tm.flow(historian, optimiser, reservoir, protocol="https", label="PI Web API read from the OT DMZ")
tm.flow(market_store, optimiser, cleared, label="positions already cleared")
tm.flow(optimiser, bid_book, draft_bids)

# review and submission
tm.flow(bid_book, console, draft_bids)
tm.flow(console, trader, draft_bids, protocol="https")
tm.flow(trader, console, bid_approval, protocol="https")
tm.flow(console, bid_book, bid_approval)
tm.flow(trader, exchange_trading, submitted_bids, protocol="https", label="manual submission")
tm.flow(exchange_trading, trader, cleared, protocol="https")

# retraining
tm.flow(market_store, training, history, label="nightly extract")
tm.flow(quant, training, training_code)
tm.flow(training, registry, artifact)
tm.flow(registry, price_model, artifact, label="deploy")
