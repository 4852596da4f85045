"""Museum timed-entry dynamic pricing agent: the first design, before any security review.

The museum sells timed-entry tickets through a hosted ticketing platform. A pricing
agent, built on a vendor-hosted LLM, runs every hour in the museum's cloud tenancy:
it reads the demand forecast per slot from an in-house forecasting model, the weather
forecast from a paid weather API and the city's public events listings, then sets
slot prices and releases held-back slots through two tools that call the ticketing
platform's API. Prices must stay inside the price bands the board approves each
season; the revenue manager enters the bands in a pricing console (museum SSO with
MFA) and the price tool refuses any price outside them. Slot releases are not
checked against anything but what the agent decides. Every agent decision is written
to a decision log the console shows. The forecasting model is retrained nightly from
per-slot sales counts exported from the ticketing platform (no visitor details).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum ticket dynamic pricing agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hourly LLM agent that prices timed-entry slots and releases capacity "
    "within board-approved price bands.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Ticket booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Visitor name, e-mail, chosen slot and payment handled by the platform.",
)
published_prices = tg.Data(
    "Published slot prices and availability", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
sales_counts = tg.Data(
    "Per-slot sales counts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Tickets sold per slot and price, aggregated; no visitor details.",
)
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
events = tg.Data(
    "Local events listings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Titles, descriptions and dates of concerts, festivals and school holidays.",
)
demand_forecast = tg.Data(
    "Slot demand forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
price_bands = tg.Data(
    "Board-approved price bands",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Pricing prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, forecasts, weather, events, bands and current slot state.",
)
completion = tg.Data(
    "Agent plan and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
price_change = tg.Data(
    "Price change request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
slot_release = tg.Data(
    "Slot release request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
slot_state = tg.Data(
    "Current slot prices and capacity", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
slot_update = tg.Data(
    "Slot price and capacity update",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tool_result = tg.Data(
    "Ticketing API result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
decision_record = tg.Data(
    "Pricing decision record", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying timed-entry tickets; they see the agent's prices.
    visitor = tm.add(tg.Actor("Visitor", role="ticket buyer"))
    # The city tourism board's public events feed, used to anticipate busy days.
    events_feed = tm.add(
        tg.DataSource(
            "City events listings feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
            description="Public RSS/JSON feed anyone can submit events to, after light moderation.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # Hosted box-office platform: holds slots, prices, capacity and bookings.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing platform",
            description="SaaS box office; slot prices and capacity are set through its REST API.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid weather API: rain and heat drive indoor attendance.
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reasons over the inputs and chooses tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # The hourly pricing agent: decides slot prices and releases on its own.
    agent = tm.add(
        tg.Agent(
            "Pricing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs hourly; applies price changes and slot releases without sign-off.",
            controls={
                c.CircuitBreaker(max_steps=40, note="per hourly run; console has a pause switch"),
            },
        )
    )
    # Writes new slot prices to the ticketing platform, checking the band table first.
    price_tool = tm.add(
        tg.Tool(
            "Price update tool",
            capabilities={"read", "write"},
            description="Reads current slot state and sets a slot's price via the platform API.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses any price outside the band for the slot's ticket category"
                ),
                c.SecretsManagement(note="platform API key held in the cloud key vault"),
            },
        )
    )
    # Releases capacity held back for groups and walk-ups into general sale.
    slot_tool = tm.add(
        tg.Tool(
            "Slot release tool",
            capabilities={"read", "write"},
            description="Moves held-back places of a slot into general sale via the platform API.",
            controls={c.SecretsManagement(note="shares the platform API key in the key vault")},
        )
    )
    # In-house demand model, per slot, from sales history and calendar features.
    forecast_model = tm.add(
        tg.Model(
            "Demand forecasting model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees saved with joblib.",
        )
    )
    # Nightly retraining of the demand model on the latest sales counts.
    retraining = tm.add(tg.Pipeline("Nightly forecast retraining", stage=tg.Stage.TRAINING))
    # Aggregated sales history exported from the platform.
    sales_store = tm.add(
        tg.DataStore(
            "Sales history store",
            stores={sales_counts},
            controls={c.DataMinimization(note="export carries per-slot counts only")},
        )
    )
    # The board's approved bands, per ticket category and season.
    band_table = tm.add(
        tg.DataStore(
            "Price band table",
            stores={price_bands},
            controls={c.RBAC(note="only the revenue manager role can edit")},
        )
    )
    # Every agent run: inputs, reasoning summary, tool calls and results.
    decision_log = tm.add(
        tg.DataStore(
            "Pricing decision log",
            stores={decision_record},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Staff web console: bands, decision history, pause switch.
    console = tm.add(
        tg.Endpoint(
            "Pricing console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum SSO (Entra ID) with MFA")},
        )
    )

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # Owns pricing day to day; enters the bands after each board meeting.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager", privileged=True))

# ---------------------------------------------------------------- flows
# Visitors and the box office
tm.flow(visitor, ticketing, booking, protocol="https")
tm.flow(ticketing, visitor, published_prices, protocol="https")
tm.flow(ticketing, sales_store, sales_counts, protocol="https", label="nightly sales export")

# Forecasting
tm.flow(sales_store, retraining, sales_counts)
tm.flow(retraining, forecast_model, model_artifact, label="deploy retrained model")
tm.flow(agent, forecast_model, slot_state, label="slots to forecast")
tm.flow(forecast_model, agent, demand_forecast)

# Agent inputs
tm.flow(agent, weather_api, label="forecast query", protocol="https")
tm.flow(weather_api, agent, weather, protocol="https")
tm.flow(events_feed, agent, events, protocol="https")
tm.flow(band_table, agent, price_bands)

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Acting on the ticketing platform
tm.flow(agent, price_tool, price_change)
tm.flow(band_table, price_tool, price_bands, label="band check")
tm.flow(price_tool, ticketing, slot_update, protocol="https")
tm.flow(ticketing, price_tool, slot_state, tool_result, protocol="https")
tm.flow(price_tool, agent, slot_state, tool_result)
tm.flow(agent, slot_tool, slot_release)
tm.flow(slot_tool, ticketing, slot_update, protocol="https")
tm.flow(ticketing, slot_tool, tool_result, protocol="https")
tm.flow(slot_tool, agent, tool_result)
tm.flow(agent, decision_log, decision_record)

# Staff oversight
tm.flow(revenue_manager, console, price_bands, protocol="https", label="enters approved bands")
tm.flow(console, band_table, price_bands)
tm.flow(decision_log, console, decision_record)
tm.flow(console, revenue_manager, decision_record, protocol="https")
