"""Peer-to-peer marketplace listing safety classifier: the first design.

Private sellers in the EU post second-hand items (title, description, price,
photos) from the marketplace app. Before a listing goes live, a safety scoring
service hashes the photos against a vendor's known-illegal-image list and runs
an in-house multimodal classifier for prohibited items, weapons, counterfeits
and scam patterns. High-confidence violations are blocked automatically; grey
cases and buyer reports go to a moderation console staffed by trust-and-safety
moderators, whose decisions become labels for weekly retraining. The classifier
is fine-tuned from an open-weights vision-language encoder pulled from a public
model hub and promoted through a model registry. Sellers sign in to the app,
the listings API is rate limited and checks uploads, stores are encrypted with
KMS, moderators use company SSO with roles and an audit log, and sellers get a
statement of reasons and can appeal a block.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace listing safety classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Screens new marketplace listings for prohibited and unsafe items before publication.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Listing submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, price, category, seller account id and pickup area.",
)
photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.PII)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data("Published listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
photo_hashes = tg.Data(
    "Perceptual photo hashes", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
hash_matches = tg.Data("Hash match result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
model_input = tg.Data(
    "Listing text and image tensors", kind="features", sensitivity=tg.Sensitivity.PII
)
verdict = tg.Data(
    "Safety score and verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
buyer_report = tg.Data("Buyer report", kind="feedback", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Seller appeal", kind="feedback", sensitivity=tg.Sensitivity.PII)
cases = tg.Data("Moderation cases", kind="records", sensitivity=tg.Sensitivity.PII)
decisions = tg.Data(
    "Moderator decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_examples = tg.Data(
    "Labelled listing examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data(
    "Open-weights encoder", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
classifier_artifact = tg.Data(
    "Classifier checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
promotion = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people selling banned goods.
    seller = tm.add(tg.Actor("Seller", role="private seller"))
    # Buyers browse published listings and report ones they think are unsafe.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))
    # Public hub the base vision-language encoder is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Hash-matching vendor", trust=tg.Trust.PARTNER):
    # Industry hash list of known illegal images, queried per photo.
    hash_service = tm.add(
        tg.ExternalService(
            "Image hash-matching service",
            provides="data-provider",
            controls={c.SupplierAssessment(note="vendor contract and DPA reviewed by legal")},
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Public API the app uses to create listings, browse, report and appeal.
    listings_api = tm.add(
        tg.Endpoint(
            "Listings API",
            purpose="api",
            controls={
                c.Authentication(
                    method="marketplace account: e-mail and password, or Google/Apple sign-in"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="photo type, size and count checks; text length limits"),
            },
        )
    )
    # Orchestrates hash matching and classification and decides publish, block or review.
    safety_service = tm.add(
        tg.Service(
            "Listing safety scoring service",
            description="Publishes below 0.4, blocks above 0.9, queues the rest for a moderator.",
            controls={
                c.Contestability(
                    note="seller gets a statement of reasons and can appeal in the app"
                )
            },
        )
    )
    # The in-house multimodal model that labels a listing as prohibited, counterfeit or scam.
    classifier = tm.add(
        tg.Model(
            "Prohibited item and scam classifier",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned from an open-weights encoder; one score per policy category.",
        )
    )
    # System of record for listings and their safety verdicts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={submission, verdict, listing_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for uploaded photos, served to buyers once published.
    photo_bucket = tm.add(
        tg.DataStore(
            "Listing photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web tool where moderators work grey-zone cases, buyer reports and appeals.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Listings with moderator decisions, snapshotted weekly for training.
    train_set = tm.add(
        tg.Dataset(
            "Moderation training set",
            stores={training_examples, decisions},
            controls={c.DataVersioning()},
        )
    )
    # Weekly fine-tuning job on the labelled set.
    training = tm.add(
        tg.Pipeline(
            "Weekly fine-tuning",
            stage="fine-tuning",
            third_party_packages=True,
            controls={
                c.ModelValidation(note="per-category precision/recall gate on a held-out set")
            },
        )
    )
    # Holds classifier versions; serving loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={classifier_artifact}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who decide grey cases and appeals.
    moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))
    # Owns training and promotes new classifier versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(seller, listings_api, submission, photos, protocol="https", label="create listing")
tm.flow(listings_api, seller, listing_status, protocol="https")
tm.flow(listings_api, photo_bucket, photos)
tm.flow(listings_api, safety_service, submission)
tm.flow(photo_bucket, safety_service, photos)

tm.flow(safety_service, hash_service, photo_hashes, protocol="https")
tm.flow(hash_service, safety_service, hash_matches, protocol="https")
tm.flow(safety_service, classifier, model_input)
tm.flow(classifier, safety_service, verdict)
tm.flow(safety_service, listing_db, verdict, listing_status, label="publish or block")
tm.flow(safety_service, console, cases, label="grey-zone scores")

tm.flow(listing_db, listings_api, published)
tm.flow(photo_bucket, listings_api, photos, label="published photos")
tm.flow(listings_api, buyer, published, photos, protocol="https")
tm.flow(buyer, listings_api, buyer_report, protocol="https")
tm.flow(seller, listings_api, appeal, protocol="https")
tm.flow(listings_api, console, buyer_report, appeal)

tm.flow(console, moderator, cases, photos, protocol="https")
tm.flow(moderator, console, decisions, protocol="https")
tm.flow(console, listing_db, listing_status, label="takedown or restore")
tm.flow(console, train_set, decisions)
tm.flow(listing_db, train_set, training_examples, label="weekly snapshot")

tm.flow(hub, training, base_weights, protocol="https")
tm.flow(train_set, training, training_examples, decisions)
tm.flow(training, registry, classifier_artifact)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, classifier, classifier_artifact, label="deploy")
