"""Classic car lot description assistant: the first design, before any security review.

A classic car auction house wants its specialists to spend less time writing
catalogue copy. Consignors upload the car's history file (old invoices, MOT and
registration documents, letters from previous owners) through the consignor
portal; inspectors upload photos from the inspection bay; the specialist adds
notes on condition and originality in the cataloguing workbench. A drafting
service OCRs the history file, pulls comparable past lot descriptions from an
index, and sends it all with the photos to a hosted multimodal LLM, which writes
a draft lot description. The specialist edits and approves each draft before it
is published to the online catalogue that bidders read. Everything runs in the
auction house's cloud tenancy; staff sign in through corporate SSO with MFA,
consignors with e-mail and password. The portal checks uploaded file types and
sizes, stores are encrypted at rest, and the LLM vendor was reviewed and
contracted for zero retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Classic car lot description assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts auction lot descriptions from history files, photos and specialist notes.",
)

# ---------------------------------------------------------------- data assets
history_file = tg.Data(
    "Consignor history file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Scanned invoices, MOT certificates, V5C and previous owners' letters, "
    "with names and addresses of the consignor and earlier keepers.",
)
history_text = tg.Data(
    "Extracted history text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text of the history file, page by page.",
)
consignment_status = tg.Data("Consignment status", kind="records", sensitivity=tg.Sensitivity.PII)
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bodywork, underside, engine bay, VIN plate and interior.",
)
notes = tg.Data(
    "Specialist notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Condition, originality and matching-numbers findings; may mention estimates.",
)
draft_request = tg.Data("Draft request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
past_lots = tg.Data(
    "Past lot descriptions",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Published descriptions of earlier sales, chunked and embedded.",
)
lot_query = tg.Data("Comparable lot query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House style instructions, notes, history text, comparable lots and photos.",
)
completion = tg.Data(
    "LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft lot description", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved = tg.Data(
    "Approved lot description",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue_page = tg.Data("Catalogue page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owner selling the car; supplies the history file.
    consignor = tm.add(tg.Actor("Consignor", role="seller"))
    # Reads the online catalogue before bidding.
    bidder = tm.add(tg.Actor("Bidder", role="buyer"))

with tm.boundary("Auction house premises", trust=tg.Trust.INTERNAL):
    # Photographs each car at the inspection bay.
    inspector = tm.add(tg.Actor("Vehicle inspector", role="inspection staff"))
    # Marque specialist responsible for the lot and its description.
    specialist = tm.add(tg.Actor("Car specialist", role="specialist"))

with tm.boundary("Auction cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where consignors upload history files and follow their consignment.
    portal = tm.add(
        tg.Endpoint(
            "Consignor portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, up to 50 MB per file"),
            },
        )
    )
    # Public catalogue site published from approved descriptions.
    catalogue = tm.add(
        tg.Endpoint(
            "Online catalogue website", purpose=tg.EndpointPurpose.API, internet_facing=True
        )
    )
    # Specialists' web app: notes, draft requests, editing and approval.
    workbench = tm.add(
        tg.Endpoint(
            "Cataloguing workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the lot's specialist"),
            },
        )
    )

    with tm.boundary("Cataloguing data", trust=tg.Trust.RESTRICTED):
        # Uploaded history files and their OCR text.
        doc_store = tm.add(
            tg.DataStore(
                "Consignment document store",
                stores={history_file, history_text},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Inspection photos, before selection for the catalogue.
        photo_library = tm.add(
            tg.DataStore(
                "Inspection photo library",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Lot records: notes, drafts and approved descriptions.
        lot_db = tm.add(
            tg.DataStore(
                "Lot records database",
                stores={notes, draft, approved},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Earlier published descriptions, for house style and comparables.
        lot_index = tm.add(tg.VectorStore("Past lots index", stores={past_lots}))

    # Turns scanned history files into text the drafting service can use.
    ocr = tm.add(tg.Pipeline("History file OCR pipeline", stage=tg.Stage.PREPROCESSING))
    # Builds the prompt and asks the LLM for a draft.
    drafter = tm.add(
        tg.Service(
            "Description drafting service",
            description="Assembles notes, history text, comparables and photos into one prompt.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads text and photos and writes the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor reviewed; zero data retention contracted")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(consignor, portal, history_file, protocol="https", controls={tls})
tm.flow(portal, consignor, consignment_status, protocol="https", controls={tls})
tm.flow(portal, doc_store, history_file)
tm.flow(doc_store, ocr, history_file)
tm.flow(ocr, doc_store, history_text)

tm.flow(
    inspector,
    photo_library,
    photos,
    protocol="https",
    controls={tls},
    label="upload from inspection bay",
)

tm.flow(specialist, workbench, notes, draft_request, approved, protocol="https", controls={tls})
tm.flow(workbench, specialist, draft, protocol="https", controls={tls})
tm.flow(workbench, lot_db, notes, draft, approved)
tm.flow(lot_db, workbench, notes, draft)

tm.flow(workbench, drafter, draft_request, notes)
tm.flow(doc_store, drafter, history_text)
tm.flow(photo_library, drafter, photos)
tm.flow(drafter, lot_index, lot_query, label="similar lots")
tm.flow(lot_index, drafter, past_lots)
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, completion, protocol="https", controls={tls})
tm.flow(drafter, workbench, draft)

tm.flow(workbench, catalogue, approved, photos, label="publish approved lot")
tm.flow(catalogue, bidder, catalogue_page, protocol="https", controls={tls})
tm.flow(lot_db, lot_index, approved, label="indexed after the sale")
