"""Clock repair workshop: parts inventory reorder agent (first design).

The workshop records parts taken from stock (mainsprings, bushings, crystals,
pivots) in a small inventory web app. A reorder agent, built on a hosted LLM,
checks stock levels every evening, reads suppliers' catalogue e-mails and price
list attachments from the workshop mailbox, keeps a price list store up to date
and drafts purchase orders, which it e-mails to suppliers from the workshop
address. Orders above GBP 200 wait in the inventory app until the clockmaker
approves them. Suppliers e-mail invoices; a mailbox rule forwards them to the
accounting software's bill inbox, a nightly job matches each bill to its order
and marks it for payment, and the accounting software pays matched bills in its
weekly payment run through the bank feed. The agent, its tools and the app run
on one small cloud VM. Controls: app and accounting sign-in, the approval
threshold, a step limit on the agent, HTTPS on the APIs and nightly backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clockmaker workshop parts reorder agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent that watches parts stock, reads supplier catalogues and "
    "drafts purchase orders; matched supplier invoices are paid through accounting software.",
)

# ---------------------------------------------------------------- data assets
stock = tg.Data(
    "Parts stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
usage = tg.Data("Parts usage entries", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
app_login = tg.Data(
    "Inventory app login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
catalogue_mail = tg.Data(
    "Supplier catalogue e-mails and price lists",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Newsletters, offers and PDF or spreadsheet price lists from suppliers.",
)
prices = tg.Data(
    "Supplier prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
draft_po = tg.Data(
    "Draft purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Supplier, part numbers, quantities, prices and delivery address.",
)
approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
po_email = tg.Data(
    "Purchase order e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
mail_token = tg.Data("Mailbox API token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
invoice = tg.Data(
    "Supplier invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF invoice with order reference, amounts and the supplier's bank details.",
)
bank_details = tg.Data(
    "Supplier bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
draft_bill = tg.Data("Draft bill", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bill_approval = tg.Data(
    "Bill approved for payment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
payment_batch = tg.Data(
    "Supplier payment batch", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bank_feed = tg.Data("Bank statement feed", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
accounting_login = tg.Data(
    "Accounting sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parts suppliers: send catalogues, price lists and invoices; receive our orders.
    supplier = tm.add(tg.Actor("Parts supplier", role="supplier"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Owner and only approver; records parts used and approves larger orders.
    clockmaker = tm.add(tg.Actor("Clockmaker", role="owner", privileged=True))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted workshop mailbox: every supplier message arrives and every order leaves here.
    mailbox = tm.add(
        tg.ExternalService(
            "Workshop mailbox",
            description="Hosted business e-mail; a rule forwards invoices to the bill inbox.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Keeps bills and runs the weekly supplier payment run.
    accounting = tm.add(
        tg.ExternalService(
            "Accounting software",
            description="Cloud accounting package; pays approved bills in the weekly payment run.",
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The workshop's business bank, linked to the accounting software.
    bank = tm.add(tg.ExternalService("Business bank"))

with tm.boundary("Workshop cloud VM", trust=tg.Trust.INTERNAL):
    # Small web app: stock entries, pending orders awaiting approval.
    inventory_app = tm.add(
        tg.Service(
            "Inventory web app",
            internet_facing=True,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Stock levels, parts usage and purchase orders.
    inventory_db = tm.add(
        tg.DataStore(
            "Inventory database",
            stores={stock, usage, draft_po, app_login},
            controls={c.DataVersioning(note="nightly backups to object storage")},
        )
    )
    # Prices the agent extracted from supplier price lists.
    price_store = tm.add(tg.DataStore("Supplier price list store", stores={prices}))
    # The LLM agent: decides what to reorder, from whom and at what price.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every evening over stock levels, new supplier e-mails and prices.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads stock levels and usage for the agent.
    inventory_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Reads new supplier e-mails and attachments from the mailbox.
    mail_reader = tm.add(tg.Tool("Mailbox reader tool", capabilities={"read"}))
    # Updates the price list store from what the agent read.
    price_tool = tm.add(tg.Tool("Price list tool", capabilities={"read", "write"}))
    # Saves the draft, holds large orders for approval, then e-mails the order.
    order_tool = tm.add(
        tg.Tool(
            "Purchase order tool",
            capabilities={"write", "send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the clockmaker",
                    above="GBP 200 per order",
                    note="orders above the threshold wait in the inventory app",
                )
            },
        )
    )
    # Nightly job: matches draft bills to purchase orders and approves them for payment.
    matching_job = tm.add(
        tg.Service(
            "Nightly invoice matching job",
            description="Matches order reference, lines and total within 2 percent.",
        )
    )

# ---------------------------------------------------------------- flows
# Stock keeping and approvals in the app.
tm.flow(clockmaker, inventory_app, app_login, usage, approval, protocol="https")
tm.flow(inventory_app, clockmaker, stock, draft_po, protocol="https")
tm.flow(inventory_app, inventory_db, usage)
tm.flow(inventory_db, inventory_app, stock, draft_po, app_login)
tm.flow(inventory_app, order_tool, approval, label="approved order")

# The agent and its model.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Stock lookup.
tm.flow(agent, inventory_tool, tool_call)
tm.flow(inventory_tool, inventory_db, tool_call)
tm.flow(inventory_db, inventory_tool, stock, usage)
tm.flow(inventory_tool, agent, tool_result)

# Supplier e-mail in.
tm.flow(supplier, mailbox, catalogue_mail, invoice, bank_details, protocol="smtp")
tm.flow(agent, mail_reader, tool_call)
tm.flow(mail_reader, mailbox, mail_token, protocol="https", label="mail API")
tm.flow(mailbox, mail_reader, catalogue_mail, protocol="https")
tm.flow(mail_reader, agent, tool_result, catalogue_mail)

# Prices.
tm.flow(agent, price_tool, tool_call, prices)
tm.flow(price_tool, price_store, prices)
tm.flow(price_store, price_tool, prices)
tm.flow(price_tool, agent, tool_result, prices)

# Purchase orders out.
tm.flow(agent, order_tool, tool_call, draft_po)
tm.flow(order_tool, inventory_db, draft_po)
tm.flow(order_tool, agent, tool_result)
tm.flow(order_tool, mailbox, mail_token, po_email, protocol="https", label="send order")
tm.flow(mailbox, supplier, po_email, protocol="smtp")

# Invoices, matching and payment.
tm.flow(mailbox, accounting, invoice, bank_details, protocol="smtp", label="forward to bill inbox")
tm.flow(accounting, matching_job, draft_bill, bank_details, protocol="https")
tm.flow(inventory_db, matching_job, draft_po)
tm.flow(matching_job, accounting, bill_approval, protocol="https")
tm.flow(clockmaker, accounting, accounting_login, protocol="https")
tm.flow(accounting, clockmaker, draft_bill, protocol="https")
tm.flow(accounting, bank, payment_batch, bank_details, protocol="https")
tm.flow(bank, accounting, bank_feed, protocol="https")
