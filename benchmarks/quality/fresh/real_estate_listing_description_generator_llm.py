"""Listing description generator: the first design, before any security review.

Our estate agency's negotiators write rough notes at a valuation and take photos of
the property. In the Listing Studio web app they upload both; a generator service
pulls the property's facts (address, rooms, asking price, EPC rating) from our
SaaS CRM, adds the house style guide kept by marketing, and sends notes, facts and
photos to a hosted multimodal LLM, which drafts a listing description. The agent
edits the draft and presses Publish; only then does a publisher service push the
listing and the chosen photos to the property portals through their feed APIs.
Listing Studio runs in our cloud tenant and is reachable from the internet, since
agents work from phones at viewings; staff sign in through the agency's identity
provider with MFA. Traffic is HTTPS, stores use the cloud's default encryption,
and the LLM vendor was vetted and contractually may not train on or keep our data.
Nothing is published without the agent's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Listing description generator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM drafts property listing descriptions from agents' notes and photos; "
    "agents edit and approve them before they are published on property portals.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Agent valuation notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text notes; may mention the seller, their reasons for moving, "
    "occupancy and viewing arrangements.",
)
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="All photos taken at the property, before selection; interiors can show "
    "occupants' belongings and documents.",
)
vendor_records = tg.Data(
    "Seller and property records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
facts = tg.Data(
    "Property facts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Address, rooms, tenure, asking price and EPC rating, before going to market.",
)
style_guide = tg.Data(
    "House style guide and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, notes, property facts and photos sent to the model.",
)
draft = tg.Data("Draft description", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
edited = tg.Data(
    "Edited listing",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's final text, photo selection and Publish approval.",
)
listing = tg.Data("Published listing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
listing_photos = tg.Data("Selected listing photos", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
feed_status = tg.Data("Portal feed status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Agency staff devices", trust=tg.Trust.INTERNAL):
    # Negotiators on branch laptops and phones; they write the notes and approve listings.
    agent = tm.add(tg.Actor("Estate agent", role="negotiator"))
    # Marketing maintains the tone of voice and the wording rules for listings.
    marketing = tm.add(tg.Actor("Marketing lead", role="marketing", privileged=True))

with tm.boundary("Identity provider tenant", trust=tg.Trust.PARTNER):
    # The agency's existing SSO; Listing Studio trusts its tokens.
    idp = tm.add(
        tg.ExternalService(
            "Agency identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The system of record for sellers and properties, run as SaaS by the CRM vendor.
    crm = tm.add(tg.DataStore("Agency CRM", stores={vendor_records}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the drafts; it reads text and images.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose vision-language model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, no retention of prompts"
                )
            },
        )
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # Rightmove/Zoopla-style portals where listings go public.
    portals = tm.add(
        tg.ExternalService(
            "Property portals",
            description="Receive listings through their real-time listing feed APIs.",
        )
    )

with tm.boundary("Agency cloud tenant", trust=tg.Trust.INTERNAL):
    # The web app agents use to upload, review, edit and approve listings.
    studio = tm.add(
        tg.Endpoint(
            "Listing Studio web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="SSO through the agency identity provider with MFA")},
        )
    )
    # Builds the prompt from notes, CRM facts, photos and the style guide; calls the LLM.
    generator = tm.add(
        tg.Service(
            "Description generator",
            description="Assembles the prompt and stores the model's draft for the agent.",
        )
    )
    # Object storage for every photo uploaded from a valuation.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud default keys")},
        )
    )
    # Drafts and agents' edits, kept as the history of each listing.
    draft_store = tm.add(
        tg.DataStore(
            "Listing drafts database",
            stores={notes, draft, edited},
            controls={c.EncryptionAtRest(key_management="cloud default keys")},
        )
    )
    # The style guide and prompt template marketing edits.
    template_store = tm.add(tg.DataStore("Prompt template store", stores={style_guide}))
    # Sends an approved listing to the portals; nothing goes out without the agent's Publish.
    publisher = tm.add(
        tg.Service(
            "Portal publisher",
            controls={
                c.HumanInTheLoop(
                    approver="the listing's agent, who presses Publish after editing the draft"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(agent, idp, sign_in, protocol="oidc", label="sign in")
tm.flow(idp, studio, sign_in, protocol="oidc")

tm.flow(agent, studio, notes, photos, protocol="https", label="upload valuation notes and photos")
tm.flow(studio, photo_store, photos, protocol="https")
tm.flow(studio, generator, notes, label="generate description")

tm.flow(crm, generator, facts, protocol="https", label="property lookup")
tm.flow(photo_store, generator, photos, protocol="https")
tm.flow(template_store, generator, style_guide)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, draft, protocol="https")
tm.flow(generator, draft_store, notes, draft)

tm.flow(draft_store, studio, draft)
tm.flow(studio, agent, draft, protocol="https", label="draft shown for editing")
tm.flow(agent, studio, edited, protocol="https", label="edits and presses Publish")
tm.flow(studio, draft_store, edited)
tm.flow(studio, publisher, edited, label="publish request")
tm.flow(photo_store, publisher, listing_photos, protocol="https")
tm.flow(publisher, portals, listing, listing_photos, protocol="https")
tm.flow(portals, publisher, feed_status, protocol="https")
tm.flow(publisher, studio, feed_status, label="listing live")

tm.flow(marketing, studio, style_guide, protocol="https", label="edits the style guide")
tm.flow(studio, template_store, style_guide)
