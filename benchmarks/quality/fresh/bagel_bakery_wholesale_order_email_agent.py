"""Bagel bakery wholesale order e-mail agent: the first design, before any security review.

Cafes, delis and grocers that buy bagels wholesale send their order changes by
e-mail to the bakery's orders mailbox ("two dozen extra sesame on Fridays from
next week", "skip Monday, we're closed"). A small service polls the mailbox and
hands each new message to an LLM agent running in the bakery's cloud account.
The agent identifies the customer by the sender's e-mail address, looks up the
customer's standing order, asks a hosted LLM to work out the change, updates the
standing order in the order system and e-mails a confirmation back. Orders it
judges unusual (very large quantities, new delivery addresses, cancellations of
everything) are not applied: it flags them to the owner, who handles them in
the order system's back office. A monthly job generates invoices from the order
system and e-mails them to customers. Controls in this design: TLS on every
connection, a step cap and an activity log on the agent, a scoped API key for
the order-update tool, encryption at rest and nightly backups of the order system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bagel bakery wholesale order e-mail agent",
    profile=tg.RiskProfile.LOW,
    description="An LLM agent that applies wholesale customers' e-mailed standing-order changes.",
)

# ---------------------------------------------------------------- data assets
order_email = tg.Data(
    "Wholesale order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sender address, buyer's name, free-text order change.",
)
customer_accounts = tg.Data(
    "Wholesale customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business name, buyer contact names, registered e-mail addresses, delivery address, price tier.",
)
standing_orders = tg.Data(
    "Standing orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Per customer, per weekday: quantities of each bagel type and delivery slot.",
)
sender_lookup = tg.Data("Sender address lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
customer_match = tg.Data(
    "Matched customer account", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Order interpretation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the e-mail text and the customer's current standing order.",
)
llm_output = tg.Data(
    "Interpreted order change",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The change as structured lines, a confirmation text and an unusual-order flag.",
)
order_change = tg.Data(
    "Standing order change", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
update_result = tg.Data(
    "Order update result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data(
    "Order confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
send_request = tg.Data(
    "Confirmation send request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
unusual_flag = tg.Data(
    "Unusual order flag",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The original e-mail, the proposed change and why the agent thinks it is unusual.",
)
invoices = tg.Data("Monthly invoices", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
owner_edits = tg.Data("Owner order edits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

TLS = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The buyers at wholesale accounts; anyone can send an e-mail to the orders address.
    customer = tm.add(tg.Actor("Wholesale customer", role="wholesale buyer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted business e-mail holding the orders@ mailbox; it sends and receives all order mail.
    mail = tm.add(
        tg.ExternalService(
            "Hosted orders mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="The bakery's hosted e-mail service (orders@ mailbox).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Interprets the free-text order e-mail into structured order lines.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Bakery cloud account", trust=tg.Trust.INTERNAL):
    # Polls the orders mailbox and hands each new message to the agent.
    poller = tm.add(
        tg.Service(
            "Mailbox poller",
            description="Polls the orders mailbox every two minutes with an OAuth app token.",
            controls={c.SecretsManagement(note="mailbox token in the cloud secret store")},
        )
    )
    # The agent: identifies the customer, interprets the change, applies it, confirms or flags.
    agent = tm.add(
        tg.Agent(
            "Order e-mail agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Applies ordinary standing-order changes directly; flags unusual ones to the owner.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(
                    approver="the bakery owner",
                    note="only orders the agent flags as unusual wait for the owner; all others are applied directly",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Finds the wholesale account whose registered address matches the e-mail's sender.
    lookup_tool = tm.add(
        tg.Tool(
            "Customer lookup tool",
            capabilities={"read"},
            description="Returns the account and standing order registered to the sender's e-mail address.",
            controls={
                c.Authentication(method="sender e-mail address matched to the customer record")
            },
        )
    )
    # Writes the agent's changes to the customer's standing order.
    update_tool = tm.add(
        tg.Tool(
            "Standing order update tool",
            capabilities={"read", "write"},
            description="Changes quantities, days and delivery slots of one customer's standing order.",
            controls={
                c.LeastPrivilegeTools(
                    note="API key scoped to standing orders; cannot change prices or accounts"
                )
            },
        )
    )
    # Sends the confirmation reply through the hosted mailbox.
    confirm_tool = tm.add(
        tg.Tool(
            "Confirmation e-mail tool",
            capabilities={"send-messages"},
            description="Replies to the sender from orders@ with the agent's confirmation text.",
        )
    )
    # Puts an unusual order in front of the owner instead of applying it.
    flag_tool = tm.add(
        tg.Tool(
            "Owner flag tool",
            capabilities={"send-messages"},
            description="Sends the owner a notification with the e-mail and the proposed change.",
        )
    )
    # The bakery's system of record for wholesale accounts and standing orders.
    order_system = tm.add(
        tg.DataStore(
            "Order system",
            stores={customer_accounts, standing_orders},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly database backups kept 30 days"),
                c.Authentication(method="e-mail and password"),
            },
        )
    )
    # Generates and e-mails invoices from the month's delivered standing orders.
    invoicing = tm.add(
        tg.Service(
            "Monthly invoicing job",
            description="Runs on the 1st: prices last month's deliveries and e-mails a PDF invoice to each customer.",
        )
    )
    # What the agent read, decided and did, for the owner to look back on.
    log_store = tm.add(tg.DataStore("Agent activity log store", stores={activity_log}))

with tm.boundary("Bakery office", trust=tg.Trust.INTERNAL):
    # Reviews flagged orders and edits orders in the back office.
    owner = tm.add(tg.Actor("Bakery owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, mail, order_email, protocol="smtp", label="order e-mail")
tm.flow(mail, poller, order_email, protocol="https", controls={TLS}, label="mailbox API")
tm.flow(poller, agent, order_email)

tm.flow(agent, lookup_tool, sender_lookup)
tm.flow(order_system, lookup_tool, customer_accounts, standing_orders)
tm.flow(lookup_tool, agent, customer_match)

tm.flow(agent, llm, llm_prompt, protocol="https", controls={TLS})
tm.flow(llm, agent, llm_output, protocol="https", controls={TLS})

tm.flow(agent, update_tool, order_change)
tm.flow(update_tool, order_system, standing_orders, label="update standing order")
tm.flow(order_system, update_tool, standing_orders, label="current standing order")
tm.flow(update_tool, agent, update_result)

tm.flow(agent, confirm_tool, send_request)
tm.flow(confirm_tool, mail, confirmation, protocol="https", controls={TLS})
tm.flow(mail, customer, confirmation, protocol="smtp", label="confirmation reply")

tm.flow(agent, flag_tool, unusual_flag)
tm.flow(flag_tool, owner, unusual_flag, protocol="https", controls={TLS}, label="push notification")
tm.flow(
    owner, order_system, owner_edits, protocol="https", controls={TLS}, label="back-office web UI"
)
tm.flow(order_system, owner, standing_orders, customer_accounts, protocol="https", controls={TLS})

tm.flow(agent, log_store, activity_log)
tm.flow(log_store, owner, activity_log, protocol="https", controls={TLS})

tm.flow(order_system, invoicing, standing_orders, customer_accounts)
tm.flow(invoicing, mail, invoices, protocol="https", controls={TLS})
tm.flow(mail, customer, invoices, protocol="smtp", label="invoice e-mail")
