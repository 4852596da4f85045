"""Auction house consignment valuation: the first design, before any security review.

Sellers sign in to the auction house's seller portal and upload photos and a
description of an item they want to consign. An image service resizes the photos
and strips their metadata. A drafting service finds comparable lots in an index
built nightly from the house's past sale records, and sends the photos,
description and comparables to a vendor-hosted multimodal LLM, which drafts a
catalogue description and an estimate range. The draft is shown to the seller in
their account and queued for a specialist, who reviews it in the review console,
sets the final estimate and accepts or declines the consignment.
Controls in this design: TLS on every link, password sign-in and upload checks on
the portal, staff SSO with MFA, roles and audit logs on the review console,
encryption of the stores, and buyer and seller names removed before indexing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Auction house consignment valuation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted catalogue descriptions and estimates for items sellers submit.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Seller sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
photos = tg.Data(
    "Item photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in sellers' homes; may show rooms, people and location metadata.",
)
description = tg.Data(
    "Seller item description",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text: provenance, condition, how the seller came to own it.",
)
seller_account = tg.Data("Seller account details", kind="records", sensitivity=tg.Sensitivity.PII)
comparables_query = tg.Data(
    "Comparable lots query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
comparables = tg.Data(
    "Comparable past lots",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot descriptions, hammer prices and sale dates of similar items.",
)
sale_records = tg.Data(
    "Past sale records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lots, estimates, hammer prices, consignor and buyer names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
valuation_prompt = tg.Data(
    "Valuation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, item photos, seller description and comparable lots.",
)
draft = tg.Data(
    "Draft catalogue description and estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
final_estimate = tg.Data(
    "Final estimate and acceptance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private sellers and dealers who want to consign items.
    seller = tm.add(tg.Actor("Seller", role="consignor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and drafts the catalogue entry.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )
    # Embeds item descriptions for the comparables search.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Auction house cloud", trust=tg.Trust.INTERNAL):
    # Seller accounts, uploads and the draft estimate view.
    portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="JPEG/PNG/HEIC only, 20 MB per photo, 12 photos"),
            },
        )
    )
    # Decodes, resizes and strips EXIF from uploaded photos.
    image_service = tm.add(tg.Service("Image processing service"))
    # Holds the submitted photos and descriptions.
    submissions = tm.add(
        tg.DataStore(
            "Consignment submissions store",
            stores={photos, description},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt from a submission and its comparables and calls the LLM.
    drafting = tm.add(tg.Service("Valuation drafting service"))
    # Seller accounts, drafts, final estimates and consignment status.
    consignments = tm.add(
        tg.DataStore(
            "Consignment records",
            stores={seller_account, credentials, draft, final_estimate},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Sales data", trust=tg.Trust.RESTRICTED):
        # Decades of sale results, the basis of every estimate.
        sales_db = tm.add(
            tg.DataStore("Sale records database", stores={sale_records}, controls={c.RBAC()})
        )
        # Nightly job that embeds past lots into the comparables index.
        indexer = tm.add(
            tg.Pipeline(
                "Nightly comparables indexing job",
                stage=tg.Stage.INGESTION,
                controls={c.DataMinimization(note="consignor and buyer names dropped")},
            )
        )
        # Searchable index of past lots for the drafting service.
        index = tm.add(tg.VectorStore("Comparable lots index", stores={comparables}))

with tm.boundary("Specialist office", trust=tg.Trust.INTERNAL):
    # Department specialists who set the final estimate.
    specialist = tm.add(tg.Actor("Specialist", role="valuation specialist"))
    # Web console where specialists review drafts and set estimates.
    console = tm.add(
        tg.Endpoint(
            "Specialist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# seller submission
tm.flow(seller, portal, credentials, protocol="https", label="sign in")
tm.flow(seller, portal, photos, description, protocol="https", label="upload")
tm.flow(portal, consignments, seller_account, credentials)
tm.flow(portal, image_service, photos)
tm.flow(image_service, submissions, photos)
tm.flow(portal, submissions, description)

# drafting
tm.flow(submissions, drafting, photos, description)
tm.flow(drafting, embedder, comparables_query, protocol="https", controls={tls})
tm.flow(
    embedder, drafting, comparables_query, protocol="https", controls={tls}, label="query embedding"
)
tm.flow(drafting, index, comparables_query, label="similarity search")
tm.flow(index, drafting, comparables)
tm.flow(drafting, llm, valuation_prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, draft, protocol="https", controls={tls})
tm.flow(drafting, consignments, draft)

# comparables index
tm.flow(sales_db, indexer, sale_records)
tm.flow(indexer, embedder, comparables, protocol="https", controls={tls})
tm.flow(embedder, indexer, comparables, protocol="https", controls={tls}, label="embeddings")
tm.flow(indexer, index, comparables)

# specialist review
tm.flow(consignments, console, draft, seller_account)
tm.flow(submissions, console, photos, description)
tm.flow(sales_db, console, sale_records, label="look up past sales")
tm.flow(console, specialist, draft, photos, description, sale_records, protocol="https")
tm.flow(specialist, console, final_estimate, protocol="https")
tm.flow(console, consignments, final_estimate)

# seller sees the estimate
tm.flow(consignments, portal, draft, final_estimate)
tm.flow(portal, seller, draft, final_estimate, protocol="https", label="seller account")
