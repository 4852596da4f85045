"""Glazier quote from window photos agent: the first design, before any security review.

A regional glazing and window-replacement firm lets homeowners request a quote on
its website: they fill in a form (name, address, phone, e-mail, notes) and upload
photos of the windows they want replaced, with a tape measure or a card in shot
for scale. The photos land in cloud object storage. A quoting agent, built on a
hosted multimodal LLM, reads the form and the photos, estimates each window's
size, frame material and glazing type, looks up prices in the firm's price list,
writes a draft quote into the quotes database and books a surveyor's visit in the
shared calendar. An estimator checks every draft in the back-office console
before the agent's e-mail tool sends it to the customer. The upload endpoint
checks file type and size and is rate limited; staff sign in with Microsoft 365
and MFA; the LLM API key sits in the cloud secrets manager; all traffic is HTTPS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Glazier quote from window photos agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that drafts window-replacement quotes from customers' photos.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Quote request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and free-text notes from the web form.",
)
photos = tg.Data(
    "Window photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the customer's home, inside and out.",
)
llm_prompt = tg.Data(
    "Photos and quoting instructions", kind="prompt", sensitivity=tg.Sensitivity.PII
)
assessment = tg.Data(
    "Window size and glazing estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prices = tg.Data("Glazing price list", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
price_lookup = tg.Data("Price lookup", kind="tool-call")
draft_quote = tg.Data("Draft quote", kind="records", sensitivity=tg.Sensitivity.PII)
approved_quote = tg.Data("Approved quote", kind="records", sensitivity=tg.Sensitivity.PII)
appointment = tg.Data("Survey appointment", kind="records", sensitivity=tg.Sensitivity.PII)
quote_email = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowners asking for a quote; anyone can use the form.
    customer = tm.add(tg.Actor("Homeowner", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and the form.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the quotes go out through.
    mail_provider = tm.add(tg.ExternalService("E-mail delivery service"))
    # The firm's shared surveyor calendar in Microsoft 365.
    calendar = tm.add(tg.ExternalService("Surveyor calendar"))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Web form and photo upload behind the firm's website.
    upload = tm.add(
        tg.Endpoint(
            "Quote request endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(note="JPEG/PNG/HEIC only, 15 MB per photo, 10 photos"),
                tg.controls.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The quoting agent: one run per request.
    agent = tm.add(
        tg.Agent(
            "Quoting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the cloud secrets manager"),
                tg.controls.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads unit prices per frame material, glazing type and size band.
    price_tool = tm.add(tg.Tool("Price list lookup tool", capabilities={"read"}))
    # The prices the estimators maintain.
    price_store = tm.add(tg.DataStore("Price list database", stores={prices}))
    # Writes draft quotes for the estimators to check.
    quote_tool = tm.add(tg.Tool("Draft quote tool", capabilities={"write"}))
    # Customers, requests and quotes.
    quote_db = tm.add(
        tg.DataStore("Quotes database", stores={request, draft_quote, approved_quote})
    )
    # Books a surveyor's visit into a free calendar slot.
    booking_tool = tm.add(tg.Tool("Survey booking tool", capabilities={"write", "network-egress"}))
    # Sends an approved quote to the customer.
    mail_tool = tm.add(
        tg.Tool(
            "Quote e-mail tool",
            capabilities={"send-messages"},
            controls={tg.controls.HumanInTheLoop(approver="an estimator")},
        )
    )
    # Back-office screen where estimators review, edit and approve drafts.
    console = tm.add(
        tg.Service(
            "Back-office console",
            controls={
                tg.controls.Authentication(method="Microsoft 365 single sign-on with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Staff who price the jobs and approve quotes.
    estimator = tm.add(tg.Actor("Estimator", role="estimator"))

# ---------------------------------------------------------------- flows
tm.flow(customer, upload, request, photos, protocol="https")
tm.flow(upload, photo_store, photos)
tm.flow(upload, quote_db, request)
tm.flow(upload, agent, request, label="new request")
tm.flow(photo_store, agent, photos)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, assessment, protocol="https")

tm.flow(agent, price_tool, price_lookup)
tm.flow(price_store, price_tool, prices)
tm.flow(price_tool, agent, prices)

tm.flow(agent, quote_tool, draft_quote)
tm.flow(quote_tool, quote_db, draft_quote)

tm.flow(agent, booking_tool, appointment)
tm.flow(booking_tool, calendar, appointment, protocol="https")
tm.flow(calendar, booking_tool, appointment, protocol="https", label="free slots")

tm.flow(quote_db, console, request, draft_quote)
tm.flow(console, estimator, draft_quote, protocol="https")
tm.flow(estimator, console, approved_quote, prices, protocol="https")
tm.flow(console, quote_db, approved_quote)
tm.flow(console, price_store, prices, label="price updates")
tm.flow(console, mail_tool, approved_quote, label="approved for sending")
tm.flow(agent, mail_tool, quote_email)
tm.flow(mail_tool, mail_provider, quote_email, protocol="https")
tm.flow(mail_provider, customer, quote_email, protocol="smtp")
