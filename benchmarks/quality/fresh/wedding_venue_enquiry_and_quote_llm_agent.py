"""Wedding venue enquiry and quote agent: the first design, before any security review.

A country house wedding venue lets an LLM agent handle couples' first enquiries,
by e-mail (the venue's hosted mailbox) and through a chat widget on its website.
The agent answers questions about the house and packages, checks whether a date is
free in the events calendar, and drafts quotes with a quote tool that prices the
couple's choices from the venue's price list. Each draft waits in the back office
until the events manager approves it; the back office then e-mails the quote. Once
a quote is approved, the agent can send a deposit payment link created with the
card payment provider, whose hosted page takes the card; the provider's signed
webhook tells the back office to hold the date. The agent also shares contact
details of the venue's recommended suppliers (florists, caterers, photographers).
The agent and tools run in the venue's cloud tenant; the model is a hosted LLM API.
Staff sign in to the back office with 2-step verification; couples' data is UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding venue enquiry and quote agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that answers wedding enquiries, checks dates, drafts quotes and sends deposit links.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Couple's chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, wedding date, guest numbers, budget and wishes.",
)
enquiry_email = tg.Data("Enquiry e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
date_query = tg.Data("Date availability query", kind="tool-call")
availability = tg.Data("Date availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
calendar_entries = tg.Data(
    "Events calendar entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booked and provisionally held dates with the couples' names.",
)
quote_request = tg.Data(
    "Quote request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Date, package, guest numbers and extras the couple chose.",
)
price_list = tg.Data(
    "Venue price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_quote = tg.Data("Draft quote", kind="records", sensitivity=tg.Sensitivity.PII)
approved_quote = tg.Data("Approved quote", kind="documents", sensitivity=tg.Sensitivity.PII)
quote_approval = tg.Data("Quote approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
enquiry_records = tg.Data(
    "Enquiry and quote records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Couples' contact details, conversation history, quotes and payment status.",
)
enquiry_history = tg.Data(
    "Enquiry history", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
supplier_contacts = tg.Data(
    "Recommended supplier contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, mobile numbers and e-mails of the venue's approved suppliers.",
)
link_request = tg.Data("Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
deposit_amount = tg.Data(
    "Approved quote deposit amount", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_session = tg.Data("Payment session request", kind="records", sensitivity=tg.Sensitivity.PII)
card_payment = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the couple on the provider's hosted page only.",
)
payment_event = tg.Data("Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.PII)
provider_api_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Engaged couples enquiring; anyone can start a chat or send an e-mail.
    couple = tm.add(tg.Actor("Couple", role="prospective customer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The venue's hosted enquiries@ mailbox.
    mailbox = tm.add(
        tg.ExternalService("Enquiries mailbox", description="Hosted Microsoft 365 mailbox.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Creates payment links and hosts the card page, so card data never reaches us.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider", description="Hosted checkout and payment links."
        )
    )

with tm.boundary("Venue cloud tenant", trust=tg.Trust.INTERNAL):
    # The website chat widget's backend.
    chat_api = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that handles enquiries end to end, up to the approved quote.
    agent = tm.add(
        tg.Agent(
            "Enquiry agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers enquiries by chat and e-mail, checks dates, requests quotes, "
            "sends deposit links and shares supplier contacts.",
        )
    )
    # Read-only look-up of free dates.
    calendar_tool = tm.add(tg.Tool("Date availability tool", capabilities={"read"}))
    # Prices the couple's choices and files a draft for approval.
    quote_tool = tm.add(
        tg.Tool(
            "Quote drafting tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="events manager")},
        )
    )
    # Creates a deposit payment link with the provider for an approved quote.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The deposit amount is read from the approved quote in the back office.",
        )
    )
    # The venue's calendar of booked and held dates.
    calendar = tm.add(tg.DataStore("Events calendar", stores={calendar_entries}))
    # Maintained by the events manager.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Suppliers the venue recommends to couples.
    suppliers = tm.add(tg.DataStore("Supplier directory", stores={supplier_contacts}))
    # Enquiry CRM: approval queue, quotes, history, payment status; receives provider webhooks.
    back_office = tm.add(
        tg.Service(
            "Venue back office",
            description="Enquiry CRM where quotes are approved and sent, and deposits recorded.",
            controls={
                c.Authentication(method="staff e-mail and password with 2SV"),
                c.RBAC(),
            },
        )
    )
    enquiry_db = tm.add(
        tg.DataStore(
            "Enquiry database",
            stores={enquiry_records, provider_api_key},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Approves every quote and keeps the price list and calendar.
    manager = tm.add(tg.Actor("Events manager", role="events manager", privileged=True))

# ---------------------------------------------------------------- flows
# Chat
tm.flow(couple, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, couple, agent_reply, protocol="https")

# E-mail
tm.flow(couple, mailbox, enquiry_email, protocol="smtp")
tm.flow(mailbox, agent, enquiry_email, protocol="https", label="Graph API mailbox poll")
tm.flow(agent, mailbox, agent_reply, protocol="https", label="send reply")
tm.flow(mailbox, couple, agent_reply, approved_quote, protocol="smtp")

# Model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Availability
tm.flow(agent, calendar_tool, date_query)
tm.flow(calendar, calendar_tool, calendar_entries)
tm.flow(calendar_tool, agent, availability)
tm.flow(manager, calendar, calendar_entries, protocol="https", label="books and releases dates")

# Quotes
tm.flow(agent, quote_tool, quote_request)
tm.flow(prices, quote_tool, price_list)
tm.flow(quote_tool, back_office, draft_quote, label="queued for approval")
tm.flow(back_office, quote_tool, quote_approval, label="approval status")
tm.flow(manager, prices, price_list, protocol="https", label="maintains prices")
tm.flow(back_office, manager, draft_quote, protocol="https")
tm.flow(manager, back_office, quote_approval, protocol="https")
tm.flow(back_office, mailbox, approved_quote, protocol="https", label="send approved quote")
tm.flow(back_office, enquiry_db, enquiry_records)
tm.flow(enquiry_db, back_office, enquiry_records, provider_api_key)
tm.flow(back_office, agent, enquiry_history, quote_approval, label="conversation and quote status")
tm.flow(agent, back_office, enquiry_records, label="log conversation")

# Suppliers
tm.flow(suppliers, agent, supplier_contacts)
tm.flow(manager, suppliers, supplier_contacts, protocol="https", label="maintains supplier list")

# Deposits
tm.flow(agent, payment_tool, link_request)
tm.flow(back_office, payment_tool, deposit_amount, provider_api_key)
tm.flow(payment_tool, payments, payment_session, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(couple, payments, card_payment, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    back_office,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(back_office, calendar, calendar_entries, label="hold date on deposit")
