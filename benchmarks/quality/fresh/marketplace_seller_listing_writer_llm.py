"""Seller listing writer: the first design, before any security review.

Sellers on our EU online marketplace, both private people and small shops,
upload photos of an item and a few notes in the seller portal. A listing writer
service combines them with the category's style guide and asks a multimodal LLM,
hosted by a vendor, for a title and a description. The draft is shown back in
the portal, where the seller edits it and accepts it; only an accepted listing
is published to the catalogue that buyers browse on the storefront. Prompts and
outputs are logged for quality work. Runs in our cloud account. Sellers sign in
with e-mail and password (TOTP optional), draft generation is rate-limited per
seller, the LLM vendor passed procurement review and applies its own content
filter, and the listings service applies our usual field checks on publishing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace seller listing writer",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted listing titles and descriptions from seller photos and notes, "
    "published after the seller accepts them.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Seller notes",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the item; sellers sometimes add names, addresses or phone numbers.",
)
photos = tg.Data(
    "Item photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Taken at the seller's home; may show people or rooms in the background.",
)
style_guide = tg.Data(
    "Category style guide and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
listing_prompt = tg.Data(
    "Listing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, style guide, the seller's notes and the item photos.",
)
draft = tg.Data("Draft listing text", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
accepted = tg.Data(
    "Accepted listing",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Title, description, price and photos as the seller accepted them.",
)
published = tg.Data("Published listing", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
search = tg.Data("Buyer search request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_logs = tg.Data("LLM request and response log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people listing counterfeit or banned goods.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Shoppers browsing published listings.
    buyer = tm.add(tg.Actor("Buyer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes a title and description from the photos and notes.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement review; no training on our data"),
            },
        )
    )

with tm.boundary("Marketplace cloud account", trust=tg.Trust.INTERNAL):
    # Existing seller-facing web app and API, extended with the drafting screens.
    portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, TOTP optional"),
                c.RateLimiting(requests_per_minute=10, note="draft generations per seller"),
            },
        )
    )
    # Object storage for uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # New service: builds the prompt, calls the LLM, saves the draft.
    writer = tm.add(
        tg.Service(
            "Listing writer service",
            controls={c.SecretsManagement(note="vendor API key in the cloud secrets manager")},
        )
    )
    # Style guides and the prompt template per category, edited by the listings team.
    guide_store = tm.add(tg.DataStore("Category style guide store", stores={style_guide}))
    # Drafts waiting for the seller to accept, edit or discard.
    draft_store = tm.add(tg.DataStore("Draft store", stores={draft}))
    # Prompts and completions kept for quality review and prompt tuning.
    log_store = tm.add(tg.DataStore("LLM log store", stores={llm_logs}))
    # Existing publishing service: validates and writes listings to the catalogue.
    listings = tm.add(
        tg.Service(
            "Listings service",
            controls={
                c.InputValidation(
                    note="field lengths, allowed HTML subset and the existing "
                    "prohibited-keyword list"
                ),
                c.HumanInTheLoop(
                    approver="the seller",
                    note="nothing is published until the seller accepts the draft in the portal",
                ),
            },
        )
    )
    # Published listings database.
    catalogue = tm.add(tg.DataStore("Listing catalogue", stores={published}))
    # Public storefront and search.
    storefront = tm.add(tg.Endpoint("Storefront", purpose=tg.EndpointPurpose.API))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the style guides and prompt template.
    listings_team = tm.add(tg.Actor("Listings product team", role="product manager"))

# ---------------------------------------------------------------- flows
tm.flow(seller, portal, notes, photos, protocol="https", label="upload")
tm.flow(portal, photo_store, photos)
tm.flow(portal, writer, notes, label="draft request")
tm.flow(photo_store, writer, photos)
tm.flow(guide_store, writer, style_guide)
tm.flow(writer, llm, listing_prompt, protocol="https")
tm.flow(llm, writer, draft, protocol="https")
tm.flow(writer, log_store, llm_logs)
tm.flow(writer, draft_store, draft)
tm.flow(draft_store, portal, draft)
tm.flow(portal, seller, draft, protocol="https", label="draft for review")
tm.flow(seller, portal, accepted, protocol="https", label="edit and accept")
tm.flow(portal, listings, accepted)
tm.flow(listings, catalogue, published)
tm.flow(catalogue, storefront, published)
tm.flow(buyer, storefront, search, protocol="https")
tm.flow(storefront, buyer, published, protocol="https")
tm.flow(listings_team, guide_store, style_guide, protocol="https")
