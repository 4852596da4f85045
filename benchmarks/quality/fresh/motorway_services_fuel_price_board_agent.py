"""Motorway services fuel pricing agent: the first design, before any security review.

A motorway service station operator runs an LLM agent in its head-office cloud that
sets the fuel prices shown on each site's forecourt price board and charged at the
pumps. Several times a day the agent reads competitor prices from a commercial price
data vendor, the wholesale costs our fuel supplier publishes, and each site's hourly
pump sales and tank levels, reasons over them with a hosted LLM and calls an update
tool that sends new prices to the site's forecourt controller, which drives the pumps
and the board. The pricing manager sets per-grade floors, ceilings and daily change
limits in a web console (corporate SSO with MFA); the update tool refuses prices
outside the floor and ceiling. Every applied change is written to a price change log
the manager reviews, and reported to the government fuel price open-data service as
the law requires. Sites reach head office over HTTPS on the corporate WAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway services fuel pricing agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that sets forecourt fuel prices from competitor prices, wholesale "
        "costs and demand, within limits the pricing manager sets."
    ),
)

# ---------------------------------------------------------------- data assets
limits = tg.Data(
    "Pricing limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-site, per-grade price floor, ceiling and maximum daily change.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
competitor_prices = tg.Data(
    "Competitor fuel prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
wholesale_costs = tg.Data(
    "Wholesale fuel costs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
site_sales = tg.Data(
    "Site pump sales and tank levels", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
market_query = tg.Data("Market data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
market_result = tg.Data(
    "Market data result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the site's limits and the market data for one pricing run.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
price_change_call = tg.Data(
    "Price change request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
price_change_result = tg.Data(
    "Price change result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
new_prices = tg.Data(
    "New fuel prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
applied_confirmation = tg.Data(
    "Applied price confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
displayed_prices = tg.Data(
    "Displayed fuel prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
reported_prices = tg.Data(
    "Reported price changes", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
change_log = tg.Data(
    "Price change log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each change with the agent's stated reason and the inputs it used.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets the limits the agent must price within and reviews what it changed.
    manager = tm.add(tg.Actor("Pricing manager", role="pricing manager", privileged=True))

with tm.boundary("Head office cloud", trust=tg.Trust.INTERNAL):
    # Where the pricing manager edits limits and reads the change history.
    console = tm.add(
        tg.Endpoint(
            "Pricing limits console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # The limits every pricing run and every price update is held to.
    limits_store = tm.add(tg.DataStore("Pricing limits configuration", stores={limits}))
    # Hourly uploads from the sites' forecourt controllers: the demand signal.
    sales_store = tm.add(tg.DataStore("Site sales database", stores={site_sales}))
    # The agent that decides each site's prices; no person approves individual changes.
    agent = tm.add(
        tg.Agent(
            "Fuel pricing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Runs several times a day per site: gathers market data, asks the LLM "
                "for prices within the limits, and applies them."
            ),
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging()},
        )
    )
    # Read-only tool the agent uses to fetch competitor prices, costs and sales.
    market_tool = tm.add(tg.Tool("Market data lookup tool", capabilities={"read"}))
    # The only way the agent changes prices: it pushes new prices to a site.
    update_tool = tm.add(
        tg.Tool(
            "Price board update tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses any price outside the grade's floor and ceiling in the "
                    "limits configuration"
                )
            },
        )
    )
    # History of every applied change, for the manager's review and disputes.
    log_store = tm.add(tg.DataStore("Price change log", stores={change_log}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that does the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Price data vendor", trust=tg.Trust.PARTNER):
    # Commercial feed of nearby and on-route competitors' pump prices.
    competitor_feed = tm.add(
        tg.DataSource(
            "Competitor price feed", origin=tg.Origin.VENDOR, provides={competitor_prices}
        )
    )

with tm.boundary("Fuel supplier", trust=tg.Trust.PARTNER):
    # The supplier's daily wholesale price notification per grade and depot.
    supplier_feed = tm.add(
        tg.DataSource("Wholesale cost feed", origin=tg.Origin.PARTNER, provides={wholesale_costs})
    )

with tm.boundary("Service station sites", trust=tg.Trust.INTERNAL):
    # Each site's controller: sets pump prices and drives the price board.
    controller = tm.add(tg.Device("Site forecourt controller", fleet=True))
    # The roadside totem showing prices to drivers approaching the services.
    board = tm.add(tg.Device("Forecourt price board", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Statutory reporting of every pump price change to the open-data scheme.
    gov_reporting = tm.add(tg.ExternalService("Government fuel price reporting service"))

# ---------------------------------------------------------------- flows
tm.flow(manager, console, limits, protocol="https", label="sets limits")
tm.flow(console, manager, limits, change_log, protocol="https", label="limits and history")
tm.flow(console, limits_store, limits)
tm.flow(limits_store, console, limits)
tm.flow(log_store, console, change_log)

tm.flow(limits_store, agent, limits, label="loaded at the start of each run")
tm.flow(agent, market_tool, market_query)
tm.flow(market_tool, agent, market_result)
tm.flow(competitor_feed, market_tool, competitor_prices, protocol="https")
tm.flow(supplier_feed, market_tool, wholesale_costs, protocol="https")
tm.flow(sales_store, market_tool, site_sales)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, update_tool, price_change_call)
tm.flow(update_tool, agent, price_change_result)
tm.flow(limits_store, update_tool, limits)
tm.flow(update_tool, controller, new_prices, protocol="https", label="over the corporate WAN")
tm.flow(controller, update_tool, applied_confirmation, protocol="https")
tm.flow(controller, board, displayed_prices)
tm.flow(controller, sales_store, site_sales, protocol="https", label="hourly upload")
tm.flow(update_tool, log_store, change_log)
tm.flow(update_tool, gov_reporting, reported_prices, protocol="https")
