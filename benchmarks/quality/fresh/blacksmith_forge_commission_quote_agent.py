"""Blacksmith forge commission quote agent: the first design.

A two-person forge in Wales makes gates, railings, fire baskets and one-off
ironwork to commission. Customers describe the job on the forge's website
and upload photos and measurements of the site. An LLM agent reads each
enquiry, prices it from the forge's price list and this week's steel prices
from the stockholder, checks the workshop calendar for a lead time, and
drafts a quote. The blacksmith reviews every draft in a small dashboard; once
approved, the agent creates a Stripe deposit payment link and e-mails the
quote with the link to the customer. Stripe tells the website when a deposit
is paid. The website, agent and records run on one managed hosting account;
the model, Stripe, e-mail and the calendar are vendors' services. Controls:
a form rate limit and upload checks, TLS, a step cap on the agent, the
blacksmith's approval of every quote, and Stripe's signed webhooks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blacksmith forge commission quote agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that drafts and sends quotes for ironwork commissions.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Commission enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, site address and the customer's description of the job.",
)
site_photos = tg.Data("Site photos and measurements", kind="media", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Quote agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the enquiry, the photos and the tool results so far.",
)
agent_reply = tg.Data(
    "Model reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
price_list = tg.Data(
    "Forge price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly forge rate, finishes, fixings and the margin rules.",
)
steel_prices = tg.Data("Steel stock prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
steel_query = tg.Data("Steel section query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
calendar_query = tg.Data("Lead time request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
free_slots = tg.Data("Workshop free slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
draft_quote = tg.Data("Draft quote", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Quote approval and edits", kind="records", sensitivity=tg.Sensitivity.PII)
deposit_request = tg.Data("Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
quote_email = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
card_payment = tg.Data("Deposit card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_paid = tg.Data("Deposit paid event", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the enquiry form.
    customer = tm.add(tg.Actor("Customer", role="prospective client"))

with tm.boundary("Forge workshop", trust=tg.Trust.INTERNAL):
    # The owner, reviewing drafts from the workshop laptop or a phone.
    smith = tm.add(tg.Actor("Blacksmith", role="owner", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that can read the site photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Steel stockholder", trust=tg.Trust.PARTNER):
    # The stockholder's trade price API for bar, flat and box section.
    stockholder = tm.add(
        tg.ExternalService(
            "Steel stockholder price API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Stripe", trust=tg.Trust.PARTNER):
    # Takes the deposit; card details never reach us.
    stripe = tm.add(
        tg.ExternalService("Stripe", description="Hosted payment links and checkout pages.")
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for quotes.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The workshop calendar the smith already uses to book jobs.
    calendar = tm.add(tg.ExternalService("Google Calendar"))

with tm.boundary("Managed hosting account", trust=tg.Trust.INTERNAL):
    # The forge website's backend: the enquiry form and Stripe's webhook.
    website = tm.add(
        tg.Endpoint(
            "Website backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=10, note="per IP on the enquiry form"),
                c.InputValidation(note="image types and a 10 MB limit on uploads"),
            },
        )
    )
    # Enquiries, photos, drafts and approved quotes.
    records = tm.add(
        tg.DataStore(
            "Commission records",
            stores={enquiry, site_photos, draft_quote, approval, deposit_paid},
        )
    )
    # The forge's own rates, kept up to date by the smith.
    prices = tm.add(tg.DataStore("Forge price list store", stores={price_list}))
    # Reads an enquiry, calls the model and the tools, drafts the quote.
    agent = tm.add(
        tg.Agent(
            "Quote agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.HumanInTheLoop(
                    approver="the blacksmith",
                    note="every quote is approved in the dashboard before a link is made or it is sent",
                ),
            },
        )
    )
    # Looks up free weeks in the workshop calendar.
    calendar_tool = tm.add(tg.Tool("Workshop calendar lookup", capabilities={"read"}))
    # Asks Stripe for a deposit payment link for the approved amount.
    deposit_tool = tm.add(
        tg.Tool("Deposit payment link tool", capabilities={"write", "money-movement"})
    )
    # Sends the approved quote to the customer.
    email_tool = tm.add(tg.Tool("Quote e-mail sender", capabilities={"send-messages"}))
    # Where the smith reads drafts and approves or edits them.
    dashboard = tm.add(
        tg.Endpoint(
            "Quote review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# a new enquiry
tm.flow(customer, website, enquiry, site_photos, protocol="https", controls={tls})
tm.flow(website, records, enquiry, site_photos)
tm.flow(website, agent, enquiry, label="new enquiry")
tm.flow(records, agent, enquiry, site_photos)

# the agent works out a price and a lead time
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_reply, protocol="https", controls={tls})
tm.flow(prices, agent, price_list)
tm.flow(agent, stockholder, steel_query, protocol="https", controls={tls})
tm.flow(stockholder, agent, steel_prices, protocol="https", controls={tls})
tm.flow(agent, calendar_tool, calendar_query)
tm.flow(calendar_tool, calendar, calendar_query, protocol="https", controls={tls})
tm.flow(calendar, calendar_tool, free_slots, protocol="https", controls={tls})
tm.flow(calendar_tool, agent, free_slots)
tm.flow(agent, records, draft_quote)

# the smith reviews the draft
tm.flow(records, dashboard, draft_quote, enquiry, site_photos)
tm.flow(dashboard, smith, draft_quote, enquiry, site_photos, protocol="https", controls={tls})
tm.flow(smith, dashboard, approval, protocol="https", controls={tls})
tm.flow(dashboard, records, approval)
tm.flow(dashboard, agent, approval, label="approved quote")

# deposit link and the quote e-mail
tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, stripe, deposit_request, protocol="https", controls={tls})
tm.flow(stripe, deposit_tool, payment_link, protocol="https", controls={tls})
tm.flow(deposit_tool, agent, payment_link)
tm.flow(agent, email_tool, quote_email)
tm.flow(email_tool, mail, quote_email, protocol="https", controls={tls})
tm.flow(mail, customer, quote_email, protocol="smtp")

# the customer pays the deposit on Stripe's page
tm.flow(customer, stripe, card_payment, protocol="https", controls={tls})
tm.flow(
    stripe,
    website,
    deposit_paid,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="Stripe webhook signature verified")},
    label="webhook",
)
tm.flow(website, records, deposit_paid)
