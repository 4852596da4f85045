"""Harpsichord restoration workshop quote agent: the first design, before any security review.

A small workshop in England restores historic harpsichords, virginals and spinets
for private owners, churches and museums. Owners send an enquiry through the
workshop website with a description of the instrument and photographs. An LLM
agent reads the enquiry, looks up similar past restorations in a vector index of
job notes, prices the work from the workshop's parts and labour price list, checks
free bench time in the workshop's hosted calendar, and writes a draft quote into
the customer and quote records. The workshop owner reviews the draft on the
website's admin page; only when they approve it does the agent e-mail the quote
through a transactional e-mail service. The model is a vendor-hosted multimodal
LLM. Controls in this design: HTTPS throughout, upload checks on the form, owner
sign-in, approval of every quote e-mail, a step limit on the agent and the hosted
database's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harpsichord restoration workshop quote agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent drafts restoration quotes from customer enquiries "
    "for the workshop owner to approve and send.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Restoration enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Name, e-mail, address, instrument maker and age, and a free-text description.",
)
photos = tg.Data("Instrument photographs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
llm_prompt = tg.Data("Quote drafting prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
llm_reply = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
job_query = tg.Data("Past job search query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
job_notes = tg.Data(
    "Past restoration job notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    description="Work done, hours and materials on finished jobs, with the client's name.",
)
price_query = tg.Data("Price lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
price_list = tg.Data(
    "Parts and labour price list",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
availability_query = tg.Data(
    "Bench time query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data(
    "Bench availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
draft_quote = tg.Data(
    "Draft quote",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
quote_approval = tg.Data("Quote approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
quote_email = tg.Data("Quote e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")
owner_sign_in = tg.Data(
    "Owner sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
customer_records = tg.Data(
    "Customer and quote records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Enquiries, photographs, draft and sent quotes, and finished job notes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Instrument owners, churches and museums asking for a quote.
    customer = tm.add(tg.Actor("Instrument owner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the enquiry text and photographs.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and chat model behind the vendor's API.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The workshop's shared calendar of bench time and booked jobs.
    calendar = tm.add(
        tg.ExternalService(
            "Hosted workshop calendar",
            description="Office-suite calendar where bench time per restorer is booked.",
        )
    )
    # Sends the approved quote to the customer from the workshop's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop web hosting", trust=tg.Trust.INTERNAL):
    # Public site with the enquiry form, plus an admin page for the owner.
    website = tm.add(
        tg.Endpoint(
            "Workshop website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="photo uploads limited to JPEG/PNG, 10 MB each"),
                c.Authentication(method="e-mail and password", note="admin page only"),
            },
        )
    )
    # Enquiries, photos, drafts, sent quotes and finished job notes.
    records = tm.add(
        tg.DataStore(
            "Customer and quote database",
            stores={customer_records, enquiry, photos, draft_quote, quote_approval},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Parts, materials (quills, strings, jacks) and hourly rates, kept by the owner.
    prices = tm.add(tg.DataStore("Parts and labour price list", stores={price_list}))
    # Embeddings of finished job notes, re-indexed weekly.
    job_index = tm.add(tg.VectorStore("Past restorations index", stores={job_notes}))
    # The quote agent itself: one run per new enquiry, and a send step after approval.
    agent = tm.add(
        tg.Agent(
            "Quote drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="workshop owner", note="every quote e-mail"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Searches the past restorations index.
    job_search = tm.add(tg.Tool("Past job search tool", capabilities={"read"}))
    # Reads prices from the price list.
    price_tool = tm.add(tg.Tool("Price list lookup tool", capabilities={"read"}))
    # Reads free bench time from the hosted calendar.
    calendar_tool = tm.add(tg.Tool("Bench calendar tool", capabilities={"read", "network-egress"}))
    # Saves the draft quote against the enquiry.
    draft_tool = tm.add(tg.Tool("Quote draft tool", capabilities={"write"}))
    # Sends an approved quote through the e-mail service.
    send_tool = tm.add(
        tg.Tool(
            "Quote e-mail tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="workshop owner")},
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The master restorer who owns the business and signs off every quote.
    owner = tm.add(tg.Actor("Workshop owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
# Enquiry in
tm.flow(customer, website, enquiry, photos, protocol="https")
tm.flow(website, records, enquiry, photos)
tm.flow(records, agent, enquiry, photos, label="new enquiry")

# Drafting
tm.flow(agent, llm, llm_prompt, photos, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, job_search, job_query)
tm.flow(job_search, job_index, job_query)
tm.flow(job_index, job_search, job_notes)
tm.flow(job_search, agent, job_notes)
tm.flow(agent, price_tool, price_query)
tm.flow(prices, price_tool, price_list)
tm.flow(price_tool, agent, price_list)
tm.flow(agent, calendar_tool, availability_query)
tm.flow(calendar_tool, calendar, availability_query, protocol="https")
tm.flow(calendar, calendar_tool, availability, protocol="https")
tm.flow(calendar_tool, agent, availability)
tm.flow(agent, draft_tool, draft_quote)
tm.flow(draft_tool, records, draft_quote)
tm.flow(records, job_index, job_notes, label="weekly re-index of finished job notes")

# Review, approval and sending
tm.flow(owner, website, owner_sign_in, quote_approval, price_list, protocol="https")
tm.flow(website, owner, enquiry, photos, draft_quote, protocol="https")
tm.flow(website, records, quote_approval)
tm.flow(website, prices, price_list, label="owner edits prices")
tm.flow(records, agent, quote_approval, draft_quote, label="approved quote")
tm.flow(agent, send_tool, quote_email)
tm.flow(send_tool, mailer, quote_email, protocol="https")
tm.flow(mailer, customer, quote_email, protocol="smtp")
