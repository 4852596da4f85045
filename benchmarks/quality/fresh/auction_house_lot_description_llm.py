"""Auction house lot descriptions: the first design, before any security review.

Consignors offer items through a consignment portal on the web, uploading photos and
provenance documents (invoices, letters, export licences). A specialist inspects the
item and writes notes; a cataloguing assistant sends the notes, the photos and
comparable results from our past sale database to a hosted multimodal LLM, which
drafts the lot description and condition report and suggests a low/high estimate.
The specialist edits and approves each lot in the catalogue management system before
it is published to the online catalogue and syndicated to partner bidding platforms,
which relay their users' bids back to us. Bidders register and bid on our website.
Everything runs in our cloud account; the LLM is a vendor API under a no-training
contract. Portals use e-mail and password sign-in (bidders add an SMS code), staff
sign in through corporate SSO, bidder data is encrypted at rest, and partners relay
bids with per-partner API keys over TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Auction house lot description assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted lot descriptions, condition reports and estimates, approved by "
        "specialists and published to the online catalogue and partner platforms."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Consignment submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consignor name, address, bank details for settlement, item summary.",
)
photos = tg.Data("Item photos", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
provenance = tg.Data(
    "Provenance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Invoices, letters, export licences; name previous owners.",
)
consignment_status = tg.Data(
    "Consignment status and offer", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
notes = tg.Data("Specialist notes", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
past_results = tg.Data(
    "Past sale results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hammer prices, estimates and descriptions of comparable lots.",
)
prompt = tg.Data(
    "Cataloguing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, specialist notes, photos, provenance text and comparables.",
)
draft = tg.Data(
    "Draft lot description and estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approved = tg.Data(
    "Approved lot description",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue_page = tg.Data("Catalogue lot page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
registration = tg.Data(
    "Bidder registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, address, phone, ID document and card verification reference.",
)
bid = tg.Data(
    "Bid",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bid_status = tg.Data("Bid status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
partner_feed = tg.Data(
    "Partner catalogue feed", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can start a consignment, including people offering stolen or fake items.
    consignor = tm.add(tg.Actor("Consignor", role="seller"))
    # Registered online bidders; registration is open to the public.
    bidder = tm.add(tg.Actor("Bidder", role="buyer"))

with tm.boundary("Partner bidding platforms", trust=tg.Trust.PARTNER):
    # Third-party live-bidding marketplaces that list our sales and relay bids.
    partner = tm.add(tg.ExternalService("Partner bidding platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="no-training, 30-day retention terms")},
        )
    )

with tm.boundary("Auction house cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where consignors submit items and follow their consignment.
    consign_portal = tm.add(
        tg.Endpoint(
            "Consignment portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Object storage and database behind the portal.
    consign_store = tm.add(
        tg.DataStore("Consignment store", stores={submission, photos, provenance})
    )
    # Builds the prompt from notes, photos and comparables, and calls the LLM.
    assistant = tm.add(
        tg.Service(
            "Cataloguing assistant",
            description="Assembles the prompt and returns a draft to the catalogue system.",
        )
    )
    # Twenty years of results, used to find comparables for estimates.
    results_db = tm.add(tg.DataStore("Sale results database", stores={past_results}))
    # Where specialists edit, approve and schedule lots for sale.
    cms = tm.add(
        tg.Service(
            "Catalogue management system",
            controls={
                tg.controls.Authentication(method="corporate SSO"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="the department specialist"),
            },
        )
    )
    # Published catalogue and syndication source.
    catalogue_db = tm.add(tg.DataStore("Lot catalogue", stores={approved}))
    # Public website with the catalogue and online bidding.
    website = tm.add(
        tg.Endpoint(
            "Online catalogue and bidding site",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with SMS code"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Runs the sale: registrations, bid book and partner bid intake.
    bidding = tm.add(
        tg.Service(
            "Bidding service",
            controls={tg.controls.Authentication(method="per-partner API key")},
        )
    )
    # Bidder accounts and the bid book.
    bidder_db = tm.add(
        tg.DataStore(
            "Bidder and bid database",
            stores={registration, bid},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Department specialist who inspects items and signs off every description.
    specialist = tm.add(tg.Actor("Specialist", role="cataloguer"))

# ---------------------------------------------------------------- flows
tm.flow(consignor, consign_portal, submission, photos, provenance, protocol="https")
tm.flow(consign_portal, consignor, consignment_status, protocol="https")
tm.flow(consign_portal, consign_store, submission, photos, provenance)
tm.flow(consign_store, consign_portal, consignment_status)

tm.flow(consign_store, cms, photos, provenance, label="new consignments")
tm.flow(specialist, cms, notes, approved, protocol="https", label="notes, edits, approval")
tm.flow(cms, specialist, draft, photos, provenance, protocol="https")
tm.flow(cms, assistant, notes, photos, provenance, label="draft request")
tm.flow(results_db, assistant, past_results, label="comparable lots")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, draft, protocol="https")
tm.flow(assistant, cms, draft)
tm.flow(cms, catalogue_db, approved, label="publish")
tm.flow(cms, results_db, past_results, label="results after each sale")

tm.flow(catalogue_db, website, approved)
tm.flow(website, bidder, catalogue_page, bid_status, protocol="https")
tm.flow(bidder, website, registration, bid, protocol="https")
tm.flow(website, bidding, registration, bid)
tm.flow(bidding, website, bid_status)
tm.flow(bidding, bidder_db, registration, bid)
tm.flow(bidder_db, bidding, bid)

tm.flow(cms, partner, partner_feed, protocol="https", label="catalogue syndication")
tm.flow(partner, bidding, bid, protocol="https", label="relayed bids")
tm.flow(bidding, partner, bid_status, protocol="https")
