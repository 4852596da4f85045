"""Wedding place-card order agent: the first design, before any security review.

A one-person calligraphy studio takes wedding place-card orders by e-mail. Couples
write to the studio mailbox with their wedding date, the card style they want and
their guest list (pasted in the mail or attached as a spreadsheet: guest names,
titles, table numbers and meal choices). An LLM agent, running in the studio's
small cloud account, polls the mailbox, has a hosted LLM read each order, drafts
the place-card list in the orders database, books writing time in the studio's
calendar, prepares the invoice in the online accounting service and replies to
the couple with a confirmation and the proof list to check.
The calligrapher reviews and corrects card lists in a studio dashboard (Google
sign-in) and approves each invoice there before it is issued; confirmations and
calendar bookings go out without review. The agent stops after 25 steps per
e-mail; the orders database uses the cloud provider's default encryption at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wedding place-card order agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An e-mail agent that turns couples' orders and guest lists into "
    "place-card lists, invoices and calendar bookings for a calligraphy studio.",
)

# ---------------------------------------------------------------- data assets
order_email = tg.Data(
    "Couple's order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Names, wedding date and venue, billing address, card style, and the "
    "guest list in the body or as an attached spreadsheet.",
)
guest_list = tg.Data(
    "Guest list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest names and titles, table numbers and meal choices.",
)
card_list = tg.Data(
    "Drafted place-card list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="One line per card: the name exactly as it will be written, table, meal mark.",
)
corrections = tg.Data("Card list corrections", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Studio instructions, the e-mail text and the attachment's contents.",
)
completion = tg.Data("LLM response", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_results = tg.Data("Tool results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
reply = tg.Data(
    "Order confirmation and proof list",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The reply to the couple: price, dates and the card list to proof-read.",
)
invoice = tg.Data(
    "Invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's names and billing address, card count, price and deposit due.",
)
invoice_approval = tg.Data("Invoice approval", kind="records")
schedule = tg.Data(
    "Writing schedule entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Work slots named after the couple, with the wedding date.",
)
availability = tg.Data("Calendar availability", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couples (and anyone else) can write to the studio's public address.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The studio's hosted mailbox: where orders arrive and replies leave from.
    mailbox = tm.add(
        tg.ExternalService("Studio mailbox", description="Hosted business e-mail account.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the order mails and attachments and decides the agent's next step.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, via the vendor API.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Issues invoices and e-mails them to the couple once approved.
    accounting = tm.add(
        tg.ExternalService(
            "Online accounting service",
            description="Invoices, deposits and bookkeeping for the studio.",
        )
    )
    # The calligrapher's working calendar.
    calendar = tm.add(tg.ExternalService("Calendar service"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Reads each new order and works it through with the tools below.
    agent = tm.add(
        tg.Agent(
            "Order agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Polls the mailbox, extracts the guest list, drafts the card list, "
            "books writing time, prepares the invoice and replies to the couple.",
            controls={c.CircuitBreaker(max_steps=25, note="agent framework step limit per e-mail")},
        )
    )
    # Fetches new mails and sends replies through the mailbox API.
    email_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "send-messages"},
            description="Reads the inbox and sends replies as the studio address.",
        )
    )
    # Writes the drafted card list and guest list into the orders database.
    card_tool = tm.add(tg.Tool("Card list tool", capabilities={"read", "write"}))
    # Creates invoice drafts in the accounting service; issued only once approved.
    invoice_tool = tm.add(
        tg.Tool(
            "Invoice tool",
            capabilities={"write"},
            description="Creates a draft invoice; it is issued only after the calligrapher "
            "approves it in the dashboard.",
            controls={
                c.HumanInTheLoop(approver="the calligrapher, in the studio dashboard"),
            },
        )
    )
    # Books writing time before the wedding date.
    calendar_tool = tm.add(tg.Tool("Calendar tool", capabilities={"read", "write"}))
    # Orders, guest lists and card lists: what the calligrapher writes from.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={guest_list, card_list, invoice},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Where the calligrapher reviews orders, corrects names and approves invoices.
    dashboard = tm.add(
        tg.Service(
            "Studio dashboard",
            internet_facing=True,
            description="Small web app showing orders and card lists, with an approve button "
            "for invoices.",
            controls={c.Authentication(method="Google account sign-in (OIDC)")},
        )
    )

with tm.boundary("Calligraphy studio", trust=tg.Trust.INTERNAL):
    # The owner: writes the cards, checks the lists, approves invoices.
    calligrapher = tm.add(tg.Actor("Calligrapher", role="studio owner", privileged=True))

# ---------------------------------------------------------------- flows
# Orders in, replies out.
tm.flow(couple, mailbox, order_email, protocol="smtp+starttls")
tm.flow(mailbox, couple, reply, protocol="smtp+starttls")
tm.flow(mailbox, email_tool, order_email, protocol="https", label="new mail")
tm.flow(email_tool, mailbox, reply, protocol="https", label="send reply")

# The agent loop.
tm.flow(email_tool, agent, tool_results, order_email)
tm.flow(agent, email_tool, tool_calls, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Card list.
tm.flow(agent, card_tool, tool_calls, guest_list, card_list)
tm.flow(card_tool, agent, tool_results)
tm.flow(card_tool, orders_db, guest_list, card_list)
tm.flow(orders_db, card_tool, card_list, label="existing order")

# Scheduling.
tm.flow(agent, calendar_tool, tool_calls, schedule)
tm.flow(calendar_tool, agent, tool_results, availability)
tm.flow(calendar_tool, calendar, schedule, protocol="https")
tm.flow(calendar, calendar_tool, availability, protocol="https")

# Invoicing.
tm.flow(agent, invoice_tool, tool_calls, invoice)
tm.flow(invoice_tool, agent, tool_results)
tm.flow(invoice_tool, accounting, invoice, protocol="https", label="draft, then issue")
tm.flow(accounting, invoice_tool, tool_results, protocol="https", label="invoice number")
tm.flow(invoice_tool, orders_db, invoice)
tm.flow(accounting, couple, invoice, protocol="https", label="invoice e-mail with pay link")

# The calligrapher's review.
tm.flow(orders_db, dashboard, guest_list, card_list, invoice)
tm.flow(dashboard, orders_db, corrections)
tm.flow(dashboard, calligrapher, card_list, invoice, protocol="https")
tm.flow(calligrapher, dashboard, corrections, invoice_approval, protocol="https")
tm.flow(dashboard, invoice_tool, invoice_approval)
