"""Ghost kitchen order routing agent: the first design, before any security review.

A delivery-only kitchen group runs six brands out of shared kitchens. Three delivery
platforms push new orders and support messages to our intake endpoint over HTTPS. An
LLM agent, running on our cloud platform and calling a hosted model API, decides which
kitchen and station cooks each item from current load and stock, pauses menu items on
the platforms when stock runs out, and answers platform support messages about late
orders. Its tools write kitchen tickets, call the platforms' menu and support APIs, and
read orders and stock. Stock levels live in the inventory system, which kitchen staff
update on shared tablets signed in with a per-kitchen PIN. Kitchen managers watch a web
dashboard (company SSO) and can override routing or un-pause items. Controls in this
design: a shared token on platform webhooks, schema checks on intake, a step limit and
logging on the agent, platform API keys in a vault, encrypted order database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ghost kitchen order routing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that routes delivery orders to kitchens and stations, pauses "
    "out-of-stock items and answers platform support messages.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Platform order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, brand, customer first name, delivery address, allergy notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
support_msg = tg.Data(
    "Platform support message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from platform support staff or relayed from the customer.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Order and stock query", kind="tool-call")
lookup_result = tg.Data(
    "Order and stock lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
routing_call = tg.Data("Station assignment", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pause_call = tg.Data("Menu pause request", kind="tool-call")
reply_call = tg.Data("Support reply draft", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket = tg.Data(
    "Kitchen ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, station, customer first name and allergy notes.",
)
ticket_status = tg.Data("Ticket status", kind="records")
stock = tg.Data(
    "Stock levels",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stock_count = tg.Data("Stock count update", kind="records")
availability = tg.Data(
    "Item availability update", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
support_reply = tg.Data("Support reply", kind="documents", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Manager routing override", kind="records")
dashboard_view = tg.Data(
    "Kitchen load and order view", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Delivery platforms", trust=tg.Trust.PARTNER):
    # The three delivery platforms' partner APIs: orders and support messages come from
    # here, menu availability and support replies go back.
    platforms = tm.add(
        tg.ExternalService(
            "Delivery platform APIs",
            description="Three delivery marketplaces' merchant APIs and order webhooks.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with; we send it orders and support messages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Ops cloud", trust=tg.Trust.INTERNAL):
    # Receives the platforms' order and support-message webhooks.
    intake = tm.add(
        tg.Endpoint(
            "Order intake webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-platform shared token in the webhook header"),
                c.InputValidation(note="JSON schema check of each platform's order payload"),
            },
        )
    )
    # The LLM agent: routes each item, pauses items, answers support messages.
    agent = tm.add(
        tg.Agent(
            "Order routing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on its own; managers can override afterwards on the dashboard.",
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=90, note="prompts, completions and tool calls"),
            },
        )
    )
    # Read-only lookups of orders, ticket status, overrides and stock for the agent.
    lookup_tool = tm.add(tg.Tool("Order and stock lookup tool", capabilities={"read"}))
    # Writes the agent's kitchen and station choice as a ticket.
    routing_tool = tm.add(tg.Tool("Station routing tool", capabilities={"write"}))
    # Pauses and un-pauses menu items on the three platforms.
    menu_tool = tm.add(
        tg.Tool(
            "Menu availability tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="platform API keys in the cloud secret manager")},
        )
    )
    # Posts the agent's replies into the platforms' support threads.
    reply_tool = tm.add(
        tg.Tool(
            "Support reply tool",
            capabilities={"send-messages", "network-egress"},
            controls={c.SecretsManagement(note="platform API keys in the cloud secret manager")},
        )
    )
    # Orders, assignments, ticket status and manager overrides.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, ticket, ticket_status, override},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stock per kitchen, kept by kitchen staff.
    inventory = tm.add(
        tg.DataStore(
            "Inventory system",
            stores={stock},
            controls={c.Authentication(method="per-kitchen shared PIN on the tablet app")},
        )
    )
    # Web dashboard for kitchen managers: load, queues, overrides.
    dashboard = tm.add(
        tg.Service(
            "Manager dashboard",
            controls={c.Authentication(method="company Google Workspace SSO"), c.RBAC()},
        )
    )

with tm.boundary("Kitchen sites", trust=tg.Trust.INTERNAL):
    # Screens at each station showing the tickets to cook.
    kds = tm.add(tg.Service("Kitchen display system"))
    # Shared tablets staff use to count and update stock.
    tablets = tm.add(tg.Device("Kitchen stock tablets", fleet=True))
    # Staff who cook and count stock.
    staff = tm.add(tg.Actor("Kitchen staff", role="kitchen staff"))
    # Site managers who watch load and override the agent.
    manager = tm.add(tg.Actor("Kitchen manager", role="kitchen manager"))

# ---------------------------------------------------------------- flows
# orders and support messages in
tm.flow(platforms, intake, order, support_msg, protocol="https", label="order and support webhooks")
tm.flow(intake, order_db, order)
tm.flow(intake, agent, order, support_msg)

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# lookups
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(order_db, lookup_tool, order, ticket_status, override)
tm.flow(inventory, lookup_tool, stock)
tm.flow(lookup_tool, agent, lookup_result)

# routing to kitchens and stations
tm.flow(agent, routing_tool, routing_call)
tm.flow(routing_tool, order_db, ticket)
tm.flow(routing_tool, kds, ticket, protocol="https")
tm.flow(kds, order_db, ticket_status, protocol="https", label="bumped and completed")
tm.flow(kds, staff, ticket, label="on the panel")

# menu pauses and support replies out to the platforms
tm.flow(agent, menu_tool, pause_call)
tm.flow(menu_tool, platforms, availability, protocol="https")
tm.flow(agent, reply_tool, reply_call)
tm.flow(reply_tool, platforms, support_reply, protocol="https")

# stock updates from the kitchens
tm.flow(staff, tablets, stock_count, label="touchscreen")
tm.flow(tablets, inventory, stock_count, protocol="https")

# managers' view and overrides
tm.flow(order_db, dashboard, order, ticket_status)
tm.flow(inventory, dashboard, stock)
tm.flow(dashboard, manager, dashboard_view, protocol="https")
tm.flow(manager, dashboard, override, protocol="https")
tm.flow(dashboard, order_db, override)
tm.flow(dashboard, menu_tool, pause_call, label="manual pause or un-pause")
