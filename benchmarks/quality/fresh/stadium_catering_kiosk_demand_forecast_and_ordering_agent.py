"""Stadium catering demand forecast and ordering agent: the first design, before review.

The caterer that runs the food and drink kiosks at a football stadium forecasts
demand per kiosk for each match from ticket sales by stand (from the club's
ticketing platform), a public weather forecast and licensed fixture data. An
ordering agent built on a hosted LLM reads the forecast and places orders with
food and drink suppliers through their web portals, within a match-day budget
the catering manager sets on a dashboard; no one approves individual orders.
The agent also messages kiosk supervisors about expected queues before the gates
open. Everything runs in the caterer's cloud tenancy. Controls in this design:
SSO with MFA on the dashboard, a spend cap and order log on the supplier tool,
portal logins kept in the cloud secrets manager, and HTTPS to every outside service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stadium kiosk demand forecast and ordering agent",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts kiosk demand per match and orders stock from suppliers within budget.",
)

# ---------------------------------------------------------------- data assets
ticket_sales = tg.Data(
    "Ticket sales by stand",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Counts of tickets sold per stand and gate; no buyer details.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
fixtures = tg.Data(
    "Fixture list and kick-off times", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
demand_features = tg.Data(
    "Match demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data(
    "Kiosk demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
budget = tg.Data(
    "Match-day ordering budget",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data("Ordering prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
plan = tg.Data(
    "Agent plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
purchase_order = tg.Data(
    "Supplier purchase order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
portal_response = tg.Data(
    "Supplier portal response",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stock availability, prices, delivery slots and order confirmations.",
)
orders_placed = tg.Data("Orders placed", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
queue_alert = tg.Data("Expected queue alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Free public weather API polled before each match.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Club ticketing provider", trust=tg.Trust.PARTNER):
    # Attendance by stand drives which kiosks will be busy.
    ticketing = tm.add(
        tg.ExternalService("Ticketing platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Sports data provider", trust=tg.Trust.PARTNER):
    # Opponent, competition and kick-off time change demand a lot.
    fixture_feed = tm.add(
        tg.ExternalService("Fixture data feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Supplier portals", trust=tg.Trust.PARTNER):
    # Each food and drink supplier's own ordering website, on our trade accounts.
    suppliers = tm.add(
        tg.ExternalService(
            "Supplier ordering portals",
            description="Orders are invoiced to the caterer's trade account with each supplier.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasoning model behind the ordering agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Caterer cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the three feeds before each match and runs the forecast.
    ingestion = tm.add(tg.Pipeline("Match data ingestion", stage=tg.Stage.INGESTION))
    # Feeds, forecasts and the log of orders placed.
    demand_store = tm.add(
        tg.DataStore(
            "Demand data store",
            stores={ticket_sales, weather, fixtures, forecast, orders_placed},
        )
    )
    # Predicts units per product per kiosk for the match.
    forecaster = tm.add(
        tg.Model(
            "Kiosk demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor trained on past match-day till sales.",
        )
    )
    # Turns the forecast into supplier orders and supervisor alerts.
    agent = tm.add(
        tg.Agent(
            "Ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs two days and again four hours before each match.",
        )
    )
    # Logs in to supplier portals and submits orders for the agent.
    order_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.TransactionLimits(limit="match-day budget set by the catering manager"),
                c.AuditLogging(),
                c.SecretsManagement(note="portal logins in the cloud secrets manager"),
            },
        )
    )
    # Sends push messages to supervisors' work phones.
    alert_tool = tm.add(tg.Tool("Supervisor alert tool", capabilities={"send-messages"}))
    # Holds the budget the agent must stay within.
    settings = tm.add(tg.DataStore("Ordering budget settings", stores={budget}))
    # Where the catering manager sets the budget and sees orders.
    dashboard = tm.add(
        tg.Endpoint(
            "Catering manager dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )

with tm.boundary("Stadium operations", trust=tg.Trust.INTERNAL):
    # Owns the budget and the supplier relationships.
    manager = tm.add(tg.Actor("Catering manager", role="manager"))
    # Staffs kiosks and opens extra tills when queues are expected.
    supervisor = tm.add(tg.Actor("Kiosk supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(ticketing, ingestion, ticket_sales, protocol="https")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(fixture_feed, ingestion, fixtures, protocol="https")
tm.flow(ingestion, forecaster, demand_features)
tm.flow(forecaster, ingestion, forecast)
tm.flow(ingestion, demand_store, ticket_sales, weather, fixtures, forecast)

tm.flow(manager, dashboard, budget, protocol="https")
tm.flow(dashboard, settings, budget)
tm.flow(settings, dashboard, budget)
tm.flow(demand_store, dashboard, orders_placed, forecast)
tm.flow(dashboard, manager, orders_placed, forecast, protocol="https")

tm.flow(demand_store, agent, forecast, ticket_sales)
tm.flow(settings, agent, budget)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

tm.flow(agent, order_tool, purchase_order)
tm.flow(order_tool, suppliers, purchase_order, protocol="https")
tm.flow(suppliers, order_tool, portal_response, protocol="https")
tm.flow(order_tool, agent, portal_response)
tm.flow(agent, demand_store, orders_placed)

tm.flow(agent, alert_tool, queue_alert)
tm.flow(alert_tool, supervisor, queue_alert, protocol="https", label="push notification")
