"""Harp maker custom order design assistant: the first design, before any security review.

A one-person harp workshop in Brittany builds lever and pedal harps to order for
customers across Europe and beyond. On the workshop website a customer fills in
an order form (harp type, string range, woods, decoration, budget) and uploads
photos of the room it will stand in and of instruments they like. A drafting
service sends the enquiry, the photos and the workshop's catalogue and price list
to a hosted multimodal LLM, which drafts a specification and a price range. The
harp maker reads, edits and sends every quote himself from a password-protected
workbench; the draft never reaches the customer on its own. When the customer
accepts on the website, the maker opens a build record and raises staged invoices
(deposit, mid-build, delivery) through an invoicing service that e-mails them and
takes the payments. Controls: upload checks on the form, the maker's review of
every draft, and the hosting provider's encryption of the photo bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Harp maker custom order design",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted specifications and price ranges for made-to-order harps, "
    "edited and sent by the maker, with staged invoicing for accepted orders.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Order enquiry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, postal address, harp wishes, budget, free-text notes.",
)
photos = tg.Data(
    "Room and reference photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the customer's home and of instruments they like; may show "
    "people and carry location metadata.",
)
catalogue = tg.Data(
    "Harp catalogue and price list",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Models, string counts, woods, options and the maker's pricing rules.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the enquiry, the photos and catalogue excerpts.",
)
draft = tg.Data(
    "Draft specification and price range",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
quote = tg.Data(
    "Quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The specification and price the maker edited and sent.",
)
price_updates = tg.Data(
    "Price list updates", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
build_record = tg.Data(
    "Build record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Agreed specification, price, payment stages, build progress, delivery address.",
)
invoice_request = tg.Data(
    "Staged invoice request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, amount and stage of the build.",
)
invoice = tg.Data("Invoice", kind="documents", sensitivity=tg.Sensitivity.PII)
payment = tg.Data("Customer payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_status = tg.Data(
    "Invoice payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
maker_signin = tg.Data(
    "Workbench sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
invoicing_key = tg.Data("Invoicing API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective buyers: harpists, teachers, schools; anyone can submit the form.
    customer = tm.add(tg.Actor("Customer", role="prospective buyer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the enquiry and photos and drafts the spec.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Transactional e-mail for quotes.
    email = tm.add(tg.ExternalService("E-mail service"))
    # Issues the staged invoices, e-mails them and takes card and bank payments.
    invoicing = tm.add(tg.ExternalService("Invoicing service"))

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # Public order form, photo upload and quote acceptance page.
    portal = tm.add(
        tg.Endpoint(
            "Order portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="JPEG, PNG or HEIC only, 10 MB per photo, 8 photos")},
        )
    )
    # Uploaded photos, in the hosting provider's object storage.
    photo_store = tm.add(
        tg.DataStore(
            "Photo storage",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Enquiries, drafts, quotes and acceptances.
    enquiry_db = tm.add(
        tg.DataStore("Enquiry database", stores={enquiry, draft, quote, acceptance})
    )
    # What the LLM prices from; the maker keeps it current.
    catalogue_store = tm.add(tg.DataStore("Catalogue and price list", stores={catalogue}))
    # Builds the prompt for each new enquiry and stores the draft for the maker.
    drafter = tm.add(
        tg.Service(
            "Spec drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the harp maker",
                    note="drafts are only shown on the workbench; the maker edits and sends every quote",
                )
            },
        )
    )
    # The maker's admin pages: review drafts, send quotes, open builds, raise invoices.
    workbench = tm.add(
        tg.Service(
            "Maker's workbench",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Accepted orders and their build and payment progress.
    build_store = tm.add(tg.DataStore("Build records", stores={build_record}))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The harp maker, working from the workshop laptop.
    maker = tm.add(tg.Actor("Harp maker", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
# enquiry and draft
tm.flow(customer, portal, enquiry, photos, protocol="https")
tm.flow(portal, enquiry_db, enquiry)
tm.flow(portal, photo_store, photos)
tm.flow(enquiry_db, drafter, enquiry)
tm.flow(photo_store, drafter, photos)
tm.flow(catalogue_store, drafter, catalogue)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, enquiry_db, draft)

# review and quote
tm.flow(maker, workbench, maker_signin, quote, price_updates, protocol="https")
tm.flow(workbench, maker, enquiry, photos, draft, acceptance, build_record, protocol="https")
tm.flow(enquiry_db, workbench, enquiry, draft, acceptance)
tm.flow(photo_store, workbench, photos)
tm.flow(workbench, enquiry_db, quote)
tm.flow(workbench, catalogue_store, price_updates)
tm.flow(workbench, email, quote, protocol="https")
tm.flow(email, customer, quote, protocol="smtp+starttls", label="quote e-mail")

# acceptance, build and staged payments
tm.flow(customer, portal, acceptance, protocol="https", label="accepts the quote")
tm.flow(portal, enquiry_db, acceptance)
tm.flow(workbench, build_store, build_record)
tm.flow(build_store, workbench, build_record)
tm.flow(workbench, invoicing, invoice_request, invoicing_key, protocol="https")
tm.flow(invoicing, customer, invoice, protocol="smtp+starttls", label="invoice e-mail")
tm.flow(customer, invoicing, payment, protocol="https")
tm.flow(invoicing, workbench, payment_status, protocol="https", label="payment webhook")
