"""Counterfeit listing detector: the first design, before any security review.

Every new listing that a seller submits through the seller API (title, description,
photos, price) is scored by an in-house image-and-text model for the likelihood that
it is a counterfeit. The model compares the listing photos with reference images that
brand owners upload through a brand portal; those images are embedded into a
reference index. Listings scoring above a threshold are taken down automatically and
the seller is told why; sellers can appeal in the seller centre, and trust-and-safety
reviewers decide the appeals in an internal console. Reviewed decisions become labels
for monthly retraining, and new model versions go to a registry that serving loads.
Everything runs in the marketplace's production cloud; reviewers work from the
corporate network. Controls in this design: seller and brand accounts log in, the
seller API is rate limited and checks uploads, stores are encrypted, reviewers use
SSO with roles, and takedowns can be appealed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace counterfeit listing detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new listings for counterfeits against brand reference images; "
    "auto-takedown above a threshold, with seller appeals to trust and safety.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "New listing",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, price, photos and seller id of a listing before it is published.",
)
reference_images = tg.Data(
    "Brand reference images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Genuine product photos, logos and packaging, some of unreleased products.",
)
reference_embeddings = tg.Data(
    "Reference embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
matches = tg.Data(
    "Nearest reference matches",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
score = tg.Data("Counterfeit score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decision = tg.Data(
    "Takedown decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notice = tg.Data("Takedown notice", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Seller appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The seller's explanation with invoices and proof of authenticity.",
)
appeal_outcome = tg.Data("Appeal outcome", kind="records", sensitivity=tg.Sensitivity.PII)
brand_report = tg.Data(
    "Brand takedown report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Reviewed counterfeit labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, counterfeiters included.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Brand owners and the agencies acting for them, onboarded by the partnerships team.
    brand_owner = tm.add(tg.Actor("Brand owner", role="brand rights holder"))

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # The public seller API behind the seller centre: new listings, notices and appeals.
    seller_api = tm.add(
        tg.Endpoint(
            "Seller API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="seller account login with OAuth tokens"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="image type and size checks, text length limits"),
            },
        )
    )
    # Where brand owners upload reference images and see takedowns for their brands.
    brand_portal = tm.add(
        tg.Endpoint(
            "Brand portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="email and password")},
        )
    )
    # System of record for listings and their status (live, taken down, reinstated).
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, decision, score},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up new-listing events, gets reference matches, calls the model and applies
    # the takedown threshold.
    scoring = tm.add(
        tg.Service(
            "Listing scoring service",
            description="Takes a listing down automatically when the score is above 0.85.",
            controls={
                c.Contestability(note="sellers are told a takedown was automated and can appeal")
            },
        )
    )
    # The detector itself: a vision-and-text classifier trained in house.
    detector = tm.add(
        tg.Model(
            "Counterfeit detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Image and text encoder with a classification head over reference matches.",
        )
    )
    # Seller appeals waiting for a trust-and-safety reviewer.
    appeals_queue = tm.add(tg.DataStore("Appeals queue", stores={appeal}))

    with tm.boundary("Trust and safety ML", trust=tg.Trust.INTERNAL):
        # The brand reference images as uploaded.
        reference_store = tm.add(
            tg.DataStore(
                "Reference image store",
                stores={reference_images},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Embeds newly uploaded reference images for similarity search.
        embedder = tm.add(tg.Pipeline("Reference embedding job", stage=tg.Stage.PREPROCESSING))
        # Similarity index over reference images, queried for every new listing.
        reference_index = tm.add(
            tg.VectorStore("Reference image index", stores={reference_embeddings})
        )
        # Listings with reviewer verdicts, the training set for the next model.
        label_set = tm.add(tg.Dataset("Labeled listing set", stores={labels, listing}))
        # Monthly retraining on the labeled set.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal tool where appeals are decided and listings reinstated.
    console = tm.add(
        tg.Service(
            "Trust and safety console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Trust-and-safety staff who decide appeals.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety"))

# ---------------------------------------------------------------- flows
# listing intake and scoring
tm.flow(seller, seller_api, listing, protocol="https")
tm.flow(seller_api, listing_db, listing)
tm.flow(listing_db, scoring, listing, label="new-listing event")
tm.flow(scoring, reference_index, listing, label="similarity query")
tm.flow(reference_index, scoring, matches)
tm.flow(scoring, detector, listing, matches)
tm.flow(detector, scoring, score)
tm.flow(scoring, listing_db, decision, score, label="takedown above threshold")
tm.flow(scoring, seller_api, notice)
tm.flow(seller_api, seller, notice, protocol="https")

# brand reference images
tm.flow(brand_owner, brand_portal, reference_images, protocol="https")
tm.flow(brand_portal, reference_store, reference_images)
tm.flow(reference_store, embedder, reference_images)
tm.flow(embedder, reference_index, reference_embeddings)
tm.flow(listing_db, brand_portal, brand_report, label="takedowns for the brand")
tm.flow(brand_portal, brand_owner, brand_report, protocol="https")

# appeals
tm.flow(seller, seller_api, appeal, protocol="https")
tm.flow(seller_api, appeals_queue, appeal)
tm.flow(appeals_queue, console, appeal, protocol="https")
tm.flow(listing_db, console, listing, decision, score, protocol="https")
tm.flow(console, reviewer, appeal, listing, score, protocol="https")
tm.flow(reviewer, console, appeal_outcome, protocol="https")
tm.flow(console, listing_db, appeal_outcome, protocol="https", label="reinstate or uphold")
tm.flow(console, seller_api, appeal_outcome, protocol="https")
tm.flow(seller_api, seller, appeal_outcome, protocol="https")

# retraining
tm.flow(console, label_set, labels, protocol="https", label="reviewed verdicts")
tm.flow(listing_db, label_set, listing, label="listing snapshot")
tm.flow(label_set, training, labels, listing)
tm.flow(reference_store, training, reference_images)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
