"""Bakery click-and-collect order agent: the first design, before any security review.

Customers of a bakery chain with shops in the UK and Ireland order cakes and bread for
collection by chatting with an LLM agent on the bakery's website, as guests. The agent,
running in the bakery's cloud on a vendor-hosted LLM, checks shop stock and bake
schedules, places the order with the customer's allergy notes and any custom cake
message, and returns a payment link from the payment provider, whose hosted page takes
the card. A signed payment webhook marks the order paid and the order service sends it
to the shop's kitchen tablet. Customers can cancel through the agent for a full refund
up to a day before collection, giving their order number and e-mail address; the
refund tool enforces the cut-off. Shop managers edit stock and refund orders in a
manager portal signed into with e-mail and password. Chat transcripts are kept.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery click-and-collect order agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that takes click-and-collect orders, payments and "
    "cancellations for a bakery chain.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer types: items, shop, collection time, name, e-mail.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Next reply or the tool call to make.",
)
stock_query = tg.Data("Stock and schedule query", kind="tool-call")
stock = tg.Data(
    "Shop stock and bake schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per shop: items on the shelf, bake slots and cake lead times.",
)
order = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Items, shop, collection time, customer name, e-mail and phone.",
)
allergy = tg.Data(
    "Allergy notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Free-text allergies and intolerances the customer declares (health data).",
)
cake_message = tg.Data(
    "Custom cake message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Text to pipe on the cake, often names and ages.",
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_payment = tg.Data(
    "Card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card details entered on the provider's hosted payment page.",
)
payment_event = tg.Data(
    "Payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order reference, amount and payment status from the provider.",
)
cancellation = tg.Data(
    "Cancellation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Order number and e-mail address the customer gave.",
)
refund = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference and amount to refund to the original card.",
)
refund_result = tg.Data("Refund result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
order_result = tg.Data(
    "Order placement result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
kitchen_ticket = tg.Data(
    "Kitchen order ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="What to bake or set aside, collection time, allergy notes, cake message.",
)
order_status = tg.Data("Order status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stock_edit = tg.Data("Stock edit", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manager_refund = tg.Data(
    "Manager refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shop_orders = tg.Data("Shop order list", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website; orders and cancels as a guest.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages, payment webhooks and the refund API.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Creates payment links, takes the card, refunds to the original card.",
        )
    )

with tm.boundary("Bakery cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's back end that the website talks to.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to the customer and calls the ordering tools.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes orders, answers stock questions and handles cancellations.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Read-only look-up of what a shop has and when it bakes.
    stock_tool = tm.add(tg.Tool("Stock and bake schedule lookup", capabilities={"read"}))
    # Creates the order and asks for its payment link.
    order_tool = tm.add(tg.Tool("Place order tool", capabilities={"write"}))
    # Cancels an order and refunds it through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Cancel and refund tool",
            capabilities={"write", "money-movement"},
            controls={
                c.Authentication(method="order number and e-mail address on the order"),
                c.PolicyEnforcement(
                    rules="only paid orders whose collection is more than 24 hours away, "
                    "refunded in full to the original card"
                ),
            },
        )
    )
    # The ordering back end: owns orders and stock, talks to payments and kitchens.
    order_service = tm.add(
        tg.Service(
            "Order service",
            description="Order and stock API, payment webhook receiver, kitchen dispatch.",
        )
    )
    # Orders with customer details, allergy notes and cake messages.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, allergy, cake_message},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Stock levels and bake schedules for every shop.
    stock_db = tm.add(tg.DataStore("Stock and bake schedule database", stores={stock}))
    # Conversation logs kept for support and for improving the agent's prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Where shop managers edit stock and refund orders.
    portal = tm.add(
        tg.Service(
            "Shop manager portal",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="shop manager role"),
            },
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Tablet in each shop's kitchen that shows incoming orders to the bakers.
    tablet = tm.add(
        tg.Device(
            "Kitchen tablet",
            description="One managed tablet per shop running the kitchen order screen.",
        )
    )
    # Runs a shop: keeps stock up to date and refunds orders at the counter's request.
    manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, chat_message, protocol="https")
tm.flow(chat, customer, reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, order_service, stock_query, protocol="https")
tm.flow(order_service, stock_tool, stock, protocol="https")
tm.flow(stock_tool, agent, stock)
tm.flow(stock_db, order_service, stock)
tm.flow(order_service, stock_db, stock_edit)

tm.flow(agent, order_tool, order, allergy, cake_message)
tm.flow(order_tool, order_service, order, allergy, cake_message, protocol="https")
tm.flow(order_service, order_db, order, allergy, cake_message)
tm.flow(order_service, payments, order, protocol="https", label="create payment link")
tm.flow(payments, order_service, payment_link, protocol="https")
tm.flow(order_service, order_tool, payment_link, protocol="https")
tm.flow(order_tool, agent, order_result, payment_link)

tm.flow(customer, payments, card_payment, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    order_service,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the SDK")},
)
tm.flow(order_service, order_db, payment_event)
tm.flow(order_db, order_service, order, allergy, cake_message)
tm.flow(order_service, tablet, kitchen_ticket, protocol="https")
tm.flow(tablet, order_service, order_status, protocol="https")

tm.flow(agent, refund_tool, cancellation)
tm.flow(refund_tool, order_service, cancellation, protocol="https")
tm.flow(order_service, payments, refund, protocol="https")
tm.flow(payments, order_service, refund_result, protocol="https")
tm.flow(order_service, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

tm.flow(manager, portal, stock_edit, manager_refund, protocol="https")
tm.flow(portal, manager, shop_orders, protocol="https")
tm.flow(portal, order_service, stock_edit, manager_refund, protocol="https")
tm.flow(order_service, portal, shop_orders, protocol="https")
