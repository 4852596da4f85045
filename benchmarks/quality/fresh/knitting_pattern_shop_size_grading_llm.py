"""Knitting pattern shop with LLM size grading: the first design, before any security review.

Independent designers upload a base knitting pattern (written for one size) through
a designer portal. A grading service combines it with the shop's size standards and
asks a hosted LLM to write the pattern out for the full size range (stitch counts,
repeats, yardage). The designer checks every graded variant in the portal and
approves it before it goes on sale. Buyers browse and buy on the storefront and pay
through a hosted checkout page of a payment provider, which confirms payment back.
For each order a watermarking service renders the approved variant as a PDF stamped
with the buyer's name, e-mail and licence number, stores it for download and has a
mail provider send the buyer a download link. Everything we run sits in one cloud
account; the shop serves buyers in the UK and the EU. Controls in this design: HTTPS
everywhere, e-mail and password sign-in for buyers and designers, upload size and
file-type checks in the portal, the designer's approval of graded variants, and
provider-managed encryption at rest on the order database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Knitting pattern shop size grading",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online pattern shop: an LLM grades designers' base patterns into all "
    "sizes; buyers get PDFs stamped with their licence watermark.",
)

# ---------------------------------------------------------------- data assets
base_pattern = tg.Data(
    "Base pattern",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The designer's pattern for one size: their paid intellectual property.",
)
size_standards = tg.Data("Size standards", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grading_prompt = tg.Data(
    "Grading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the base pattern and the target size measurements.",
)
graded_draft = tg.Data(
    "Graded pattern draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
variant_approval = tg.Data("Variant approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
designer_account = tg.Data(
    "Designer account details", kind="records", sensitivity=tg.Sensitivity.PII
)
buyer_account = tg.Data("Buyer account details", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data("Pattern order", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
licence = tg.Data(
    "Licence record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Licence number, buyer name and e-mail, pattern variant bought.",
)
watermarked_pdf = tg.Data(
    "Watermarked pattern PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The graded pattern stamped with the buyer's name, e-mail and licence number.",
)
download_email = tg.Data("Download link e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent designers who sell their patterns through the shop.
    designer = tm.add(tg.Actor("Pattern designer", role="designer"))
    # Knitters who buy patterns; anyone can open an account.
    buyer = tm.add(tg.Actor("Buyer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes out the pattern in every size.
    llm = tm.add(
        tg.LLM(
            "Hosted grading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called through the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments on its own hosted checkout page, so card data never reach us.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends the transactional e-mails with download links.
    mailer = tm.add(tg.ExternalService("Transactional mail service"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Where designers upload base patterns and review graded variants.
    portal = tm.add(
        tg.Endpoint(
            "Designer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF or text upload, 20 MB limit"),
            },
        )
    )
    # The public shop: catalogue, accounts, checkout and downloads.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds the grading prompt, calls the LLM and files the drafts for review.
    grader = tm.add(
        tg.Service(
            "Size grading service",
            controls={
                c.HumanInTheLoop(
                    approver="the pattern's designer",
                    note="every graded variant is approved in the portal before it is listed",
                )
            },
        )
    )
    # Renders the approved variant to PDF and stamps the buyer's licence on each page.
    stamper = tm.add(tg.Service("PDF watermarking service"))
    # Base patterns, graded drafts and approved variants.
    library = tm.add(
        tg.DataStore("Pattern library", stores={base_pattern, graded_draft, variant_approval})
    )
    # The shop's body measurement tables for each size range.
    standards = tm.add(tg.DataStore("Size standards table", stores={size_standards}))
    # Accounts, orders and licences.
    orders_db = tm.add(
        tg.DataStore(
            "Order and licence database",
            stores={buyer_account, designer_account, order, licence},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Bucket the buyer's stamped PDFs are downloaded from.
    pdf_bucket = tm.add(tg.DataStore("Download bucket", stores={watermarked_pdf}))

# ---------------------------------------------------------------- flows
# designers: upload, grading and review
tm.flow(designer, portal, base_pattern, designer_account, protocol="https")
tm.flow(portal, orders_db, designer_account)
tm.flow(portal, library, base_pattern, label="upload")
tm.flow(library, grader, base_pattern)
tm.flow(standards, grader, size_standards)
tm.flow(grader, llm, grading_prompt, protocol="https")
tm.flow(llm, grader, graded_draft, protocol="https")
tm.flow(grader, library, graded_draft)
tm.flow(library, portal, graded_draft, label="for review")
tm.flow(portal, designer, graded_draft, protocol="https")
tm.flow(designer, portal, variant_approval, protocol="https")
tm.flow(portal, library, variant_approval)

# buyers: accounts, checkout and payment
tm.flow(buyer, storefront, buyer_account, order, protocol="https")
tm.flow(storefront, orders_db, buyer_account, order)
tm.flow(orders_db, storefront, buyer_account, order, licence)
tm.flow(storefront, payments, checkout_session, protocol="https")
tm.flow(buyer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, storefront, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(storefront, orders_db, licence, label="issue licence")

# fulfilment: stamping and download
tm.flow(orders_db, stamper, licence)
tm.flow(library, stamper, graded_draft, label="approved variant")
tm.flow(stamper, pdf_bucket, watermarked_pdf)
tm.flow(stamper, mailer, download_email, protocol="https")
tm.flow(mailer, buyer, download_email, protocol="smtp")
tm.flow(pdf_bucket, storefront, watermarked_pdf)
tm.flow(storefront, buyer, watermarked_pdf, protocol="https", label="download")
