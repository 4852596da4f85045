"""Patisserie franchise order forecasting agent: the first design, before any security review.

Every afternoon an ordering agent prepares the next day's pastry order for each
franchise shop. It reads the shop's past sales (imported nightly from the till
vendor's cloud), the weather forecast for the town and local event listings
collected from the web, asks our in-house demand model for quantities per product,
and uses a hosted LLM to weigh the events and explain its numbers. The proposed
order appears in the shop manager portal, where the manager can change quantities
until the 18:00 cut-off; at the cut-off the agent places the order with the central
bakery's order system through an order tool. The demand model is retrained weekly
from the sales history. Controls in this design: HTTPS or SFTP to outside parties,
portal sign-in with e-mail and password and per-shop roles, an API key for the
bakery system, a step limit on the agent, encrypted stores, an audit trail of order
changes and versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Patisserie franchise order forecasting agent",
    profile=tg.RiskProfile.LOW,
    description="Daily per-shop pastry order forecasts placed with the central bakery, "
    "adjustable by shop managers.",
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "Shop sales history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units sold per product per shop per day, with wastage, from the tills.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data("Town weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather_query = tg.Data("Weather forecast query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
events = tg.Data(
    "Local event listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Markets, fêtes, matches and concerts near each shop, as listed on "
    "council and ticketing websites.",
)
features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast = tg.Data(
    "Pastry demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Ordering prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Agent instructions, the shop's forecast, weather and event listings.",
)
completion = tg.Data(
    "LLM order reasoning", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposed_order = tg.Data(
    "Proposed shop order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantities per product with the agent's short explanation.",
)
adjustment = tg.Data(
    "Manager order adjustment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
order_call = tg.Data("Place order call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bakery_order = tg.Data(
    "Bakery order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Demand model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted regressor saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Franchise shops", trust=tg.Trust.UNTRUSTED):
    # Each franchisee's manager reviews and adjusts tomorrow's order from the shop.
    manager = tm.add(tg.Actor("Shop manager", role="franchise shop manager"))

with tm.boundary("Public web", trust=tg.Trust.UNTRUSTED):
    # Where local events are announced; anyone can post a listing there.
    event_sites = tm.add(
        tg.DataSource(
            "Local event websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
            description="Council what's-on pages and ticketing sites, fetched per town.",
        )
    )

with tm.boundary("Till vendor", trust=tg.Trust.PARTNER):
    # The franchise's point-of-sale provider exports each shop's daily sales.
    till_export = tm.add(
        tg.DataSource(
            "Till sales export",
            origin=tg.Origin.VENDOR,
            provides={sales},
            description="Nightly CSV export from the till vendor's cloud.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API; weather moves pastry sales a lot.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the event listings and writes the explanation managers see.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Franchise cloud", trust=tg.Trust.INTERNAL):
    # Where managers see and change the proposed orders.
    portal = tm.add(
        tg.Endpoint(
            "Shop manager portal",
            purpose=tg.EndpointPurpose.API,
            description="Web app listing tomorrow's proposed order for the manager's shop.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="each manager account is tied to one shop"),
            },
        )
    )
    # Orchestrates the daily run for every shop.
    agent = tm.add(
        tg.Agent(
            "Ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs at 14:00 for each shop; places the (possibly adjusted) "
            "order at the 18:00 cut-off without further approval.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Turns sales, weather and event flags into quantities per product.
    demand_model = tm.add(
        tg.Model(
            "Pastry demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # The only way the agent can reach the bakery's order system.
    order_tool = tm.add(
        tg.Tool(
            "Bakery order tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Creates or replaces a shop's order for the next day.",
        )
    )
    # Sales history, kept to forecast from and to train on.
    sales_store = tm.add(
        tg.DataStore(
            "Sales history database",
            stores={sales},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Proposed and adjusted orders, and who changed what.
    order_store = tm.add(
        tg.DataStore(
            "Order proposals database",
            stores={proposed_order, adjustment},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(note="records each manager change with account and time"),
            },
        )
    )
    # Weekly retraining of the demand model.
    training = tm.add(tg.Pipeline("Weekly demand model training", stage=tg.Stage.TRAINING))
    # Storage bucket of trained model versions.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Central bakery network", trust=tg.Trust.INTERNAL):
    # Takes every shop's order and drives the night's production plan.
    bakery = tm.add(
        tg.Service(
            "Central bakery order system",
            description="Production planning and dispatch system at the central bakery.",
            controls={c.Authentication(method="API key for the order tool")},
        )
    )
    # Plans the bake from the orders; sees every shop's order.
    planner = tm.add(tg.Actor("Bakery production planner", role="production planner"))

# ---------------------------------------------------------------- flows
# Inputs
tm.flow(till_export, sales_store, sales, protocol="sftp", label="nightly sales import")
tm.flow(agent, weather_api, weather_query, protocol="https")
tm.flow(weather_api, agent, weather, protocol="https")
tm.flow(event_sites, agent, events, protocol="https", label="event listings fetch")
tm.flow(sales_store, agent, sales, label="per-shop history")

# Forecast and reasoning
tm.flow(agent, demand_model, features)
tm.flow(demand_model, agent, forecast)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, order_store, proposed_order)

# Manager review
tm.flow(order_store, portal, proposed_order, adjustment)
tm.flow(portal, manager, proposed_order, protocol="https")
tm.flow(manager, portal, adjustment, protocol="https")
tm.flow(portal, order_store, adjustment)
tm.flow(order_store, agent, proposed_order, adjustment, label="at cut-off")

# Placing the order
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, bakery, bakery_order, protocol="https")
tm.flow(bakery, order_tool, confirmation, protocol="https")
tm.flow(order_tool, agent, confirmation)
tm.flow(bakery, planner, bakery_order, label="production plan screen")

# Retraining
tm.flow(sales_store, training, sales, label="weekly export")
tm.flow(training, registry, model_file)
tm.flow(registry, demand_model, model_file, label="load at start-up")
