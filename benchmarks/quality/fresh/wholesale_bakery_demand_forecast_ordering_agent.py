"""Wholesale bakery demand forecasting and ingredient ordering agent: the first design.

The bakery supplies cafés and supermarkets, who place standing and daily orders in
our customer ordering portal. Every night a training pipeline retrains a demand model
on two years of order history and historical weather; each afternoon a daily forecast
job predicts the next days' demand per customer and product from the model and a
weather provider's forecast, and writes it to the production planning database. The
production manager reviews forecasts in a planning dashboard and can override them.
An ordering agent (a hosted LLM with tools) then reads the forecasts and ingredient
stock, works out what flour, butter, yeast and other ingredients to buy, and places
orders with our suppliers through their ordering APIs. It runs without approval of
each order; a daily budget cap in the supplier ordering tool bounds what it can spend.
Everything runs in our cloud account; staff sign in with Microsoft 365.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wholesale bakery demand forecast and ordering agent",
    profile=tg.RiskProfile.HIGH,
    description="Per-customer daily demand forecasts driving an agent that buys ingredients "
    "from suppliers within a budget.",
)

# ---------------------------------------------------------------- data assets
customer_order = tg.Data(
    "Customer orders",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Café and supermarket standing and daily orders, with account contacts.",
)
order_history = tg.Data(
    "Order history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather_history = tg.Data(
    "Historical weather observations", sensitivity=tg.Sensitivity.PUBLIC, kind="training-data"
)
weather_forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="features")
model_artifact = tg.Data(
    "Demand model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
demand_forecast = tg.Data(
    "Demand forecast",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast_override = tg.Data(
    "Forecast override", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
stock_levels = tg.Data(
    "Ingredient stock levels", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
agent_prompt = tg.Data(
    "Ordering agent prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, budget, forecasts, stock and tool results for this run.",
)
agent_reply = tg.Data(
    "Ordering agent tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
stock_result = tg.Data(
    "Stock lookup result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
purchase_order = tg.Data(
    "Ingredient purchase order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Supplier, items, quantities, delivery date and price.",
)
order_confirmation = tg.Data(
    "Supplier order confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
purchase_record = tg.Data(
    "Purchase order records", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Café and supermarket buyers ordering bread and pastries from us.
    customer = tm.add(tg.Actor("Café and supermarket buyer", role="wholesale customer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API: historical observations and the 7-day forecast.
    weather = tm.add(
        tg.ExternalService("Weather data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that plans the ingredient orders and chooses the tool calls.
    llm = tm.add(tg.LLM("Hosted planning LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ingredient suppliers", trust=tg.Trust.PARTNER):
    # Flour mills and ingredient wholesalers' B2B ordering APIs.
    suppliers = tm.add(tg.ExternalService("Supplier ordering APIs"))

with tm.boundary("Bakery cloud", trust=tg.Trust.INTERNAL):
    # Existing B2B web shop where customers place and change orders.
    portal = tm.add(
        tg.Endpoint(
            "Customer ordering portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # System of record for customer orders and their history.
    order_db = tm.add(tg.DataStore("Order database", stores={customer_order, order_history}))
    # Runs each afternoon: builds features, calls the model, writes forecasts.
    forecast_job = tm.add(tg.Service("Daily forecast job"))
    # Forecasts, manager overrides, ingredient stock and placed purchase orders.
    planning_db = tm.add(
        tg.DataStore(
            "Production planning database",
            stores={demand_forecast, forecast_override, stock_levels, purchase_record},
        )
    )
    # Internal web app where the production manager reviews and overrides forecasts.
    dashboard = tm.add(
        tg.Endpoint(
            "Planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )
    # LLM agent that turns forecasts and stock into supplier orders, run after each forecast.
    agent = tm.add(
        tg.Agent(
            "Ingredient ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Read-only tool: current ingredient stock and open purchase orders.
    stock_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Places orders through supplier APIs; holds the supplier API keys and the budget cap.
    order_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={"write", "network-egress", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 6,000 per day across all suppliers"),
                c.SecretsManagement(note="supplier API keys in the cloud secrets manager"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Nightly retraining on order history and historical weather.
        training = tm.add(tg.Pipeline("Nightly demand training pipeline", stage=tg.Stage.TRAINING))
        # Versioned demand model artifacts; the forecast job loads the latest.
        registry = tm.add(
            tg.ModelRegistry(
                "Demand model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Gradient-boosted demand model per customer and product.
        model = tm.add(tg.Model("Demand forecast model", task=tg.Task.REGRESSOR))

with tm.boundary("Bakery office network", trust=tg.Trust.INTERNAL):
    # Production manager: plans the bake and can override any forecast.
    manager = tm.add(tg.Actor("Production manager", role="production manager"))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, customer_order, protocol="https")
tm.flow(portal, customer, customer_order, protocol="https", label="order confirmation")
tm.flow(portal, order_db, customer_order)

tm.flow(order_db, training, order_history)
tm.flow(weather, training, weather_history, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest")

tm.flow(order_db, forecast_job, order_history)
tm.flow(weather, forecast_job, weather_forecast, protocol="https")
tm.flow(forecast_job, model, order_history, weather_forecast, label="features")
tm.flow(model, forecast_job, demand_forecast)
tm.flow(forecast_job, planning_db, demand_forecast)

tm.flow(planning_db, dashboard, demand_forecast, purchase_record)
tm.flow(dashboard, manager, demand_forecast, purchase_record, protocol="https")
tm.flow(manager, dashboard, forecast_override, protocol="https")
tm.flow(dashboard, planning_db, forecast_override)

tm.flow(planning_db, agent, demand_forecast, forecast_override, label="run trigger")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")
tm.flow(agent, stock_tool, agent_reply)
tm.flow(planning_db, stock_tool, stock_levels)
tm.flow(stock_tool, agent, stock_result)
tm.flow(agent, order_tool, purchase_order)
tm.flow(order_tool, suppliers, purchase_order, protocol="https")
tm.flow(suppliers, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
tm.flow(order_tool, planning_db, purchase_record)
