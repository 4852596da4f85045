"""WhatsApp order agent for a wholesale florist: the first design, before any review.

Trade customers (independent florists and event stylists) already order by
WhatsApp. An LLM agent on our cloud account takes over the order line: it reads
each message and any photos of the flowers wanted, checks what is in stock,
quotes prices from the day's price list that the buyer loads each morning,
places the order on the customer's trade account and books a delivery slot.
The agent's model is a hosted multimodal LLM. Orders go on the trade account and
a monthly job e-mails each customer an invoice; warehouse staff pick and pack
from the order list on a staff portal, where they also update stock and prices.
Controls in this design: the customer is recognised by the WhatsApp number on the
trade account, the order system holds each account to its credit limit, the agent
stops after a set number of steps and logs its tool calls, staff sign in to the
portal, and chat history is kept for 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wholesale florist WhatsApp order agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent taking trade orders over WhatsApp for a wholesale florist.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer order message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the florist: stems, colours, quantities, delivery day.",
)
photo = tg.Data(
    "Flower photo",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A picture of the flowers or arrangement the customer wants matched.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with history",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, recent conversation, tool results and the photo.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
history = tg.Data("Conversation history", kind="records", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data(
    "Stock and price query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_result = tg.Data(
    "Stock and price result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
stock = tg.Data("Stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prices = tg.Data(
    "Daily price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
order_call = tg.Data(
    "Order placement call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Trade account, lines, quoted unit prices and delivery day.",
)
order_result = tg.Data("Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Orders and trade accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Order lines, account contacts and WhatsApp numbers, credit limits, balances.",
)
delivery_call = tg.Data("Delivery booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
delivery_result = tg.Data(
    "Delivery slot confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
deliveries = tg.Data(
    "Delivery schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Van runs, shop addresses and time slots.",
)
invoice = tg.Data("Monthly invoice", kind="documents", sensitivity=tg.Sensitivity.PII)
pick_list = tg.Data("Picking list", kind="records", sensitivity=tg.Sensitivity.PII)
staff_updates = tg.Data(
    "Stock and price updates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A trade customer ordering from their own phone.
    customer = tm.add(tg.Actor("Trade customer", role="florist"))

with tm.boundary("WhatsApp Business Platform", trust=tg.Trust.PARTNER):
    # Meta's Cloud API: delivers messages to our webhook and sends our replies.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Cloud API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the messages and photos and plans the tool calls.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Florist cloud account", trust=tg.Trust.INTERNAL):
    # Receives message events from WhatsApp.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="sender's WhatsApp number matched to a trade account contact"
                )
            },
        )
    )
    # Runs the conversation: calls the LLM, the tools, and replies.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Places orders and books deliveries without staff confirmation.",
            controls={c.CircuitBreaker(max_steps=12), c.AuditLogging(retention_days=365)},
        )
    )
    # Recent messages per customer, reloaded into each prompt.
    history_store = tm.add(
        tg.DataStore(
            "Conversation history store", stores={history}, controls={c.RetentionLimits(days=90)}
        )
    )
    # Read-only look-up of what is in the cold store and today's price.
    lookup_tool = tm.add(tg.Tool("Stock and price lookup tool", capabilities={"read"}))
    # Creates the order on the customer's trade account.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write"},
            description="Writes the lines and the unit prices the agent quoted to the customer.",
            controls={
                c.TransactionLimits(
                    limit="each trade account's credit limit, checked by the order system"
                )
            },
        )
    )
    # Reserves a slot on a delivery van run.
    delivery_tool = tm.add(tg.Tool("Delivery booking tool", capabilities={"write"}))
    # Cold-store stock, updated by staff as deliveries arrive and orders are packed.
    stock_db = tm.add(tg.DataStore("Stock database", stores={stock}))
    # Loaded each morning by the buyer after the auction.
    price_list = tm.add(tg.DataStore("Daily price list store", stores={prices}))
    # Orders and trade accounts: the system of record for what customers owe.
    order_db = tm.add(tg.DataStore("Order and trade account database", stores={orders}))
    # Van runs and slots.
    delivery_db = tm.add(tg.DataStore("Delivery schedule store", stores={deliveries}))
    # Runs on the 1st of each month and e-mails invoices.
    invoicing = tm.add(tg.Service("Monthly invoicing job"))
    # Web portal for the warehouse and the buyer.
    portal = tm.add(
        tg.Endpoint(
            "Staff portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Warehouse", trust=tg.Trust.INTERNAL):
    # Pickers, packers and the buyer who sets the day's prices.
    staff = tm.add(tg.Actor("Warehouse staff", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, whatsapp, message, photo, protocol="whatsapp")
tm.flow(whatsapp, webhook, message, protocol="https", label="message webhook")
tm.flow(webhook, agent, message)
tm.flow(agent, whatsapp, protocol="https", label="media download request")
tm.flow(whatsapp, agent, photo, protocol="https", label="media download")
tm.flow(history_store, agent, history)
tm.flow(agent, history_store, history)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(stock_db, lookup_tool, stock)
tm.flow(price_list, lookup_tool, prices)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, order_db, orders)
tm.flow(order_db, order_tool, orders, label="account and credit limit")
tm.flow(order_tool, agent, order_result)
tm.flow(agent, delivery_tool, delivery_call)
tm.flow(delivery_tool, delivery_db, deliveries)
tm.flow(delivery_db, delivery_tool, deliveries, label="free slots")
tm.flow(delivery_tool, agent, delivery_result)

tm.flow(agent, whatsapp, reply, protocol="https", label="send message")
tm.flow(whatsapp, customer, reply, protocol="whatsapp")

tm.flow(order_db, invoicing, orders)
tm.flow(invoicing, customer, invoice, protocol="smtp", label="monthly e-mail")
tm.flow(order_db, portal, pick_list)
tm.flow(delivery_db, portal, deliveries)
tm.flow(portal, staff, pick_list, deliveries, protocol="https")
tm.flow(staff, portal, staff_updates, protocol="https")
tm.flow(portal, stock_db, staff_updates)
tm.flow(portal, price_list, staff_updates)
tm.flow(portal, order_db, pick_list, label="marked packed")
