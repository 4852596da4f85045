"""Luxury watch authentication: the first design, before any security review.

A marketplace for pre-owned luxury watches in the EU. Sellers list a watch from our
mobile app: they photograph the dial, case back, movement and the box and papers
(warranty card, purchase receipt), and enter the reference, price and condition.
An in-house vision model scores each listing for authenticity and condition. Listings
it is confident about go live with a "verified" badge; listings it doubts are queued
for our authentication hub, where the seller ships the watch and human authenticators
examine it in person and record a verdict on a workbench web app. Buyers browse the
storefront and see the badge. The authenticators' verdicts are collected as labels
and the model is retrained monthly; an ML engineer promotes new versions from the
registry. Sellers sign in with e-mail and password, uploads are type- and size-checked,
stores are encrypted with cloud KMS, and hub staff sign in to the workbench with
company SSO under role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Luxury watch authentication",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision model scoring pre-owned watch listings, with in-person review at the hub.",
)

# ---------------------------------------------------------------- data assets
listing_details = tg.Data(
    "Listing details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller account id, watch reference, serial number, asking price, stated condition.",
)
watch_photos = tg.Data(
    "Watch and movement photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dial, case, case back and movement shots taken in the seller app.",
)
papers_photos = tg.Data(
    "Box and papers photos",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Warranty card and purchase receipt, often with the first owner's name.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
score = tg.Data(
    "Authenticity and condition score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
listing_records = tg.Data(
    "Listing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Listing, model score, review state and verified badge flag.",
)
review_case = tg.Data(
    "Hub review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A doubted listing with its score, photos and the seller's shipping details.",
)
verdict = tg.Data(
    "Authenticator verdict",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Genuine / not genuine / service parts, condition grade, notes.",
)
training_examples = tg.Data(
    "Verdict training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Listing photos joined with the hub verdicts.",
)
model_artifact = tg.Data(
    "Authenticity model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint written by the training job.",
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
search = tg.Data("Buyer search query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
public_listing = tg.Data(
    "Public listing with badge", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Private sellers and dealers listing watches from the mobile app.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Anyone browsing the storefront; buys on the strength of the badge.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The app's backend: takes new listings and their photo uploads.
    listing_api = tm.add(
        tg.Endpoint(
            "Listing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/HEIC only, 20 MB per photo"),
            },
        )
    )
    # Bucket holding every photo a seller uploads.
    photo_store = tm.add(
        tg.DataStore(
            "Listing photo store",
            stores={watch_photos, papers_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates scoring: asks the model, then publishes or queues for the hub.
    listing_service = tm.add(
        tg.Service(
            "Listing service",
            description="Score above the threshold: publish with badge; below: send to the hub.",
            controls={
                c.HumanInTheLoop(
                    approver="a hub authenticator",
                    note="only listings the model scores below the confidence threshold",
                )
            },
        )
    )
    # The vision model: authenticity and condition from the listing photos.
    auth_model = tm.add(
        tg.Model(
            "Watch authenticity model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned CNN; outputs P(genuine) and a condition grade.",
        )
    )
    # System of record for listings, review state and badges.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={listing_records, listing_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Buyer-facing web and app storefront.
    storefront = tm.add(tg.Endpoint("Marketplace storefront", purpose=tg.EndpointPurpose.API))
    # Web app the hub staff use to work the review queue and record verdicts.
    workbench = tm.add(
        tg.Service(
            "Authenticator workbench",
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos joined with verdicts, the retraining corpus.
        verdict_set = tm.add(
            tg.Dataset("Verdict training set", stores={training_examples, verdict})
        )
        # Monthly retraining job on the verdicts.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned checkpoints; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Authentication hub", trust=tg.Trust.INTERNAL):
    # Watchmakers who open and examine doubted watches in person.
    authenticator = tm.add(tg.Actor("Hub authenticator", role="authenticator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews evaluation metrics and promotes a new model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Listing intake
tm.flow(seller, listing_api, listing_details, watch_photos, papers_photos, protocol="https")
tm.flow(listing_api, seller, listing_status, protocol="https")
tm.flow(listing_api, photo_store, watch_photos, papers_photos)
tm.flow(listing_api, listing_service, listing_details)
tm.flow(listing_service, listing_api, listing_status)

# Scoring
tm.flow(photo_store, listing_service, watch_photos, papers_photos)
tm.flow(listing_service, auth_model, watch_photos, papers_photos, protocol="grpc")
tm.flow(auth_model, listing_service, score, protocol="grpc")
tm.flow(listing_service, listings_db, listing_records)

# Hub review of doubted listings
tm.flow(listing_service, workbench, review_case, label="score below threshold")
tm.flow(photo_store, workbench, watch_photos, papers_photos)
tm.flow(workbench, authenticator, review_case, watch_photos, papers_photos, protocol="https")
tm.flow(authenticator, workbench, verdict, protocol="https")
tm.flow(workbench, listings_db, listing_records, label="verdict sets badge or rejects")

# Buyers
tm.flow(buyer, storefront, search, protocol="https")
tm.flow(listings_db, storefront, public_listing)
tm.flow(storefront, buyer, public_listing, protocol="https")

# Retraining on the verdicts
tm.flow(workbench, verdict_set, verdict)
tm.flow(photo_store, verdict_set, training_examples, label="monthly snapshot")
tm.flow(verdict_set, retraining, training_examples, verdict)
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, auth_model, model_artifact, label="deploy")
