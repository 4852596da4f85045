"""Pet food subscription customer service agent: the first design, before any security review.

Signed-in customers of our pet food subscription open a chat in the web account area
or the mobile app and ask the agent to move a delivery date, pause or resume their
plan, or make up for a late or damaged box with a small account credit. The agent is
an LLM agent in our production cloud: it calls a hosted LLM from a model vendor,
looks up our delivery and credit policy in a help-article index, and acts through
three first-party tools (subscription changes, account credits, escalation to a
person). Credits are ledger entries applied to the next charge by the billing
service, which charges saved cards through our payment provider; we never see card
numbers. Anything the agent cannot settle becomes a ticket in our helpdesk SaaS for
the support team, who can also post larger credits by hand. Controls in this design:
account sign-in and a per-customer rate limit on the chat API, the vendor's content
filter, a step limit on the agent, a EUR 10 cap per credit in the credit tool,
default encryption at rest on the customer database and an audit trail of credits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet food subscription customer service agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that reschedules deliveries, pauses plans and issues small "
    "account credits for subscription customers in the EU.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the customer: pet names, delivery problems, addresses.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
customer_id = tg.Data(
    "Signed-in customer ID",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The account the chat session was opened for, passed with every turn.",
)
llm_prompt = tg.Data(
    "LLM prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, policy passages, subscription details and the conversation.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
help_articles = tg.Data(
    "Help articles and credit policy",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Public FAQ plus the internal guidance on when and how much to credit.",
)
policy_passages = tg.Data(
    "Policy and FAQ passages", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
policy_query = tg.Data("Policy search query", sensitivity=tg.Sensitivity.PII, kind="prompt")
subscription_call = tg.Data(
    "Subscription change request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Look up the plan, move the next delivery date, pause or resume the plan.",
)
subscription_result = tg.Data(
    "Subscription details",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Plan, pets, delivery address, next delivery date, recent orders.",
)
customer_records = tg.Data(
    "Customer and subscription records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
credit_call = tg.Data("Credit request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
credit_result = tg.Data(
    "Credit confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
credit_entries = tg.Data(
    "Account credit ledger entries",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
manual_credit = tg.Data(
    "Manual credit adjustment", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
charge_request = tg.Data(
    "Charge request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Amount after credits, with the provider's customer reference for the saved card.",
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
escalation_call = tg.Data("Escalation request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
escalation_ticket = tg.Data(
    "Escalation ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer, reason, the agent's summary and the full chat transcript.",
)
ticket_reference = tg.Data(
    "Ticket reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The subscriber, chatting from the web account area or the mobile app.
    customer = tm.add(tg.Actor("Customer", role="subscriber"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with; we call it through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the saved cards and takes each box's payment; card data never reaches us.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Card vault and recurring charges.",
        )
    )

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Where escalated conversations land for the human support team.
    helpdesk = tm.add(tg.ExternalService("Helpdesk", description="Ticketing SaaS."))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The chat backend the widget and the app talk to; it knows which account is signed in.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.RateLimiting(requests_per_minute=20, note="per signed-in customer"),
            },
        )
    )
    # The LLM agent: reads the conversation, picks tools, writes the reply.
    agent = tm.add(
        tg.Agent(
            "Customer service agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on its own within its tools; hands off what it cannot settle.",
            controls={c.CircuitBreaker(max_steps=12, note="tool calls per customer turn")},
        )
    )
    # Grounds answers and credit decisions in the written policy.
    policy_index = tm.add(
        tg.VectorStore("Help article index", stores={help_articles, policy_passages})
    )
    # Reads and changes the customer's plan: delivery dates, pause, resume.
    subscription_tool = tm.add(
        tg.Tool(
            "Subscription tool",
            capabilities={"read", "write"},
            description="Calls the subscription service for the customer ID the agent passes.",
        )
    )
    # Posts a goodwill credit to the customer's account for the next box.
    credit_tool = tm.add(
        tg.Tool(
            "Account credit tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="EUR 10 per credit")},
        )
    )
    # Opens a helpdesk ticket when the customer asks for a person or the agent is stuck.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"send-messages"}))
    # Owns plans and deliveries; the same service the account pages use.
    subscription_service = tm.add(tg.Service("Subscription service"))
    # Keeps the credit ledger and runs the recurring charges.
    billing = tm.add(
        tg.Service(
            "Billing service",
            controls={c.AuditLogging(note="every credit and charge in the ledger history")},
        )
    )
    # Kept for quality review and for disputes about what the agent promised.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for customers, pets, plans, addresses and credit balances.
        customer_db = tm.add(
            tg.DataStore(
                "Customer database",
                stores={customer_records, credit_entries},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )

with tm.boundary("Support team", trust=tg.Trust.INTERNAL):
    # Works escalated tickets, maintains the help articles and posts larger credits by hand.
    support_staff = tm.add(tg.Actor("Support team member", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message, customer_id)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, policy_index, policy_query, label="similarity search")
tm.flow(policy_index, agent, policy_passages)

tm.flow(agent, subscription_tool, subscription_call, customer_id)
tm.flow(subscription_tool, agent, subscription_result)
tm.flow(subscription_tool, subscription_service, subscription_call, customer_id, protocol="https")
tm.flow(subscription_service, subscription_tool, subscription_result, protocol="https")
tm.flow(subscription_service, customer_db, customer_records)
tm.flow(customer_db, subscription_service, customer_records)

tm.flow(agent, credit_tool, credit_call, customer_id)
tm.flow(credit_tool, agent, credit_result)
tm.flow(credit_tool, billing, credit_call, customer_id, protocol="https")
tm.flow(billing, credit_tool, credit_result, protocol="https")
tm.flow(billing, customer_db, credit_entries)
tm.flow(customer_db, billing, credit_entries, customer_records)
tm.flow(billing, payments, charge_request, protocol="https")
tm.flow(payments, billing, payment_status, protocol="https")

tm.flow(agent, escalation_tool, escalation_call)
tm.flow(escalation_tool, agent, ticket_reference)
tm.flow(escalation_tool, helpdesk, escalation_ticket, protocol="https")
tm.flow(helpdesk, escalation_tool, ticket_reference, protocol="https")
tm.flow(helpdesk, support_staff, escalation_ticket, protocol="https")
tm.flow(support_staff, helpdesk, escalation_ticket, protocol="https", label="ticket replies")
tm.flow(
    support_staff, billing, manual_credit, protocol="https", label="credits above the agent's cap"
)
tm.flow(support_staff, policy_index, help_articles, protocol="https", label="publishes articles")

tm.flow(agent, transcript_store, transcripts)
