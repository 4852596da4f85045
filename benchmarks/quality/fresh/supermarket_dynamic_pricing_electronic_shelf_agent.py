"""Fresh-food markdown agent for electronic shelf labels: the first design.

Every two hours an LLM agent in the head-office cloud finds fresh lines close to
their sell-by date in each store and marks them down so they sell, not go to waste.
A hosted language model plans the markdowns; the agent calls a stock and sell-by
lookup tool, a margin rules lookup tool and a price update tool. The price tool
writes the till price file and sends the price to the ESL vendor's cloud, which
radios it to the shelf labels. Category managers set margin floors and markdown
steps, and store managers can pause markdowns, in a back office behind corporate
SSO with MFA. Prices go live without approval; each run has a step limit, every
tool call and price change is logged, and the price tool can only change markdown
prices of fresh categories and rejects malformed prices or unknown products.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Supermarket fresh-food dynamic pricing agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM agent that marks down near-sell-by fresh food on electronic shelf "
        "labels, within category margin rules."
    ),
)

# ---------------------------------------------------------------- data assets
store_events = tg.Data(
    "Goods-in, waste and till sales events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Deliveries with sell-by dates, waste scans and anonymous till line sales.",
)
stock = tg.Data(
    "Stock and sell-by records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
margin_rules = tg.Data(
    "Margin rules and store settings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cost prices, minimum margin and markdown steps per category; per-store pause flags.",
)
prompt = tg.Data("Pricing prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data(
    "Planned markdowns and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
stock_query = tg.Data("Stock lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_result = tg.Data(
    "Near-date stock and sales rates", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
rules_query = tg.Data(
    "Margin rules lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
rules_result = tg.Data(
    "Margin rules for the category", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
price_call = tg.Data(
    "Price change call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Store, product and new shelf price.",
)
price_result = tg.Data(
    "Price change result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
shelf_price = tg.Data(
    "Shelf price update",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
till_prices = tg.Data(
    "Store price file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
displayed_price = tg.Data(
    "Displayed shelf price", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
price_log = tg.Data("Price change log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
markdown_summary = tg.Data("Markdown summary", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rule_edits = tg.Data("Margin rule edits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
pause_setting = tg.Data("Store markdown pause", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Shoppers only see the price on the label and pay it at the till.
    shopper = tm.add(tg.Actor("Shopper", role="customer"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Store systems (goods-in scanning, waste scanning, tills) that feed stock and sales.
    store_feed = tm.add(
        tg.DataSource(
            "Store systems feed",
            origin=tg.Origin.INTERNAL,
            provides={store_events},
            description="Event stream from goods-in handhelds, waste scans and tills.",
        )
    )
    # The labels on the shelf edge that show the price; updated over the vendor's radio link.
    labels = tm.add(
        tg.Device(
            "Electronic shelf labels",
            fleet=True,
            description="Battery e-paper labels driven by the vendor's in-store base station.",
        )
    )
    # Store manager who checks the day's markdowns and can pause them for the store.
    store_manager = tm.add(tg.Actor("Store manager", role="store manager"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Category managers set the margin floor and markdown steps of their categories.
    category_manager = tm.add(
        tg.Actor("Category manager", role="category manager", privileged=True)
    )

with tm.boundary("Head-office cloud", trust=tg.Trust.INTERNAL):
    # The LLM agent that plans each run's markdowns and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Markdown pricing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every two hours per store; prices go live without approval.",
            controls={
                c.CircuitBreaker(max_steps=40, note="per store run"),
                c.AuditLogging(note="every tool call and price change to the price change log"),
            },
        )
    )
    # Read-only tool over the stock database: near-date lines, quantities, sales rates.
    stock_tool = tm.add(tg.Tool("Stock and sell-by lookup tool", capabilities={"read"}))
    # Read-only tool that returns a category's margin rules and the store's pause flag.
    rules_tool = tm.add(tg.Tool("Margin rules lookup tool", capabilities={"read"}))
    # The tool that acts: writes the new price to the price file and the ESL platform.
    price_tool = tm.add(
        tg.Tool(
            "Shelf price update tool",
            capabilities={"write", "network-egress"},
            description="Sets the shelf and till price of one product in one store.",
            controls={
                c.LeastPrivilegeTools(note="markdown price field of fresh categories only"),
                c.InputValidation(note="price format, known product and store"),
            },
        )
    )
    # Stock, sell-by dates and sales rates per store and product.
    stock_db = tm.add(tg.DataStore("Store stock database", stores={stock}))
    # Margin rules and per-store settings that the back office edits.
    rules_db = tm.add(tg.DataStore("Pricing rules store", stores={margin_rules}))
    # The price file the tills charge from, so that the till matches the label.
    price_file = tm.add(tg.DataStore("Store price file", stores={till_prices}))
    # Log of every run, tool call and price change, read by the back office.
    log_store = tm.add(tg.DataStore("Price change log store", stores={price_log}))
    # Web app where category managers edit rules and store managers review or pause.
    back_office = tm.add(
        tg.Service(
            "Pricing back office",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(
                    note="category managers edit rules; store managers see and pause their store"
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("ESL vendor cloud", trust=tg.Trust.PARTNER):
    # The label vendor's SaaS platform that pushes prices to each store's labels.
    esl_platform = tm.add(
        tg.ExternalService("ESL management platform", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
# Stock and sales come in from the stores.
tm.flow(store_feed, stock_db, store_events, protocol="https", label="event stream")

# The agent's run: instructions, planning with the LLM, tool calls.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_db, stock_tool, stock)
tm.flow(stock_tool, agent, stock_result)
tm.flow(agent, rules_tool, rules_query)
tm.flow(rules_db, rules_tool, margin_rules)
tm.flow(rules_tool, agent, rules_result)
tm.flow(agent, price_tool, price_call)
tm.flow(price_tool, agent, price_result)
tm.flow(agent, log_store, price_log)

# Where a price goes once set.
tm.flow(price_tool, price_file, till_prices)
tm.flow(price_tool, esl_platform, shelf_price, protocol="https")
tm.flow(esl_platform, labels, shelf_price, label="vendor radio link via in-store base station")
tm.flow(labels, shopper, displayed_price, label="shown on the shelf edge")

# The back office.
tm.flow(category_manager, back_office, rule_edits, protocol="https")
tm.flow(store_manager, back_office, pause_setting, protocol="https")
tm.flow(back_office, rules_db, margin_rules)
tm.flow(rules_db, back_office, margin_rules)
tm.flow(log_store, back_office, price_log)
tm.flow(back_office, store_manager, markdown_summary, protocol="https")
tm.flow(back_office, category_manager, margin_rules, markdown_summary, protocol="https")
