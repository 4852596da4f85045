"""Grocery substitution chat agent: the first design, before any security review.

When a picker in one of our fulfilment centres finds an ordered item out of
stock, the picking system raises an event and an LLM agent opens a chat with the
customer in our shopping app. The agent looks up stock and prices, asks an
in-house recommender for likely substitutes from the customer's purchase
history, proposes them, and on the customer's answer changes the order lines and
refunds the difference or the missing item through our payment provider. It runs
in our cloud and calls a hosted LLM. Customers are EU residents signed in to the
app; refunds over EUR 30 per order wait for a customer-service team lead, and the
agent's loop is capped. Order data is encrypted at rest with role-based access,
the payment provider's key sits in a vault, and the LLM vendor was reviewed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grocery substitution chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that proposes substitutes for out-of-stock items and adjusts orders and refunds.",
)

# ---------------------------------------------------------------- data assets
oos_event = tg.Data(
    "Out-of-stock event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order id, order line and the item the picker could not find.",
)
customer_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, order context, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
stock_query = tg.Data(
    "Stock and price lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue = tg.Data(
    "Product catalogue and stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stock_result = tg.Data(
    "Availability and prices", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
purchase_history = tg.Data(
    "Purchase history features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Past baskets, preferred brands, dietary tags (vegetarian, gluten-free).",
)
substitutes = tg.Data(
    "Substitution candidates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Order lines, prices paid, delivery address and slot, contact details.",
)
order_change = tg.Data("Order change", kind="tool-call", sensitivity=tg.Sensitivity.PII)
updated_order = tg.Data("Updated order", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_request = tg.Data(
    "Refund request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order id, order line and amount the agent decided to refund.",
)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference and the amount to return to the card.",
)
refund_confirmation = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Refund escalation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Conversation summary and proposed refund for amounts above the limit.",
)
refund_approval = tg.Data(
    "Refund approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shopper whose order is short; answers the agent in the app.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Fulfilment centre network", trust=tg.Trust.INTERNAL):
    # Finds the gap on the shelf and marks the item missing on a handheld.
    picker = tm.add(tg.Actor("Picker", role="warehouse picker"))
    # Turns the picker's scan into an out-of-stock event for the agent.
    picking = tm.add(tg.Service("Picking system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves refunds above the limit and takes over conversations that go wrong.
    cs_lead = tm.add(tg.Actor("Customer service team lead", role="customer service"))

with tm.boundary("Grocer cloud", trust=tg.Trust.INTERNAL):
    # The app's chat backend: relays messages between the customer and the agent.
    chat_gateway = tm.add(
        tg.Endpoint(
            "App chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="app account e-mail and password, session kept on the phone"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Substitution agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Opens the chat, proposes substitutes, changes the order and refunds.",
            controls={
                c.HumanInTheLoop(
                    approver="customer service team lead",
                    above="EUR 30 refunded per order",
                ),
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=180),
            },
        )
    )
    # Lets the agent check what is in stock and at what price before proposing it.
    stock_tool = tm.add(tg.Tool("Stock and price lookup tool", capabilities={"read"}))
    # Ranks likely substitutes so the agent proposes things the customer buys.
    recommender = tm.add(
        tg.Model(
            "Substitution recommender",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Ranks in-stock alternatives by similarity and the customer's past baskets.",
        )
    )
    # Applies the accepted substitution to the order lines.
    order_tool = tm.add(tg.Tool("Order update tool", capabilities={"read", "write"}))
    # Returns money for missing items and price differences.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="payment provider API key in the vault")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for orders; the agent's tools read and change it.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={orders, purchase_history},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )
        # Reference data for stock and prices, fed by the warehouse systems.
        catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
        # Kept for complaints and for customer service to read back.
        transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU data residency")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Sends the refund back to the customer's card.
    psp = tm.add(tg.ExternalService("Payment service provider"))

# ---------------------------------------------------------------- flows
tm.flow(picker, picking, oos_event, protocol="https", label="marks item missing on handheld")
tm.flow(picking, catalogue_db, catalogue, label="stock level update")
tm.flow(picking, agent, oos_event, protocol="https")

tm.flow(agent, chat_gateway, agent_reply)
tm.flow(chat_gateway, customer, agent_reply, protocol="https")
tm.flow(customer, chat_gateway, customer_message, protocol="https")
tm.flow(chat_gateway, agent, customer_message)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, stock_tool, stock_query)
tm.flow(catalogue_db, stock_tool, catalogue)
tm.flow(stock_tool, agent, stock_result)

tm.flow(order_db, recommender, purchase_history)
tm.flow(agent, recommender, oos_event, label="substitutes for missing line")
tm.flow(recommender, agent, substitutes)

tm.flow(agent, order_tool, order_change)
tm.flow(order_db, order_tool, orders)
tm.flow(order_tool, order_db, orders)
tm.flow(order_tool, agent, updated_order)

tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, psp, refund_instruction, protocol="https")
tm.flow(psp, refund_tool, refund_confirmation, protocol="https")
tm.flow(refund_tool, order_db, refund_confirmation)
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, cs_lead, escalation, protocol="https", label="customer service console")
tm.flow(cs_lead, agent, refund_approval, protocol="https", label="customer service console")
tm.flow(transcript_store, cs_lead, transcripts, protocol="https")
