"""Intraday power trading algorithm: the first design, before any security review.

The energy company's short-term trading desk wants an algorithm that trades the
continuous intraday power market on its own, around the clock. A trading engine
in the company's trading zone reads the portfolio's positions, the exchange's
order book and two in-house forecast models (wind and solar output from a weather
vendor's forecasts, and intraday prices), and decides which orders to place. A
pre-trade risk check holds every order to the volume, open-position and daily
loss limits that the desk sets in the trading console; an order gateway sends the
checked orders to the power exchange over its trading API and books the fills.
Traders watch positions and P&L in the console and can stop all trading with a
kill switch. Orders and trades are logged for REMIT reporting, which a reporting
mechanism receives daily. The forecast models are retrained nightly from market
and weather history and deployed from a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Intraday power trading algorithm",
    profile=tg.RiskProfile.HIGH,
    description="Algorithmic intraday power trading on an exchange within desk-set risk limits.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
market_data = tg.Data(
    "Intraday order book and trades",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
generation_forecast = tg.Data(
    "Generation forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_forecast = tg.Data(
    "Price forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
positions = tg.Data(
    "Portfolio positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Net position per delivery quarter-hour, including plant schedules and fills.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
limits = tg.Data(
    "Risk limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-order volume, net open position per delivery period and daily loss limits.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
proposed_orders = tg.Data(
    "Proposed orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checked_orders = tg.Data(
    "Limit-checked orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
rejections = tg.Data("Order rejections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
executions = tg.Data(
    "Order acknowledgements and fills",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
trade_records = tg.Data(
    "Order and trade records",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every order, amendment, cancellation and trade, as REMIT requires.",
)
remit_report = tg.Data(
    "REMIT transaction report", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
kill_switch = tg.Data("Kill switch command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
desk_view = tg.Data(
    "Positions and P&L view", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
history = tg.Data(
    "Market and weather history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_file = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM models saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Numerical weather forecasts for the sites of the wind and solar portfolio.
    weather_feed = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={weather},
            description="Hourly updated forecasts, pulled every 15 minutes.",
        )
    )

with tm.boundary("Power exchange", trust=tg.Trust.PARTNER):
    # The continuous intraday market: order book, order entry and trade confirmations.
    exchange = tm.add(
        tg.ExternalService(
            "Intraday power exchange",
            description="Exchange trading API; the company is a direct member.",
        )
    )

with tm.boundary("Reporting mechanism", trust=tg.Trust.PARTNER):
    # Registered reporting mechanism that forwards our REMIT reports to ACER.
    rrm = tm.add(tg.ExternalService("REMIT reporting mechanism"))

with tm.boundary("Trading platform", trust=tg.Trust.INTERNAL):
    # Traders' web console: positions, P&L, limit settings and the kill switch.
    console = tm.add(
        tg.Endpoint(
            "Trading console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="only the desk head role may change risk limits"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Trading zone", trust=tg.Trust.RESTRICTED):
        # Decides what to buy and sell from forecasts, positions and the order book.
        engine = tm.add(
            tg.Service(
                "Intraday trading engine",
                description="Rule-based optimiser; no language model.",
                controls={
                    c.CircuitBreaker(
                        note="kill switch in the trading console stops all order submission"
                    )
                },
            )
        )
        # Expected wind and solar output of the portfolio.
        generation_model = tm.add(tg.Model("Generation forecast model", task="regressor"))
        # Expected intraday prices per delivery period.
        price_model = tm.add(tg.Model("Intraday price forecast model", task="regressor"))
        # Holds every order to the desk's limits before it can leave.
        risk_check = tm.add(
            tg.Service(
                "Pre-trade risk check",
                controls={
                    c.PolicyEnforcement(
                        rules="rejects orders that breach the volume, open-position or daily loss limits"
                    ),
                    c.TransactionLimits(
                        limit="50 MW per order, 200 MW net open position per delivery hour"
                    ),
                },
            )
        )
        # The only component that talks to the exchange.
        order_gateway = tm.add(
            tg.Service(
                "Exchange order gateway",
                controls={c.SecretsManagement(note="exchange trader credentials in the vault")},
            )
        )
        # Desk limits, written from the console.
        limits_store = tm.add(tg.DataStore("Risk limits store", stores={limits}))
        # Positions from plant schedules and fills.
        position_store = tm.add(tg.DataStore("Position store", stores={positions}))
        # Order and trade log kept for regulatory reporting.
        trade_log = tm.add(
            tg.DataStore(
                "Order and trade log",
                stores={trade_records},
                controls={c.AuditLogging(retention_days=1825)},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # History of market data and weather the models learn from.
        history_set = tm.add(tg.Dataset("Forecast training history", stores={history}))
        # Nightly retraining of both forecast models.
        training = tm.add(tg.Pipeline("Nightly forecast retraining", stage=tg.Stage.TRAINING))
        # Versions of the forecast models; the trading zone loads from here.
        registry = tm.add(
            tg.ModelRegistry(
                "Forecast model registry", stores={model_file}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The short-term trading desk: sets limits, watches the algorithm, stops it.
    trader = tm.add(tg.Actor("Power trader", role="trader"))

# ---------------------------------------------------------------- flows
tm.flow(weather_feed, engine, weather, protocol="https")
tm.flow(exchange, order_gateway, market_data, protocol="amqps", label="order book updates")
tm.flow(order_gateway, engine, market_data)
tm.flow(position_store, engine, positions)

tm.flow(engine, generation_model, forecast_features)
tm.flow(generation_model, engine, generation_forecast)
tm.flow(engine, price_model, forecast_features)
tm.flow(price_model, engine, price_forecast)

tm.flow(engine, risk_check, proposed_orders)
tm.flow(limits_store, risk_check, limits)
tm.flow(position_store, risk_check, positions)
tm.flow(risk_check, engine, rejections)
tm.flow(risk_check, order_gateway, checked_orders)
tm.flow(order_gateway, exchange, checked_orders, protocol="amqps")
tm.flow(exchange, order_gateway, executions, protocol="amqps")
tm.flow(order_gateway, position_store, executions)
tm.flow(order_gateway, trade_log, trade_records)
tm.flow(trade_log, rrm, remit_report, protocol="sftp", label="daily upload")

tm.flow(trader, console, limits, kill_switch, protocol="https")
tm.flow(console, limits_store, limits)
tm.flow(console, engine, kill_switch)
tm.flow(position_store, console, positions)
tm.flow(trade_log, console, trade_records)
tm.flow(console, trader, desk_view, protocol="https")

tm.flow(engine, history_set, history, label="snapshots of inputs")
tm.flow(history_set, training, history)
tm.flow(training, registry, model_file)
tm.flow(registry, generation_model, model_file, label="deploy")
tm.flow(registry, price_model, model_file, label="deploy")
