"""Butcher shop online orders with a substitution agent: the first design.

An independent butcher in the EU sells online through its own small storefront,
hosted in a cloud account. Customers order cuts for delivery and can message the
shop about an order. An LLM agent answers those messages: it looks up stock,
proposes a substitute when a cut is out (the customer accepts in the chat),
adjusts the order total within a fixed limit per order, and books delivery slots.
It calls a hosted LLM from a vendor. At checkout the card is entered on the
payment provider's hosted page and only pre-authorised; the butcher captures the
final amount from the back-office app when the order is packed. The butcher sees
orders, messages and stock in the back-office app. Controls in this design:
customer and staff sign-in, TLS on external links, a per-order cap on total
adjustments enforced by the order tool, a step limit on the agent, and encrypted
managed databases.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Butcher shop online order substitution agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online meat orders; an LLM agent handles order messages, substitutions and delivery slots.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, phone, items, total and pre-authorisation reference.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
message = tg.Data("Customer message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt with order context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the order and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
stock = tg.Data("Stock and price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stock_query = tg.Data("Stock lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_result = tg.Data(
    "Stock lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
adjustment = tg.Data(
    "Substitution and total adjustment",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Swap one line for another cut and change the order total.",
)
adjustment_result = tg.Data(
    "Order change result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
slot_request = tg.Data("Delivery slot booking", kind="tool-call", sensitivity=tg.Sensitivity.PII)
slot_result = tg.Data("Delivery slot result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the payment provider's hosted page.",
)
preauth = tg.Data(
    "Payment pre-authorisation reference",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
capture = tg.Data(
    "Payment capture request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
capture_result = tg.Data(
    "Payment capture result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
notification = tg.Data("Order update e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
packing = tg.Data("Packing and stock updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and order; the people the shop serves.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The public web shop: checkout, order history and the order message thread.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Answers order messages, proposes substitutions, adjusts totals, books slots.
    agent = tm.add(
        tg.Agent(
            "Order substitution agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts without staff approval; the customer accepts a substitution in the chat.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Read-only look-up of what is in the counter and cold room, and prices.
    stock_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Changes order lines and totals; refuses changes past the per-order cap.
    order_tool = tm.add(
        tg.Tool(
            "Order adjustment tool",
            capabilities={"read", "write"},
            controls={c.TransactionLimits(limit="EUR 15 per order")},
        )
    )
    # Books and moves delivery slots on the order.
    slot_tool = tm.add(tg.Tool("Delivery slot tool", capabilities={"read", "write"}))
    # Orders, message threads, delivery slots and pre-authorisation references.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, message, reply},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the butcher has in stock today and at what price per kilo.
    stock_db = tm.add(tg.DataStore("Stock and price list", stores={stock}))
    # The butcher's back-office web app: orders, messages, stock, capture at packing.
    backoffice = tm.add(
        tg.Service(
            "Back-office app",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # The butcher and counter staff, on the shop's tablet.
    butcher = tm.add(tg.Actor("Butcher", role="shop owner", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card page, pre-authorisation and capture.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for order confirmations and agent replies.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Ordering and paying
tm.flow(customer, storefront, order, message, protocol="https", controls={tls})
tm.flow(storefront, customer, order, reply, protocol="https", controls={tls})
tm.flow(customer, payments, card, protocol="https", controls={tls}, label="hosted card page")
tm.flow(payments, storefront, preauth, protocol="https", controls={tls}, label="pre-authorisation")
tm.flow(storefront, order_db, order, message)
tm.flow(order_db, storefront, order, reply)
tm.flow(stock_db, storefront, stock, label="catalogue page")

# The agent
tm.flow(storefront, agent, message, label="new order message")
tm.flow(agent, storefront, reply)
tm.flow(agent, order_db, reply, label="posts reply to thread")
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_db, stock_tool, stock)
tm.flow(stock_tool, agent, stock_result)
tm.flow(agent, order_tool, adjustment)
tm.flow(order_db, order_tool, order)
tm.flow(order_tool, order_db, order, label="updated lines and total")
tm.flow(order_tool, agent, adjustment_result)
tm.flow(agent, slot_tool, slot_request)
tm.flow(order_db, slot_tool, order, label="booked slots")
tm.flow(slot_tool, order_db, order, label="slot booked")
tm.flow(slot_tool, agent, slot_result)

# Notifications
tm.flow(storefront, email, notification, protocol="https", controls={tls})
tm.flow(email, customer, notification, protocol="smtp")

# Back office
tm.flow(butcher, backoffice, packing, message, protocol="https", controls={tls})
tm.flow(backoffice, butcher, order, message, reply, protocol="https", controls={tls})
tm.flow(order_db, backoffice, order, message, reply)
tm.flow(backoffice, order_db, order, message, label="packed, final weights, staff replies")
tm.flow(backoffice, stock_db, stock)
tm.flow(backoffice, payments, capture, protocol="https", controls={tls}, label="capture at packing")
tm.flow(payments, backoffice, capture_result, protocol="https", controls={tls})
