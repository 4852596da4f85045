"""Bell tent hire event logistics agent: the first design, before any security review.

A UK bell tent hire business supplies furnished tents for weddings and festivals.
Customers book on a hosted booking platform, which posts each booking, with the
customer's free-text site access notes, to a signed webhook on our cloud app. A
logistics agent on a vendor-hosted LLM turns the week's bookings into an event
plan: it reserves stock in the inventory database, checks drive times and the
weather, books crew shifts and texts customers their delivery times. The
operations manager approves the weekly crew plan on a dashboard (Google sign-in
with 2-step verification) before job sheets go out; customer timing messages go
out directly. Databases are the cloud provider's encrypted managed ones.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bell tent hire event logistics agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that plans tent deliveries, pitch-ups and crew shifts from bookings.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone, e-mail, event address, dates, tents and extras ordered.",
)
site_notes = tg.Data(
    "Customer site access notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the customer types: field access, parking, gate codes, timings.",
)
agent_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the week's bookings and notes, stock and roster extracts.",
)
completion = tg.Data(
    "Agent reasoning and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
inventory_call = tg.Data("Stock reservation call", kind="tool-call")
stock = tg.Data("Tent and furnishing stock levels", kind="records")
roster_call = tg.Data("Crew shift booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
roster = tg.Data(
    "Crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew names, mobile numbers, availability, driving licence categories.",
)
route_query = tg.Data("Event postcodes and dates", kind="tool-call", sensitivity=tg.Sensitivity.PII)
route_weather = tg.Data(
    "Drive times and weather forecast", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
plan = tg.Data(
    "Event logistics plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per event: van, crew, load list, arrival window, site address and access notes.",
)
approval = tg.Data("Weekly plan approval", kind="records")
message = tg.Data("Customer timing message", kind="model-output", sensitivity=tg.Sensitivity.PII)
job_sheet = tg.Data("Crew job sheet", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can book a tent; the booking form takes their notes as typed.
    customer = tm.add(tg.Actor("Customer", role="hirer"))
    # Seasonal crew get their job sheets on their own phones.
    crew = tm.add(tg.Actor("Crew member", role="pitching crew"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The off-the-shelf booking system the website already uses.
    booking_platform = tm.add(
        tg.ExternalService(
            "Booking platform",
            description="Hosted booking and deposit system; posts booking events to our webhook.",
        )
    )
    # Hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with tool calling, behind the vendor's API.",
        )
    )
    # Mapping and weather API used to size drive times and flag high winds.
    maps_weather = tm.add(
        tg.ExternalService(
            "Maps and weather API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Sends SMS and e-mail on our behalf to customers and crew.
    messaging_gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Cloud app", trust=tg.Trust.INTERNAL):
    # Receives booking events from the booking platform.
    webhook = tm.add(
        tg.Endpoint(
            "Booking webhook",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="HMAC signature set by the booking platform")},
        )
    )
    # The LLM agent that builds and carries out the weekly plan.
    agent = tm.add(
        tg.Agent(
            "Logistics planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="operations manager",
                    note="approves the weekly crew plan before job sheets go out; "
                    "customer timing messages are sent directly by the agent",
                ),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reserves tents, stoves, rugs and beds against each event.
    inventory_tool = tm.add(tg.Tool("Inventory tool", capabilities={"read", "write"}))
    # Books crew onto pitch-up and take-down shifts.
    roster_tool = tm.add(tg.Tool("Crew roster tool", capabilities={"read", "write"}))
    # Lets the agent text and e-mail customers and crew.
    messaging_tool = tm.add(tg.Tool("Messaging tool", capabilities={"send-messages"}))
    # Where the agent keeps the plan the manager reviews.
    plan_store = tm.add(
        tg.DataStore(
            "Event plan store",
            stores={plan, booking, site_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Manager's view of the plan, with the approve button.
    dashboard = tm.add(
        tg.Endpoint(
            "Ops dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Stock and condition of every tent and furnishing.
        inventory_db = tm.add(
            tg.DataStore(
                "Inventory database",
                stores={stock},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Crew availability and contact details.
        roster_db = tm.add(
            tg.DataStore(
                "Crew roster database",
                stores={roster},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Runs the yard and signs off each week's plan.
    manager = tm.add(tg.Actor("Operations manager", role="operations manager", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, booking_platform, booking, site_notes, protocol="https", controls={tls})
tm.flow(
    booking_platform,
    webhook,
    booking,
    site_notes,
    protocol="https",
    controls={tls},
    label="booking event",
)
tm.flow(webhook, agent, booking, site_notes)
tm.flow(webhook, plan_store, booking, site_notes)

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, inventory_tool, inventory_call)
tm.flow(inventory_tool, inventory_db, inventory_call, label="reserve stock")
tm.flow(inventory_db, inventory_tool, stock)
tm.flow(inventory_tool, agent, stock)

tm.flow(agent, roster_tool, roster_call)
tm.flow(roster_tool, roster_db, roster_call, label="book shifts")
tm.flow(roster_db, roster_tool, roster)
tm.flow(roster_tool, agent, roster)

tm.flow(agent, maps_weather, route_query, protocol="https", controls={tls})
tm.flow(maps_weather, agent, route_weather, protocol="https", controls={tls})

tm.flow(agent, plan_store, plan)
tm.flow(plan_store, agent, plan, approval, label="approved plan")
tm.flow(plan_store, dashboard, plan, booking, site_notes)
tm.flow(dashboard, manager, plan, booking, site_notes, protocol="https", controls={tls})
tm.flow(manager, dashboard, approval, protocol="https", controls={tls})
tm.flow(dashboard, plan_store, approval)

tm.flow(agent, messaging_tool, message, job_sheet)
tm.flow(messaging_tool, messaging_gateway, message, job_sheet, protocol="https", controls={tls})
tm.flow(messaging_gateway, customer, message, protocol="sms")
tm.flow(messaging_gateway, crew, job_sheet, protocol="sms")
