"""Wine cellar counterfeit bottle scanner: the first design, before any security review.

A fine-wine merchant's buyers visit private sellers' cellars and photograph every
bottle (label, capsule, cork) on a company tablet. The app works offline in the
cellar and syncs photos, lot details and provenance paperwork to the merchant's
cloud when it is back online. A scoring service has a vision model compare each
bottle with a reference library of genuine bottles and returns a counterfeit risk
score to the tablet at the next sync. Bottles above the high-risk threshold go to
the merchant's authentication expert, whose verdicts become training labels and
whose confirmed bottles are added to the library. The library is shared with two
partner merchants through an API. Controls in this design: managed tablets with
device encryption and company sign-in, TLS on every external link, per-partner
API keys, encrypted photo storage, library provenance and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wine cellar counterfeit bottle scanner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores the counterfeit risk of bottles photographed in private cellars.",
)

# ---------------------------------------------------------------- data assets
paperwork = tg.Data(
    "Provenance paperwork",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Invoices, auction receipts and storage records, with the seller's name.",
)
lot_details = tg.Data(
    "Cellar lot details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name and address, bottle list, asking price and buyer notes.",
)
photos = tg.Data(
    "Bottle photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
embeddings = tg.Data(
    "Bottle photo embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
references = tg.Data(
    "Genuine bottle references",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Reference images and embeddings of authenticated bottles, by producer and vintage.",
)
risk_score = tg.Data(
    "Counterfeit risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
verdict = tg.Data(
    "Expert authentication verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Vision model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Seller's cellar", trust=tg.Trust.UNTRUSTED):
    # The private seller whose cellar is being bought.
    seller = tm.add(tg.Actor("Private seller", role="seller"))

with tm.boundary("Buyer field kit", trust=tg.Trust.INTERNAL):
    # The merchant's buyer on site.
    buyer = tm.add(tg.Actor("Buyer", role="wine buyer"))
    # Company tablet app: captures photos and lots offline, syncs later.
    tablet = tm.add(
        tg.Device(
            "Cellar scanning tablet app",
            description="MDM-managed tablets; keeps an offline queue of lots until it syncs.",
            controls={
                c.EncryptionAtRest(key_management="MDM-enforced device encryption"),
                c.Authentication(method="company SSO, cached for offline use"),
            },
        )
    )

with tm.boundary("Partner merchants", trust=tg.Trust.PARTNER):
    # The two partner merchants who read and add to the shared reference library.
    partner = tm.add(tg.Actor("Partner merchant system", role="partner merchant", human=False))

with tm.boundary("Merchant cloud", trust=tg.Trust.INTERNAL):
    # Receives tablet syncs and hands back scores.
    sync_api = tm.add(
        tg.Endpoint(
            "Tablet sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            returns_scores=True,
            controls={c.Authentication(method="company SSO token (OIDC)")},
        )
    )
    # Raw bottle photos from every appraisal.
    photo_store = tm.add(
        tg.DataStore(
            "Bottle photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Lots, scores and expert verdicts for each appraisal.
    appraisal_db = tm.add(
        tg.DataStore("Appraisal database", stores={lot_details, paperwork, risk_score, verdict})
    )
    # Orchestrates scoring: embeds, looks up references, scores, refers high-risk bottles.
    scoring = tm.add(
        tg.Service(
            "Scoring service",
            controls={
                c.HumanInTheLoop(
                    approver="Authentication expert",
                    above="the high-risk score threshold",
                )
            },
        )
    )
    # The vision model that compares a bottle with genuine references.
    vision_model = tm.add(
        tg.Model(
            "Counterfeit bottle vision model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned from an open-weights image backbone on the reference library.",
        )
    )
    # Reference library of genuine bottles, shared with the partners.
    library = tm.add(
        tg.VectorStore(
            "Reference bottle library",
            stores={references},
            controls={c.ProvenanceTracking(note="each reference records which merchant added it")},
        )
    )
    # API the partner merchants use to query and contribute references.
    sharing_api = tm.add(
        tg.Endpoint(
            "Library sharing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="API key per partner merchant")},
        )
    )
    # Console where the expert reviews referred bottles and curates the library.
    review_console = tm.add(
        tg.Service(
            "Authentication review console",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Retrains the vision model on verdicts and references.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versions of the vision model that scoring loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # The merchant's authentication expert.
    expert = tm.add(tg.Actor("Authentication expert", role="wine authentication expert"))

# ---------------------------------------------------------------- flows
# In the cellar (offline).
tm.flow(seller, buyer, paperwork, label="handed over in person")
tm.flow(
    buyer, tablet, photos, lot_details, paperwork, label="photographed and entered on the tablet"
)
tm.flow(tablet, buyer, risk_score, label="scores shown after sync")

# Sync.
tm.flow(
    tablet, sync_api, photos, lot_details, paperwork, protocol="https", label="sync when online"
)
tm.flow(sync_api, tablet, risk_score, verdict, protocol="https")
tm.flow(sync_api, photo_store, photos)
tm.flow(sync_api, appraisal_db, lot_details, paperwork)
tm.flow(appraisal_db, sync_api, risk_score, verdict)

# Scoring.
tm.flow(photo_store, scoring, photos)
tm.flow(scoring, vision_model, photos, references)
tm.flow(vision_model, scoring, embeddings, risk_score)
tm.flow(scoring, library, embeddings, label="similarity query")
tm.flow(library, scoring, references)
tm.flow(scoring, appraisal_db, risk_score)
tm.flow(scoring, review_console, risk_score, label="high-risk referral")

# Expert review and library curation.
tm.flow(photo_store, review_console, photos)
tm.flow(library, review_console, references)
tm.flow(review_console, expert, photos, references, risk_score, protocol="https")
tm.flow(expert, review_console, verdict, protocol="https")
tm.flow(review_console, appraisal_db, verdict)
tm.flow(review_console, library, references, label="confirmed genuine bottles added")

# Sharing with partner merchants.
tm.flow(partner, sharing_api, references, protocol="https", label="partner contributions")
tm.flow(sharing_api, library, references)
tm.flow(library, sharing_api, references)
tm.flow(sharing_api, partner, references, protocol="https")

# Retraining.
tm.flow(appraisal_db, training, verdict)
tm.flow(photo_store, training, photos)
tm.flow(library, training, references)
tm.flow(training, registry, model_artifact)
tm.flow(registry, vision_model, model_artifact, label="deploy")
