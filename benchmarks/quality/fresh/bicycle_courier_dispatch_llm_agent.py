"""Bicycle courier dispatch LLM agent: first design.

A bicycle courier company in two EU cities wants an LLM agent to do most of the
dispatching. Business customers book pickups in a web portal (addresses, recipient
contact, free-text delivery notes); couriers on their phones send GPS pings, job
status and chat messages through a courier app backend. The agent, a hosted LLM
behind our orchestrator, reads new orders and courier positions through a dispatch
board tool, asks a routing tool (wrapping a commercial maps API) for ETAs, assigns
jobs and messages couriers on its own, following dispatch rules the dispatchers
keep. A duty dispatcher watches every action on a console and must approve job
cancellations. The agent run is capped in steps and logged; the board tool cannot
delete orders; customers log in with e-mail and password, couriers with an SMS
code, dispatchers with SSO. Data stores are encrypted and positions kept 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle courier dispatch LLM agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that assigns same-day bicycle deliveries to couriers and messages them.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Delivery order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pickup and drop-off addresses, recipient name and phone, free-text delivery notes.",
)
order_status = tg.Data("Delivery status and ETA", kind="records", sensitivity=tg.Sensitivity.PII)
positions = tg.Data(
    "Courier GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A ping every 15 seconds while a courier is on shift.",
)
courier_updates = tg.Data(
    "Courier status updates and chat",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Picked up, delivered, on break, and free-text messages such as 'flat tyre'.",
)
job_message = tg.Data("Job assignment message", kind="documents", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Dispatch rules, open orders, courier positions and recent messages.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
board_call = tg.Data("Dispatch board call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
board_result = tg.Data("Dispatch board result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
route_query = tg.Data("Route query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
route_result = tg.Data(
    "Routes and ETAs", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
send_receipt = tg.Data(
    "Message delivery receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
dispatch_rules = tg.Data(
    "Dispatch rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Zones, courier skills, cargo-bike-only jobs, priority rules; part of the system prompt.",
)
dispatcher_input = tg.Data(
    "Dispatcher instructions and approvals", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shops, law firms, labs booking same-day deliveries.
    customer = tm.add(tg.Actor("Business customer", role="customer"))
    # Couriers are mostly freelancers on their own phones.
    courier = tm.add(tg.Actor("Courier", role="courier"))
    # The courier app on each courier's own phone.
    courier_app = tm.add(tg.Device("Courier phone app", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; zero-retention terms signed.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Commercial cycling-aware routing and ETA service.
    maps_api = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Dispatch cloud", trust=tg.Trust.INTERNAL):
    # Web portal and API where customers book and track deliveries.
    portal = tm.add(
        tg.Endpoint(
            "Customer booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="address geocoding and field lengths"),
            },
        )
    )
    # Receives pings, status and chat from the app; pushes jobs back to it.
    courier_backend = tm.add(
        tg.Endpoint(
            "Courier app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="phone number and SMS one-time code")},
        )
    )
    # The LLM agent: decides who gets which job and tells them.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Assigns and reassigns jobs and messages couriers; cancellations wait for a dispatcher.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=90),
                c.HumanInTheLoop(approver="duty dispatcher", note="job cancellations only"),
            },
        )
    )
    # Reads open orders and positions, writes assignments and statuses.
    board_tool = tm.add(
        tg.Tool(
            "Dispatch board tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="no delete; can only assign, reassign and set status")
            },
        )
    )
    # Sends push messages to couriers through the app backend.
    messaging_tool = tm.add(tg.Tool("Courier messaging tool", capabilities={"send-messages"}))
    # Wraps the maps API for ETAs and route comparisons.
    routing_tool = tm.add(tg.Tool("Routing tool", capabilities={"read", "network-egress"}))
    # Dispatchers' view of the board, the agent's actions and pending approvals.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC SSO")},
        )
    )
    # The rules the agent is told to follow, edited by dispatchers.
    rules_store = tm.add(tg.DataStore("Dispatch rules store", stores={dispatch_rules}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Orders and their status history.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={order, order_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Live and recent courier positions and shift status.
        location_store = tm.add(
            tg.DataStore(
                "Courier location store",
                stores={positions},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=30),
                },
            )
        )

with tm.boundary("Dispatch office", trust=tg.Trust.INTERNAL):
    # Supervises the agent, answers couriers it escalates, approves cancellations.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# customers
tm.flow(customer, portal, order, protocol="https")
tm.flow(portal, customer, order_status, protocol="https")
tm.flow(portal, order_db, order)
tm.flow(order_db, portal, order_status)

# couriers
tm.flow(courier, courier_app, courier_updates)
tm.flow(courier_app, courier, job_message)
tm.flow(courier_app, courier_backend, positions, courier_updates, protocol="https")
tm.flow(courier_backend, courier_app, job_message, protocol="https")
tm.flow(courier_backend, location_store, positions)
tm.flow(courier_backend, order_db, order_status, label="picked up / delivered")
tm.flow(courier_backend, agent, courier_updates, label="courier messages trigger a run")

# agent and model
tm.flow(rules_store, agent, dispatch_rules)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tools
tm.flow(agent, board_tool, board_call)
tm.flow(board_tool, agent, board_result)
tm.flow(order_db, board_tool, order, order_status)
tm.flow(board_tool, order_db, order_status, label="assignments and status")
tm.flow(location_store, board_tool, positions)
tm.flow(agent, routing_tool, route_query)
tm.flow(routing_tool, agent, route_result)
tm.flow(routing_tool, maps_api, route_query, protocol="https")
tm.flow(maps_api, routing_tool, route_result, protocol="https")
tm.flow(agent, messaging_tool, job_message)
tm.flow(messaging_tool, agent, send_receipt)
tm.flow(messaging_tool, courier_backend, job_message)

# dispatchers
tm.flow(dispatcher, console, dispatcher_input, dispatch_rules, protocol="https")
tm.flow(console, dispatcher, action_log, protocol="https")
tm.flow(console, agent, dispatcher_input)
tm.flow(agent, console, action_log)
tm.flow(console, rules_store, dispatch_rules)
