"""Wedding venue enquiry and booking agent: the first design, before any security review.

Couples planning a wedding contact the venue through the chat widget on its website
or by e-mail to the enquiries mailbox. An LLM agent, run in the venue's own cloud
tenancy, answers their questions from the venue's packages and price list, checks
whether a date is free in the booking calendar, places a provisional hold on a date
(held for 14 days) and prepares the wedding contract and the deposit invoice. The
language model is a hosted API; e-mail runs on Microsoft 365, contracts go out for
signature through an e-signature service and invoices through the venue's
accounting package, which e-mails the couple a payment link.
The events coordinator approves every contract and deposit invoice in a staff web
app before it is sent; replies and provisional holds go out without review. The chat
widget is rate-limited, SaaS API keys sit in the cloud secret manager, staff sign in
with Microsoft 365 SSO and 2-step verification, and the booking calendar refuses a
hold on a date already held or booked. Couples are in the UK and EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding venue enquiry and booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM agent that answers couples' enquiries by chat and e-mail, checks and holds "
        "dates, and prepares contracts and deposit invoices for the coordinator to approve."
    ),
)

# ---------------------------------------------------------------- data assets
chat_enquiry = tg.Data(
    "Enquiry chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, wedding date, guest numbers, budget and questions typed in the widget.",
)
email_enquiry = tg.Data(
    "Enquiry e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="An e-mail sent to the enquiries mailbox, with any attachments.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far, the price list and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The drafted reply and any tool calls the model asks for.",
)
price_list = tg.Data(
    "Packages and price list",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wedding packages, seasonal prices, deposit rules and venue FAQs.",
)
history = tg.Data(
    "Couple profiles and conversation history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data("Date availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
hold_request = tg.Data(
    "Provisional hold request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Date, couple's names and e-mail address.",
)
hold_result = tg.Data("Hold confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings and provisional holds",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
contract_request = tg.Data(
    "Contract and invoice request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's details, date, chosen package, price and deposit amount.",
)
contract_result = tg.Data(
    "Contract and invoice status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
draft = tg.Data(
    "Draft contract and deposit invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
approval = tg.Data("Coordinator approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
contract = tg.Data("Wedding contract", kind="documents", sensitivity=tg.Sensitivity.PII)
signed_contract = tg.Data(
    "Signed wedding contract", kind="documents", sensitivity=tg.Sensitivity.PII
)
invoice = tg.Data(
    "Deposit invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Deposit amount, due date and a payment link hosted by the accounting package.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the venue wants to book; anyone can open the chat or send an e-mail.
    couple = tm.add(tg.Actor("Couple", role="prospective customer"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The venue's enquiries mailbox; couples write to it and the agent's replies leave from it.
    mail = tm.add(
        tg.ExternalService(
            "Enquiries mailbox",
            description="Exchange Online mailbox enquiries@, read through the Graph API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent thinks with, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
            controls={c.SupplierAssessment(note="vendor DPA signed; no training on our data")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Sends the contract to the couple for e-signature and keeps the signed copy.
    esign = tm.add(tg.ExternalService("E-signature service"))
    # Raises the deposit invoice and e-mails the couple a payment link.
    accounting = tm.add(
        tg.ExternalService(
            "Accounting package",
            description="Cloud accounting: invoices, card and bank payments of deposits.",
        )
    )

with tm.boundary("Venue cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public entry point for chat; serves the widget and relays messages to the agent.
    widget = tm.add(
        tg.Endpoint(
            "Chat widget backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length and attachment type limits"),
            },
        )
    )
    # Polls the mailbox for new enquiries and sends the agent's replies back through it.
    connector = tm.add(
        tg.Service(
            "Mailbox connector",
            description="Reads new mail in the enquiries folder and sends replies as the venue.",
            controls={c.SecretsManagement(note="Graph client secret in the cloud secret manager")},
        )
    )
    # The LLM agent: reads enquiries, decides which tools to call, drafts replies.
    agent = tm.add(
        tg.Agent(
            "Enquiry agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers enquiries, checks dates, places holds, prepares contracts.",
            controls={
                c.HumanInTheLoop(
                    approver="events coordinator",
                    note=(
                        "every contract and deposit invoice is approved before sending; "
                        "replies and provisional holds go out directly"
                    ),
                )
            },
        )
    )
    # Read-only lookup of which dates are free, held or booked.
    availability_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Places a 14-day provisional hold on a date for a couple.
    hold_tool = tm.add(
        tg.Tool(
            "Provisional hold tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="booking calendar refuses a hold on a date already held or booked"
                )
            },
        )
    )
    # Fills the contract and invoice templates and, once approved, sends them out.
    contract_tool = tm.add(
        tg.Tool(
            "Contract and invoice tool",
            capabilities={"write", "send-messages"},
            description="Queues drafts for the coordinator; on approval calls e-signature and accounting.",
            controls={c.SecretsManagement(note="SaaS API keys in the cloud secret manager")},
        )
    )
    # The venue's calendar of weddings and holds: the source of truth for dates.
    calendar = tm.add(tg.DataStore("Booking calendar", stores={bookings}))
    # Who each couple is and what has been said to them, across chat and e-mail.
    crm = tm.add(
        tg.DataStore(
            "Enquiry CRM",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference content the agent answers from.
    prices = tm.add(tg.DataStore("Package and price list store", stores={price_list}))
    # Where the coordinator reviews drafts, approves them and manages the calendar.
    staff_app = tm.add(
        tg.Endpoint(
            "Staff web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with 2-step verification"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Venue staff member who runs bookings and signs off contracts and invoices.
    coordinator = tm.add(tg.Actor("Events coordinator", role="venue staff"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(couple, widget, chat_enquiry, protocol="https")
tm.flow(widget, agent, chat_enquiry)
tm.flow(agent, widget, reply)
tm.flow(widget, couple, reply, protocol="https")

# e-mail
tm.flow(couple, mail, email_enquiry, protocol="smtp")
tm.flow(mail, connector, email_enquiry, protocol="https", label="Graph API poll")
tm.flow(connector, agent, email_enquiry)
tm.flow(agent, connector, reply)
tm.flow(connector, mail, reply, protocol="https", label="send as venue")
tm.flow(mail, couple, reply, protocol="smtp")

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# context
tm.flow(prices, agent, price_list)
tm.flow(crm, agent, history, label="couple's previous messages")
tm.flow(agent, crm, history, label="updates profile and transcript")

# dates
tm.flow(agent, availability_tool, availability_query)
tm.flow(calendar, availability_tool, bookings)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, calendar, bookings, label="provisional hold")
tm.flow(hold_tool, agent, hold_result)

# contracts and invoices
tm.flow(agent, contract_tool, contract_request)
tm.flow(contract_tool, staff_app, draft, label="approval queue")
tm.flow(staff_app, coordinator, draft, protocol="https")
tm.flow(coordinator, staff_app, approval, protocol="https")
tm.flow(staff_app, contract_tool, approval)
tm.flow(contract_tool, agent, contract_result)
tm.flow(contract_tool, esign, contract, protocol="https")
tm.flow(esign, couple, contract, protocol="https", label="signing link by e-mail")
tm.flow(couple, esign, signed_contract, protocol="https")
tm.flow(esign, coordinator, signed_contract, protocol="smtp", label="completed envelope e-mail")
tm.flow(contract_tool, accounting, invoice, protocol="https")
tm.flow(accounting, couple, invoice, protocol="smtp", label="invoice with payment link")

# staff
tm.flow(coordinator, staff_app, bookings, protocol="https", label="confirms and releases dates")
tm.flow(staff_app, calendar, bookings)
tm.flow(calendar, staff_app, bookings)
tm.flow(crm, staff_app, history)
tm.flow(staff_app, coordinator, bookings, history, protocol="https")
