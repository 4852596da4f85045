"""Window cleaning quote estimator: the first design, before any security review.

A small window cleaning firm (the owner and a few cleaners, in the UK) wants to stop
driving out to price every new job. On the firm's website a householder fills in a
quote form (name, address, e-mail, phone) and uploads a few photos of the front and
back of their house. The quote service sends the photos with an instruction prompt to
a hosted multimodal LLM, which estimates the number of windows, storeys and awkward
access (conservatories, skylights); the service applies the firm's price list to get a
draft price. The owner signs in to a small admin dashboard (e-mail and password),
looks at the photos and the draft, adjusts it if needed and confirms it; only then is
the quote e-mailed to the householder through a transactional e-mail provider.
Everything runs on a managed web-app platform. Controls in this design: HTTPS
everywhere, file type and size checks on uploads, the platform's default encryption
of the database and the photo bucket, and the owner's confirmation of every quote.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Window cleaning quote photo estimator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Householders upload photos of their house; an LLM estimates windows and a "
    "price; the owner confirms each quote before it is sent.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Householder's name, address, e-mail, phone and notes about the job.",
)
house_photos = tg.Data(
    "House photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the outside of the householder's home, tied to their address.",
)
estimate_prompt = tg.Data(
    "Window estimate prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed instructions plus the householder's photos and job notes.",
)
window_estimate = tg.Data(
    "Window count estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated window count, storeys and access notes, as JSON.",
)
price_list = tg.Data(
    "Window cleaning price list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_quote = tg.Data(
    "Draft quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer details, the model's estimate and the computed price.",
)
confirmed_quote = tg.Data(
    "Confirmed quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The price and visit frequency the owner has confirmed.",
)
quote_email = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Request received page", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the quote form; no account is needed.
    householder = tm.add(tg.Actor("Householder", role="prospective customer"))

with tm.boundary("Owner's devices", trust=tg.Trust.INTERNAL):
    # The owner reviews quotes from a phone or the home laptop.
    owner = tm.add(tg.Actor("Firm owner", role="business owner", privileged=True))

with tm.boundary("Web app platform", trust=tg.Trust.INTERNAL):
    # Public form and photo upload on the firm's website.
    quote_form = tm.add(
        tg.Endpoint(
            "Quote request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(note="JPEG/PNG/HEIC only, 10 MB per photo, at most 8 photos"),
            },
        )
    )
    # Holds the uploaded photos so the owner can look at them later.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={house_photos},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Builds the prompt, calls the LLM, prices the estimate and files the draft.
    quote_service = tm.add(
        tg.Service(
            "Quote estimation service",
            description="Sends photos to the LLM, parses the JSON estimate, applies the price list.",
            controls={c.HumanInTheLoop(approver="the firm owner")},
        )
    )
    # The firm's rates per window, storey and extra (conservatory roof, skylight).
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Quote requests, drafts and confirmed quotes.
    quote_db = tm.add(
        tg.DataStore(
            "Quote database",
            stores={quote_request, draft_quote, confirmed_quote},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Where the owner reviews, adjusts and confirms quotes; a public URL.
    dashboard = tm.add(
        tg.Endpoint(
            "Owner admin dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model that reads the house photos.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the confirmed quote to the householder.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(householder, quote_form, quote_request, house_photos, protocol="https")
tm.flow(quote_form, householder, acknowledgement, protocol="https")
tm.flow(quote_form, photo_bucket, house_photos)
tm.flow(quote_form, quote_db, quote_request)
tm.flow(quote_db, quote_service, quote_request, label="new request")
tm.flow(photo_bucket, quote_service, house_photos)
tm.flow(quote_service, llm, estimate_prompt, protocol="https")
tm.flow(llm, quote_service, window_estimate, protocol="https")
tm.flow(prices, quote_service, price_list)
tm.flow(quote_service, quote_db, draft_quote)

tm.flow(quote_db, dashboard, quote_request, draft_quote)
tm.flow(photo_bucket, dashboard, house_photos)
tm.flow(dashboard, owner, quote_request, draft_quote, house_photos, protocol="https")
tm.flow(
    owner, dashboard, confirmed_quote, price_list, protocol="https", label="confirms, edits prices"
)
tm.flow(dashboard, quote_db, confirmed_quote)
tm.flow(dashboard, prices, price_list, label="price changes")
tm.flow(dashboard, email, quote_email, protocol="https")
tm.flow(email, householder, quote_email, protocol="smtp+starttls")
