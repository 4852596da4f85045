"""Bookshop chain customer service agent: the first design, before any security review.

A chat widget on the chain's website lets customers ask about their orders, stock
in each shop and upcoming author events. Behind it an LLM agent, using a hosted
model, calls tools: order lookup, stock and events search, a returns tool that
books a return and refunds the original payment through the payment provider, a
gift-card balance check against the gift-card platform, and an escalation tool
that opens a complaint ticket for store staff in the helpdesk. Signed-in customers
use their website account; guests identify an order by order number and e-mail.
Refunds above GBP 75 wait in the helpdesk for a member of store staff to approve.
The chat API is rate limited, transcripts are kept for 90 days, and the order
database is encrypted at rest. Customers are in the UK and EU, so the GDPR applies.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bookshop chain customer service agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent for orders, stock, events, returns, gift cards and complaints.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, addresses, e-mail, items, delivery and payment status.",
)
order_query = tg.Data("Order lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_result = tg.Data("Order details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data("Stock and events catalogue", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
stock_query = tg.Data("Stock and events query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
stock_result = tg.Data(
    "Stock and events results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
return_request = tg.Data("Return request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
return_record = tg.Data("Return record", kind="records", sensitivity=tg.Sensitivity.PII)
refund = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_result = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
return_result = tg.Data(
    "Return label and status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
approval_request = tg.Data(
    "Refund approval request", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Refund approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
giftcard_query = tg.Data(
    "Gift card number and PIN", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
giftcard_balance = tg.Data(
    "Gift card balance", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
complaint = tg.Data(
    "Complaint ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The complaint, the order and the chat transcript so far.",
)
staff_reply = tg.Data("Staff reply to customer", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can open the chat, signed in or not.
    customer = tm.add(tg.Actor("Website customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment and gift card partners", trust=tg.Trust.PARTNER):
    # Card acquirer: refunds go back to the card the order was paid with.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))
    # Third-party gift card platform that holds card balances.
    giftcards = tm.add(tg.ExternalService("Gift card platform", provides="generic"))

with tm.boundary("Bookshop cloud", trust=tg.Trust.INTERNAL):
    # The public chat API the website widget calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="website account e-mail and password; guests give order number and e-mail"
                ),
            },
        )
    )
    # Reads the conversation, decides which tool to call and writes the reply.
    agent = tm.add(
        tg.Agent(
            "Customer service agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Handles orders, stock, events, returns, gift cards and escalations.",
        )
    )
    # Looks up the orders of the customer in the conversation.
    order_tool = tm.add(tg.Tool("Order lookup tool", capabilities={"read"}))
    # Searches shop stock levels and the events calendar.
    stock_tool = tm.add(tg.Tool("Stock and events tool", capabilities={"read"}))
    # Books a return, issues the label and refunds the payment.
    returns_tool = tm.add(
        tg.Tool(
            "Returns tool",
            capabilities={"read", "write", "money-movement"},
            controls={c.HumanInTheLoop(approver="store staff", above="GBP 75 per refund")},
        )
    )
    # Checks a gift card balance with the gift card platform.
    giftcard_tool = tm.add(
        tg.Tool("Gift card balance tool", capabilities={"read", "network-egress"})
    )
    # Opens a complaint ticket for store staff.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"send-messages"}))
    # The e-commerce order database.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, return_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Product stock per shop and the author events calendar.
    catalogue_db = tm.add(tg.DataStore("Stock and events database", stores={catalogue}))
    # Conversations kept for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Ticketing system where shops pick up complaints and refund approvals.
    helpdesk = tm.add(tg.Service("Staff helpdesk", controls={c.Authentication(method="staff SSO")}))
    # Shop staff who answer complaints and approve large refunds.
    staff = tm.add(tg.Actor("Store staff", role="store staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, question, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, order_db, order_query)
tm.flow(order_db, order_tool, orders)
tm.flow(order_tool, agent, order_result)

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, catalogue_db, stock_query)
tm.flow(catalogue_db, stock_tool, catalogue)
tm.flow(stock_tool, agent, stock_result)

tm.flow(agent, returns_tool, return_request)
tm.flow(order_db, returns_tool, orders, label="order and payment reference")
tm.flow(returns_tool, order_db, return_record)
tm.flow(returns_tool, helpdesk, approval_request, label="refunds above GBP 75")
tm.flow(helpdesk, returns_tool, approval)
tm.flow(returns_tool, payments, refund, protocol="https")
tm.flow(payments, returns_tool, refund_result, protocol="https")
tm.flow(returns_tool, agent, return_result)

tm.flow(agent, giftcard_tool, giftcard_query)
tm.flow(giftcard_tool, giftcards, giftcard_query, protocol="https")
tm.flow(giftcards, giftcard_tool, giftcard_balance, protocol="https")
tm.flow(giftcard_tool, agent, giftcard_balance)

tm.flow(agent, escalation_tool, complaint)
tm.flow(escalation_tool, helpdesk, complaint, protocol="https")
tm.flow(helpdesk, staff, complaint, approval_request, protocol="https")
tm.flow(staff, helpdesk, staff_reply, approval, protocol="https")
tm.flow(helpdesk, customer, staff_reply, protocol="smtp+starttls", label="e-mail reply")
