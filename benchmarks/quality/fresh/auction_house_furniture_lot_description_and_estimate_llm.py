"""Furniture lot description and estimate drafting: the first design, before any security review.

A provincial auction house sells furniture, clocks and general antiques in monthly
sales. Porters photograph each consigned lot in the saleroom on a shared tablet and
upload the photos through the cataloguing console. A drafting service gathers the
photos, the valuer's notes on the lot and comparable past sale results, and asks a
hosted multimodal LLM for a catalogue description and an estimate range. The draft
goes back into the lot database; the valuer edits and approves each lot in the
console, and a sync job sends only approved lots, with their photos, to the online
bidding platform the house sells through. After each sale the same job pulls the
hammer prices back into the past results database. Everything of ours runs in a
small cloud tenancy; valuers sign in with Microsoft 365 accounts and MFA, the
porters' tablet stays signed in to one shared porters' account. Traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Auction house furniture lot description and estimate LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted catalogue descriptions and estimates, approved by a valuer "
    "before each lot is published to the online bidding platform.",
)

# ---------------------------------------------------------------- data assets
lot_photos = tg.Data("Lot photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
valuer_notes = tg.Data(
    "Valuer notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Maker, period, condition, restoration and provenance remarks on a lot.",
)
lot_records = tg.Data(
    "Lot and consignor records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lot number, consignor name and contact details, reserve price.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
past_results = tg.Data(
    "Comparable past sale results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Descriptions, estimates and hammer prices of similar lots in past sales.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="House style instructions, lot photos, valuer notes and comparables.",
)
draft_entry = tg.Data(
    "Draft description and estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
lot_approval = tg.Data("Lot approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_entry = tg.Data(
    "Approved catalogue entry",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published title, description and estimate range of a lot.",
)
hammer_prices = tg.Data("Hammer prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bids = tg.Data("Online bids", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Saleroom", trust=tg.Trust.INTERNAL):
    # Photographs each lot as it is booked in.
    porter = tm.add(tg.Actor("Porter", role="saleroom porter"))
    # The one tablet used for lot photography, left signed in to the console.
    tablet = tm.add(
        tg.Device(
            "Porters' photography tablet",
            fleet=False,
            description="Android tablet with the console's upload page open.",
        )
    )
    # Writes the notes the draft is based on and signs off every lot.
    valuer = tm.add(tg.Actor("Valuer", role="furniture valuer"))

with tm.boundary("Auction house cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web console for uploading photos, writing notes and approving drafts;
    # valuers also use it on house visits, so it is reachable from the internet.
    console = tm.add(
        tg.Endpoint(
            "Cataloguing console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="Microsoft 365 sign-in with MFA for valuers; the porters' "
                    "tablet stays signed in to a shared porters' account"
                ),
                c.RBAC(note="only valuers can approve a lot"),
            },
        )
    )
    # Original photos of every lot.
    photo_store = tm.add(tg.DataStore("Lot photo store", stores={lot_photos}))
    # The house's lot database: lots, consignors, notes, drafts and approvals.
    lot_db = tm.add(
        tg.DataStore(
            "Lot database",
            stores={lot_records, valuer_notes, draft_entry, lot_approval, catalogue_entry},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Twenty years of past results, used as comparables for estimates.
    results_db = tm.add(
        tg.DataStore("Past sale results database", stores={past_results, hammer_prices})
    )
    # Builds the prompt for a newly photographed lot and stores the draft.
    drafting = tm.add(
        tg.Service(
            "Lot drafting service",
            description="Runs when a lot has photos and valuer notes; picks the ten "
            "closest past results by category and maker as comparables.",
        )
    )
    # Pushes approved lots to the bidding platform and pulls results back.
    sync_job = tm.add(
        tg.Service(
            "Platform sync job",
            description="Every 15 minutes sends newly approved lots; after a sale "
            "imports the hammer prices.",
            controls={
                c.HumanInTheLoop(
                    approver="the lot's valuer",
                    note="only lots the valuer has approved in the console are sent",
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the photos and notes, writes the description and "
            "suggests a low and high estimate.",
        )
    )

with tm.boundary("Bidding platform", trust=tg.Trust.PARTNER):
    # The third-party online auction platform the house's sales are listed on.
    platform = tm.add(
        tg.ExternalService("Online bidding platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered bidders who browse the catalogue and bid online.
    bidder = tm.add(tg.Actor("Online bidder", role="bidder"))

# ---------------------------------------------------------------- flows
tm.flow(porter, tablet, lot_photos, label="photographs the lot in the saleroom")
tm.flow(tablet, console, lot_photos, protocol="https")
tm.flow(console, photo_store, lot_photos)
tm.flow(valuer, console, valuer_notes, catalogue_entry, lot_approval, protocol="https")
tm.flow(console, lot_db, valuer_notes, lot_approval, catalogue_entry)
tm.flow(lot_db, console, lot_records, valuer_notes, draft_entry)
tm.flow(photo_store, console, lot_photos)
tm.flow(console, valuer, draft_entry, lot_photos, protocol="https")

tm.flow(lot_db, drafting, valuer_notes)
tm.flow(photo_store, drafting, lot_photos)
tm.flow(results_db, drafting, past_results, label="comparables")
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_entry, protocol="https")
tm.flow(drafting, lot_db, draft_entry)

tm.flow(lot_db, sync_job, catalogue_entry, label="approved lots")
tm.flow(photo_store, sync_job, lot_photos)
tm.flow(sync_job, platform, catalogue_entry, lot_photos, protocol="https")
tm.flow(platform, sync_job, hammer_prices, protocol="https", label="after each sale")
tm.flow(sync_job, results_db, hammer_prices)

tm.flow(platform, bidder, catalogue_entry, lot_photos, protocol="https")
tm.flow(bidder, platform, bids, protocol="https")
