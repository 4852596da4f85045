"""Customer refund agent: the first design, before any security review.

Signed-in shoppers open the web chat on the store site and talk to a support
agent. The agent runs in our production VPC and uses a vendor-hosted LLM whose
system prompt holds the store's return policy. It has function tools to look up
orders and delivery tracking, to issue refunds and to create return labels. The
tools call the order-management API (owned by the commerce core team), which
pays refunds through the payment provider. Tracking comes from the carrier API.
Refunds up to 75 EUR are issued directly; the refund tool rejects larger amounts
and the agent then opens a ticket in the helpdesk queue for a human agent.
Controls in this design: the chat endpoint requires the shopper's store session
and is rate limited, the agent stops after a fixed number of steps, the OMS API
key is kept in the secrets vault, conversations are stored encrypted, and the
OMS records every refund and return with the caller's identity.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Customer refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web-chat support agent that looks up orders, issues small refunds "
    "and return labels, and hands larger refunds to human agents.",
)

# ---------------------------------------------------------------- data assets
session = tg.Data(
    "Store session cookie",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The shopper's signed-in session from the store website.",
)
message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "System prompt with return policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Return policy, refund cap and tone guidelines.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Text for the customer or a function call.",
)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
order_details = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, amounts, shipping address, payment reference, tracking number.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tracking_query = tg.Data("Tracking number", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tracking_status = tg.Data(
    "Delivery tracking events", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
refund_call = tg.Data(
    "Refund request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order id, line items and amount to refund.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
label_call = tg.Data("Return label request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
return_label = tg.Data(
    "Return label",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Carrier label PDF with the customer's address and a return code.",
)
payout = tg.Data(
    "Refund payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference and amount; no card numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
handoff = tg.Data(
    "Escalation ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order id, requested amount and a summary of the conversation.",
)
decision = tg.Data("Human refund decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers signed in to the store website; anyone can create an account.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model; the return policy lives in its system prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor API.",
        )
    )

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # Parcel carrier's tracking API, for "where is my order" questions.
    carrier = tm.add(
        tg.ExternalService("Carrier tracking API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The PSP that actually moves the money back to the customer.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Ticket queue where human agents pick up refunds above the cap.
    helpdesk = tm.add(tg.ExternalService("Helpdesk queue"))

with tm.boundary("Store production VPC", trust=tg.Trust.INTERNAL):
    # The web-chat backend the chat widget talks to.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="store session cookie"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The agent loop: builds prompts, calls the LLM, runs the tools it picks.
    agent = tm.add(
        tg.Agent(
            "Refund support agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=10),
                c.SecretsManagement(note="OMS API key read from the vault at start-up"),
            },
        )
    )
    # Reads an order by order id for the conversation.
    order_tool = tm.add(tg.Tool("Order lookup tool", capabilities={"read"}))
    # Asks the carrier for tracking events of an order's parcel.
    tracking_tool = tm.add(tg.Tool("Tracking lookup tool", capabilities={"read", "network-egress"}))
    # Issues refunds through the OMS; amounts above the cap are refused.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            controls={
                c.InputValidation(note="rejects amounts above 75 EUR or above the order total"),
                c.HumanInTheLoop(approver="human support agent, for refunds above 75 EUR"),
            },
        )
    )
    # Creates a return authorisation and label through the OMS.
    label_tool = tm.add(tg.Tool("Return label tool", capabilities={"write"}))
    # Opens a helpdesk ticket for a human agent.
    handoff_tool = tm.add(tg.Tool("Human handoff tool", capabilities={"write", "send-messages"}))
    # Keeps conversations for quality review and disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Commerce core", trust=tg.Trust.INTERNAL):
    # Order-management API shared by the website, warehouse and support tools.
    oms = tm.add(
        tg.Service(
            "Order management API",
            controls={
                c.AuditLogging(retention_days=365, note="refunds and returns with caller id")
            },
        )
    )
    # System of record for orders.
    order_db = tm.add(tg.DataStore("Order database", stores={orders}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff who decide refunds above the cap.
    human_agent = tm.add(tg.Actor("Human support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat, message, session, protocol="https")
tm.flow(chat, customer, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, prompt, policy, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, oms, order_query, protocol="https")
tm.flow(oms, order_tool, order_details, protocol="https")
tm.flow(order_tool, agent, order_details)

tm.flow(agent, tracking_tool, tracking_query)
tm.flow(tracking_tool, carrier, tracking_query, protocol="https")
tm.flow(carrier, tracking_tool, tracking_status, protocol="https")
tm.flow(tracking_tool, agent, tracking_status)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, oms, refund_call, protocol="https")
tm.flow(oms, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, label_tool, label_call)
tm.flow(label_tool, oms, label_call, protocol="https")
tm.flow(oms, label_tool, return_label, protocol="https")
tm.flow(label_tool, agent, return_label)

tm.flow(agent, handoff_tool, handoff)
tm.flow(handoff_tool, helpdesk, handoff, protocol="https")
tm.flow(helpdesk, human_agent, handoff, protocol="https")
tm.flow(human_agent, oms, decision, refund_call, protocol="https", label="back-office refund")

tm.flow(oms, order_db, orders)
tm.flow(order_db, oms, orders)
tm.flow(oms, psp, payout, protocol="https")
tm.flow(psp, oms, refund_result, protocol="https")
