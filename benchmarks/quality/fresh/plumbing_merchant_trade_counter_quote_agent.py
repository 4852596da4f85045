"""Plumbing merchant trade counter agent: the first design, before any security review.

Trade customers (plumbers and heating engineers, many of them sole traders) send
orders and quote requests by WhatsApp or to the trade orders mailbox. A message
intake service receives the WhatsApp Business webhook and polls the mailbox, works
out which trade account the sender belongs to from their registered number or e-mail
address, and hands the message to an LLM agent hosted in the merchant's cloud. The
agent uses a hosted LLM, checks stock and trade prices in the ERP, quotes, and places
orders on the customer's credit account through an order tool. Orders above the
account's available credit are sent to branch staff, who approve or refuse them in a
branch approvals console. Replies go back on the channel the customer used, and
conversations are kept in a transcript store. Branch staff sign in with Microsoft 365
single sign-on with MFA; the ERP has role-based access and an audit trail; the order
tool's ERP user may only create sales orders; the agent stops after a fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plumbing merchant trade counter agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent taking trade orders and quote requests by WhatsApp and e-mail, "
        "placing orders on credit accounts, with branch approval above the credit limit."
    ),
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data(
    "Customer order or quote request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, photos of parts or site lists, from a trade customer.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_task = tg.Data(
    "Message with matched trade account",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
stock_query = tg.Data(
    "Stock and price query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
stock_result = tg.Data(
    "Stock levels and trade prices", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data(
    "Order placement call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_result = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_call = tg.Data(
    "Over-limit order approval request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_decision = tg.Data(
    "Branch approval decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
trade_accounts = tg.Data(
    "Trade customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contacts, registered numbers and e-mails, credit limits, balances, price bands.",
)
sales_orders = tg.Data(
    "Sales orders on account",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
catalogue = tg.Data(
    "Stock and trade price lists", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Plumbers ordering from their phones or office e-mail.
    customer = tm.add(tg.Actor("Trade customer", role="trade account contact"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Business cloud API: relays messages by webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business API"))
    # The trade orders mailbox in Microsoft 365.
    mailbox = tm.add(tg.ExternalService("Trade orders mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Merchant cloud", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp webhooks, polls the mailbox, matches the sender, sends replies.
    intake = tm.add(
        tg.Endpoint(
            "Message intake service",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="sender's WhatsApp number or e-mail address matched to a "
                    "registered contact on the trade account"
                )
            },
        )
    )
    # The LLM agent that quotes and orders for the matched account.
    agent = tm.add(
        tg.Agent(
            "Trade counter agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.HumanInTheLoop(
                    approver="branch staff at the customer's home branch",
                    above="the available credit on the customer's trade account",
                ),
            },
        )
    )
    # Reads stock at each branch and the account's trade price band.
    stock_tool = tm.add(tg.Tool("Stock and price lookup", capabilities={"read"}))
    # Creates a sales order on the customer's credit account in the ERP.
    order_tool = tm.add(
        tg.Tool(
            "Order placement tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="ERP API user may only create sales orders")},
        )
    )
    # Posts an over-limit order to the branch approvals queue.
    approval_tool = tm.add(tg.Tool("Approval request tool", capabilities={"send-messages"}))
    # Where branch staff see pending over-limit orders and approve or refuse them.
    console = tm.add(
        tg.Service(
            "Branch approvals console",
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA")},
        )
    )
    # Every conversation, for staff follow-up and disputes about what was ordered.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Merchant head office", trust=tg.Trust.RESTRICTED):
    # The merchant's system of record for stock, prices, accounts and orders.
    erp = tm.add(
        tg.DataStore(
            "Merchant ERP",
            stores={trade_accounts, sales_orders, catalogue},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Counter and branch managers who approve over-limit orders.
    staff = tm.add(tg.Actor("Branch staff", role="branch counter staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, whatsapp, customer_message, protocol="whatsapp")
tm.flow(whatsapp, intake, customer_message, protocol="https", label="message webhook")
tm.flow(customer, mailbox, customer_message, protocol="smtp+starttls")
tm.flow(intake, mailbox, customer_message, protocol="https", label="polls new mail")
tm.flow(mailbox, intake, customer_message, protocol="https")
tm.flow(erp, intake, trade_accounts, label="registered contacts lookup")
tm.flow(intake, agent, agent_task)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, erp, stock_query)
tm.flow(erp, stock_tool, catalogue, trade_accounts)
tm.flow(stock_tool, agent, stock_result)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, erp, sales_orders)
tm.flow(erp, order_tool, order_result)
tm.flow(order_tool, agent, order_result)

tm.flow(agent, approval_tool, approval_call)
tm.flow(approval_tool, console, approval_call)
tm.flow(console, staff, approval_call, protocol="https")
tm.flow(staff, console, approval_decision, protocol="https")
tm.flow(console, erp, sales_orders, label="places approved order")
tm.flow(console, agent, approval_decision, label="tells the agent the outcome")

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, intake, reply)
tm.flow(intake, whatsapp, reply, protocol="https")
tm.flow(whatsapp, customer, reply, protocol="whatsapp")
tm.flow(intake, mailbox, reply, protocol="https", label="sends reply")
tm.flow(mailbox, customer, reply, protocol="smtp+starttls")
