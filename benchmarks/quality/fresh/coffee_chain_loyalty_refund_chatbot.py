"""Coffee chain loyalty and refund chatbot: the first design, before any security review.

The coffee chain's mobile app gets a chat assistant for loyalty questions. Customers
are signed in to the app; the assistant sees their order history (from the ordering
platform) and their points balance (from the loyalty database). When an order went
wrong it can credit loyalty points, or refund a mobile order of up to 15 USD through
the ordering platform's refund API; anything bigger becomes a ticket in the helpdesk
tool, where a support agent decides. Stores report stock-outs on their back-office
tablets, and the assistant mentions them in its answers. The assistant runs in the
chain's cloud account and calls a hosted LLM through the vendor's API. The chat API
uses the app's session token and per-customer rate limits, refunds are capped at
15 USD each, the agent's actions are audit-logged and the loyalty database and chat
transcripts are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coffee chain loyalty and refund chatbot",
    profile=tg.RiskProfile.LOW,
    description="In-app assistant that answers loyalty questions and fixes wrong orders.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer message", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, order history, balance and stock-outs.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, store, time, amount paid and order status; no card numbers.",
)
loyalty_call = tg.Data("Loyalty call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
loyalty_account = tg.Data(
    "Loyalty account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member profile, points balance and points ledger.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_call = tg.Data("Refund call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
escalation_call = tg.Data("Escalation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket = tg.Data(
    "Refund ticket",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, order, requested amount and the conversation summary.",
)
stockouts = tg.Data(
    "Stock-out reports",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes per store: what has run out and until when.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
manual_refund = tg.Data("Manual refund", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Signed-in loyalty members who chat with the assistant.
    customer = tm.add(tg.Actor("Customer", role="loyalty member"))
    # The chain's ordering app on customers' phones.
    app = tm.add(tg.Device("Coffee app on customer phones"))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Baristas and shift leads who report what has run out.
    store_staff = tm.add(tg.Actor("Store staff", role="barista"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the assistant.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Ordering platform vendor", trust=tg.Trust.PARTNER):
    # The mobile ordering platform: orders, payments and refunds.
    ordering = tm.add(tg.ExternalService("Ordering platform API"))

with tm.boundary("Helpdesk vendor", trust=tg.Trust.PARTNER):
    # SaaS helpdesk where support agents work refund tickets.
    helpdesk = tm.add(
        tg.ExternalService(
            "Helpdesk tool", controls={c.Authentication(method="corporate SSO with MFA")}
        )
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # What the app's chat screen calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app session token from e-mail and password sign-in"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that answers and decides on points and refunds.
    assistant = tm.add(
        tg.Agent(
            "Loyalty assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="support agent in the helpdesk", above="USD 15 per refund"
                ),
                c.TransactionLimits(limit="USD 15 per refund"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Reads the signed-in customer's recent orders.
    order_tool = tm.add(tg.Tool("Order history lookup", capabilities={"read"}))
    # Reads the balance and credits goodwill points.
    loyalty_tool = tm.add(tg.Tool("Loyalty points tool", capabilities={"read", "write"}))
    # Refunds a mobile order through the ordering platform.
    refund_tool = tm.add(
        tg.Tool(
            "Order refund tool",
            capabilities={"money-movement"},
            controls={c.LeastPrivilegeTools(note="API key scoped to refunds only")},
        )
    )
    # Hands bigger refunds to a person.
    escalation_tool = tm.add(tg.Tool("Helpdesk escalation", capabilities={"write"}))
    # Member profiles and points ledger.
    loyalty_db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={loyalty_account},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Current stock-outs per store, read into the assistant's context.
    stock_board = tm.add(tg.DataStore("Stock-out board", stores={stockouts}))
    # Conversations kept for quality review and disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Support centre", trust=tg.Trust.INTERNAL):
    # Decides refunds over 15 USD.
    support_agent = tm.add(tg.Actor("Support agent", role="customer support"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(customer, app, message, label="types in the chat screen")
tm.flow(app, chat_api, message, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, chat_api, answer)
tm.flow(chat_api, app, answer, protocol="https")
tm.flow(app, customer, answer, label="shown on the chat screen")

# reasoning
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# order history
tm.flow(assistant, order_tool, order_query)
tm.flow(order_tool, ordering, order_query, protocol="https")
tm.flow(ordering, order_tool, orders, protocol="https")
tm.flow(order_tool, assistant, orders)

# points
tm.flow(assistant, loyalty_tool, loyalty_call)
tm.flow(loyalty_tool, loyalty_db, loyalty_account, label="points credit")
tm.flow(loyalty_db, loyalty_tool, loyalty_account, label="balance")
tm.flow(loyalty_tool, assistant, loyalty_account)

# refunds up to 15 USD
tm.flow(assistant, refund_tool, refund_call)
tm.flow(refund_tool, ordering, refund_request, protocol="https")
tm.flow(ordering, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, assistant, refund_result)

# bigger refunds
tm.flow(assistant, escalation_tool, escalation_call)
tm.flow(escalation_tool, helpdesk, ticket, protocol="https")
tm.flow(helpdesk, support_agent, ticket, protocol="https")
tm.flow(support_agent, ordering, manual_refund, protocol="https", label="platform back office")

# stock-outs
tm.flow(store_staff, stock_board, stockouts, protocol="https", label="store back-office tablet")
tm.flow(stock_board, assistant, stockouts)
