"""Returns chatbot for an online clothing shop: the first design, before security review.

Customers of our EU web shop open the chat widget on the website and ask to send
items back. A returns agent, backed by a hosted LLM, asks for the order number and
the e-mail address on the order, looks the order up, decides from the order date,
the items and our 30-day returns policy (given in its system prompt) which items
are eligible, and then books a prepaid return label with our parcel carrier and
starts the refund with our payment service provider. The label PDF is shown in the
chat. Refunds above EUR 150 wait in the customer service console for an agent to
approve; smaller ones go straight to the PSP. The chat API is rate limited, the
order lookup only answers when the order number and e-mail match, the refund tool's
PSP key can only refund, refunds are audit logged, and the databases are encrypted
at rest. Everything runs in our cloud account; the LLM, carrier and PSP are vendors
reached over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Returns chatbot with label and refund tools",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat assistant that checks orders, books prepaid return labels and refunds eligible items.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the customer: order number, e-mail, which items and why.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with order context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the returns policy, the conversation and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data(
    "Order lookup call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Order number and e-mail address as the customer typed them.",
)
order_details = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Items, sizes, prices paid, order and delivery dates, name, delivery address, PSP payment reference.",
)
label_call = tg.Data(
    "Return label request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Order number, items being returned, customer's name and address.",
)
shipment_request = tg.Data(
    "Carrier shipment booking", kind="records", sensitivity=tg.Sensitivity.PII
)
return_label = tg.Data(
    "Prepaid return label",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Label PDF with the customer's address, our warehouse address and tracking number.",
)
refund_call = tg.Data(
    "Refund request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order number, order lines to refund and the amount the agent computed.",
)
refund_instruction = tg.Data(
    "PSP refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Original payment reference and amount to refund to the original payment method.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
return_case = tg.Data(
    "Return case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which items, reason, label tracking number, refund amount and status.",
)
refund_approval = tg.Data(
    "Refund approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A customer service agent's approve or reject on a refund above EUR 150.",
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers, signed in or not; anyone who knows an order number and e-mail can chat.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by the vendor in the EU.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, EU region.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Parcel carrier", trust=tg.Trust.PARTNER):
    # Books the prepaid return shipment and issues the label.
    carrier = tm.add(
        tg.ExternalService(
            "Carrier returns API",
            description="Creates a prepaid return shipment and returns the label PDF.",
        )
    )

with tm.boundary("Payment service provider", trust=tg.Trust.PARTNER):
    # Holds the card and wallet payments; refunds go back to the original method.
    psp = tm.add(
        tg.ExternalService(
            "PSP refunds API",
            description="Refunds a captured payment by its payment reference.",
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The public API behind the chat widget on the shop's website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP and per chat session"),
                c.InputValidation(note="message length and character set"),
            },
        )
    )
    # The LLM agent that runs the returns conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Returns agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks eligibility against the returns policy in its prompt, books labels and refunds.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(
                    approver="customer service agent",
                    above="EUR 150 per refund",
                ),
            },
        )
    )
    # Looks up one order for the agent.
    order_tool = tm.add(
        tg.Tool(
            "Order lookup tool",
            capabilities={"read"},
            description="Returns the order whose order number and e-mail address both match.",
            controls={c.Authentication(method="order number and e-mail address")},
        )
    )
    # Books the prepaid label with the carrier and opens the return case.
    label_tool = tm.add(
        tg.Tool(
            "Return label tool",
            capabilities={"write", "network-egress"},
            description="Books a prepaid return shipment for the order lines the agent names.",
        )
    )
    # Sends the refund to the PSP, or queues it for approval above EUR 150.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"write", "money-movement"},
            description="Refunds the amount the agent gives for the order lines it names.",
            controls={
                c.LeastPrivilegeTools(note="PSP API key restricted to refunds"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Where customer service staff approve the larger refunds and see return cases.
    console = tm.add(
        tg.Service(
            "Customer service console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The shop's order management database (existing system).
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={order_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Return cases, labels and refund status created by the chatbot.
        returns_db = tm.add(
            tg.DataStore(
                "Returns database",
                stores={return_case, refund_call},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Conversations kept for quality review and disputes.
        transcripts = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves refunds above the threshold and handles escalations.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, bot_reply, return_label, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, bot_reply, return_label)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, order_tool, lookup_call)
tm.flow(order_tool, order_db, lookup_call, label="order query")
tm.flow(order_db, order_tool, order_details)
tm.flow(order_tool, agent, order_details)

tm.flow(agent, label_tool, label_call)
tm.flow(label_tool, carrier, shipment_request, protocol="https")
tm.flow(carrier, label_tool, return_label, protocol="https")
tm.flow(label_tool, returns_db, return_case)
tm.flow(label_tool, agent, return_label)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_instruction, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, returns_db, return_case, refund_call, label="refund status and queued refunds")
tm.flow(refund_tool, agent, refund_result)

tm.flow(returns_db, console, return_case, refund_call, label="approval queue")
tm.flow(console, cs_agent, return_case, refund_call, protocol="https")
tm.flow(cs_agent, console, refund_approval, protocol="https")
tm.flow(console, refund_tool, refund_approval, label="approved refunds released")

tm.flow(agent, transcripts, transcript)
