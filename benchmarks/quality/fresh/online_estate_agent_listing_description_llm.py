"""Listing description writer: the first design, before any security review.

A UK online estate agent lets sellers who have signed up upload photos of their
home, the floor plan and free-text notes ("new boiler 2022, quiet street") through
the seller portal. A drafting service in our cloud account fetches the property's
EPC data from the public register, adds our house style and the wording rules for
property descriptions, and asks a hosted multimodal LLM to write a draft listing.
The local agent who owns the instruction edits and approves the draft in the
review console; only approved text goes to the listings database and from there to
our website and the property portals' feeds.
Sellers sign in with e-mail and password; agents sign in to the console with
Google Workspace SSO and 2-step verification. Uploads are checked for file type and
size, media are kept in an encrypted bucket, and calls to the model vendor and the
portals go over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online estate agent listing description LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM drafts property listing descriptions from sellers' uploads for agents to approve.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Property photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Interior and exterior photos of the seller's home; may show people, "
    "family photos or documents left in view.",
)
floor_plan = tg.Data("Floor plan", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
seller_notes = tg.Data(
    "Seller notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the property, and sometimes about the seller's circumstances.",
)
epc = tg.Data("EPC certificate data", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
epc_query = tg.Data("EPC lookup by address", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
style_rules = tg.Data(
    "House style and wording rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tone, length, banned phrases and material-information rules for descriptions.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, style rules, EPC data, seller notes, floor plan and photos.",
)
completion = tg.Data("LLM draft text", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft listing description", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_edits = tg.Data(
    "Agent edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
listing = tg.Data(
    "Published listing",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search = tg.Data("Property search", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
seller_account = tg.Data(
    "Seller account and instruction details", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowner selling through us; anyone can sign up as a seller.
    seller = tm.add(tg.Actor("Seller", role="home seller"))
    # Local property expert, self-employed, working from home over the internet.
    agent = tm.add(tg.Actor("Local agent", role="estate agent"))
    # House hunters reading listings on our website.
    buyer = tm.add(tg.Actor("House hunter", role="prospective buyer"))
    # Public EPC register queried by address for rating and floor area.
    epc_register = tm.add(
        tg.DataSource("EPC register", origin=tg.Origin.PUBLIC_DATASET, provides={epc})
    )

with tm.boundary("Property portals", trust=tg.Trust.PARTNER):
    # Rightmove/Zoopla-style portals that ingest our listings feed.
    portals = tm.add(tg.ExternalService("Property portal feeds", provides="generic"))

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads photos and floor plans and writes prose.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Listings platform", trust=tg.Trust.INTERNAL, description="Our cloud account."):
    # Where sellers create their instruction and upload material.
    seller_portal = tm.add(
        tg.Endpoint(
            "Seller portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image and PDF types only, 25 MB per file"),
            },
        )
    )
    # Bucket and table for each instruction's uploads and the seller's details.
    media_store = tm.add(
        tg.DataStore(
            "Instruction media store",
            stores={photos, floor_plan, seller_notes, seller_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt and calls the model when a seller finishes uploading.
    drafting = tm.add(
        tg.Service(
            "Listing drafting service",
            description="Assembles the uploads, EPC data and style rules into a prompt and stores the draft.",
        )
    )
    # Reference set every draft is written to; maintained by the marketing team.
    style_store = tm.add(tg.DataStore("Listing style guidelines", stores={style_rules}))
    # Drafts waiting for the agent, with their edit history.
    drafts_store = tm.add(tg.DataStore("Draft listings store", stores={draft, agent_edits}))
    # Web console where agents edit and approve drafts before anything is published.
    console = tm.add(
        tg.Endpoint(
            "Agent review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="the agent who owns the instruction"),
            },
        )
    )
    # System of record for live listings; feeds the website and the portals.
    listings_db = tm.add(tg.DataStore("Listings database", stores={listing}))
    # Public property search website.
    website = tm.add(tg.Service("Property website", internet_facing=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, seller_portal, photos, floor_plan, seller_notes, seller_account, protocol="https")
tm.flow(seller_portal, seller, seller_account, protocol="https", label="instruction status")
tm.flow(seller_portal, media_store, photos, floor_plan, seller_notes, seller_account)

tm.flow(media_store, drafting, photos, floor_plan, seller_notes)
tm.flow(drafting, epc_register, epc_query, protocol="https")
tm.flow(epc_register, drafting, epc, protocol="https")
tm.flow(style_store, drafting, style_rules)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, drafts_store, draft)

tm.flow(drafts_store, console, draft, agent_edits)
tm.flow(media_store, console, photos, floor_plan, seller_notes, label="shown beside the draft")
tm.flow(console, agent, draft, photos, floor_plan, seller_notes, protocol="https")
tm.flow(agent, console, agent_edits, protocol="https")
tm.flow(console, drafts_store, agent_edits)
tm.flow(console, listings_db, listing, label="publish on approval")

tm.flow(listings_db, website, listing)
tm.flow(buyer, website, search, protocol="https")
tm.flow(website, buyer, listing, protocol="https")
tm.flow(listings_db, portals, listing, protocol="https", label="nightly feed export")
