"""Listing description generator: the first design, before any security review.

Real-estate agents log in to our web portal, upload photos of a property and
enter a few facts (address, price, beds and baths, features, private remarks and
showing instructions for other agents). The portal pre-fills facts from a public
property-records API. A generator service sends the photos and the public facts
to a vision-capable LLM hosted by a vendor, which writes a listing description
and suggests a room label for each photo; a word-list check flags phrases that
breach fair-housing rules. The agent edits the draft in the portal and clicks
publish. A syndication service then sends the listing, with its private remarks,
to the regional MLS through its web API and pushes an XML feed to partner
property sites, which fetch the photos from our public CDN. Agents log in with
email and password; the portal checks the type and size of uploads. Everything
runs in one cloud production account in the US.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Listing description generator",
    profile=tg.RiskProfile.LOW,
    description="Drafts property listing descriptions from photos and facts, and syndicates listings.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Agent login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
agent_profile = tg.Data(
    "Agent profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, brokerage, licence number, phone and email.",
)
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Interior and exterior photos before publication; may show occupants, "
    "documents and valuables.",
)
facts = tg.Data(
    "Property facts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Address, price, rooms, features and the agent's notes for the description.",
)
private_remarks = tg.Data(
    "Private remarks and showing instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Agent-only MLS fields: occupancy, lockbox codes, seller's conditions.",
)
address_lookup = tg.Data("Address lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
property_record = tg.Data(
    "Public property record", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the property facts and the photos, inline.",
)
draft = tg.Data(
    "Draft description and room labels",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
listing = tg.Data(
    "Listing draft",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Facts, edited description and room labels as the agent last saved them.",
)
published = tg.Data(
    "Published listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The public listing in RESO format, with the listing agent's contact details.",
)
public_photos = tg.Data("Published photos", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
mls_status = tg.Data(
    "MLS listing number and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
generation_log = tg.Data("Generation log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The portal's users: licensed agents from subscribing brokerages.
    realtor = tm.add(tg.Actor("Real-estate agent", role="listing agent"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the description and labels the rooms from the photos.
    vision_llm = tm.add(
        tg.LLM(
            "Vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal model behind the vendor's API, called with an API key.",
        )
    )

with tm.boundary("Property data vendor", trust=tg.Trust.PARTNER):
    # Pre-fills beds, baths, lot size and year built from county records.
    records_api = tm.add(
        tg.ExternalService("Property records API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Regional MLS", trust=tg.Trust.PARTNER):
    # The multiple listing service the brokerages belong to.
    mls = tm.add(tg.ExternalService("MLS web API", description="RESO Web API of the regional MLS."))

with tm.boundary("Syndication partners", trust=tg.Trust.PARTNER):
    # Consumer property sites that display our listings.
    partner_sites = tm.add(tg.ExternalService("Partner property sites"))

with tm.boundary("Production account", trust=tg.Trust.INTERNAL):
    # The web application agents use to create, edit and publish listings.
    portal = tm.add(
        tg.Endpoint(
            "Listing portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Builds the prompt, calls the vision LLM and parses description and labels.
    generator = tm.add(
        tg.Service(
            "Description generator",
            controls={c.OutputFiltering(note="fair-housing word list flags phrases for the agent")},
        )
    )
    # Sends published listings to the MLS and the partner feed.
    syndication = tm.add(
        tg.Service(
            "Syndication service",
            description="Runs only when the agent clicks publish in the portal.",
            controls={c.HumanInTheLoop(approver="listing agent")},
        )
    )
    # Original uploads and resized published images.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos, public_photos},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Accounts, listing drafts, private remarks and MLS status.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database", stores={agent_profile, facts, private_remarks, listing, mls_status}
        )
    )
    # Prompts and outputs kept to tune the prompt and answer agent complaints.
    log_store = tm.add(tg.DataStore("Generation log store", stores={generation_log}))
    # Serves published photos to the MLS, partner sites and the public.
    cdn = tm.add(tg.Service("Photo CDN", internet_facing=True))

# ---------------------------------------------------------------- flows
# Create and edit a listing
tm.flow(realtor, portal, credentials, facts, private_remarks, photos, listing, protocol="https")
tm.flow(portal, realtor, draft, listing, protocol="https")
tm.flow(portal, records_api, address_lookup, protocol="https")
tm.flow(records_api, portal, property_record, protocol="https")
tm.flow(portal, photo_store, photos)
tm.flow(portal, listing_db, agent_profile, facts, private_remarks, listing)
tm.flow(listing_db, portal, agent_profile, facts, private_remarks, listing, mls_status)

# Generate the description
tm.flow(portal, generator, facts, label="generate request")
tm.flow(photo_store, generator, photos)
tm.flow(generator, vision_llm, prompt, protocol="https")
tm.flow(vision_llm, generator, draft, protocol="https")
tm.flow(generator, log_store, generation_log)
tm.flow(generator, portal, draft)

# Publish
tm.flow(portal, syndication, listing, label="publish")
tm.flow(listing_db, syndication, published, private_remarks)
tm.flow(photo_store, syndication, public_photos)
tm.flow(photo_store, cdn, public_photos)
tm.flow(syndication, mls, published, private_remarks, public_photos, protocol="https")
tm.flow(mls, syndication, mls_status, protocol="https")
tm.flow(syndication, listing_db, mls_status)
tm.flow(syndication, partner_sites, published, protocol="sftp", label="nightly XML feed")
tm.flow(cdn, partner_sites, public_photos, protocol="https")
