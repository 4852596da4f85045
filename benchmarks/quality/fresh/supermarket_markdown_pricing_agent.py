"""Supermarket markdown pricing agent: the first design, before any security review.

A supermarket chain marks down short-dated food in 600 stores with an agent. An
in-house demand model predicts what each short-dated line will sell by closing.
An LLM agent reads the forecast, stock and the markdown limits category managers
set, chooses markdown prices and writes them through a pricing tool to the
central pricing system, which sends them to the tills and to the label gateway
the shelf-label vendor runs for the electronic shelf labels. Store managers can
override markdowns in the store app. Tills report sales and shrink back, and a
weekly job retrains the demand model on them. The model, the agent and its LLM
run in the chain's cloud. Controls: the pricing tool rejects prices outside the
category limits, staff sign in to the store app with corporate SSO, limits and
pricing are role-restricted, and price changes are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket markdown pricing agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent sets markdown prices for short-dated food in 600 stores.",
)

# ---------------------------------------------------------------- data assets
limits = tg.Data(
    "Markdown limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-category floor price, maximum discount and timing windows.",
)
stock = tg.Data(
    "Stock and date codes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Units on hand per store and product, with use-by dates.",
)
forecast = tg.Data(
    "Sell-through forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, forecast, stock and limits for one store's markdown run.",
)
completion = tg.Data(
    "Agent completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_call = tg.Data("Set markdown call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
price_result = tg.Data("Markdown write result", kind="tool-result")
prices = tg.Data(
    "Markdown prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Store price override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
label_update = tg.Data("Shelf label update", kind="records")
label_status = tg.Data("Label update status", kind="logs")
sales = tg.Data(
    "Sales and shrink results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units sold at each markdown price and units wasted, per store and line.",
)
training = tg.Data(
    "Demand training data", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Sets how far each category may be marked down.
    category_manager = tm.add(tg.Actor("Category manager", role="category manager"))

with tm.boundary("Chain cloud", trust=tg.Trust.INTERNAL):
    # The limits the agent must price within; only category managers edit them.
    rules = tm.add(tg.DataStore("Markdown pricing rules", stores={limits}, controls={c.RBAC()}))
    # The stock system of record: what is on the shelf and when it goes out of date.
    stock_system = tm.add(tg.DataSource("Stock system", provides={stock}))
    # Predicts what will sell by closing at the current price.
    demand_model = tm.add(
        tg.Model(
            "Demand model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted sell-through model, one per category.",
        )
    )
    # The LLM the agent reasons with, served in the chain's own cloud account.
    llm = tm.add(
        tg.LLM(
            "Agent LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights instruction model served on the chain's GPUs.",
        )
    )
    # Chooses markdown prices per store and line; no one approves each run.
    agent = tm.add(tg.Agent("Markdown agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # The agent's only write path into pricing; checks each price against the limits.
    price_tool = tm.add(
        tg.Tool(
            "Set markdown tool",
            capabilities={"write"},
            controls={c.InputValidation(note="rejects prices outside the category limits")},
        )
    )
    # Central price master: every price in every store comes from here.
    pricing = tm.add(
        tg.Service(
            "Pricing system",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Backend of the store app where store managers review and override markdowns.
    store_app = tm.add(
        tg.Endpoint(
            "Store app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Sales and waste history the model learns from.
    sales_history = tm.add(tg.Dataset("Sales and shrink history", stores={sales, training}))
    # Rebuilds the demand model every week from the latest results.
    retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Shelf-label vendor", trust=tg.Trust.PARTNER):
    # The vendor's service that pushes prices to the labels in each store.
    label_gateway = tm.add(tg.Service("Label gateway"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Can override a markdown for their own store.
    store_manager = tm.add(tg.Actor("Store manager", role="store manager"))
    # Charge the marked-down price and report what sold.
    tills = tm.add(tg.Device("Store tills"))
    # Show the shelf price to shoppers.
    labels = tm.add(tg.Device("Electronic shelf labels"))

# ---------------------------------------------------------------- flows
tm.flow(category_manager, rules, limits, protocol="https", label="sets category limits")

tm.flow(stock_system, demand_model, stock)
tm.flow(demand_model, agent, forecast)
tm.flow(stock_system, agent, stock)
tm.flow(rules, agent, limits)
tm.flow(agent, llm, agent_prompt)
tm.flow(llm, agent, completion)
tm.flow(agent, price_tool, price_call)
tm.flow(rules, price_tool, limits, label="limit check")
tm.flow(price_tool, pricing, prices, protocol="https")
tm.flow(pricing, price_tool, price_result, protocol="https")
tm.flow(price_tool, agent, price_result)

tm.flow(pricing, label_gateway, label_update, protocol="https")
tm.flow(label_gateway, pricing, label_status, protocol="https")
tm.flow(label_gateway, labels, label_update, label="vendor radio link")
tm.flow(labels, label_gateway, label_status, label="vendor radio link")
tm.flow(pricing, tills, prices, protocol="https")

tm.flow(pricing, store_app, prices, protocol="https")
tm.flow(store_app, pricing, override, protocol="https")
tm.flow(store_app, store_manager, prices, protocol="https")
tm.flow(store_manager, store_app, override, protocol="https")

tm.flow(tills, sales_history, sales, protocol="https", label="end-of-day upload")
tm.flow(sales_history, retraining, training)
tm.flow(retraining, demand_model, weights, label="weekly deploy")
