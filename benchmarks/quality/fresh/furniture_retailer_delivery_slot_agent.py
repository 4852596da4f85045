"""Furniture delivery slot agent: the first design, before any security review.

Customers of a furniture retailer manage their home deliveries by chatting with an
LLM agent, either in the chat widget on the website or by text message through an
SMS provider. A customer identifies themselves with the order number and the
delivery postcode. The agent, running in the retailer's cloud account and calling a
hosted LLM, can look up the order's status, offer delivery slots from the routing
and scheduling system, rebook the delivery into another slot, and change the
delivery address as long as the order has not been dispatched. Before an address
change goes through, a one-time code is e-mailed to the address on the order and
the customer types it back into the chat. Drivers see their daily routes in a
driver app on their phones; customer service staff handle complaints in a console
that shows the order and the chat transcript. Controls in this design: rate limits
and the order-number check at the chat endpoint, a step limit on the agent, the
e-mailed code for address changes, and role-based, encrypted order storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Furniture delivery slot agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat and SMS agent that lets customers check, rebook and redirect furniture "
        "deliveries before dispatch."
    ),
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the customer, with order number, postcode and any code.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
sms_message = tg.Data(
    "SMS conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Inbound and outbound text messages, keyed by the customer's phone number.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool definitions and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next reply or tool call chosen by the model.",
)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_status = tg.Data(
    "Order status and delivery details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
slot_request = tg.Data("Slot search and rebooking call", kind="tool-call")
slot_result = tg.Data("Available slots and booking result", kind="tool-result")
address_change_call = tg.Data(
    "Address change call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="New delivery address and, on the second call, the code the customer typed.",
)
address_change_result = tg.Data(
    "Address change result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
orders = tg.Data(
    "Order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer name, e-mail, phone, delivery address, items and order value.",
)
address_update = tg.Data(
    "Delivery address update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation_code = tg.Data(
    "Address change confirmation code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit one-time code, valid for 15 minutes.",
)
confirmation_email = tg.Data(
    "Confirmation e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the address on the order carrying the one-time code.",
)
slots = tg.Data("Delivery slot availability", kind="records")
booking_change = tg.Data("Delivery booking change", kind="records", sensitivity=tg.Sensitivity.PII)
routes = tg.Data(
    "Driver routes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stops with customer name, address, phone and items for the day.",
)
delivery_status = tg.Data("Delivery status updates", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
handoff = tg.Data(
    "Escalated complaint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Complaint the agent hands over, with the transcript so far.",
)
cs_update = tg.Data("Customer service case notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person managing a delivery; anyone who knows an order number and postcode.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Driver phones", trust=tg.Trust.UNTRUSTED):
    # Delivery crews' phones on the mobile network, used to follow the day's route.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            description="Mobile app on delivery crews' phones showing routes and stop details.",
            controls={c.Authentication(method="driver username and password")},
        )
    )

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Carries the SMS channel: receives customers' texts and sends the agent's replies.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway provider"))
    # Sends the one-time code to the e-mail address on the order.
    email_provider = tm.add(tg.ExternalService("Transactional e-mail provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drives the agent's conversation and tool choice.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model behind the vendor's API, used with function calling.",
        )
    )

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the web widget and the SMS provider's inbound messages.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(method="order number and delivery postcode"),
            },
        )
    )
    # The LLM agent: holds the conversation and decides which delivery tools to call.
    agent = tm.add(
        tg.Agent(
            "Delivery slot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on the customer's behalf within one conversation; no staff approval.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only lookup of the order and its delivery booking.
    order_tool = tm.add(tg.Tool("Order lookup tool", capabilities={"read"}))
    # Lists free slots from routing and moves the booking to the chosen one.
    slot_tool = tm.add(tg.Tool("Delivery rebooking tool", capabilities={"read", "write"}))
    # Changes the delivery address before dispatch, after the e-mailed code is confirmed.
    address_tool = tm.add(
        tg.Tool(
            "Address change tool",
            capabilities={"write", "send-messages"},
            description="Refuses orders already dispatched; sends and checks the one-time code.",
            controls={
                c.Authentication(method="one-time code e-mailed to the address on the order")
            },
        )
    )
    # Keeps every conversation for complaint handling and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=180)},
        )
    )

    with tm.boundary("Retail core systems", trust=tg.Trust.RESTRICTED):
        # System of record for orders, customers and delivery addresses.
        order_db = tm.add(
            tg.DataStore(
                "Order management system",
                stores={orders},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Plans vans and crews; owns slot capacity and builds the daily routes.
        routing = tm.add(tg.Service("Routing and scheduling system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who take over complaints the agent cannot resolve.
    cs_staff = tm.add(tg.Actor("Customer service advisor", role="customer service"))
    # Case tool showing the order, the transcript and the escalation.
    cs_console = tm.add(
        tg.Service(
            "Customer service console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Web channel
tm.flow(customer, chat_api, customer_message, protocol="https", label="web chat widget")
tm.flow(chat_api, customer, agent_reply, protocol="https", label="web chat widget")

# SMS channel
tm.flow(customer, sms_gateway, sms_message, protocol="sms")
tm.flow(sms_gateway, chat_api, sms_message, protocol="https", label="inbound SMS webhook")
tm.flow(chat_api, sms_gateway, agent_reply, protocol="https", label="outbound SMS")
tm.flow(sms_gateway, customer, agent_reply, protocol="sms")

# Agent loop
tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Tools
tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, agent, order_status)
tm.flow(order_tool, order_db, order_query)
tm.flow(order_db, order_tool, orders)

tm.flow(agent, slot_tool, slot_request)
tm.flow(slot_tool, agent, slot_result)
tm.flow(slot_tool, routing, booking_change, label="slot search and rebook")
tm.flow(routing, slot_tool, slots)

tm.flow(agent, address_tool, address_change_call)
tm.flow(address_tool, agent, address_change_result)
tm.flow(order_db, address_tool, orders, label="order e-mail and dispatch state")
tm.flow(address_tool, email_provider, confirmation_email, confirmation_code, protocol="https")
tm.flow(email_provider, customer, confirmation_email, confirmation_code, protocol="smtp+starttls")
tm.flow(address_tool, order_db, address_update, label="after code confirmed")
tm.flow(address_tool, routing, address_update, label="re-geocode the stop")

# Routing and drivers
tm.flow(order_db, routing, orders, label="orders due for delivery")
tm.flow(routing, driver_app, routes, protocol="https")
tm.flow(driver_app, routing, delivery_status, protocol="https")
tm.flow(routing, order_db, delivery_status)

# Customer service
tm.flow(agent, cs_console, handoff, label="escalate complaint")
tm.flow(transcript_store, cs_console, transcripts)
tm.flow(order_db, cs_console, orders)
tm.flow(cs_console, cs_staff, orders, transcripts, handoff, protocol="https")
tm.flow(cs_staff, cs_console, cs_update, protocol="https")
tm.flow(cs_console, order_db, cs_update)
