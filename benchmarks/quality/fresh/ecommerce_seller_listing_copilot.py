"""Seller listing copilot: the first design, before any security review.

Sellers on our marketplace upload product photos and spec sheets (PDF or text)
in the seller portal. A copilot service sends them, with similar listings from
the catalogue index, to a hosted multimodal LLM that drafts a title, description
and category; an in-house price model suggests a price range from sales history.
The seller edits the draft and must press "Publish" before the copilot calls the
catalogue publishing API; published listings then appear on the storefront to
buyers and are re-indexed nightly for future suggestions.
Everything except the LLM runs in our production cloud account. Controls in this
design: seller login and per-seller quotas on the portal, file type and size
checks on uploads, encrypted upload bucket and catalogue, role-based access on
the catalogue and sales data, the LLM vendor's own content filter, and seller
confirmation before anything is published.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seller listing copilot",
    profile=tg.RiskProfile.LOW,
    description="LLM copilot that drafts marketplace listings from seller photos and specs.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data("Product photos", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
spec_sheets = tg.Data(
    "Spec sheets",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Seller-supplied PDFs and text: dimensions, materials, compatibility.",
)
listing_request = tg.Data("Listing request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
comparables = tg.Data(
    "Similar listings", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
listing_embeddings = tg.Data(
    "Listing embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="embeddings"
)
llm_prompt = tg.Data(
    "Copilot prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, the photos, extracted spec text and similar listings.",
)
draft = tg.Data(
    "Draft listing",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Title, description, attributes and suggested category.",
)
price_features = tg.Data("Pricing features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
price_suggestion = tg.Data(
    "Suggested price range", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
sales_history = tg.Data(
    "Sales history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
confirmation = tg.Data(
    "Seller confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
publish_call = tg.Data("Publish request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
publish_result = tg.Data("Publish result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
listing = tg.Data(
    "Published listing",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account; sellers write the inputs to the copilot.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Buyers read what the copilot helped write.
    buyer = tm.add(tg.Actor("Buyer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that turns photos and specs into listing text.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # The sellers' entry point: uploads, drafts and the Publish button.
    portal = tm.add(
        tg.Endpoint(
            "Seller portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller account login, optional 2FA"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Holds uploads while a listing is being drafted.
    uploads = tm.add(
        tg.DataStore(
            "Upload bucket",
            stores={photos, spec_sheets},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates retrieval, the LLM and pricing; publishes only after the seller confirms.
    copilot = tm.add(
        tg.Agent(
            "Listing copilot",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the seller, who presses Publish")},
        )
    )
    # Similar catalogue listings, used for category and wording suggestions.
    index = tm.add(
        tg.VectorStore("Catalogue listing index", stores={listing_embeddings, comparables})
    )
    # Nightly job that embeds newly published listings into the index.
    indexer = tm.add(tg.Pipeline("Listing indexer", stage=tg.Stage.INGESTION))
    # In-house regressor that suggests a price range.
    price_model = tm.add(
        tg.Model("Price suggestion model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Wraps the existing catalogue write API for the copilot.
    publish_tool = tm.add(
        tg.Tool(
            "Catalogue publish tool",
            capabilities={"write"},
            origin="first-party",
        )
    )
    # Public product pages.
    storefront = tm.add(tg.Service("Storefront"))

    with tm.boundary("Catalogue data tier", trust=tg.Trust.RESTRICTED):
        # System of record for listings shown to buyers.
        catalogue = tm.add(
            tg.DataStore(
                "Product catalogue",
                stores={listing},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Past orders and prices, source of the pricing features.
        warehouse = tm.add(
            tg.DataStore("Sales data warehouse", stores={sales_history}, controls={c.RBAC()})
        )

# ---------------------------------------------------------------- flows
tm.flow(seller, portal, photos, spec_sheets, listing_request, protocol="https")
tm.flow(portal, uploads, photos, spec_sheets)
tm.flow(portal, copilot, listing_request)
tm.flow(uploads, copilot, photos, spec_sheets)

tm.flow(copilot, index, listing_request, label="similarity query")
tm.flow(index, copilot, comparables, label="similar listings")
tm.flow(copilot, llm, llm_prompt, protocol="https")
tm.flow(llm, copilot, draft, protocol="https")

tm.flow(warehouse, price_model, sales_history, label="category price statistics")
tm.flow(copilot, price_model, price_features)
tm.flow(price_model, copilot, price_suggestion)

tm.flow(copilot, portal, draft, price_suggestion)
tm.flow(portal, seller, draft, price_suggestion, protocol="https")
tm.flow(
    seller,
    portal,
    confirmation,
    draft,
    protocol="https",
    id="seller->portal:publish",
    label="edits and publishes",
)
tm.flow(
    portal, copilot, confirmation, draft, id="portal->copilot:publish", label="confirmed listing"
)

tm.flow(copilot, publish_tool, publish_call)
tm.flow(publish_tool, catalogue, listing)
tm.flow(publish_tool, copilot, publish_result)

tm.flow(catalogue, storefront, listing)
tm.flow(storefront, buyer, listing, protocol="https")
tm.flow(catalogue, indexer, listing, label="nightly export")
tm.flow(indexer, index, listing_embeddings, comparables)
