"""Listing photo enhancer: the first design, before any security review.

Agents on our real-estate portal upload the photos of a listing and choose
enhancements: sky replacement, virtual staging in a chosen style, or declutter.
A worker in our cloud account sends each photo with its edit instructions to an
open-weights diffusion model that we host on our own GPU nodes; the checkpoint
is downloaded from a public model hub and pinned in our registry. The agent sees
a before/after view in the portal and approves or rejects each result. Approved
photos are published to the public listing page and to partner portals through
a syndication feed they pull with a per-partner API key. Controls in this design:
agent login, upload type and size checks, the agent's approval before anything
is published, default storage encryption and TLS on every internet connection.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Listing photo enhancer",
    profile=tg.RiskProfile.LOW,
    description=(
        "Generative enhancement of listing photos (sky, virtual staging, declutter), "
        "approved by the agent and published to the portal and partner feeds."
    ),
)

# ---------------------------------------------------------------- data assets
originals = tg.Data(
    "Original listing photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Unpublished interior and exterior shots; may show occupants and their belongings.",
)
edit_request = tg.Data(
    "Enhancement request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chosen edits, staging style and the agent's free-text notes.",
)
enhanced = tg.Data(
    "Enhanced photos",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Generated variants awaiting the agent's approval.",
)
approval = tg.Data("Photo approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
listing = tg.Data(
    "Listing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, price, description and the agent's contact details.",
)
published = tg.Data(
    "Published listing",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Listing page content with the approved photos.",
)
feed = tg.Data(
    "Syndication feed",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="RESO-style listing feed with photo URLs.",
)
page_request = tg.Data("Page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
feed_request = tg.Data("Feed request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
checkpoint = tg.Data(
    "Diffusion checkpoint",
    format="safetensors",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open-weights image model with its inpainting and staging adapters.",
)
pin = tg.Data("Model version pin", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a licence number can open an agent account.
    agent = tm.add(tg.Actor("Listing agent", role="real-estate agent"))
    # Buyers and the public browsing listings.
    visitor = tm.add(tg.Actor("Portal visitor", role="home buyer"))
    # Public hub the base checkpoint and adapters come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Partner portals", trust=tg.Trust.PARTNER):
    # Other listing sites that republish our listings under contract.
    partner = tm.add(tg.Actor("Partner portal", role="syndication partner", human=False))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Imports and pins the model version used in production.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Portal cloud account", trust=tg.Trust.INTERNAL):
    # Agent-facing API: upload, choose edits, before/after review, approve.
    portal_api = tm.add(
        tg.Endpoint(
            "Agent portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 25 MB limit"),
            },
        )
    )
    # Object storage for originals and generated variants.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={originals, enhanced},
            controls={c.EncryptionAtRest(key_management="cloud default keys")},
        )
    )
    # Listing data the public page and the feed are built from.
    listing_db = tm.add(tg.DataStore("Listing database", stores={listing}))
    # Queue worker that prepares masks and prompts and calls the model.
    worker = tm.add(tg.Service("Enhancement worker"))
    # Copies approved photos to the public page and the feed.
    publisher = tm.add(
        tg.Service(
            "Publishing service",
            controls={c.HumanInTheLoop(approver="the listing agent approves each photo")},
        )
    )
    # Public listing pages, served through the CDN.
    listing_site = tm.add(tg.Endpoint("Public listing site", purpose=tg.EndpointPurpose.API))
    # Feed endpoint partner portals pull every 15 minutes.
    feed_api = tm.add(
        tg.Endpoint(
            "Syndication feed API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-partner API key")},
        )
    )

    with tm.boundary("GPU inference nodes", trust=tg.Trust.INTERNAL):
        # Self-hosted diffusion model doing sky replacement, staging and declutter.
        image_model = tm.add(
            tg.Model(
                "Image enhancement model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Holds the pinned checkpoint the inference nodes load.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
tm.flow(agent, portal_api, originals, edit_request, protocol="https", id="agent-uploads")
tm.flow(portal_api, agent, originals, enhanced, protocol="https", label="before/after view")
tm.flow(agent, portal_api, approval, protocol="https", id="agent-approves")
tm.flow(portal_api, photo_store, originals)
tm.flow(photo_store, portal_api, originals, enhanced)
tm.flow(portal_api, listing_db, listing)
tm.flow(portal_api, worker, edit_request, label="job queue")

tm.flow(photo_store, worker, originals)
tm.flow(worker, image_model, originals, edit_request)
tm.flow(image_model, worker, enhanced)
tm.flow(worker, photo_store, enhanced)

tm.flow(hub, registry, checkpoint, protocol="https")
tm.flow(ml_engineer, registry, pin, label="pins version")
tm.flow(registry, image_model, checkpoint)

tm.flow(portal_api, publisher, approval)
tm.flow(photo_store, publisher, enhanced)
tm.flow(listing_db, publisher, listing)
tm.flow(publisher, listing_site, published)
tm.flow(publisher, feed_api, feed)
tm.flow(visitor, listing_site, page_request, protocol="https")
tm.flow(listing_site, visitor, published, protocol="https")
tm.flow(partner, feed_api, feed_request, protocol="https")
tm.flow(feed_api, partner, feed, protocol="https")
