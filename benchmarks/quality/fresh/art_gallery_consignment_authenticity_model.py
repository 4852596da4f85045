"""Art gallery consignment with an authenticity model: the first design.

Artists and collectors consign works to our EU-based online gallery: they sign in to a
consignment portal and upload photos of the work (front, back, signature, details) and
provenance documents (invoices, certificates, exhibition records naming past owners),
which land in an encrypted object store. An authentication workflow embeds the photos
with an open-weights vision encoder, finds the artist's nearest known works in a
reference index built from catalogue-raisonne images licensed from artist foundations,
and an in-house comparison model scores the match and flags possible fakes. Every case
goes to a specialist in the back office, who approves or rejects it; only approved works
are published to the public catalogue that buyers browse. Controls in this design:
password sign-in and upload type/size checks on the portal, TLS, encryption of the
consignment store, role-based access to the review console and specialist sign-off.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Art gallery consignment authenticity",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online gallery consignment intake; a model compares consigned photos with the "
        "artist's known works and flags possible fakes for specialists before listing."
    ),
)

# ---------------------------------------------------------------- data assets
consignor_account = tg.Data(
    "Consignor account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, e-mail, phone and payout bank details of the consignor.",
)
artwork_photos = tg.Data(
    "Artwork photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
provenance_docs = tg.Data(
    "Provenance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Invoices, certificates and exhibition records naming previous owners.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
consignment_status = tg.Data("Consignment status", kind="records", sensitivity=tg.Sensitivity.PII)
reference_images = tg.Data(
    "Catalogue raisonne images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed images of the artist's authenticated works.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reference_embeddings = tg.Data(
    "Reference work embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
photo_embeddings = tg.Data(
    "Consigned photo embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
nearest_matches = tg.Data(
    "Nearest reference matches", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
authenticity_score = tg.Data(
    "Authenticity score and flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_case = tg.Data("Authentication case", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Specialist decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
listing = tg.Data("Public listing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
catalogue_query = tg.Data("Catalogue search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
vision_weights = tg.Data(
    "Vision encoder weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Artists and collectors who consign works; anyone can open an account.
    consignor = tm.add(tg.Actor("Consignor", role="artist or collector"))
    # Prospective buyers browsing the published catalogue.
    buyer = tm.add(tg.Actor("Buyer", role="collector"))
    # Public model hub the open-weights vision encoder is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Archive partners", trust=tg.Trust.PARTNER):
    # Artist foundations and archives licensing catalogue-raisonne images to us.
    archive = tm.add(
        tg.DataSource(
            "Artist foundation archives",
            origin=tg.Origin.PARTNER,
            provides={reference_images},
            description="Image sets delivered per artist under licence, refreshed quarterly.",
        )
    )

with tm.boundary("Gallery cloud", trust=tg.Trust.INTERNAL):
    # Where consignors sign in, upload photos and documents, and follow their case.
    portal = tm.add(
        tg.Endpoint(
            "Consignment portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image and PDF types only, 50 MB per file"),
            },
        )
    )
    # Public catalogue of approved works, served to buyers.
    catalogue = tm.add(
        tg.Endpoint("Public catalogue", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Orchestrates each new consignment through embedding, lookup and scoring.
    workflow = tm.add(
        tg.Service(
            "Authentication workflow",
            description="Picks up new consignments, calls the models and opens a review case.",
        )
    )
    # Open-weights vision encoder turning photos into embeddings.
    encoder = tm.add(
        tg.Model(
            "Vision encoder",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="A ViT image encoder pulled from the public hub, run on our GPUs.",
        )
    )
    # In-house model scoring a work's consistency with the artist's known works.
    comparison_model = tm.add(
        tg.Model(
            "Authenticity comparison model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores style, brushwork and signature similarity; below 0.6 flags a possible fake.",
        )
    )
    # Back-office console where specialists see the case, score and documents.
    review_console = tm.add(
        tg.Service(
            "Specialist review console",
            controls={
                c.RBAC(note="specialist role only"),
                c.HumanInTheLoop(approver="authentication specialist"),
            },
        )
    )

    with tm.boundary("Gallery data tier", trust=tg.Trust.RESTRICTED):
        # Object store holding the uploads and consignor details.
        consignment_store = tm.add(
            tg.DataStore(
                "Consignment store",
                stores={consignor_account, artwork_photos, provenance_docs},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Builds the reference index from the licensed archive images.
        ref_ingest = tm.add(tg.Pipeline("Reference ingestion", stage=tg.Stage.INGESTION))
        # Embeddings of each artist's known works, queried by nearest neighbour.
        ref_index = tm.add(tg.VectorStore("Reference index", stores={reference_embeddings}))

with tm.boundary("Gallery back office", trust=tg.Trust.INTERNAL):
    # Art specialist who approves or rejects every consignment before listing.
    specialist = tm.add(tg.Actor("Authentication specialist", role="specialist", privileged=True))

# ---------------------------------------------------------------- flows
# Intake
tm.flow(consignor, portal, consignor_account, artwork_photos, provenance_docs, protocol="https")
tm.flow(portal, consignor, consignment_status, protocol="https")
tm.flow(portal, consignment_store, consignor_account, artwork_photos, provenance_docs)

# Reference index build
tm.flow(archive, ref_ingest, reference_images, protocol="sftp", label="quarterly delivery")
tm.flow(model_hub, encoder, vision_weights, protocol="https", label="model download")
tm.flow(ref_ingest, encoder, reference_images, label="embed reference works")
tm.flow(encoder, ref_ingest, reference_embeddings)
tm.flow(ref_ingest, ref_index, reference_embeddings)

# Scoring a consignment
tm.flow(consignment_store, workflow, artwork_photos)
tm.flow(workflow, encoder, artwork_photos, label="embed consigned photos")
tm.flow(encoder, workflow, photo_embeddings)
tm.flow(workflow, ref_index, photo_embeddings, label="nearest-neighbour query")
tm.flow(ref_index, workflow, nearest_matches)
tm.flow(workflow, comparison_model, photo_embeddings, nearest_matches)
tm.flow(comparison_model, workflow, authenticity_score)
tm.flow(workflow, review_console, review_case, authenticity_score, label="open review case")

# Specialist review and listing
tm.flow(consignment_store, review_console, artwork_photos, provenance_docs)
tm.flow(
    review_console,
    specialist,
    review_case,
    authenticity_score,
    artwork_photos,
    provenance_docs,
    protocol="https",
)
tm.flow(specialist, review_console, review_decision, protocol="https")
tm.flow(review_console, portal, consignment_status, label="decision to consignor")
tm.flow(review_console, catalogue, listing, label="publish approved work")
tm.flow(buyer, catalogue, catalogue_query, protocol="https")
tm.flow(catalogue, buyer, listing, protocol="https")
