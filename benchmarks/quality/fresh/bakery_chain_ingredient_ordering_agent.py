"""Bakery chain ingredient ordering agent: the first design, before any security review.

Our chain of 40 bakeries wants to stop ordering flour, butter and packaging by hand.
Every night a forecast service pulls each shop's sales from the POS vendor's cloud
and the next days' weather from a weather API, and an in-house regression model
predicts each shop's demand per product. Shop staff enter closing stock counts on a
tablet app. Each morning an LLM agent (a vendor-hosted model behind our orchestrator)
reads the forecasts, stock counts and open orders through a planning-data tool, and
places orders with our three suppliers through their ordering APIs using an ordering
tool. The ordering tool refuses any order that would take the week past the budget
set by operations, and records every order in the planning database. The operations
manager reviews the week's orders on a dashboard each Monday (after they are placed)
and adjusts budgets. Controls in this design: HTTPS everywhere, SSO on the dashboard,
a shop PIN on the stock app, the weekly budget cap and a step limit on the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery chain ingredient ordering agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "Forecasts daily demand per shop and lets an LLM agent place supplier orders "
        "within a weekly budget."
    ),
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Shop sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily units sold per product and shop, aggregated by the POS vendor.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
stock_counts = tg.Data("Closing stock counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
shop_pin = tg.Data("Shop PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
model_input = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
planning_query = tg.Data(
    "Planning data request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
planning_data = tg.Data(
    "Planning data",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Forecasts, stock counts, open orders and remaining weekly budget.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ordering instructions, planning data and supplier replies so far.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
order_request = tg.Data(
    "Purchase order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
purchase_order = tg.Data(
    "Supplier purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_key = tg.Data("Supplier API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
confirmation = tg.Data(
    "Order confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier's reply: accepted lines, prices, delivery date and free-text notes.",
)
order_ledger = tg.Data(
    "Order ledger and weekly budgets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
budget_change = tg.Data(
    "Weekly budget setting", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_report = tg.Data(
    "Weekly order report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop premises", trust=tg.Trust.UNTRUSTED):
    # Shop staff count stock at closing on a shared tablet on the shop's broadband.
    shop_staff = tm.add(tg.Actor("Shop staff", role="shop staff"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # The POS vendor's cloud exports daily sales per shop.
    pos = tm.add(tg.DataSource("POS sales export", origin=tg.Origin.PARTNER, provides={sales}))
    # Commercial weather API: weather drives bread and pastry demand.
    weather_api = tm.add(tg.DataSource("Weather API", origin=tg.Origin.VENDOR, provides={weather}))
    # The hosted language model the ordering agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Ordering APIs of the flour mill, the dairy and the packaging wholesaler.
    suppliers = tm.add(
        tg.ExternalService("Supplier ordering APIs", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Tablet web app where shops submit closing stock counts.
    stock_app = tm.add(
        tg.Endpoint(
            "Stock count app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared shop PIN")},
        )
    )
    # Nightly job: gathers sales and weather, runs the model, stores forecasts.
    forecaster = tm.add(tg.Service("Forecast service"))
    # In-house demand model, one prediction per shop and product for the next three days.
    model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regression on sales history, weekday and weather.",
        )
    )
    # Sales, forecasts, stock counts, orders placed and weekly budgets.
    planning_db = tm.add(
        tg.DataStore("Planning database", stores={sales, forecast, stock_counts, order_ledger})
    )
    # The LLM agent that decides what to order from whom, each morning without a person.
    agent = tm.add(
        tg.Agent(
            "Ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Read-only access to the planning data the agent needs.
    planning_tool = tm.add(tg.Tool("Planning data tool", capabilities={"read"}))
    # Places orders with suppliers; enforces the weekly budget and writes the ledger.
    ordering_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={"write", "network-egress", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 9,000 per week across all shops"),
            },
        )
    )
    # Dashboard where operations review the week's orders and set budgets.
    dashboard = tm.add(
        tg.Endpoint(
            "Order review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Reviews orders every Monday and owns the weekly budget.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
# stock counts from the shops
tm.flow(shop_staff, stock_app, shop_pin, stock_counts, protocol="https")
tm.flow(stock_app, planning_db, stock_counts)

# nightly forecast
tm.flow(pos, forecaster, sales, protocol="https")
tm.flow(weather_api, forecaster, weather, protocol="https")
tm.flow(forecaster, planning_db, sales, forecast)
tm.flow(planning_db, forecaster, sales, label="sales history")
tm.flow(forecaster, model, model_input)
tm.flow(model, forecaster, forecast)

# morning ordering run
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, planning_tool, planning_query)
tm.flow(planning_db, planning_tool, forecast, stock_counts, order_ledger)
tm.flow(planning_tool, agent, planning_data)
tm.flow(agent, ordering_tool, order_request)
tm.flow(ordering_tool, suppliers, purchase_order, supplier_key, protocol="https")
tm.flow(suppliers, ordering_tool, confirmation, protocol="https")
tm.flow(ordering_tool, agent, confirmation)
tm.flow(ordering_tool, planning_db, order_ledger, label="record order")
tm.flow(planning_db, ordering_tool, order_ledger, label="remaining budget")

# Monday review
tm.flow(planning_db, dashboard, order_ledger)
tm.flow(dashboard, ops_manager, order_report, protocol="https")
tm.flow(ops_manager, dashboard, budget_change, protocol="https")
tm.flow(dashboard, planning_db, budget_change)
