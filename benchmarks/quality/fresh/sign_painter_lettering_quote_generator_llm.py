"""Sign painter's lettering and quote tool: the first design, before any security review.

A sole-trader sign painter in the UK runs a small web tool for enquiries. Shop
owners open a public enquiry form, upload photos of their shopfront and type the
wording they want, with their name, e-mail, phone and shop address. A drafting
service on the painter's managed app host sends the photos, the wording and the
painter's price list to a hosted multimodal LLM, which drafts a description of
the lettering mock-up (layout, typeface style, colours, gilding) and a quote.
Drafts wait in a review page; the painter signs in with e-mail and password,
edits each draft and only then has it e-mailed to the shop owner through a
transactional e-mail provider. Everything public is served over HTTPS, the form
checks file types and sizes, the managed database is encrypted at rest by the
host, and no quote is sent without the painter approving it. Photos sit in an
object-storage bucket on the same host; the LLM API key is an environment variable.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Sign painter lettering and quote tool",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Shop owners send shopfront photos and wording; an LLM drafts a "
    "lettering mock-up description and a quote that the painter reviews before sending.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Sign enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shop owner's name, e-mail, phone, shop address and the wording wanted.",
)
photos = tg.Data(
    "Shopfront photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Phone photos of the fascia; may show staff or passers-by.",
)
acknowledgement = tg.Data("Enquiry acknowledgement", kind="documents")
price_list = tg.Data(
    "Price list and past job rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-letter and per-square-metre rates, gilding and travel costs.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the shop's wording, the photos and the price list.",
)
draft = tg.Data(
    "Draft mock-up description and quote",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
approved_quote = tg.Data(
    "Approved quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The painter's edited quote, addressed to the shop owner.",
)
quote_email = tg.Data("Quote e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the public form: real shop owners, and anyone else.
    shop_owner = tm.add(tg.Actor("Shop owner", role="prospective customer"))

with tm.boundary("Painter's devices", trust=tg.Trust.INTERNAL):
    # The sole trader, working from a laptop or phone in the workshop or on site.
    painter = tm.add(tg.Actor("Sign painter", role="sole trader", privileged=True))

with tm.boundary("Managed app host", trust=tg.Trust.INTERNAL):
    # Public upload form: the only part of the tool outsiders reach.
    form = tm.add(
        tg.Endpoint(
            "Enquiry form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(
                    note="JPEG/PNG/HEIC only, 10 MB per photo, 6 photos, wording length capped"
                )
            },
        )
    )
    # Builds the prompt for each new enquiry and stores what the LLM drafts.
    drafter = tm.add(
        tg.Service(
            "Quote drafting service",
            description="Runs when an enquiry arrives; calls the LLM with the API key "
            "from the host's environment variables.",
        )
    )
    # Where the painter reads, edits and approves drafts before anything is sent.
    review = tm.add(
        tg.Service(
            "Quote review page",
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="the sign painter",
                    note="every draft is read and edited before the quote is sent",
                ),
            },
        )
    )
    # Enquiries, drafts and sent quotes.
    enquiry_db = tm.add(
        tg.DataStore(
            "Enquiry database",
            stores={enquiry, draft, approved_quote},
            controls={
                tg.controls.EncryptionAtRest(key_management="host-managed keys"),
            },
        )
    )
    # Uploaded shopfront photos, referenced from the enquiry records.
    photo_bucket = tm.add(tg.DataStore("Photo bucket", stores={photos}))
    # The painter's own rates, which the LLM prices the job from.
    prices = tm.add(tg.DataStore("Price list store", stores={price_list}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and drafts the text and quote.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-and-text model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the approved quote to the shop owner from the painter's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(shop_owner, form, enquiry, photos, protocol="https")
tm.flow(form, shop_owner, acknowledgement, protocol="https")
tm.flow(form, photo_bucket, photos)
tm.flow(form, enquiry_db, enquiry)

tm.flow(enquiry_db, drafter, enquiry, label="new enquiry")
tm.flow(photo_bucket, drafter, photos)
tm.flow(prices, drafter, price_list)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, enquiry_db, draft)

tm.flow(painter, review, approved_quote, price_list, protocol="https", label="edits and approves")
tm.flow(review, painter, enquiry, photos, draft, protocol="https")
tm.flow(enquiry_db, review, enquiry, draft)
tm.flow(photo_bucket, review, photos)
tm.flow(review, enquiry_db, approved_quote)
tm.flow(review, prices, price_list, label="rate updates")

tm.flow(review, mailer, approved_quote, protocol="https")
tm.flow(mailer, shop_owner, quote_email, protocol="smtp")
