"""Refund agent: the first design, before any security review.

An online retailer's customer-service chat for signed-in customers (e-mail and
password account). An LLM agent, running in the retailer's cloud account and
calling a hosted model from an LLM vendor, answers questions about orders: it
looks orders up in the order management system and, when an order qualifies
under the refund policy in its system prompt, issues a refund through the
payment provider's refunds API. The refund tool refuses amounts above EUR 100
per refund; anything larger, or any case the agent is unsure of, is handed to
the support team as a helpdesk ticket, and staff refund from the provider's
dashboard. Refunds go back to the original payment method, so no card data is
handled. The chat API has per-customer rate limits, the agent stops after a
fixed number of steps, the provider API key sits in the cloud secrets vault and
conversations are kept in a transcript store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Retail refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer-service LLM agent that looks up orders and issues refunds up to a limit.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, refund policy, conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or a tool call chosen by the model.",
)
policy = tg.Data(
    "System prompt and refund policy",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Order records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Items, prices, delivery address, delivery status and payment reference.",
)
order_details = tg.Data("Order details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Refund tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order number, amount and reason chosen by the agent.",
)
refund_request = tg.Data(
    "Refund API request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Payment reference and amount, sent with the retailer's provider API key.",
)
refund_confirmation = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_status = tg.Data(
    "Refund status update", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
handoff = tg.Data(
    "Escalation ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, order, requested refund and the agent's summary of the chat.",
)
staff_refund = tg.Data("Manual refund", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers with an account on the retailer's site, asking about their orders.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model that drives the agent's decisions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Processes the refund back to the customer's original payment method.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider refunds API",
            description="Refunds a captured payment by its reference; also the dashboard staff use.",
        )
    )

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password session"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that runs the conversation and picks tools.
    agent = tm.add(
        tg.Agent(
            "Refund agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Told the signed-in customer's id in its system prompt; issues refunds "
            "within policy without a person, escalates the rest.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Prompt templates and the refund policy text the agent works from.
    prompt_config = tm.add(tg.DataStore("Prompt configuration", stores={policy}))
    # Reads an order by the order number the agent passes.
    order_tool = tm.add(
        tg.Tool(
            "Order lookup tool",
            capabilities={"read"},
            description="Returns the order with the given order number from the order system.",
        )
    )
    # Issues the refund through the payment provider, capped per refund.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 100 per refund"),
                c.SecretsManagement(note="provider API key read from the cloud secrets vault"),
            },
        )
    )
    # Hands the case to the human support team.
    escalation_tool = tm.add(tg.Tool("Escalation handoff tool", capabilities={"write"}))
    # Existing order management system: orders, payments references, refund status.
    oms = tm.add(
        tg.DataStore(
            "Order management database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every conversation, kept for quality review and disputes.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Helpdesk queue the support team works from.
    helpdesk = tm.add(tg.DataStore("Helpdesk ticket queue", stores={handoff}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff who take escalated cases and larger refunds.
    staff = tm.add(tg.Actor("Support agent", role="customer service staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, customer, reply, protocol="https")

tm.flow(prompt_config, agent, policy)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, oms, order_query)
tm.flow(oms, order_tool, orders)
tm.flow(order_tool, agent, order_details)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_request, protocol="https")
tm.flow(payments, refund_tool, refund_confirmation, protocol="https")
tm.flow(refund_tool, oms, refund_status)
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, escalation_tool, handoff)
tm.flow(escalation_tool, helpdesk, handoff)
tm.flow(helpdesk, staff, handoff, protocol="https")
tm.flow(staff, helpdesk, handoff, protocol="https", label="resolves ticket")
tm.flow(staff, payments, staff_refund, protocol="https", label="refund in provider dashboard")

tm.flow(agent, transcript_store, transcripts)
