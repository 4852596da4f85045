"""Wedding venue supplier coordination agent: the first design, before any security review.

A country-house wedding venue gives its events team an LLM agent that works the
shared events@ mailbox in Google Workspace. It reads e-mails from couples and
from suppliers (caterers, florists, bands), updates the plan of each event
(timings, guest numbers, dietary requirements, supplier bookings) and e-mails
caterers and florists to confirm their delivery and set-up times. When an event
is settled it drafts the couple's invoice in Xero from the plan and the venue's
price list; the events manager reviews and sends every invoice from Xero.
The agent and its tools run in the venue's small cloud project and call a hosted
LLM. Controls so far: Google SSO with 2-step verification for the dashboard,
OAuth tokens kept in the cloud secret manager, an encrypted plan database, a
step limit and an activity log for the agent, and a data processing agreement
with the LLM vendor. Supplier confirmations go out without a person reading them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding venue supplier coordination agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="E-mail agent that keeps event plans current, confirms supplier deliveries "
    "and drafts invoices for the events manager.",
)

# ---------------------------------------------------------------- data assets
couple_mail = tg.Data(
    "Couple e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, changes to guest numbers and timings, dietary needs and allergies.",
)
supplier_mail = tg.Data(
    "Supplier e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quotes, availability and delivery times from caterers, florists and bands.",
)
team_replies = tg.Data("Events team replies", kind="documents", sensitivity=tg.Sensitivity.PII)
confirmations = tg.Data(
    "Delivery time confirmations",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mails to suppliers confirming the delivery and set-up slot for an event.",
)
inbox_items = tg.Data("Mailbox messages", kind="tool-result", sensitivity=tg.Sensitivity.PII)
mail_call = tg.Data("Mailbox tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the e-mail thread and the event plan.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
plan = tg.Data(
    "Event plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Couple contact details, date, timings, guest numbers, dietary requirements "
    "and allergies, booked suppliers and their delivery slots.",
)
plan_update = tg.Data("Event plan update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
invoice_request = tg.Data("Invoice draft request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
invoice_ref = tg.Data(
    "Draft invoice reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
prices = tg.Data("Venue price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_invoice = tg.Data(
    "Draft invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
sent_invoice = tg.Data("Couple invoice", kind="documents", sensitivity=tg.Sensitivity.PII)
activity = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The couples whose weddings the venue hosts.
    couple = tm.add(tg.Actor("Couple", role="client"))
    # Caterers, florists, bands and other suppliers booked for events.
    supplier = tm.add(tg.Actor("Supplier contact", role="supplier"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The shared events@ mailbox everything arrives in and goes out from.
    mailbox = tm.add(tg.ExternalService("Events mailbox", description="Shared Gmail mailbox."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Xero", trust=tg.Trust.PARTNER):
    # The venue's accounting package, where invoices are drafted and sent from.
    accounting = tm.add(tg.ExternalService("Xero accounting"))

with tm.boundary("Venue cloud project", trust=tg.Trust.INTERNAL):
    # The agent: reads new mail every few minutes and decides what to update or send.
    agent = tm.add(
        tg.Agent(
            "Coordination agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads new e-mails, updates event plans, confirms supplier delivery "
            "times and asks for invoice drafts.",
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging(retention_days=180)},
        )
    )
    # Reads the mailbox and sends confirmations through the Gmail API.
    mail_tool = tm.add(
        tg.Tool(
            "Mailbox tool",
            capabilities={"read", "send-messages"},
            controls={c.SecretsManagement(note="Gmail OAuth token in the cloud secret manager")},
        )
    )
    # Reads and changes event plans.
    plan_tool = tm.add(tg.Tool("Event plan tool", capabilities={"read", "write"}))
    # Creates draft invoices in Xero; it cannot approve or send them.
    invoice_tool = tm.add(
        tg.Tool(
            "Invoice drafting tool",
            capabilities={"write"},
            description="Creates a draft invoice in Xero from the agent's line items, "
            "priced from the venue price list.",
            controls={
                c.HumanInTheLoop(
                    approver="the events manager, who reviews and sends each draft in Xero"
                ),
                c.SecretsManagement(note="Xero OAuth token in the cloud secret manager"),
            },
        )
    )
    # The plan of each event: the record the whole team works from.
    plan_db = tm.add(
        tg.DataStore(
            "Event plan database",
            stores={plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The venue's packages and extras with their prices.
    price_list = tm.add(tg.DataStore("Venue price list store", stores={prices}))
    # What the agent read, changed and sent, for the events manager to check.
    activity_log = tm.add(tg.DataStore("Agent activity log store", stores={activity}))
    # Web app where the events manager sees plans and what the agent did.
    dashboard = tm.add(
        tg.Service(
            "Events dashboard",
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Runs the events team; checks the agent's work and sends invoices.
    manager = tm.add(tg.Actor("Events manager", role="events manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(couple, mailbox, couple_mail, protocol="smtp")
tm.flow(mailbox, couple, team_replies, protocol="smtp")
tm.flow(supplier, mailbox, supplier_mail, protocol="smtp")
tm.flow(mailbox, supplier, confirmations, protocol="smtp")
tm.flow(mailbox, manager, couple_mail, supplier_mail, protocol="https", label="Gmail")
tm.flow(manager, mailbox, team_replies, protocol="https", label="Gmail")

tm.flow(mailbox, mail_tool, couple_mail, supplier_mail, protocol="https", label="Gmail API")
tm.flow(mail_tool, mailbox, confirmations, protocol="https", label="Gmail API send")
tm.flow(mail_tool, agent, inbox_items)
tm.flow(agent, mail_tool, mail_call)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, plan_tool, plan_update)
tm.flow(plan_tool, agent, plan)
tm.flow(plan_tool, plan_db, plan)
tm.flow(plan_db, plan_tool, plan)

tm.flow(agent, invoice_tool, invoice_request)
tm.flow(invoice_tool, agent, invoice_ref)
tm.flow(price_list, invoice_tool, prices)
tm.flow(invoice_tool, accounting, draft_invoice, protocol="https")
tm.flow(accounting, manager, draft_invoice, protocol="https", label="review in Xero")
tm.flow(manager, accounting, draft_invoice, protocol="https", label="approve and send")
tm.flow(accounting, couple, sent_invoice, protocol="smtp")

tm.flow(agent, activity_log, activity)
tm.flow(activity_log, dashboard, activity)
tm.flow(plan_db, dashboard, plan)
tm.flow(dashboard, plan_db, plan, label="manager edits")
tm.flow(dashboard, manager, plan, activity, protocol="https")
tm.flow(manager, dashboard, plan, protocol="https")
