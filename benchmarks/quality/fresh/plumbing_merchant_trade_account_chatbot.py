"""Plumbing merchant trade-account chatbot: the first design, before any security review.

Trade customers (plumbers, heating engineers, small contractors) sign in with their
existing trade account on the merchant's web shop and chat with an ordering agent.
The agent, built on a vendor-hosted LLM, checks stock and trade prices at their
branch, reads their account terms (credit limit, balance, payment terms) and the
status of their orders from the ERP, and places orders on account. Orders within
the account's available credit go straight into the ERP; orders over it wait in a
branch approval queue until branch staff approve or reject them. Deliveries are
booked with a courier through the courier's API. The agent runs in the merchant's
cloud tenancy; the ERP stays in head office and is reached over a site VPN.
Controls in this design: trade-account sign-in with password, a per-user rate limit,
TLS on external links, branch approval for over-limit orders, the ERP's own audit
trail, encrypted chat logs and the ERP and courier keys kept in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plumbing merchant trade-account chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM ordering agent for trade customers: stock, prices, order status and orders on account.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Trade customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and order requests, with site addresses and contact names.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
session = tg.Data(
    "Signed-in trade account session",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Session cookie issued by the web shop after sign-in, naming the trade account.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_call = tg.Data("Stock, price and order status query", kind="tool-call")
lookup_result = tg.Data(
    "Stock levels, trade prices and order status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Branch stock, the account's negotiated prices, open orders and delivery status.",
)
terms_call = tg.Data("Account terms query", kind="tool-call")
account_terms = tg.Data(
    "Account terms",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Credit limit, current balance, overdue amount, payment terms, authorised buyers.",
)
order_request = tg.Data(
    "Order on account",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Lines, quantities, branch, delivery site and site contact.",
)
order_result = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
erp_order = tg.Data(
    "Sales order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
erp_records = tg.Data(
    "ERP stock, price and customer account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
held_order = tg.Data(
    "Over-limit order awaiting approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The order, the account's limit and balance, and the agent's summary of the request.",
)
staff_decision = tg.Data("Branch approval decision", kind="records")
delivery_call = tg.Data(
    "Delivery booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Order number, delivery site address, site contact name and phone, time slot.",
)
delivery_booking = tg.Data("Courier booking", kind="records", sensitivity=tg.Sensitivity.PII)
courier_confirmation = tg.Data("Courier booking confirmation and tracking", kind="records")
delivery_result = tg.Data("Delivery slot and tracking link", kind="tool-result")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Trade customers chat from the web shop on phones in vans and on site.
    customer = tm.add(tg.Actor("Trade customer", role="trade account holder"))

with tm.boundary("Merchant cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web shop's chat API: the only way in for customers; reuses web-shop sign-in.
    chat_api = tm.add(
        tg.Endpoint(
            "Trade chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="trade account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans each conversation turn and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Trade ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers stock, price and status questions and places orders on account.",
            controls={c.CircuitBreaker(max_steps=15), c.SecretsManagement()},
        )
    )
    # Read-only ERP lookups for stock at the branch, trade prices and order status.
    lookup_tool = tm.add(tg.Tool("ERP stock, price and order lookup", capabilities={"read"}))
    # Reads the signed-in account's credit limit, balance and payment terms.
    terms_tool = tm.add(tg.Tool("Account terms lookup", capabilities={"read"}))
    # Creates sales orders in the ERP; over-limit orders go to the branch queue instead.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="branch staff",
                    above="the account's available credit limit",
                )
            },
        )
    )
    # Books the delivery with the courier once the order exists.
    delivery_tool = tm.add(
        tg.Tool("Delivery booking tool", capabilities={"write", "network-egress"})
    )
    # Keeps conversations for order disputes and for improving the prompts.
    chat_log = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # System of record for stock, prices, customer accounts and sales orders.
    erp = tm.add(
        tg.DataStore(
            "Merchant ERP",
            stores={erp_records, erp_order},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Branch staff see held orders here and approve or reject them.
    approval_queue = tm.add(
        tg.Service(
            "Branch order approval queue",
            description="Web screen in the branch back office listing over-limit orders.",
            controls={c.Authentication(method="staff single sign-on")},
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Counter and credit staff at the customer's home branch.
    branch_staff = tm.add(tg.Actor("Branch staff", role="branch counter and credit staff"))

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # The courier's booking and tracking API.
    courier = tm.add(tg.ExternalService("Courier booking API", provides="generic"))

# ---------------------------------------------------------------- flows
# Customer conversation
tm.flow(customer, chat_api, chat_message, session, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, customer, agent_reply, protocol="https")

# Model calls
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Lookups
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, erp, lookup_call, protocol="https", label="ERP API over site VPN")
tm.flow(erp, lookup_tool, lookup_result, protocol="https", label="ERP API over site VPN")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, terms_tool, terms_call)
tm.flow(terms_tool, erp, terms_call, protocol="https", label="ERP API over site VPN")
tm.flow(erp, terms_tool, account_terms, protocol="https", label="ERP API over site VPN")
tm.flow(terms_tool, agent, account_terms)

# Ordering
tm.flow(agent, order_tool, order_request)
tm.flow(order_tool, erp, erp_order, protocol="https", label="order within credit limit")
tm.flow(order_tool, approval_queue, held_order, protocol="https", label="order over credit limit")
tm.flow(order_tool, agent, order_result)
tm.flow(approval_queue, branch_staff, held_order, protocol="https")
tm.flow(branch_staff, approval_queue, staff_decision, protocol="https")
tm.flow(approval_queue, erp, erp_order, label="approved order released")

# Delivery
tm.flow(agent, delivery_tool, delivery_call)
tm.flow(delivery_tool, courier, delivery_booking, protocol="https")
tm.flow(courier, delivery_tool, courier_confirmation, protocol="https")
tm.flow(delivery_tool, agent, delivery_result)

# Logging
tm.flow(agent, chat_log, transcripts)
