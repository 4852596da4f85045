"""Antiques fair vetting assistant: the first design, before any security review.

Before each fair, exhibiting dealers upload the items they plan to show through a
dealer portal: photographs, a description, a date and attribution, and provenance
papers (old invoices, auction catalogues, letters). A vetting assistant in the
organiser's cloud tenancy retrieves the committee's own reference material (past
vetting notes, guides to known reproductions and to restricted materials such as
ivory and tortoiseshell) and asks a multimodal LLM hosted by a vendor to draft a
vetting note that flags possible reproductions, later alterations and restricted
materials. Vetting committee members, outside experts working from home, read the
drafts in a committee review app, correct them and record the committee's decision;
the fair administrator sends dealers the outcome by e-mail. Dealers sign in to the
portal with e-mail and password; committee members sign in with Microsoft 365 and
MFA. Uploads are type- and size-checked, stores use the cloud provider's encryption,
and no note reaches a dealer until the committee has signed it off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antiques fair dealer vetting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted vetting committee notes on dealers' submitted items, "
    "flagging possible reproductions and restricted materials.",
)

# ---------------------------------------------------------------- data assets
dealer_details = tg.Data(
    "Dealer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dealer name, business, stand number, e-mail address and phone.",
)
item_photos = tg.Data(
    "Item photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dealer photos of each item, including marks, joints and undersides.",
)
item_description = tg.Data(
    "Item description",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dealer's attribution, date, materials, dimensions and asking price.",
)
provenance_docs = tg.Data(
    "Provenance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Scanned invoices, auction catalogues and letters naming earlier owners.",
)
submission_receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
reference_docs = tg.Data(
    "Vetting reference documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved past vetting notes, reproduction guides and restricted-materials guidance.",
)
reference_chunks = tg.Data(
    "Reference chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved_reference = tg.Data(
    "Retrieved reference excerpts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
vetting_prompt = tg.Data(
    "Vetting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the item description, photos, provenance text and reference excerpts.",
)
llm_draft = tg.Data("LLM draft note", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_note = tg.Data(
    "Draft vetting note",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Flags for possible reproduction, alteration or restricted material, with reasons.",
)
committee_decision = tg.Data(
    "Committee vetting decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Edited note and outcome: passed, re-labelled, or withdrawn from the fair.",
)
committee_assignments = tg.Data("Committee assignments", kind="records")
decision_notice = tg.Data("Vetting decision notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Exhibiting dealers submit their stock for vetting before the fair.
    dealer = tm.add(tg.Actor("Exhibiting dealer", role="dealer"))
    # Outside specialists (furniture, silver, ceramics...) who sit on the committee
    # and review from their own laptops at home.
    committee_member = tm.add(tg.Actor("Vetting committee member", role="vetting expert"))

with tm.boundary("Organiser cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where dealers create an account and upload items for vetting.
    portal = tm.add(
        tg.Endpoint(
            "Dealer submission portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image and PDF types only, 20 MB per file"),
            },
        )
    )
    # Holds every submission until the fair is over.
    submission_store = tm.add(
        tg.DataStore(
            "Submission store",
            stores={dealer_details, item_photos, item_description, provenance_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt from a submission and the reference library, calls the LLM
    # and saves the draft note.
    vetting_service = tm.add(
        tg.Service(
            "Vetting assistant service",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Searchable reference material the drafts are grounded on.
    reference_library = tm.add(tg.VectorStore("Reference library index", stores={reference_chunks}))
    # The committee's own documents, curated by the fair administrator.
    reference_archive = tm.add(tg.DataStore("Committee reference archive", stores={reference_docs}))
    # Chunks and embeds new reference documents into the library.
    indexer = tm.add(tg.Pipeline("Reference indexing job", stage=tg.Stage.INGESTION))
    # Draft notes and the committee's final decisions.
    notes_store = tm.add(
        tg.DataStore(
            "Vetting notes store",
            stores={draft_note, committee_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the committee reads drafts next to the photos and papers and signs them off.
    review_app = tm.add(
        tg.Endpoint(
            "Committee review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 accounts with MFA"),
                c.HumanInTheLoop(approver="the vetting committee for the item's section"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the receipts and decision notices to dealers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # Runs the vetting process, curates the reference archive, sends outcomes.
    admin = tm.add(tg.Actor("Fair administrator", role="vetting administrator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    dealer,
    portal,
    dealer_details,
    item_description,
    item_photos,
    provenance_docs,
    protocol="https",
)
tm.flow(portal, dealer, submission_receipt, protocol="https")
tm.flow(portal, submission_store, dealer_details, item_description, item_photos, provenance_docs)

tm.flow(submission_store, vetting_service, item_description, item_photos, provenance_docs)
tm.flow(vetting_service, reference_library, item_description, label="similarity query")
tm.flow(reference_library, vetting_service, retrieved_reference)
tm.flow(vetting_service, llm, vetting_prompt, protocol="https")
tm.flow(llm, vetting_service, llm_draft, protocol="https")
tm.flow(vetting_service, notes_store, draft_note)

tm.flow(admin, reference_archive, reference_docs, protocol="https", label="uploads guidance")
tm.flow(notes_store, reference_archive, committee_decision, label="approved notes archived")
tm.flow(reference_archive, indexer, reference_docs)
tm.flow(indexer, reference_library, reference_chunks)

tm.flow(notes_store, review_app, draft_note, committee_decision)
tm.flow(submission_store, review_app, item_description, item_photos, provenance_docs)
tm.flow(
    review_app,
    committee_member,
    draft_note,
    item_description,
    item_photos,
    provenance_docs,
    protocol="https",
)
tm.flow(committee_member, review_app, committee_decision, protocol="https")
tm.flow(review_app, notes_store, committee_decision)
tm.flow(admin, review_app, committee_assignments, protocol="https")
tm.flow(review_app, admin, committee_decision, protocol="https")

tm.flow(admin, mailer, decision_notice, protocol="https")
tm.flow(portal, mailer, submission_receipt, protocol="https")
tm.flow(mailer, dealer, decision_notice, submission_receipt, protocol="smtp")
