"""Counterfeit seller risk: the first design, before any security review.

An EU online marketplace wants to catch counterfeit goods from new sellers
before buyers see them. Every listing a seller in their first 90 days submits
through the seller API is scored by a risk scoring service in production: it
reads the seller's account signals (registration details, IP and device,
payout country, verification status), embeds the listing images with an
open-weights image model, and gets a counterfeit risk score from an in-house
gradient-boosted classifier. Listings above the threshold are held, unpublished,
for trust & safety reviewers, who release or remove them in a review console.
Review outcomes and rights owners' infringement reports become the labels for
weekly retraining; an ML engineer approves each model before it is deployed.
Controls in the design: seller sign-in with a code on new devices, rate limits
and file checks on the seller API, encrypted stores, SSO with MFA and roles for
reviewers, and model versioning in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Counterfeit seller risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new sellers' listings for counterfeit risk and holds risky ones for review.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Title, description, brand, price, quantity and the seller id.",
)
images = tg.Data("Listing images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
account_signals = tg.Data(
    "Seller account signals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Registration details, IP and device fingerprint, payout country, ID verification status, account age.",
)
scoring_request = tg.Data(
    "Scoring request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data("Image embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Seller risk features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Account signals, listing text features, price vs brand reference, image embeddings.",
)
score = tg.Data(
    "Counterfeit risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
hold = tg.Data(
    "Listing hold decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
held_listings = tg.Data(
    "Held listings for review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The listing, its images, the seller's account signals and the score.",
)
review_decision = tg.Data(
    "Review decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_labels = tg.Data(
    "Counterfeit labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
infringement_reports = tg.Data(
    "Rights-owner infringement reports",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Notices from brand owners naming listings they say are counterfeit.",
)
weights = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, counterfeiters included.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("Brand protection partners", trust=tg.Trust.PARTNER):
    # Rights owners enrolled in the brand protection programme report fakes.
    brand_reports = tm.add(
        tg.DataSource(
            "Rights-owner report feed",
            origin=tg.Origin.PARTNER,
            provides={infringement_reports},
            description="Notice-and-takedown submissions from the brand protection portal.",
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Where sellers create listings and upload photos.
    seller_api = tm.add(
        tg.Endpoint(
            "Seller listing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password, SMS code at every sign-in from a new device"
                ),
                tg.controls.RateLimiting(requests_per_minute=120),
                tg.controls.InputValidation(note="image type and size checks, listing schema"),
            },
        )
    )
    # Owns the listing lifecycle: draft, held, published, removed.
    listing_service = tm.add(tg.Service("Listing service"))
    # Listings and their publication state.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, hold, review_decision},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for listing photos.
    image_bucket = tm.add(
        tg.DataStore(
            "Listing image bucket",
            stores={images},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Seller accounts and the signals the model reads.
    account_db = tm.add(
        tg.DataStore(
            "Seller account database",
            stores={account_signals},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RBAC(),
            },
        )
    )
    # Assembles features, calls both models and decides the hold.
    scoring_service = tm.add(
        tg.Service(
            "Risk scoring service",
            description="Scores each listing from sellers under 90 days old; holds those above 0.7.",
        )
    )
    # Turns listing photos into vectors the classifier can use.
    image_model = tm.add(
        tg.Model(
            "Image embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights vision encoder downloaded once and served internally.",
        )
    )
    # The counterfeit classifier whose score holds a listing.
    risk_model = tm.add(
        tg.Model(
            "Counterfeit risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over account, listing and image features.",
        )
    )

with tm.boundary("Trust and safety tools", trust=tg.Trust.INTERNAL):
    # Reviewers decide on held listings.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="reviewer"))
    # Queue of held listings with score, images and seller details.
    review_console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(
                    approver="trust and safety reviewer",
                    note="held listings are released or removed only by a reviewer",
                ),
                tg.controls.AuditLogging(),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labels and feature snapshots for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Counterfeit training set", stores={review_labels, infringement_reports, features}
        )
    )
    # Weekly retraining of the classifier.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versions of the classifier, promoted to serving on approval.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
        )
    )
    # Runs retraining and approves each release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, seller_api, listing, images, protocol="https")
tm.flow(seller_api, seller, listing_status, protocol="https")
tm.flow(seller_api, listing_service, listing, images)
tm.flow(listing_service, seller_api, listing_status)
tm.flow(listing_service, image_bucket, images)
tm.flow(listing_service, listing_db, listing, hold)

tm.flow(listing_service, scoring_service, scoring_request, label="new seller listing")
tm.flow(account_db, scoring_service, account_signals, label="account lookup")
tm.flow(image_bucket, scoring_service, images)
tm.flow(scoring_service, image_model, images)
tm.flow(image_model, scoring_service, embeddings)
tm.flow(scoring_service, risk_model, features)
tm.flow(risk_model, scoring_service, score)
tm.flow(scoring_service, listing_service, hold, score)
tm.flow(scoring_service, training_set, features, label="feature snapshot")

tm.flow(listing_db, review_console, held_listings)
tm.flow(account_db, review_console, account_signals)
tm.flow(image_bucket, review_console, images)
tm.flow(review_console, reviewer, held_listings, images, protocol="https")
tm.flow(reviewer, review_console, review_decision, protocol="https")
tm.flow(review_console, listing_service, review_decision, label="release or remove")
tm.flow(review_console, training_set, review_labels)

tm.flow(brand_reports, training_set, infringement_reports, protocol="https")
tm.flow(training_set, training, review_labels, infringement_reports, features)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves release")
tm.flow(registry, risk_model, weights, label="deploy")
