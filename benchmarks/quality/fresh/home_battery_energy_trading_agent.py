"""Home battery energy trading agent: the first design, before any security review.

An EU energy supplier aggregates several thousand customers' home batteries into
a virtual power plant. Batteries report state of charge and household load every
minute to a device gateway over MQTT with per-device certificates, and receive
charge/discharge setpoints back the same way. An in-house model forecasts
day-ahead and intraday prices from the market data feed and is retrained nightly.
An autonomous dispatch agent combines forecasts, telemetry and each customer's
limits to decide when batteries charge, discharge or export, and submits bids to
the wholesale power exchange through a bidding tool, within a position limit set
by the trading desk, which can also halt it. Customers set their limits (minimum
reserve, export cap, quiet hours) and see their earnings in a mobile app that
logs in through our customer identity service.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Home battery energy trading agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Autonomous agent that schedules customers' home batteries and trades their "
        "flexibility on the wholesale market, within limits customers set in an app."
    ),
)

# ---------------------------------------------------------------- data assets
customer_limits = tg.Data(
    "Customer battery limits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Minimum reserve, export cap and quiet hours, per customer and battery.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
app_view = tg.Data(
    "Battery status and earnings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
telemetry = tg.Data(
    "Battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="State of charge, household load and solar output each minute; reveals occupancy.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
setpoint = tg.Data(
    "Dispatch setpoint",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Charge, discharge or export power and duration for one battery.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispatch_call = tg.Data("Dispatch plan", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
market_prices = tg.Data(
    "Market prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Day-ahead and intraday prices, volumes and imbalance prices.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
price_history = tg.Data("Price history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
price_forecast = tg.Data(
    "Price forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecaster_weights = tg.Data(
    "Forecaster model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted model saved with joblib.",
)
bid_call = tg.Data("Bid request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
market_bid = tg.Data(
    "Market bid",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
market_result = tg.Data("Cleared trades", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
trade_record = tg.Data(
    "Trade and revenue-share records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cleared volumes and prices, and each customer's share of the revenue.",
)
operator_command = tg.Data(
    "Trading desk instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Position limit changes, halt and resume.",
)
agent_log = tg.Data("Agent decision log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Household customer using the mobile app.
    customer = tm.add(tg.Actor("Battery customer", role="household customer"))
    # Customers' home batteries, on home broadband, behind the customer's router.
    batteries = tm.add(
        tg.Device(
            "Home batteries",
            fleet=True,
            description="Several thousand units of two vendor models with our firmware agent.",
        )
    )

with tm.boundary("Power exchange", trust=tg.Trust.PARTNER):
    # Where the aggregated flexibility is sold.
    exchange = tm.add(
        tg.ExternalService(
            "Wholesale power exchange",
            description="Day-ahead and intraday market order API.",
        )
    )
    # Market prices feed used for forecasting and live decisions.
    market_feed = tm.add(
        tg.DataSource(
            "Market data feed",
            origin=tg.Origin.PARTNER,
            provides={market_prices, price_history},
        )
    )

with tm.boundary("Energy platform cloud", trust=tg.Trust.INTERNAL):
    # Backend API for the mobile app: limits in, status and earnings out.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="customer identity service (OIDC)")},
        )
    )
    # Terminates the batteries' MQTT connections.
    gateway = tm.add(
        tg.Service(
            "Device gateway",
            internet_facing=True,
            controls={c.MutualAuthentication(note="per-device X.509 certificates")},
        )
    )
    # Forecasts prices for the next 36 hours.
    forecaster = tm.add(
        tg.Model(
            "Price forecaster",
            task=tg.Task.REGRESSOR,
            description="In-house gradient-boosted model on prices, calendar and weather features.",
        )
    )
    # Nightly retraining of the forecaster on the latest price history.
    forecast_training = tm.add(
        tg.Pipeline("Forecaster retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Decides every five minutes what each battery does and what to bid.
    dispatch_agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Optimiser over forecasts, telemetry and customer limits; no LLM.",
            controls={
                c.TransactionLimits(limit="net position of 40 MW per settlement period"),
                c.CircuitBreaker(note="trading desk halt switch"),
            },
        )
    )
    # Places and amends orders on the exchange.
    bidding_tool = tm.add(
        tg.Tool(
            "Market bidding tool",
            capabilities={"write", "network-egress", "money-movement"},
            controls={c.SecretsManagement(note="exchange API key in the cloud secret manager")},
        )
    )
    # Turns the plan into per-battery setpoints and queues them on the gateway.
    dispatch_tool = tm.add(
        tg.Tool("Battery dispatch tool", capabilities={"write", "send-messages"})
    )

    with tm.boundary("Platform data tier", trust=tg.Trust.RESTRICTED):
        # Customer accounts and the limits they set in the app.
        settings_db = tm.add(
            tg.DataStore(
                "Customer settings database",
                stores={customer_limits},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Time-series store of battery telemetry.
        telemetry_store = tm.add(tg.DataStore("Telemetry store", stores={telemetry}))
        # Trades and revenue share, the basis of customer credits and settlement.
        trade_ledger = tm.add(tg.DataStore("Trade ledger", stores={trade_record}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Watches the agent, sets its position limit and can halt it.
    trading_desk = tm.add(tg.Actor("Trading desk operator", role="energy trader", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, app_api, customer_limits, protocol="https")
tm.flow(app_api, customer, app_view, protocol="https")
tm.flow(app_api, settings_db, customer_limits)
tm.flow(settings_db, app_api, customer_limits)
tm.flow(telemetry_store, app_api, telemetry, label="battery status")
tm.flow(trade_ledger, app_api, trade_record, label="earnings")

tm.flow(batteries, gateway, telemetry, protocol="mqtts")
tm.flow(gateway, batteries, setpoint, protocol="mqtts")
tm.flow(gateway, telemetry_store, telemetry)

tm.flow(market_feed, forecaster, market_prices, protocol="https")
tm.flow(market_feed, forecast_training, price_history, protocol="https")
tm.flow(forecast_training, forecaster, forecaster_weights, label="deploy")
tm.flow(forecaster, dispatch_agent, price_forecast)

tm.flow(telemetry_store, dispatch_agent, telemetry)
tm.flow(settings_db, dispatch_agent, customer_limits)
tm.flow(dispatch_agent, bidding_tool, bid_call)
tm.flow(bidding_tool, exchange, market_bid, protocol="https")
tm.flow(exchange, bidding_tool, market_result, protocol="https")
tm.flow(bidding_tool, dispatch_agent, market_result)
tm.flow(bidding_tool, trade_ledger, trade_record)
tm.flow(dispatch_agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, gateway, setpoint)
tm.flow(gateway, dispatch_tool, telemetry, label="setpoint acknowledgements")

tm.flow(trading_desk, dispatch_agent, operator_command, protocol="https")
tm.flow(dispatch_agent, trading_desk, agent_log, protocol="https", label="dashboard")
