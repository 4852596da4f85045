"""Dynamic fare pricing agent: the first design, before any security review.

Our ferry routes between EU ports sell car and passenger tickets on our booking
website. A pricing agent, built on a hosted LLM, runs every hour for each open
sailing: it reads the sailing's booking load, competitor fares scraped from their
public websites and the marine weather forecast, asks an in-house demand forecast
model how bookings would respond, and publishes new car and passenger fares to the
fare table the booking site sells from. The revenue manager sets a floor and a
ceiling per route, sailing and ticket class in a pricing console; the publishing
tool refuses fares outside them, and every fare change is logged. Controls so far:
SSO with MFA on the console, a step cap and kill switch on the agent, an allowlist
for the scraper, vaulted API keys, encrypted booking data and rate limits on the
public site.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry dynamic fare pricing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that sets car and passenger fares per sailing and publishes "
        "them to the booking site within the revenue manager's limits."
    ),
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Passenger names, contact details, vehicle registration and payment status.",
)
load_summary = tg.Data(
    "Sailing load summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booked cars, passengers and cabins per sailing and booking curve.",
)
competitor_pages = tg.Data(
    "Competitor fare pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
competitor_fares = tg.Data(
    "Competitor fares", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
weather_forecast = tg.Data(
    "Marine weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Wind, wave height and cancellation risk per crossing.",
)
weather_result = tg.Data(
    "Weather forecast result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fare_limits = tg.Data(
    "Fare floors and ceilings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pricing instructions, the sailing's limits, load, competitor fares and weather.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
demand_features = tg.Data(
    "Demand features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
demand_forecast = tg.Data(
    "Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fare_update = tg.Data(
    "Fare update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="New car and passenger fares for one sailing, with the agent's reasoning.",
)
published_fares = tg.Data(
    "Published fares",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fare_change_log = tg.Data("Fare change log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books crossings for themselves and their cars.
    customer = tm.add(tg.Actor("Customer", role="traveller"))
    # Other ferry lines' public booking sites, scraped for their fares.
    competitor_sites = tm.add(
        tg.DataSource(
            "Competitor booking sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={competitor_pages},
            description="Public fare search pages of the three competing lines on our routes.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Subscription marine forecast for our crossings.
    weather_service = tm.add(
        tg.ExternalService(
            "Marine weather service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial marine forecast API, paid per call.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # The public booking site, existing before this project.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, or guest checkout"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Every booking, the source of the load the agent prices on.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The fares the booking site sells from, per sailing and ticket class.
    fare_table = tm.add(tg.DataStore("Fare table", stores={published_fares}))

with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
    # Decides a new fare per sailing every hour.
    agent = tm.add(
        tg.Agent(
            "Fare pricing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs hourly for each open sailing and publishes without review.",
            controls={
                c.CircuitBreaker(max_steps=25, note="revenue manager can pause it in the console"),
                c.SecretsManagement(note="LLM and weather API keys in the vault"),
            },
        )
    )
    # Forecasts bookings per sailing at a given fare.
    demand_model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Forecasts final car and passenger load per sailing by fare level.",
        )
    )
    # Reads the sailing's booking counts for the agent.
    load_tool = tm.add(
        tg.Tool(
            "Booking load tool",
            capabilities={"read"},
            description="Returns aggregate counts per sailing, no passenger details.",
        )
    )
    # Fetches and parses competitor fares for the same crossing and date.
    competitor_tool = tm.add(
        tg.Tool(
            "Competitor fare scraper",
            capabilities={"read", "network-egress"},
            controls={c.EgressFiltering(note="only the competitors' booking domains")},
        )
    )
    # Fetches the marine forecast for the crossing.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read", "network-egress"}))
    # Writes new fares to the fare table, within the revenue manager's band.
    publish_tool = tm.add(
        tg.Tool(
            "Fare publishing tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses any fare outside the floor and ceiling set for the "
                    "route, sailing and ticket class"
                ),
                c.AuditLogging(),
            },
        )
    )
    # The revenue manager's limits per route, sailing and ticket class.
    limits_store = tm.add(
        tg.DataStore("Fare limit settings", stores={fare_limits, fare_change_log})
    )
    # Where the revenue manager sets limits and watches fare changes.
    console = tm.add(
        tg.Endpoint(
            "Pricing console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the fare strategy and sets the limits the agent prices within.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager", privileged=True))

# ---------------------------------------------------------------- flows
# customers book at the published fares
tm.flow(customer, booking_site, bookings, protocol="https")
tm.flow(booking_site, customer, published_fares, protocol="https")
tm.flow(booking_site, booking_db, bookings)
tm.flow(fare_table, booking_site, published_fares)

# revenue manager sets limits and watches changes
tm.flow(revenue_manager, console, fare_limits, protocol="https")
tm.flow(console, revenue_manager, fare_limits, fare_change_log, published_fares, protocol="https")
tm.flow(console, limits_store, fare_limits)
tm.flow(limits_store, console, fare_limits, fare_change_log)
tm.flow(fare_table, console, published_fares)

# the agent gathers its inputs
tm.flow(limits_store, agent, fare_limits)
tm.flow(agent, load_tool, tool_call)
tm.flow(booking_db, load_tool, bookings, label="aggregate query")
tm.flow(load_tool, agent, load_summary)
tm.flow(agent, competitor_tool, tool_call)
tm.flow(competitor_sites, competitor_tool, competitor_pages, protocol="https")
tm.flow(competitor_tool, agent, competitor_fares)
tm.flow(agent, weather_tool, tool_call)
tm.flow(weather_service, weather_tool, weather_forecast, protocol="https")
tm.flow(weather_tool, agent, weather_result)
tm.flow(agent, demand_model, demand_features)
tm.flow(demand_model, agent, demand_forecast)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# the agent publishes
tm.flow(agent, publish_tool, fare_update)
tm.flow(limits_store, publish_tool, fare_limits, label="limit check")
tm.flow(publish_tool, fare_table, published_fares)
tm.flow(publish_tool, limits_store, fare_change_log)
tm.flow(publish_tool, agent, published_fares, label="publish result")
