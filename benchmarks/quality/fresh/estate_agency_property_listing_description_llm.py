"""Property listing drafting assistant: the first design, before any security review.

Negotiators at the agency's branches photograph a home and measure its rooms at the
valuation visit, using the agency's listing app on their work phones. The app uploads
photos and measurements to a listing studio API in the agency's cloud account. A
drafting service pulls the property record (address, tenure, features, the seller's
notes) from the SaaS agency CRM, adds the brand style guide and sends it all, photos
included, to a hosted multimodal LLM, which writes a draft description. The negotiator
edits the draft in the app and presses publish; a publishing service then sends the
listing and photos to the property portals' feed APIs and records the portal
references. Staff sign in through the company's identity provider with MFA; uploads are
type- and size-checked; photos are stored encrypted; the LLM vendor's data terms were
reviewed before signing. Nothing reaches a portal without a negotiator publishing it.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Property listing drafting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Negotiators upload photos and room measurements; an LLM drafts the listing, "
        "which the negotiator edits and publishes to property portals."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Interior and exterior photos of an occupied home; can show occupants' belongings.",
)
measurements = tg.Data(
    "Room measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Room names, dimensions and the negotiator's short notes per room.",
)
property_record = tg.Data(
    "Property and seller record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, tenure, council tax band, features, seller's name and notes.",
)
style_guide = tg.Data(
    "Brand style guide and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Listing drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Style guide, property record, measurements and photos for one listing.",
)
draft = tg.Data(
    "Draft listing description", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
edited = tg.Data(
    "Edited listing",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The negotiator's final text, price and key features before publishing.",
)
published = tg.Data("Published listing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
portal_status = tg.Data("Portal listing references and status", kind="records")
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Staff ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Field and branches (internet)", trust=tg.Trust.UNTRUSTED):
    negotiator = tm.add(tg.Actor("Negotiator", role="estate agent"))
    # Company-managed phones running the listing app; photos are taken in the app.
    app = tm.add(
        tg.Device(
            "Listing app on work phone",
            fleet=True,
            description="Captures photos and measurements at the valuation and hosts the draft editor.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Staff accounts and sign-in for every agency system.
    idp = tm.add(
        tg.ExternalService(
            "Company identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )
    # The agency's system of record for properties, sellers and buyers.
    crm = tm.add(
        tg.ExternalService(
            "Agency CRM",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted estate agency CRM; read through its partner API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that reads the photos and writes the text.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on API data")},
        )
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # Rightmove, Zoopla and OnTheMarket feed APIs, where buyers see the listing.
    portals = tm.add(
        tg.ExternalService("Property portal feed APIs", description="Listing feeds of the portals.")
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # The app's back end: uploads, drafts, edits and the publish button.
    studio = tm.add(
        tg.Endpoint(
            "Listing studio API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Object storage for full-resolution photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Measurements, drafts and edited listings per property.
    listing_db = tm.add(tg.DataStore("Listing database", stores={measurements, draft, edited}))
    # The house style and the prompt template, maintained by the marketing team.
    style_store = tm.add(tg.DataStore("Style guide store", stores={style_guide}))
    # Builds the prompt and calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Listing drafting service",
            description="Assembles record, measurements, photos and style guide; calls the LLM.",
        )
    )
    # Sends approved listings to the portals.
    publisher = tm.add(
        tg.Service(
            "Portal publishing service",
            description="Formats the listing for each portal feed and pushes text and photos.",
            controls={c.HumanInTheLoop(approver="the negotiator, who edits and presses publish")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(negotiator, idp, sign_in, protocol="https")
tm.flow(idp, app, id_token, protocol="oidc")
tm.flow(negotiator, app, photos, measurements, label="taken on the phone")
tm.flow(app, studio, photos, measurements, id_token, protocol="https")
tm.flow(studio, photo_store, photos)
tm.flow(studio, listing_db, measurements)

tm.flow(crm, drafting, property_record, protocol="https", label="property record lookup")
tm.flow(listing_db, drafting, measurements)
tm.flow(photo_store, drafting, photos)
tm.flow(style_store, drafting, style_guide)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, listing_db, draft)

tm.flow(listing_db, studio, draft)
tm.flow(studio, app, draft, protocol="https")
tm.flow(app, negotiator, draft, label="shown on the phone")
tm.flow(negotiator, app, edited, label="typed on the phone")
tm.flow(app, studio, edited, protocol="https", label="save and publish")
tm.flow(studio, listing_db, edited)

tm.flow(studio, publisher, edited, label="publish request")
tm.flow(listing_db, publisher, edited)
tm.flow(photo_store, publisher, photos)
tm.flow(publisher, portals, published, photos, protocol="https")
tm.flow(portals, publisher, portal_status, protocol="https")
tm.flow(publisher, crm, portal_status, protocol="https", label="marketing status update")
