"""Bakery delivery van route reorder agent: the first design, before any security review.

A family bakery in Utrecht delivers bread to about forty shops and cafés each
morning with four vans. During the run, an LLM agent reorders each van's
remaining stops: it reads shop requests and driver replies that arrive on the
bakery's WhatsApp business number, checks traffic and where the vans are, writes
the new stop order to the routes database and messages the drivers. The agent
runs in the bakery's small cloud account and uses a hosted LLM; traffic,
telematics and messaging are vendor APIs. The dispatcher watches the changes on
a dispatch board, can pin stops, and reads the agent's action log. The agent has
a step limit per request, every tool call is logged, the messaging tool sends
only to numbers on today's driver roster, the board signs the dispatcher in with
e-mail and password, and vendor calls go over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery delivery van route reorder agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Reorders a bakery's delivery van routes during the morning run.",
)

# ---------------------------------------------------------------- data assets
shop_request = tg.Data(
    "Shop delivery request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text WhatsApp message from shop staff, with the sender's number.",
)
driver_reply = tg.Data(
    "Driver reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A driver's WhatsApp message, such as 'road closed at Oudegracht'.",
)
prompt = tg.Data(
    "Agent prompt with route context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the messages, current stop order, traffic and van positions.",
)
completion = tg.Data(
    "LLM tool-call plan", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
traffic_query = tg.Data("Traffic query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
traffic = tg.Data(
    "Traffic incidents and travel times", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
location_query = tg.Data(
    "Van location query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
van_positions = tg.Data(
    "Van GPS positions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Live position of each van, and so of its driver.",
)
route_update = tg.Data(
    "Route update call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
routes = tg.Data(
    "Delivery routes and stop order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Today's stops per van with shop addresses, order quantities and time windows.",
)
roster = tg.Data(
    "Driver roster and phone numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
message_call = tg.Data(
    "Driver message call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
driver_message = tg.Data(
    "Route change message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The new stop order sent to a driver's phone number.",
)
overrides = tg.Data(
    "Dispatcher stop pins and overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at the shops and cafés we deliver to, messaging from their own phones.
    shop_staff = tm.add(tg.Actor("Shop staff", role="customer"))
    # Drivers read and answer messages on their own phones while on the run.
    driver = tm.add(tg.Actor("Van driver", role="driver"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API provider: relays inbound messages and sends ours.
    messaging = tm.add(tg.ExternalService("WhatsApp Business API provider"))

with tm.boundary("Traffic vendor", trust=tg.Trust.PARTNER):
    # Commercial traffic feed: incidents, closures and live travel times.
    traffic_api = tm.add(
        tg.ExternalService("Traffic data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vans' GPS trackers report here; we read positions through its API.
    telematics = tm.add(
        tg.ExternalService("Van telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Bakery office", trust=tg.Trust.INTERNAL):
    # Runs the morning dispatch; watches and overrides the agent.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher", privileged=True))

with tm.boundary("Bakery cloud account", trust=tg.Trust.INTERNAL):
    # Receives inbound WhatsApp messages from the provider and queues them for the agent.
    inbox = tm.add(tg.Endpoint("Inbound message webhook", purpose=tg.EndpointPurpose.API))
    # The agent: decides how to reorder stops and who to tell.
    agent = tm.add(
        tg.Agent(
            "Route reorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=30),
            },
        )
    )
    # Looks up incidents and travel times along the remaining stops.
    traffic_tool = tm.add(tg.Tool("Traffic lookup tool", capabilities={"read"}))
    # Looks up where each van is now.
    location_tool = tm.add(tg.Tool("Van location tool", capabilities={"read"}))
    # Writes a van's new stop order.
    route_tool = tm.add(tg.Tool("Route update tool", capabilities={"read", "write"}))
    # Sends the new stop order to a driver.
    message_tool = tm.add(
        tg.Tool(
            "Driver messaging tool",
            capabilities={"send-messages"},
            controls={c.PolicyEnforcement(rules="sends only to numbers on today's driver roster")},
        )
    )
    # Today's routes, orders and the driver roster.
    routes_db = tm.add(
        tg.DataStore(
            "Routes and orders database",
            stores={routes, roster, overrides},
            controls={c.EncryptionAtRest(key_management="managed database default encryption")},
        )
    )
    # What the agent did and why, for the dispatcher and later questions.
    log_store = tm.add(tg.DataStore("Agent action log store", stores={action_log}))
    # Web page the dispatcher uses to see routes, pin stops and read the log.
    board = tm.add(
        tg.Service(
            "Dispatch board",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(shop_staff, messaging, shop_request, protocol="whatsapp")
tm.flow(driver, messaging, driver_reply, protocol="whatsapp")
tm.flow(messaging, inbox, shop_request, driver_reply, protocol="https", label="webhook")
tm.flow(inbox, agent, shop_request, driver_reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, traffic_tool, traffic_query)
tm.flow(traffic_tool, traffic_api, traffic_query, protocol="https")
tm.flow(traffic_api, traffic_tool, traffic, protocol="https")
tm.flow(traffic_tool, agent, traffic)

tm.flow(agent, location_tool, location_query)
tm.flow(location_tool, telematics, location_query, protocol="https")
tm.flow(telematics, location_tool, van_positions, protocol="https")
tm.flow(location_tool, agent, van_positions)

tm.flow(agent, route_tool, route_update)
tm.flow(route_tool, routes_db, routes)
tm.flow(routes_db, route_tool, routes, overrides)
tm.flow(route_tool, agent, routes, overrides, label="current stop order")

tm.flow(agent, message_tool, message_call)
tm.flow(routes_db, message_tool, roster)
tm.flow(message_tool, messaging, driver_message, protocol="https")
tm.flow(messaging, driver, driver_message, protocol="whatsapp")

tm.flow(agent, log_store, action_log)

tm.flow(dispatcher, board, overrides, protocol="https")
tm.flow(board, routes_db, overrides)
tm.flow(routes_db, board, routes, overrides)
tm.flow(log_store, board, action_log)
tm.flow(board, dispatcher, routes, action_log, protocol="https")
