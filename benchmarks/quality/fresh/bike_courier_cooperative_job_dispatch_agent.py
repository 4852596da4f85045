"""Bike courier cooperative job dispatch agent: the first design.

A workers' cooperative of bike couriers in a mid-sized EU city replaces its
phone-and-spreadsheet dispatch with an LLM agent. Local businesses (florists,
print shops, law firms) send delivery requests through a web form or by email to
the dispatch mailbox. The agent reads each request, prices it from the co-op's
rate card, replies with a quote, and once accepted offers the job to an available
rider through the rider app; riders accept or decline and the agent re-offers on a
decline. At month end it raises invoices in the co-op's accounting SaaS, which
emails them to customers. The coordinator handles disputes and edits the rate card
in a small admin console. Everything runs in one cloud project; the LLM is a hosted
vendor API. Controls: riders and the coordinator sign in, the web form validates its
fields, the agent has a step limit, the job database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike courier cooperative job dispatch agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that quotes, dispatches and invoices bike courier jobs for a co-op.",
)

# ---------------------------------------------------------------- data assets
form_request = tg.Data(
    "Web form delivery request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business contact, pickup and drop-off addresses, recipient name and phone, "
    "parcel size, time window.",
)
email_request = tg.Data(
    "Delivery request email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text email from a business asking for a pickup, sometimes with attachments.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rate_card = tg.Data(
    "Rate card",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
quote = tg.Data("Delivery quote", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
quote_email = tg.Data("Quote email", kind="documents", sensitivity=tg.Sensitivity.PII)
jobs = tg.Data(
    "Job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, addresses, quoted price, assigned rider, status, dispute notes.",
)
riders = tg.Data(
    "Rider profiles and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, shift availability, current zone.",
)
dispatch_call = tg.Data("Job assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
dispatch_result = tg.Data(
    "Assignment result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
quote_call = tg.Data("Send quote call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
invoice_call = tg.Data(
    "Raise invoices call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_offer = tg.Data("Job offer", kind="records", sensitivity=tg.Sensitivity.PII)
rider_reply = tg.Data(
    "Rider accept or decline", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
invoice = tg.Data("Monthly invoice", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dispute = tg.Data("Dispute resolution", kind="records", sensitivity=tg.Sensitivity.PII)
rider_login = tg.Data("Rider sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local businesses that book deliveries; any business can use the form.
    customer = tm.add(tg.Actor("Business customer", role="customer"))
    # Co-op members riding; they use the rider app on their own phones.
    rider = tm.add(tg.Actor("Rider", role="courier"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The co-op's hosted mailbox; the dispatch address receives requests and sends quotes.
    mailbox = tm.add(
        tg.ExternalService("Hosted mailbox", description="dispatch@ mailbox at a mail provider")
    )
    # Accounting SaaS that stores invoices and emails them to customers.
    accounting = tm.add(tg.ExternalService("Accounting SaaS"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Co-op cloud project", trust=tg.Trust.INTERNAL):
    # Public booking form on the co-op's website.
    web_form = tm.add(
        tg.Endpoint(
            "Booking web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields, address and phone formats")},
        )
    )
    # The dispatch agent: reads requests, quotes, assigns riders, triggers invoicing.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Tool that sends the quote back by email through the mailbox.
    quote_tool = tm.add(
        tg.Tool("Quote email tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Tool that writes the assignment and pushes the job offer to a rider.
    dispatch_tool = tm.add(
        tg.Tool(
            "Job assignment tool", capabilities={"write", "send-messages"}, origin="first-party"
        )
    )
    # Tool the agent runs at month end to raise invoices in the accounting SaaS.
    invoice_tool = tm.add(
        tg.Tool("Invoicing tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Backend for the rider app: job offers out, accept/decline and availability in.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Small web console where the coordinator resolves disputes and edits prices.
    console = tm.add(
        tg.Service(
            "Coordinator console",
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in with 2-step verification")},
        )
    )
    # Price list the agent quotes from.
    rate_card_store = tm.add(tg.DataStore("Rate card store", stores={rate_card}))
    # Jobs, customers and rider roster in one managed Postgres.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={jobs, riders, dispute},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Co-op office", trust=tg.Trust.INTERNAL):
    # The coordinator, a co-op member on rotation, handles disputes and pricing.
    coordinator = tm.add(tg.Actor("Coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# Requests in
tm.flow(customer, web_form, form_request, protocol="https")
tm.flow(web_form, agent, form_request)
tm.flow(customer, mailbox, email_request, protocol="smtp")
tm.flow(mailbox, agent, email_request, protocol="https", label="mailbox API poll")

# Reasoning and pricing
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(rate_card_store, agent, rate_card)
tm.flow(job_db, agent, jobs, riders, label="open jobs and available riders")
tm.flow(agent, job_db, jobs, label="new and updated jobs")

# Quotes out
tm.flow(agent, web_form, quote)
tm.flow(web_form, customer, quote, protocol="https")
tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, mailbox, quote_email, protocol="https")
tm.flow(mailbox, customer, quote_email, protocol="smtp")

# Dispatch to riders
tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, job_db, jobs, label="assignment")
tm.flow(dispatch_tool, rider_api, job_offer)
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(rider, rider_api, rider_login, rider_reply, protocol="https")
tm.flow(rider_api, rider, job_offer, protocol="https", label="push notification and app")
tm.flow(rider_api, job_db, rider_reply, riders, label="job status and availability")
tm.flow(rider_api, agent, rider_reply, label="decline triggers re-offer")

# Monthly invoicing
tm.flow(agent, invoice_tool, invoice_call)
tm.flow(job_db, invoice_tool, jobs, label="completed jobs for the month")
tm.flow(invoice_tool, accounting, invoice, protocol="https")
tm.flow(accounting, customer, invoice, protocol="smtp")

# Disputes and pricing
tm.flow(customer, mailbox, email_request, protocol="smtp", label="dispute email")
tm.flow(mailbox, console, email_request, protocol="https", label="disputes forwarded")
tm.flow(coordinator, console, dispute, rate_card, protocol="https")
tm.flow(console, coordinator, jobs, protocol="https")
tm.flow(job_db, console, jobs)
tm.flow(console, job_db, dispute, label="adjusted prices and credit notes")
tm.flow(console, rate_card_store, rate_card, label="rate card edits")
