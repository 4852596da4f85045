"""Food truck fleet: order-ahead app and pitch-planning agent, first design.

Customers of our food truck company order ahead in a mobile app: they sign in
with their phone number and a one-time SMS code, pick a truck, order and pay.
Card details are typed into the payment provider's hosted fields, so we only
keep the provider's saved card token; the provider tells us the payment result
through a webhook. Each morning a pitch-planning agent (an LLM agent on a hosted
model) reads public event calendars, a weather API and our past sales per pitch,
chooses every truck's pitch for the day, writes it into the pitch schedule and
messages the drivers' cab tablets. The operations lead can see and override the
plan from an ops console signed in through company SSO. Everything we run sits
in one cloud account; traffic outside it is HTTPS, the databases use the cloud's
default encryption at rest, and the agent is capped at a fixed number of steps
and its runs are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food truck fleet order and route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Order-ahead app for a UK food truck fleet, with an LLM agent that picks daily pitches.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Phone sign-in code", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
account = tg.Data("Customer account", sensitivity=tg.Sensitivity.PII, kind="records")
order = tg.Data(
    "Customer order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Items, pickup truck and time, customer name and phone number.",
)
confirmation = tg.Data(
    "Order confirmation and status", sensitivity=tg.Sensitivity.PII, kind="records"
)
truck_locations = tg.Data(
    "Today's truck locations", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="PAN, expiry and CVC, entered into the provider's hosted fields.",
)
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
payment_request = tg.Data(
    "Payment request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_status = tg.Data(
    "Payment status webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
sales_history = tg.Data(
    "Sales history by pitch",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Aggregated takings per pitch, day and hour; no customer details.",
)
events = tg.Data("Event listings", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
planning_prompt = tg.Data(
    "Planning prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the fleet, candidate pitches, events, forecast and sales history.",
)
completion = tg.Data(
    "Agent model response", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
lookup_call = tg.Data("Lookup tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
lookup_result = tg.Data(
    "Lookup results", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
dispatch_call = tg.Data(
    "Pitch assignment call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
dispatch_result = tg.Data(
    "Dispatch result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
pitch_plan = tg.Data(
    "Daily pitch plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
driver_instructions = tg.Data(
    "Driver pitch instructions", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
override = tg.Data("Pitch override", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions")
order_tickets = tg.Data("Order tickets", sensitivity=tg.Sensitivity.PII, kind="records")
truck_status = tg.Data(
    "Truck status and GPS position",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Order ready/collected updates and the truck's location while trading.",
)
agent_log = tg.Data("Agent run log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and order.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Council, venue and ticketing event pages the agent reads to find busy spots.
    event_feeds = tm.add(
        tg.DataSource(
            "Public event calendars",
            origin=tg.Origin.PUBLIC_WEB,
            provides={events},
            description="iCal feeds and listing pages of venues, councils and ticket sites.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card payment; we never see the card number.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted card fields, saved card tokens and payment webhooks.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Hourly forecasts for each candidate pitch.
    weather = tm.add(tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the planning agent.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with tool calling, reached over its vendor API.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Backend of the customer app: sign-in, menus, orders, truck map.
    order_api = tm.add(
        tg.Endpoint(
            "Order API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(),
            },
        )
    )
    # Order logic: creates orders, charges through the provider, routes tickets to trucks.
    order_service = tm.add(tg.Service("Order service"))
    # Runs every morning, plans each truck's pitch and dispatches it.
    agent = tm.add(
        tg.Agent(
            "Pitch planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Plans the day's pitches without waiting for approval; the ops lead can override afterwards.",
            controls={c.CircuitBreaker(max_steps=30), c.AuditLogging(retention_days=90)},
        )
    )
    # Read-only lookups the agent calls: events, weather and our sales history.
    lookup_tool = tm.add(
        tg.Tool(
            "Planning lookup tool",
            capabilities={"read", "network-egress"},
            description="Fetches event calendars by URL, the weather API and sales by pitch.",
        )
    )
    # Writes the plan and messages drivers; also used by the ops console for overrides.
    dispatch_tool = tm.add(
        tg.Tool(
            "Dispatch tool",
            capabilities={"write", "send-messages"},
            description="Writes pitch assignments to the schedule and pushes them to truck tablets.",
        )
    )
    # Where the operations lead watches the plan and overrides pitches.
    ops_console = tm.add(
        tg.Service(
            "Ops console",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Customer accounts, orders, saved card tokens and sales history.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={account, order, card_token, sales_history},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # The day's pitch per truck, and the agent's run logs.
        schedule = tm.add(
            tg.DataStore(
                "Pitch schedule",
                stores={pitch_plan, agent_log},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )

with tm.boundary("Truck fleet", trust=tg.Trust.INTERNAL):
    # Company tablets in the truck cabs, on mobile data: pitch instructions and order tickets.
    driver_tablet = tm.add(
        tg.Device(
            "Driver cab tablet",
            fleet=True,
            description="Android tablet app used by the driver and crew of each truck.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Can override any pitch the agent chose.
    ops_lead = tm.add(tg.Actor("Operations lead", role="operations lead", privileged=True))

# ---------------------------------------------------------------- flows
# Customer ordering
tm.flow(customer, order_api, sign_in, order, protocol="https")
tm.flow(order_api, customer, confirmation, truck_locations, protocol="https")
tm.flow(order_api, order_service, order, account)
tm.flow(order_service, order_api, confirmation, truck_locations)
tm.flow(order_service, order_db, account, order, card_token)
tm.flow(order_db, order_service, account, order, card_token)

# Payment
tm.flow(customer, payments, card_details, protocol="https", label="hosted card fields")
tm.flow(payments, customer, card_token, protocol="https")
tm.flow(order_service, payments, payment_request, card_token, protocol="https")
tm.flow(payments, order_service, payment_status, protocol="https", label="payment webhook")

# Pitch planning
tm.flow(agent, llm, planning_prompt, lookup_result, dispatch_result, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, event_feeds, lookup_call, protocol="https", label="fetch calendar")
tm.flow(event_feeds, lookup_tool, events, protocol="https")
tm.flow(lookup_tool, weather, lookup_call, protocol="https")
tm.flow(weather, lookup_tool, forecast, protocol="https")
tm.flow(order_db, lookup_tool, sales_history, label="sales by pitch")
tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(agent, schedule, agent_log, label="run log")
tm.flow(dispatch_tool, schedule, pitch_plan)
tm.flow(dispatch_tool, driver_tablet, driver_instructions, protocol="https", label="push")

# Operations override
tm.flow(ops_lead, ops_console, override, protocol="https")
tm.flow(ops_console, ops_lead, pitch_plan, agent_log, protocol="https")
tm.flow(schedule, ops_console, pitch_plan, agent_log)
tm.flow(ops_console, dispatch_tool, override, label="override pitch")

# Trucks
tm.flow(schedule, order_service, pitch_plan, label="where each truck trades today")
tm.flow(order_service, driver_tablet, order_tickets, protocol="https")
tm.flow(driver_tablet, order_service, truck_status, protocol="https")
