"""Hotel room-rate pricing agent: the first design, before any security review.

The hotel group's revenue team wants nightly room rates set automatically. A
pricing agent, built on a hosted LLM, runs each night in our pricing platform
on the cloud. It reads an in-house demand forecast (trained on booking pace
from the booking warehouse), competitors' rates scraped from public booking
sites and local event listings, and proposes a rate per hotel, room type and
night. A rate-update tool pushes the new rates through the channel manager's
API; the channel manager distributes them to the online travel agencies and
to the hotel website. The revenue manager sets a floor and a ceiling rate per
room type in a web console (corporate SSO with MFA, role-based access); the
rate-update tool refuses any rate outside them. Every change is written to a
rate change log, and the agent explains the night's changes in a daily email
to the revenue manager. The channel manager API key is kept in the secrets
manager; nobody approves individual changes before they go live.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel room-rate pricing agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent that sets nightly room rates through the channel manager.",
)

# ---------------------------------------------------------------- data assets
floors_ceilings = tg.Data(
    "Floor and ceiling rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Minimum and maximum nightly rate per hotel and room type.",
)
booking_pace = tg.Data(
    "Booking pace history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rooms on the books per hotel and night, aggregated; no guest details.",
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
competitor_rates = tg.Data(
    "Competitor rates",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Rate pages scraped from public booking sites.",
)
event_listings = tg.Data(
    "Local event listings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Concerts, conferences and sports fixtures near each hotel.",
)
pricing_prompt = tg.Data(
    "Pricing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, forecast, competitor rates, events, floors and ceilings.",
)
rate_proposal = tg.Data(
    "Proposed rates and reasoning", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rate_change_call = tg.Data(
    "Rate change request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rate_change_result = tg.Data(
    "Rate change result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
room_rates = tg.Data(
    "Nightly room rates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rate_changes = tg.Data("Rate change records", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
daily_summary = tg.Data(
    "Daily rate change explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public booking sites whose rate pages we scrape for competitor hotels.
    booking_sites = tm.add(
        tg.DataSource(
            "Public booking sites", origin=tg.Origin.PUBLIC_WEB, provides={competitor_rates}
        )
    )
    # Local tourism and ticketing sites that list events near each hotel.
    event_sites = tm.add(
        tg.DataSource("Event listing sites", origin=tg.Origin.PUBLIC_WEB, provides={event_listings})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Channel manager vendor", trust=tg.Trust.PARTNER):
    # SaaS channel manager: the single place rates are loaded and distributed from.
    channel_manager = tm.add(tg.ExternalService("Channel manager API"))

with tm.boundary("Distribution partners", trust=tg.Trust.PARTNER):
    # Online travel agencies that sell our rooms at the rates they receive.
    otas = tm.add(tg.ExternalService("Online travel agencies"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # Our own booking website, showing the rates pushed by the channel manager.
    website = tm.add(tg.Service("Hotel website", internet_facing=True))

with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
    # Web console where the revenue manager sets floors and ceilings.
    console = tm.add(
        tg.Endpoint(
            "Revenue console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Holds the floors and ceilings that bound every rate.
    limits_store = tm.add(tg.DataStore("Rate bounds database", stores={floors_ceilings}))
    # Warehouse of aggregated booking pace, loaded from the property systems.
    warehouse = tm.add(tg.DataStore("Booking warehouse", stores={booking_pace}))
    # In-house demand forecast per hotel and night.
    forecaster = tm.add(
        tg.Model("Demand forecast model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Fetches competitor rate pages and event listings before each nightly run.
    scraper = tm.add(tg.Pipeline("Market data scraper", stage=tg.Stage.INGESTION))
    # The LLM agent that decides the new rates and writes the daily explanation.
    agent = tm.add(tg.Agent("Pricing agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Tool that loads rates into the channel manager, clamped to the bounds.
    rate_tool = tm.add(
        tg.Tool(
            "Rate update tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="every rate must lie between the floor and ceiling set for its room type"
                ),
                c.SecretsManagement(note="channel manager API key in the cloud secrets manager"),
            },
        )
    )
    # Tool that sends the daily explanation e-mail.
    email_tool = tm.add(tg.Tool("Email tool", capabilities={"send-messages"}))
    # Record of every rate change pushed, for the explanation and for disputes.
    change_log = tm.add(
        tg.DataStore(
            "Rate change log",
            stores={rate_changes},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Sets the bounds and reads the daily explanation.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue manager"))

# ---------------------------------------------------------------- flows
tm.flow(revenue_manager, console, floors_ceilings, protocol="https", label="sets bounds")
tm.flow(console, revenue_manager, floors_ceilings, protocol="https", label="current bounds")
tm.flow(console, limits_store, floors_ceilings)
tm.flow(limits_store, console, floors_ceilings)
tm.flow(limits_store, agent, floors_ceilings)
tm.flow(limits_store, rate_tool, floors_ceilings)

tm.flow(warehouse, forecaster, booking_pace)
tm.flow(forecaster, agent, forecast)

tm.flow(booking_sites, scraper, competitor_rates, protocol="https", label="nightly scrape")
tm.flow(event_sites, scraper, event_listings, protocol="https", label="nightly scrape")
tm.flow(scraper, agent, competitor_rates, event_listings)

tm.flow(agent, llm, pricing_prompt, protocol="https")
tm.flow(llm, agent, rate_proposal, protocol="https")

tm.flow(agent, rate_tool, rate_change_call)
tm.flow(rate_tool, agent, rate_change_result)
tm.flow(rate_tool, channel_manager, room_rates, protocol="https", label="rate update API")
tm.flow(channel_manager, rate_tool, rate_change_result, protocol="https", label="update status")
tm.flow(rate_tool, change_log, rate_changes)
tm.flow(change_log, agent, rate_changes, label="night's changes")

tm.flow(channel_manager, otas, room_rates, protocol="https")
tm.flow(channel_manager, website, room_rates, protocol="https")

tm.flow(agent, email_tool, daily_summary)
tm.flow(email_tool, revenue_manager, daily_summary, protocol="smtp+starttls", label="daily email")
