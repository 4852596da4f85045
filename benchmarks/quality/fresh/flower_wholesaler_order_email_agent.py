"""Flower wholesaler order e-mail agent: the first design, before any security review.

Florists (our trade customers, mostly small shops across the EU) send their orders
as free-text e-mails to a shared order mailbox in our Microsoft 365 tenant. An
ingestion service polls the mailbox and hands each new e-mail to an LLM agent in
our cloud tenant. The agent calls a hosted LLM, matches the sender to a customer
account, looks up products, prices and stock, creates a draft sales order in the
ERP and replies to the florist with a confirmation. Orders above EUR 2,000 wait
in a review queue until someone on the sales desk approves them. The agent is
capped at 20 steps per e-mail and its actions are logged; the ERP's service
account for the agent can only create draft orders. Sales staff sign in to the
review queue with company SSO and MFA. There is no screening of e-mail content
before it reaches the model.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Flower wholesaler order e-mail agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Turns florists' order e-mails into draft ERP sales orders and replies.",
)

# ---------------------------------------------------------------- data assets
order_email = tg.Data(
    "Order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text order from a florist: sender, shop address, items, delivery day.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the e-mail text and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Account, price and stock details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer account match, trade prices and stock on hand.",
)
draft_order = tg.Data(
    "Draft sales order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
order_number = tg.Data("Order number and status", kind="tool-result")
confirmation = tg.Data(
    "Order confirmation e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII
)
customer_accounts = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Florist shops, contacts, delivery addresses, credit terms.",
)
sales_orders = tg.Data(
    "Sales orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
catalogue = tg.Data(
    "Product catalogue, prices and stock",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
order_approval = tg.Data("Order approval", kind="records")
agent_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the order address; most senders are real florists.
    florist = tm.add(tg.Actor("Florist", role="trade customer"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The shared order mailbox that receives orders and sends the replies.
    mailbox = tm.add(
        tg.ExternalService(
            "Shared order mailbox",
            description="Exchange Online mailbox orders@, read and sent through Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with (EU region deployment).
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Polls the mailbox and queues each new e-mail for the agent.
    ingestion = tm.add(
        tg.Service(
            "Mailbox poller",
            description="Reads new e-mails via Graph API with an app registration.",
            controls={tg.controls.SecretsManagement(note="Graph client secret in Key Vault")},
        )
    )
    # The LLM agent that reads the e-mail and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(approver="sales desk", above="EUR 2,000 per order"),
                tg.controls.CircuitBreaker(max_steps=20),
                tg.controls.AuditLogging(retention_days=90),
            },
        )
    )
    # Read-only lookups: customer account by sender address, products, prices, stock.
    lookup_tool = tm.add(tg.Tool("Account and catalogue lookup", capabilities={"read"}))
    # Creates draft sales orders in the ERP.
    order_tool = tm.add(
        tg.Tool(
            "Create draft order",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(note="ERP service account limited to draft orders")
            },
        )
    )
    # Sends the confirmation reply through the shared mailbox.
    reply_tool = tm.add(tg.Tool("Send reply", capabilities={"send-messages"}))
    # Where the agent's steps and tool calls are written.
    activity_log = tm.add(tg.DataStore("Agent activity log store", stores={agent_log}))
    # Web page listing held drafts above the threshold for the sales desk.
    review_queue = tm.add(
        tg.Endpoint(
            "Order review queue",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Entra ID SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # System of record for customers and orders, used by the whole business.
    erp = tm.add(
        tg.DataStore(
            "ERP database",
            stores={customer_accounts, sales_orders},
            controls={tg.controls.EncryptionAtRest(), tg.controls.RBAC()},
        )
    )
    # The product catalogue with trade prices and stock levels from the warehouse.
    catalogue_store = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Sales desk staff who approve large orders and handle exceptions.
    sales_staff = tm.add(tg.Actor("Sales desk staff", role="sales staff"))

# ---------------------------------------------------------------- flows
tm.flow(florist, mailbox, order_email, protocol="smtp+starttls")
tm.flow(mailbox, ingestion, order_email, protocol="https", label="Graph API poll")
tm.flow(ingestion, agent, order_email)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, erp, lookup_call, protocol="https", label="account lookup")
tm.flow(erp, lookup_tool, customer_accounts, protocol="https")
tm.flow(lookup_tool, catalogue_store, lookup_call, protocol="https", label="product search")
tm.flow(catalogue_store, lookup_tool, catalogue, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, order_tool, draft_order)
tm.flow(order_tool, erp, draft_order, protocol="https")
tm.flow(erp, order_tool, order_number, protocol="https")
tm.flow(order_tool, agent, order_number)

tm.flow(agent, reply_tool, confirmation)
tm.flow(reply_tool, mailbox, confirmation, protocol="https", label="Graph API send")
tm.flow(mailbox, florist, confirmation, protocol="smtp+starttls")

tm.flow(agent, activity_log, agent_log)

tm.flow(erp, review_queue, sales_orders, protocol="https", label="held drafts")
tm.flow(review_queue, sales_staff, sales_orders, protocol="https")
tm.flow(sales_staff, review_queue, order_approval, protocol="https")
tm.flow(review_queue, erp, order_approval, protocol="https", label="release order")
