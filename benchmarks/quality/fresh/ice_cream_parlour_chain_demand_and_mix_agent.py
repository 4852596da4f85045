"""Ice cream demand and mix agent: the first design, before any security review.

An ice cream parlour chain runs an LLM agent at 5am each day. It reads the
weather forecast for each shop's town, yesterday's sales from the POS cloud and
current stock levels, then plans how many batches of each flavour every shop
should make that day. It orders missing ingredients (milk, cream, fruit, cones)
from the chain's suppliers through their B2B ordering APIs, within the weekly
ingredient budget the operations manager sets per shop, and sends each shop
manager their production plan through a messaging gateway. The agent runs in
the chain's cloud account and uses a hosted LLM through the vendor's API. Shop
managers count stock at closing in the inventory app. Controls in this design:
a step limit on the agent, a per-shop spending cap on ordering, supplier keys
in a secrets vault, sign-in for head office, TLS on outside links, and a log of
every agent run.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ice cream demand and mix agent",
    profile=tg.RiskProfile.LOW,
    description="Daily flavour batch plans and ingredient orders for each shop, made by an LLM agent.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sales = tg.Data(
    "Sales by shop and flavour", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
stock = tg.Data(
    "Stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
budgets = tg.Data(
    "Budgets, recipes and supplier list",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the day's data and earlier tool results.",
)
completion = tg.Data("LLM completion and tool calls", kind="model-output")
tool_call = tg.Data("Tool call", kind="tool-call")
lookup_result = tg.Data(
    "Lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
purchase_order = tg.Data(
    "Ingredient purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
order_confirmation = tg.Data(
    "Supplier order confirmation",
    kind="tool-result",
    description="Accepted lines, prices, delivery slot and free-text notes from the supplier.",
)
supplier_key = tg.Data("Supplier API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
plan = tg.Data("Daily production plan", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
manager_message = tg.Data(
    "Plan message to manager",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The shop's plan, sent to the manager's mobile number.",
)
delivery_status = tg.Data("Message delivery status", kind="tool-result")
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial forecast feed per shop location.
    weather = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("POS vendor", trust=tg.Trust.PARTNER):
    # The tills' cloud back office, where each shop's sales land.
    pos = tm.add(tg.DataSource("POS sales cloud", origin=tg.Origin.VENDOR, provides={sales}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that does the planning and picks the tools.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Dairy, fruit and cone suppliers' B2B ordering APIs.
    supplier_api = tm.add(
        tg.ExternalService(
            "Supplier ordering APIs", description="Three suppliers, each with its own order API."
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and WhatsApp gateway that delivers plans to the managers' phones.
    gateway = tm.add(tg.ExternalService("Messaging gateway"))

with tm.boundary("Shops", trust=tg.Trust.INTERNAL):
    # Makes the batches, counts stock at closing, reads the plan on their phone.
    shop_manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # The planner: an LLM agent with tools, started by a daily schedule.
    agent = tm.add(
        tg.Agent(
            "Demand and mix agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.CircuitBreaker(max_steps=60),
                tg.controls.AuditLogging(retention_days=90),
            },
        )
    )
    # Reads sales, stock, weather and budgets for the agent.
    lookup_tool = tm.add(tg.Tool("Data lookup tool", capabilities={"read", "network-egress"}))
    # Places ingredient orders with suppliers, capped by each shop's budget.
    order_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={
                tg.controls.TransactionLimits(limit="weekly ingredient budget per shop"),
                tg.controls.SecretsManagement(note="supplier API keys in the cloud secrets vault"),
            },
        )
    )
    # Writes the plan and sends it to the shop manager.
    message_tool = tm.add(tg.Tool("Plan messaging tool", capabilities={"write", "send-messages"}))
    # Stock counts per shop, entered in the inventory app at closing.
    inventory = tm.add(tg.DataStore("Inventory database", stores={stock}))
    # Budgets, recipes and the supplier list the head office maintains.
    config = tm.add(
        tg.DataStore(
            "Planning configuration",
            stores={budgets},
            controls={tg.controls.Authentication(method="company SSO"), tg.controls.RBAC()},
        )
    )
    # Every plan sent, and the agent's run log.
    plan_store = tm.add(tg.DataStore("Plan and run log store", stores={plan, run_log}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Sets budgets and recipes, reviews the plans afterwards.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
# The agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, plan_store, run_log)

# Reading the day's inputs
tm.flow(agent, lookup_tool, tool_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, weather, tool_call, protocol="https", label="forecast query")
tm.flow(weather, lookup_tool, forecast, protocol="https")
tm.flow(lookup_tool, pos, tool_call, protocol="https", label="sales query")
tm.flow(pos, lookup_tool, sales, protocol="https")
tm.flow(inventory, lookup_tool, stock)
tm.flow(config, lookup_tool, budgets)

# Ordering ingredients
tm.flow(agent, order_tool, tool_call, purchase_order)
tm.flow(config, order_tool, budgets, label="budget check")
tm.flow(order_tool, supplier_api, purchase_order, supplier_key, protocol="https")
tm.flow(supplier_api, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)

# Sending plans
tm.flow(agent, message_tool, tool_call, plan)
tm.flow(message_tool, plan_store, plan)
tm.flow(message_tool, gateway, manager_message, protocol="https")
tm.flow(gateway, shop_manager, manager_message)
tm.flow(message_tool, agent, delivery_status)

# People
tm.flow(shop_manager, inventory, stock, protocol="https", label="closing stock count")
tm.flow(ops_manager, config, budgets, protocol="https")
tm.flow(plan_store, ops_manager, plan, run_log, protocol="https", label="plan review")
