"""E-commerce returns agent: the first design, before any security review.

Customers of our online shop open a chat on the website or app to return an item.
They sign in to their account, or give the order number and e-mail address for a
guest order. An LLM agent in our commerce VPC looks the order up in the order
management system, checks the return window and item rules in an index of the
return policy, and then acts through three tools: it books a prepaid return label
with the carrier's API and sends it to the customer, it triggers refunds of up to
EUR 150 through our payment provider (refunds go only to the original payment),
and it opens a case for customer service staff for anything larger or unusual.
Staff approve those refunds in the customer service console. The model is a hosted
LLM from a vendor. The chat API is rate limited, the agent has a step limit,
API keys for the carrier and payment provider come from the secrets manager, and
every conversation and tool call is logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "E-commerce returns agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that handles return requests, issues prepaid return labels and "
        "refunds small amounts; larger refunds go to customer service staff."
    ),
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, conversation, order details, policy excerpts, tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
orders = tg.Data(
    "Order records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Items, prices, delivery address, payment reference, return status.",
)
order_query = tg.Data("Order lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
policy = tg.Data(
    "Return policy and handling guidance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
label_request = tg.Data("Return label request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
return_label = tg.Data(
    "Prepaid return label",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Carrier label PDF and QR code with the customer's address.",
)
refund_request = tg.Data(
    "Refund instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_result = tg.Data(
    "Refund confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
case = tg.Data(
    "Escalation case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Order, requested refund, agent summary of the conversation.",
)
staff_decision = tg.Data(
    "Staff refund decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
transcript = tg.Data("Conversation and tool-call log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers returning items, signed in or as guests.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # Parcel carrier that creates prepaid return shipments.
    carrier = tm.add(tg.ExternalService("Carrier shipping API"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # PSP that executes refunds to the original payment method.
    psp = tm.add(tg.ExternalService("Payment provider refund API"))

with tm.boundary("Commerce VPC", trust=tg.Trust.INTERNAL):
    # Public chat backend behind the website and app widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="shop account e-mail and password, or order number and e-mail for guests"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the returns conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Returns agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides eligibility, books labels and refunds under the limit by itself.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Retrieval over the current return policy and internal handling guidance.
    policy_index = tm.add(tg.VectorStore("Return policy index", stores={policy}))
    # Read-only lookup of the order the customer names.
    order_tool = tm.add(tg.Tool("Order lookup tool", capabilities={"read"}))
    # System of record for orders and returns.
    oms = tm.add(
        tg.DataStore(
            "Order management system",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Books a prepaid label with the carrier and e-mails it to the customer.
    label_tool = tm.add(
        tg.Tool(
            "Return label tool",
            capabilities={"write", "network-egress", "send-messages"},
            controls={c.SecretsManagement()},
        )
    )
    # Triggers refunds through the PSP; above the limit it refuses and the agent escalates.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.TransactionLimits(limit="EUR 150 per refund"),
                c.HumanInTheLoop(approver="customer service staff", above="EUR 150 per refund"),
                c.SecretsManagement(),
            },
        )
    )
    # Opens a case in the customer service queue for large or unusual requests.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write"}))
    # Logs every conversation turn and tool call for disputes and tuning.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcript},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office console where staff work escalated returns and approve refunds.
    console = tm.add(
        tg.Service(
            "Customer service console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Staff who decide the refunds the agent may not make.
    staff = tm.add(tg.Actor("Customer service staff", role="support staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, customer_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, protocol="https")
tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, policy_index, customer_message, label="policy query")
tm.flow(policy_index, agent, policy, label="policy excerpts")

tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, oms, order_query)
tm.flow(oms, order_tool, orders)
tm.flow(order_tool, agent, orders)

tm.flow(agent, label_tool, label_request)
tm.flow(label_tool, carrier, label_request, protocol="https")
tm.flow(carrier, label_tool, return_label, protocol="https")
tm.flow(label_tool, agent, return_label)
tm.flow(label_tool, customer, return_label, protocol="smtp+starttls", label="label e-mail")
tm.flow(label_tool, oms, label_request, label="return registered")

tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, psp, refund_request, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)
tm.flow(refund_tool, oms, refund_result, label="refund recorded")

tm.flow(agent, escalation_tool, case)
tm.flow(escalation_tool, console, case, protocol="https")
tm.flow(console, staff, case, protocol="https")
tm.flow(staff, console, staff_decision, protocol="https")
tm.flow(console, psp, refund_request, protocol="https", label="staff-approved refund")
tm.flow(psp, console, refund_result, protocol="https")
tm.flow(console, oms, staff_decision, protocol="https")

tm.flow(agent, log_store, transcript)
