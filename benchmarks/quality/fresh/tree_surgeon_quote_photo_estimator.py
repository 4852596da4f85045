"""Tree surgery photo quotes: the first design, before any security review.

A tree surgery firm's website lets customers ask for a quote by uploading photos of
their trees with their address and contact details. A vision model, fine-tuned by
the firm from an open-weights base, estimates each tree's height, species and how
hard it is to reach; a pricing service turns those estimates, the firm's price
rules and the travel distance from a maps API into an indicative quote range that
the customer sees online and by e-mail. An arborist visits the site and confirms or
changes the quote in a staff portal. The customer accepts the confirmed quote from
the link in the e-mail and pays a deposit on the card payment provider's hosted
page, which calls the website back when the payment succeeds. Everything runs in
the firm's cloud account; staff sign in with their Google Workspace accounts, the
upload form checks file types and sizes, storage is encrypted by the cloud
provider and the payment callback's signature is verified.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tree surgery photo quotes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Indicative tree-work quotes from customer photos, confirmed by an arborist.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Tree photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Customer uploads; often show the house, garden and neighbours' properties.",
)
request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and a description of the work wanted.",
)
estimates = tg.Data(
    "Tree estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated height, species and access difficulty per tree.",
)
price_rules = tg.Data("Pricing rules", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
address = tg.Data("Site address", kind="records", sensitivity=tg.Sensitivity.PII)
travel = tg.Data(
    "Travel distance and aerial view", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
quote_range = tg.Data("Indicative quote range", kind="records", sensitivity=tg.Sensitivity.PII)
confirmed = tg.Data(
    "Confirmed quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_mail = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Deposit checkout request", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can request a quote: no account is needed.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Staff devices", trust=tg.Trust.INTERNAL):
    # Visits the site and signs off the price the customer is asked to accept.
    arborist = tm.add(tg.Actor("Arborist", role="surveyor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page; card details never reach the firm's systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Geocodes the address for travel time and an aerial view of access.
    maps = tm.add(tg.ExternalService("Maps API", provides=tg.ExternalCategory.DATA_PROVIDER))
    # Sends quote e-mails with the acceptance link.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # Public website: quote form, quote page, acceptance and payment callback.
    website = tm.add(
        tg.Endpoint(
            "Quote website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="image type and size checks on uploads")},
        )
    )
    # Bucket holding the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Requests, estimates, quotes and deposit status.
    quote_db = tm.add(
        tg.DataStore(
            "Quote database",
            stores={request, estimates, quote_range, confirmed, acceptance},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Vision model that reads the photos.
    estimator = tm.add(
        tg.Model(
            "Tree photo estimator",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights vision backbone fine-tuned on the firm's past jobs; "
            "height regression plus species and access heads.",
        )
    )
    # Turns the estimates into a price range.
    pricing = tm.add(tg.Service("Pricing service"))
    # The firm's day rates, crew sizes and per-species multipliers.
    rules_store = tm.add(tg.DataStore("Pricing rules store", stores={price_rules}))
    # Where arborists review requests and confirm quotes after a visit.
    portal = tm.add(
        tg.Endpoint(
            "Staff quote portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in (OIDC)")},
        )
    )

# ---------------------------------------------------------------- flows
# Quote request
tm.flow(customer, website, photos, request, protocol="https", label="quote form")
tm.flow(website, photo_store, photos)
tm.flow(website, quote_db, request)

# Estimation and pricing
tm.flow(photo_store, estimator, photos)
tm.flow(estimator, pricing, estimates)
tm.flow(pricing, maps, address, protocol="https")
tm.flow(maps, pricing, travel, protocol="https")
tm.flow(rules_store, pricing, price_rules)
tm.flow(pricing, quote_db, estimates, quote_range)
tm.flow(quote_db, website, quote_range)
tm.flow(website, customer, quote_range, protocol="https", label="quote page")

# Arborist confirmation
tm.flow(quote_db, portal, request, estimates, quote_range)
tm.flow(photo_store, portal, photos)
tm.flow(portal, arborist, request, photos, estimates, protocol="https")
tm.flow(arborist, portal, confirmed, protocol="https", label="after site visit")
tm.flow(portal, quote_db, confirmed)
tm.flow(quote_db, website, confirmed)
tm.flow(website, mailer, quote_mail, protocol="https")
tm.flow(mailer, customer, quote_mail, protocol="smtp")

# Acceptance and deposit
tm.flow(customer, website, acceptance, protocol="https", label="accepts via e-mailed link")
tm.flow(website, quote_db, acceptance)
tm.flow(website, payments, checkout, protocol="https")
tm.flow(customer, payments, card, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    website,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)
