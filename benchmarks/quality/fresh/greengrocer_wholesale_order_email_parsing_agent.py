"""Greengrocer wholesale: an agent that reads restaurants' order e-mails (first design).

The wholesale arm of a UK greengrocer supplies about 150 restaurants. Chefs and
buyers e-mail their next-day orders to the shared orders mailbox, in free text and
often late at night. An LLM agent reads each new e-mail, identifies the restaurant
from the sender address, parses the lines into products and quantities, checks
stock and proposes substitutions through a stock tool, enters the order into the
order system through an order-entry tool and e-mails the buyer a confirmation.
Orders needing a substitution wait for an office clerk to approve; the rest go in
straight away. The agent has a step limit and its runs are logged. A daily job
builds the delivery rounds, which drivers see on company handhelds, where they also
record deliveries. The mailbox and LLM are SaaS; everything else runs in the
company's cloud tenancy. Staff sign in with Microsoft 365 and MFA; links use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greengrocer wholesale order e-mail agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Restaurants e-mail orders; an LLM agent enters them, checks stock and "
    "substitutions, and confirms by e-mail; drivers get rounds on handhelds.",
)

# ---------------------------------------------------------------- data assets
order_email = tg.Data(
    "Order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text order with the buyer's name, e-mail and phone number.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data(
    "Agent completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_result = tg.Data(
    "Stock levels and substitutes", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
catalogue = tg.Data(
    "Product catalogue and stock", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_draft = tg.Data("Parsed order", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_result = tg.Data(
    "Order number and totals", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
orders = tg.Data(
    "Orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
accounts = tg.Data(
    "Restaurant accounts and prices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Trading names, delivery addresses, buyer contacts, agreed prices, credit terms.",
)
confirmation = tg.Data(
    "Order confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
exceptions = tg.Data(
    "Substitution approvals", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
round_sheet = tg.Data(
    "Delivery round",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Stops, addresses, drop instructions and kitchen door codes.",
)
proof = tg.Data("Proof of delivery", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Chefs and buyers at the customer restaurants who send the orders.
    buyer = tm.add(tg.Actor("Restaurant buyer", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The shared orders@ mailbox; receives orders and sends confirmations.
    mailbox = tm.add(
        tg.ExternalService(
            "Orders mailbox",
            description="Microsoft 365 shared mailbox, read and sent from via the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Reads each new e-mail, parses it and drives the tools below.
    agent = tm.add(
        tg.Agent(
            "Order intake agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Identifies the restaurant from the sender address, parses lines, "
            "checks stock, enters the order and sends the confirmation.",
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(retention_days=90, note="prompts, tool calls and results per run"),
            },
        )
    )
    # Read-only look-up of stock and the substitutes the buyers have agreed to.
    stock_tool = tm.add(tg.Tool("Stock and substitution lookup", capabilities={"read"}))
    # Creates the order in the order system.
    order_tool = tm.add(
        tg.Tool(
            "Order entry tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="office clerk",
                    note="orders with substitutions wait for the clerk; fully in-stock "
                    "orders are entered straight away",
                ),
                c.LeastPrivilegeTools(note="API key can create and amend orders only"),
            },
        )
    )
    # Sends the confirmation from the orders mailbox.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # The order system of record, with its exception queue for the office.
    order_system = tm.add(
        tg.Service(
            "Order system",
            controls={c.Authentication(method="Microsoft 365 single sign-on with MFA"), c.RBAC()},
        )
    )
    order_db = tm.add(tg.DataStore("Order database", stores={orders}))
    stock_db = tm.add(tg.DataStore("Product catalogue and stock database", stores={catalogue}))
    accounts_db = tm.add(tg.DataStore("Restaurant accounts database", stores={accounts}))
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))
    # Builds tomorrow's rounds from the confirmed orders early each morning.
    planner = tm.add(tg.Service("Daily round planning job"))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Approves substitutions and fixes orders the agent could not parse.
    clerk = tm.add(tg.Actor("Office clerk", role="order office"))

with tm.boundary("Delivery vans", trust=tg.Trust.INTERNAL):
    # Company-managed Android handheld with the delivery app.
    handheld = tm.add(
        tg.Device(
            "Driver handheld",
            fleet=True,
            controls={c.Authentication(method="driver's own PIN on the company-managed handheld")},
        )
    )
    driver = tm.add(tg.Actor("Delivery driver", role="driver"))

# ---------------------------------------------------------------- flows
tm.flow(buyer, mailbox, order_email, protocol="smtp")
tm.flow(mailbox, agent, order_email, protocol="https", label="new mail")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, run_log)

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, agent, stock_result)
tm.flow(stock_db, stock_tool, catalogue)

tm.flow(agent, order_tool, order_draft)
tm.flow(order_tool, agent, order_result)
tm.flow(order_tool, order_system, order_draft, protocol="https")
tm.flow(order_system, order_tool, order_result, protocol="https")
tm.flow(order_system, order_db, orders)
tm.flow(order_db, order_system, orders)
tm.flow(accounts_db, order_system, accounts)
tm.flow(order_system, stock_db, catalogue, label="reserves stock")

tm.flow(order_system, clerk, exceptions, orders, protocol="https", label="exception queue")
tm.flow(clerk, order_system, exceptions, protocol="https", label="approves substitutions")

tm.flow(agent, email_tool, confirmation)
tm.flow(email_tool, mailbox, confirmation, protocol="https")
tm.flow(mailbox, buyer, confirmation, protocol="smtp")

tm.flow(order_db, planner, orders, label="daily export")
tm.flow(accounts_db, planner, accounts, label="daily export")
tm.flow(planner, handheld, round_sheet, protocol="https")
tm.flow(handheld, driver, round_sheet, label="on the screen")
tm.flow(driver, handheld, proof, label="on the touchscreen")
tm.flow(handheld, order_system, proof, protocol="https")
