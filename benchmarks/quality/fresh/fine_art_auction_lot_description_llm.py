"""Auction lot descriptions with an LLM: the first design, before any security review.

A fine-art auction house based in Paris drafts the lot descriptions and condition
notes of its online catalogue with a hosted multimodal LLM. For each lot, a drafting
service gathers the specialist's notes, the studio photographs and the provenance
record from the collection database (previous owners, exhibitions, literature and
the consignor), builds a prompt and sends it to the vendor's API. The draft lands in
the catalogue CMS, where the specialist corrects and signs it off in a web editor;
only signed-off lots are published to the public bidding site, where registered
bidders browse and bid. Staff reach the editor through the company's SSO with MFA
and roles; the collection database and the photo store are encrypted at rest; the
LLM vendor was reviewed and contractually keeps no prompts for training; bidders
sign in to the bidding site with an e-mail address and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fine art auction lot description LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted lot descriptions and condition notes, reviewed by "
    "specialists before they are published to the online bidding site.",
)

# ---------------------------------------------------------------- data assets
specialist_notes = tg.Data(
    "Specialist notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attribution, dating, condition observations and estimate reasoning.",
)
photos = tg.Data(
    "Lot photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Studio shots, details, versos and signatures, before publication.",
)
provenance = tg.Data(
    "Provenance records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ownership history, exhibitions and literature, with consignor and "
    "previous owners' names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
consignment = tg.Data(
    "Consignment records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Consignor contact details, reserves and commission terms.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House style instructions, the notes, photographs and provenance record.",
)
llm_draft = tg.Data("LLM draft", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft lot description",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Description and condition notes awaiting the specialist's review.",
)
signed_off = tg.Data(
    "Signed-off lot description",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_lot = tg.Data(
    "Published lot page",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Description, condition notes, estimate and public photographs.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bids = tg.Data(
    "Bids",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Auction house office", trust=tg.Trust.INTERNAL):
    # Writes the notes, reviews the drafts and signs off each lot.
    specialist = tm.add(tg.Actor("Specialist", role="department specialist"))
    # Records consignments and provenance research in the collection database.
    registrar = tm.add(tg.Actor("Registrar", role="registrar"))
    # Shoots every lot and uploads the photographs.
    photographer = tm.add(tg.Actor("Photographer", role="studio photographer"))

with tm.boundary("Auction house cloud", trust=tg.Trust.INTERNAL):
    # The web editor specialists use to request, correct and sign off drafts.
    editor = tm.add(
        tg.Endpoint(
            "Catalogue web editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Gathers the inputs for one lot, prompts the LLM and stores the draft.
    drafting = tm.add(
        tg.Service(
            "Lot drafting service",
            description="Builds the prompt from notes, photographs and provenance.",
        )
    )
    # System of record for consignments and provenance.
    collection_db = tm.add(
        tg.DataStore(
            "Collection database",
            stores={provenance, consignment},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Full-resolution lot photography.
    photo_store = tm.add(
        tg.DataStore(
            "Photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Drafts and signed-off descriptions, one version per edit.
    cms = tm.add(tg.DataStore("Catalogue CMS", stores={draft, signed_off}))
    # Pushes signed-off lots to the bidding site; nothing unsigned is published.
    publisher = tm.add(
        tg.Service(
            "Catalogue publisher",
            controls={c.HumanInTheLoop(approver="the lot's specialist")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that writes the first draft from text and images.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on prompts")},
        )
    )

with tm.boundary(
    "Bidding platform",
    trust=tg.Trust.INTERNAL,
    description="The house's public web tier, hosted apart from the catalogue systems.",
):
    # The online catalogue and bidding site the public uses.
    bidding_site = tm.add(
        tg.Endpoint(
            "Bidding website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Collectors and dealers browsing and bidding online.
    bidder = tm.add(tg.Actor("Online bidder", role="registered bidder"))

# ---------------------------------------------------------------- flows
tm.flow(registrar, collection_db, provenance, consignment, protocol="https")
tm.flow(photographer, photo_store, photos, protocol="https")

tm.flow(specialist, editor, specialist_notes, protocol="https", label="request draft")
tm.flow(editor, drafting, specialist_notes)
tm.flow(collection_db, drafting, provenance)
tm.flow(photo_store, drafting, photos)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, llm_draft, protocol="https")
tm.flow(drafting, cms, draft)

tm.flow(cms, editor, draft)
tm.flow(editor, specialist, draft, photos, protocol="https")
tm.flow(specialist, editor, signed_off, protocol="https", label="edit and sign off")
tm.flow(editor, cms, signed_off)
tm.flow(photo_store, editor, photos)

tm.flow(cms, publisher, signed_off)
tm.flow(photo_store, publisher, photos, label="public image set")
tm.flow(publisher, bidding_site, published_lot, protocol="https")
tm.flow(bidding_site, bidder, published_lot, protocol="https")
tm.flow(bidder, bidding_site, bids, protocol="https")
