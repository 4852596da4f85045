"""Property description writer: the first design, before any security review.

Our estate agents (working from the branches and on the road) open a listing in
the listing workspace, type their viewing notes and ask for a description. The
description service pulls the property record (address, rooms, vendor, asking
price) from our SaaS estate-agency CRM, the floor plan and photos that the
freelance photographers uploaded to the media store, and sends them with the
notes to a hosted multimodal LLM. The agent edits the draft and approves it;
only approved listings are picked up by the portal publisher, which pushes the
text, photos and floor plan to the property portals through their listing feeds.
Agents sign in with the agency's Microsoft 365 single sign-on, photographers with
supplier accounts; uploads are checked for file type and size, the stores use
the cloud provider's encryption at rest, and the portal feed keys sit in the
cloud secret manager. Nothing is published without the listing agent's approval.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Estate agency property description LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Drafts property listing descriptions from agents' notes, floor plans and "
        "photos, and publishes them to property portals after agent approval."
    ),
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Agent viewing notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: condition, features, and often the vendor's circumstances.",
)
property_record = tg.Data(
    "Property record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, rooms, tenure, asking price, vendor name and contact.",
)
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Interior and exterior photos taken before the property goes on the market.",
)
floor_plan = tg.Data("Floor plan", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Description prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House-style instructions, the notes, the property record and the images.",
)
draft = tg.Data("Draft description", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Listing approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_listing = tg.Data(
    "Approved listing",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Final description, key facts, price, photos and floor plan as published.",
)
portal_status = tg.Data(
    "Portal listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
feed_key = tg.Data("Portal feed API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelance photographers and floor-plan drawers who visit the property for us.
    photographer = tm.add(tg.Actor("Photographer", role="photography supplier"))
    # Members of the public who read the published listings on the portals.
    home_hunter = tm.add(tg.Actor("Home hunter", role="portal visitor"))

with tm.boundary("Agency branches", trust=tg.Trust.INTERNAL):
    # Our negotiators and listers: write the notes, edit and approve the text.
    agent = tm.add(tg.Actor("Estate agent", role="listing agent"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Web app where a listing is prepared, generated, edited and approved.
    workspace = tm.add(
        tg.Endpoint(
            "Listing workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="Microsoft 365 SSO for agents; e-mail and password for photographers"
                ),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 25 MB"),
            },
        )
    )
    # Builds the prompt from the listing's material and calls the LLM.
    generator = tm.add(
        tg.Service(
            "Description service",
            description="Assembles notes, CRM record, photos and floor plan into one request.",
        )
    )
    # Object storage for the uploaded photos and floor plans.
    media_store = tm.add(
        tg.DataStore(
            "Listing media store",
            stores={photos, floor_plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Listings, notes, drafts, approvals and portal status.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={notes, draft, approval, approved_listing, portal_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pushes approved listings to the portals' feeds and records their status.
    publisher = tm.add(
        tg.Service(
            "Portal publisher",
            description="Runs every 15 minutes and sends only listings marked approved.",
            controls={
                c.HumanInTheLoop(approver="the listing agent, in the listing workspace"),
                c.SecretsManagement(note="portal feed keys in the cloud secret manager"),
            },
        )
    )
    # The publisher's copy of the portal feed credentials.
    secrets = tm.add(tg.DataStore("Cloud secret manager", stores={feed_key}))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The SaaS estate-agency CRM: the system of record for properties and vendors.
    crm = tm.add(
        tg.ExternalService("Estate agency CRM", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the images and writes the description.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # Rightmove-style portals that receive our listing feed and show it publicly.
    portals = tm.add(tg.ExternalService("Property portal feeds"))

# ---------------------------------------------------------------- flows
tm.flow(agent, workspace, notes, approval, protocol="https")
tm.flow(workspace, agent, draft, property_record, photos, floor_plan, protocol="https")
tm.flow(photographer, workspace, photos, floor_plan, protocol="https", label="upload")

tm.flow(workspace, media_store, photos, floor_plan)
tm.flow(media_store, workspace, photos, floor_plan)
tm.flow(workspace, listings_db, notes, draft, approval, approved_listing)
tm.flow(listings_db, workspace, notes, draft, portal_status)

tm.flow(workspace, generator, notes, label="generate description")
tm.flow(crm, generator, property_record, protocol="https")
tm.flow(crm, workspace, property_record, protocol="https", label="listing details")
tm.flow(media_store, generator, photos, floor_plan)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, draft, protocol="https")
tm.flow(generator, workspace, draft)

tm.flow(listings_db, publisher, approved_listing, label="approved listings only")
tm.flow(media_store, publisher, photos, floor_plan)
tm.flow(secrets, publisher, feed_key)
tm.flow(publisher, portals, approved_listing, photos, floor_plan, feed_key, protocol="https")
tm.flow(portals, publisher, portal_status, protocol="https")
tm.flow(publisher, listings_db, portal_status)
tm.flow(portals, home_hunter, approved_listing, protocol="https")
