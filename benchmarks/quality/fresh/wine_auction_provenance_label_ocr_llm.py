"""Fine wine auction: label OCR and LLM lot drafting, the first design.

Warehouse staff photograph every consigned bottle on a fixed photography rig:
front label, back label, capsule and, where a bottle is opened for inspection,
the cork stamp. A drafting service sends the photographs to a hosted OCR
service, then asks a hosted LLM to draft the lot description (producer, vintage,
bottle size, fill level, provenance notes) from the OCR text, the consignor's
cellar records and purchase invoices, and our own producer reference data.
Consignors upload that provenance evidence through a consignor portal. Wine
specialists check and edit every draft on a cataloguing workbench before the
lot is published to the online auction platform, where bidders register and
bid; a specialist who suspects a counterfeit refers the lot to the head of
department, who decides whether it is withdrawn. Staff sign in with SSO and
MFA; consignors and bidders with e-mail and password. Everything runs in the
auction house's cloud tenancy except the two hosted model APIs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wine auction label OCR and lot drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "OCR and an LLM draft fine wine lot descriptions from bottle photographs and "
        "consignor provenance evidence; specialists approve before publication."
    ),
)

# ---------------------------------------------------------------- data assets
consignor_details = tg.Data(
    "Consignor details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, bank reference for settlement and the consignment list.",
)
provenance_docs = tg.Data(
    "Cellar records and purchase invoices",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Scans and spreadsheets uploaded by consignors as provenance evidence.",
)
photos = tg.Data(
    "Bottle photographs",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Labels, capsules and cork stamps of each consigned bottle.",
)
ocr_text = tg.Data("Label OCR text", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
reference = tg.Data(
    "Producer reference data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Known label variants, capsule and cork markings, and notes on known fakes.",
)
drafting_prompt = tg.Data(
    "Lot drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="OCR text, excerpts of the consignor's records and the reference entries.",
)
draft_lot = tg.Data(
    "Draft lot description", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
approved_lot = tg.Data(
    "Approved lot description",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
specialist_edits = tg.Data(
    "Specialist edits and approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
referral = tg.Data("Counterfeit referral", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
withdrawal = tg.Data("Withdrawal decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
bidder_registration = tg.Data(
    "Bidder registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Identity, address, ID document and bidding limit.",
)
bids = tg.Data("Bids", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private collectors and trade sellers consigning wine; anyone can open an account.
    consignor = tm.add(tg.Actor("Consignor", role="consignor"))
    # Registered bidders and would-be bidders browsing the online catalogue.
    bidder = tm.add(tg.Actor("Bidder", role="bidder"))

with tm.boundary("Model vendors", trust=tg.Trust.PARTNER):
    # Hosted OCR API that reads the text on labels, capsules and cork stamps.
    ocr = tm.add(
        tg.Model(
            "Label OCR service",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Cloud document-OCR API, general purpose.",
        )
    )
    # Hosted general-purpose LLM that writes the draft lot description.
    llm = tm.add(
        tg.LLM(
            "Lot drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts producer, vintage and provenance notes from the prompt.",
        )
    )

with tm.boundary("Auction house cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where consignors create an account and upload their provenance evidence.
    consignor_portal = tm.add(
        tg.Endpoint(
            "Consignor portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and XLSX only, 25 MB per file"),
            },
        )
    )
    # Holds the uploaded cellar records and invoices.
    provenance_store = tm.add(
        tg.DataStore(
            "Provenance document store",
            stores={provenance_docs, consignor_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Holds the bottle photographs taken in the warehouse.
    image_store = tm.add(tg.DataStore("Bottle image store", stores={photos}))
    # Orchestrates OCR and the LLM and writes the draft into the catalogue database.
    drafting = tm.add(
        tg.Service(
            "Lot drafting service",
            description="Runs per lot when its photographs are complete.",
            controls={c.SecretsManagement(note="vendor API keys in the cloud secret store")},
        )
    )
    # The department's reference of genuine label, capsule and cork variants.
    reference_db = tm.add(tg.DataStore("Producer reference database", stores={reference}))
    # Drafts, specialist edits and approved lots, with their edit history.
    lot_db = tm.add(
        tg.DataStore(
            "Lot catalogue database",
            stores={draft_lot, approved_lot, specialist_edits},
            controls={c.AuditLogging(note="edit history per lot")},
        )
    )
    # Public catalogue, bidder registration and online bidding.
    auction_platform = tm.add(
        tg.Endpoint(
            "Online auction platform",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Registered bidders and their bids.
    bidder_db = tm.add(
        tg.DataStore(
            "Bidder and bids database",
            stores={bidder_registration, bids},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Auction house offices and warehouse", trust=tg.Trust.INTERNAL):
    # Fixed camera rig in the warehouse intake room; uploads photos per lot number.
    photo_rig = tm.add(
        tg.Device(
            "Bottle photography rig",
            fleet=False,
            description="Tethered camera and light box with an upload app.",
        )
    )
    # Specialists review drafts against the photos and evidence, and approve lots.
    workbench = tm.add(
        tg.Endpoint(
            "Cataloguing workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the wine specialist for the lot"),
            },
        )
    )
    # Checks every drafted lot before it is published.
    specialist = tm.add(tg.Actor("Wine specialist", role="specialist"))
    # Decides on suspected counterfeits referred by specialists.
    head = tm.add(tg.Actor("Head of wine department", role="head of department", privileged=True))

# ---------------------------------------------------------------- flows
# consignment and provenance evidence
tm.flow(consignor, consignor_portal, consignor_details, provenance_docs, protocol="https")
tm.flow(
    consignor_portal, consignor, consignor_details, protocol="https", label="consignment status"
)
tm.flow(consignor_portal, provenance_store, consignor_details, provenance_docs)

# photography and drafting
tm.flow(photo_rig, image_store, photos, protocol="https")
tm.flow(image_store, drafting, photos)
tm.flow(drafting, ocr, photos, protocol="https")
tm.flow(ocr, drafting, ocr_text, protocol="https")
tm.flow(provenance_store, drafting, provenance_docs)
tm.flow(reference_db, drafting, reference)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_lot, protocol="https")
tm.flow(drafting, lot_db, draft_lot)

# specialist review
tm.flow(lot_db, workbench, draft_lot)
tm.flow(image_store, workbench, photos)
tm.flow(provenance_store, workbench, provenance_docs)
tm.flow(reference_db, workbench, reference)
tm.flow(workbench, specialist, draft_lot, photos, provenance_docs, protocol="https")
tm.flow(specialist, workbench, specialist_edits, referral, protocol="https")
tm.flow(workbench, lot_db, specialist_edits, approved_lot, label="publish on approval")

# counterfeit referrals
tm.flow(workbench, head, referral, photos, provenance_docs, protocol="https")
tm.flow(head, workbench, withdrawal, protocol="https")

# publication and bidding
tm.flow(lot_db, auction_platform, approved_lot)
tm.flow(auction_platform, bidder, approved_lot, protocol="https", label="online catalogue")
tm.flow(bidder, auction_platform, bidder_registration, bids, protocol="https")
tm.flow(auction_platform, bidder_db, bidder_registration, bids)
tm.flow(bidder_db, auction_platform, bids, label="current bids")
