"""EV charging dynamic tariff agent: the first design, before any security review.

We run a network of public fast-charging sites in the EU. Every 15 minutes a pricing
agent, built on a hosted LLM, sets the per-kWh tariff of each site. A market data
tool gives it day-ahead and intraday wholesale grid prices from a market data vendor
and competitor prices scraped from public charging-price pages; an in-house demand
forecast model, fed from charging session history the charge point management system
(CPMS, a vendor SaaS) exports, predicts each site's utilisation. The agent publishes
through a tariff tool that refuses prices outside the floor and ceiling the pricing
team set in the pricing rules. Published tariffs are served to the drivers' charging
app by a public tariff API and synced to the CPMS, which applies them at the chargers.
Pricing managers maintain the rules in a console behind company SSO with MFA. The
agent runs without a person approving each change; its runs are logged and stopped
after a fixed number of steps. Session data is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV charging dynamic tariff agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent setting per-site EV charging prices, published to the charging app.",
)

# ---------------------------------------------------------------- data assets
grid_prices = tg.Data(
    "Wholesale grid prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Day-ahead and intraday prices per bidding zone, licensed from the vendor.",
)
competitor_prices = tg.Data(
    "Competitor charging prices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Price pages of nearby competitor sites, scraped and parsed.",
)
market_request = tg.Data("Market data request", kind="tool-call")
market_snapshot = tg.Data(
    "Market data snapshot",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grid prices and competitor prices near each site.",
)
sessions = tg.Data(
    "Charging session records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver account id, vehicle, site, connector, start and end time, kWh.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
utilisation = tg.Data(
    "Site utilisation features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Aggregated 15-minute occupancy and energy per site.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Site demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pricing_rules = tg.Data(
    "Pricing rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-site price floor and ceiling, maximum change per interval, positioning policy.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, pricing rules, market snapshot and demand forecast.",
)
proposal = tg.Data(
    "Proposed tariff plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The LLM's reasoning and its tool calls with a price per site.",
)
tariff_call = tg.Data(
    "Tariff update call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
publish_result = tg.Data("Tariff update result", kind="tool-result")
tariffs = tg.Data(
    "Per-site tariffs",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Current price per kWh and idle fee of every site, with validity time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tariff_request = tg.Data("Site tariff request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rule_changes = tg.Data(
    "Pricing rule changes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_runs = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each run's prompt, tool calls and the prices set.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers look up the current price of a site in the charging app before plugging in.
    driver = tm.add(tg.Actor("EV driver", role="customer"))
    # Competitors publish their prices on their own websites and apps; we scrape them.
    competitor_pages = tm.add(
        tg.DataSource(
            "Competitor price pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor_prices},
            description="Public price pages and app listings of competing operators.",
        )
    )

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Licensed feed of wholesale electricity prices; the main cost driver of a tariff.
    grid_feed = tm.add(
        tg.DataSource(
            "Wholesale price feed",
            origin=tg.Origin.VENDOR,
            provides={grid_prices},
            description="Power exchange day-ahead and intraday prices, via the vendor's API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reasons over the inputs and decides the price per site.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("CPMS vendor", trust=tg.Trust.PARTNER):
    # Runs our chargers: records sessions and applies the tariffs at each charge point.
    cpms = tm.add(
        tg.ExternalService(
            "Charge point management system",
            description="SaaS CPMS; talks OCPP to the chargers and exports sessions to us.",
        )
    )

with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
    # The agent itself: one run per site group every 15 minutes, scheduled.
    agent = tm.add(
        tg.Agent(
            "Pricing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Gathers market data and forecasts, asks the LLM for prices, publishes them.",
            controls={
                c.CircuitBreaker(max_steps=25, note="a run stops after 25 steps"),
                c.AuditLogging(retention_days=365, note="prompts, tool calls and prices per run"),
                c.SecretsManagement(note="LLM and vendor API keys in the cloud secret manager"),
            },
        )
    )
    # Read-only tool that fetches and normalises grid and competitor prices for the agent.
    market_tool = tm.add(
        tg.Tool(
            "Market data tool",
            capabilities={"read", "network-egress"},
            description="Calls the vendor feed and the competitor scraper; returns one snapshot.",
            controls={c.SchemaEnforcement(note="parsed prices must match the snapshot schema")},
        )
    )
    # The only way the agent changes a price.
    tariff_tool = tm.add(
        tg.Tool(
            "Tariff publish tool",
            capabilities={"write"},
            description="Writes the new price of a site to the tariff database.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses a price outside the site's floor and ceiling in the pricing rules"
                )
            },
        )
    )
    # In-house gradient-boosted model predicting each site's utilisation for the next hours.
    demand_model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Predicts occupancy per site for the next 4 hours from recent utilisation.",
        )
    )
    # Serves the charging app the current price of each site.
    tariff_api = tm.add(
        tg.Endpoint(
            "Public tariff API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=600)},
        )
    )

    with tm.boundary("Pricing data", trust=tg.Trust.RESTRICTED):
        # Session history exported by the CPMS; source of the utilisation features.
        session_store = tm.add(
            tg.DataStore(
                "Charging session store",
                stores={sessions, utilisation},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The current and past price of every site; what the app and the CPMS read.
        tariff_db = tm.add(tg.DataStore("Tariff database", stores={tariffs, agent_runs}))
        # Floors, ceilings and policy the pricing team sets; read by the agent and the tool.
        rules_store = tm.add(tg.DataStore("Pricing rules store", stores={pricing_rules}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the pricing policy and watches what the agent does.
    manager = tm.add(tg.Actor("Pricing manager", role="pricing team", privileged=True))
    # Internal web console for editing rules and reviewing tariffs and agent runs.
    console = tm.add(
        tg.Endpoint(
            "Pricing console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# market data
tm.flow(agent, market_tool, market_request)
tm.flow(grid_feed, market_tool, grid_prices, protocol="https")
tm.flow(competitor_pages, market_tool, competitor_prices, protocol="https", label="scrape")
tm.flow(market_tool, agent, market_snapshot)

# demand
tm.flow(cpms, session_store, sessions, protocol="https", label="session export")
tm.flow(session_store, demand_model, utilisation)
tm.flow(agent, demand_model, forecast_request)
tm.flow(demand_model, agent, forecast)

# deciding
tm.flow(rules_store, agent, pricing_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, proposal, protocol="https")

# publishing
tm.flow(agent, tariff_tool, tariff_call)
tm.flow(rules_store, tariff_tool, pricing_rules, label="floor and ceiling")
tm.flow(tariff_tool, tariff_db, tariffs)
tm.flow(tariff_tool, agent, publish_result)
tm.flow(agent, tariff_db, agent_runs, label="run log")
tm.flow(tariff_db, cpms, tariffs, protocol="https", label="tariff sync")

# drivers
tm.flow(driver, tariff_api, tariff_request, protocol="https")
tm.flow(tariff_db, tariff_api, tariffs)
tm.flow(tariff_api, driver, tariffs, protocol="https")

# pricing team
tm.flow(manager, console, rule_changes, protocol="https")
tm.flow(console, rules_store, pricing_rules)
tm.flow(tariff_db, console, tariffs, agent_runs)
tm.flow(console, manager, tariffs, agent_runs, protocol="https")
