"""Counterfeit listing detector for an online marketplace: the first design.

Sellers across the EU (businesses and private individuals) publish listings through
the public Listing API: title, description, price, claimed brand and photos. A new
or edited listing goes live at once and is scored within minutes by an in-house
counterfeit-detection model that reads the photos, the price against brand reference
price ranges and the seller's history (account age, disputes, returns, takedowns).
Listings scoring above the review threshold go to the trust and safety queue, where
an analyst decides in the T&S console whether to take them down; the model never
removes a listing itself. Analyst decisions and the reference images brand owners
send under the brand protection programme feed a weekly retraining run. Sellers
sign in with a password and 2-step verification, the Listing API is rate-limited and
checks uploads, staff use corporate SSO with MFA and role-based access, and the
listings database is encrypted with KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online marketplace counterfeit listing detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores new listings for counterfeit goods and queues high scores "
    "for trust and safety review.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, price, brand claimed, category, seller id.",
)
photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
seller_history = tg.Data(
    "Seller account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account details, orders, disputes, returns and past takedowns.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
seller_features = tg.Data(
    "Seller history features", kind="features", sensitivity=tg.Sensitivity.PII
)
brand_reference = tg.Data(
    "Brand reference images and price ranges",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Authentic product photos and typical retail prices sent by brand owners.",
)
score = tg.Data("Counterfeit score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flagged_case = tg.Data(
    "Flagged listing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Listing, score, top signals and the seller's summary.",
)
takedown = tg.Data(
    "Takedown decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Counterfeit review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Counterfeit model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint: image backbone plus tabular head.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, counterfeiters included.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("Brand partners", trust=tg.Trust.PARTNER):
    # Rights owners enrolled in the brand protection programme upload reference material.
    brand_catalogue = tm.add(
        tg.DataSource(
            "Brand protection reference catalogue",
            origin=tg.Origin.PARTNER,
            provides={brand_reference},
            description="Brand owners upload reference photos and price ranges via the brand portal.",
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # The public entry point for creating and editing listings.
    listing_api = tm.add(
        tg.Endpoint(
            "Listing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with 2-step verification"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="image type, size and count checks on upload"),
            },
        )
    )
    # Object storage for listing photos, served publicly through the CDN once live.
    photo_store = tm.add(tg.DataStore("Listing photo store", stores={photos}))
    # System of record for listings and seller accounts.
    listings_db = tm.add(
        tg.DataStore(
            "Listings database",
            stores={listing, seller_history, score, takedown},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hourly batch that turns order, dispute and takedown history into seller features.
    feature_job = tm.add(tg.Pipeline("Seller history feature job", stage=tg.Stage.PREPROCESSING))
    # Online store of the latest seller features for scoring.
    feature_store = tm.add(tg.FeatureStore("Seller feature store", stores={seller_features}))
    # Consumes new-listing events, gathers the inputs, calls the model, queues high scores.
    scoring = tm.add(
        tg.Service(
            "Counterfeit scoring service",
            description="Scores each new or edited listing; above the threshold it "
            "queues the listing for review, and an analyst decides any takedown.",
        )
    )
    # The model itself: image backbone fine-tuned in house plus price and seller signals.
    model = tm.add(
        tg.Model(
            "Counterfeit detection model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Outputs a counterfeit probability per listing.",
        )
    )
    # Work queue of listings waiting for a trust and safety analyst.
    review_queue = tm.add(tg.DataStore("Trust and safety review queue", stores={flagged_case}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal tool where analysts look at flagged listings and decide.
    console = tm.add(
        tg.Service(
            "Trust and safety console",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="trust and safety analyst"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reviews the queue and takes listings down.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="trust and safety"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labelled listings, photos, features and brand references for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Counterfeit training set",
            stores={labels, photos, seller_features, brand_reference},
        )
    )
    # Weekly retraining job.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned checkpoints; the scoring deployment pins a version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Sellers publish listings.
tm.flow(seller, listing_api, listing, photos, protocol="https")
tm.flow(listing_api, seller, listing_status, protocol="https")
tm.flow(listing_api, photo_store, photos)
tm.flow(listing_api, listings_db, listing)
tm.flow(listings_db, listing_api, listing_status, takedown)

# Seller features.
tm.flow(listings_db, feature_job, seller_history, label="hourly batch")
tm.flow(feature_job, feature_store, seller_features)

# Scoring.
tm.flow(listings_db, scoring, listing, label="new listing event")
tm.flow(photo_store, scoring, photos)
tm.flow(feature_store, scoring, seller_features, label="online lookup")
tm.flow(brand_catalogue, scoring, brand_reference, protocol="https", label="price ranges")
tm.flow(scoring, model, listing, photos, seller_features, brand_reference)
tm.flow(model, scoring, score)
tm.flow(scoring, listings_db, score)
tm.flow(scoring, review_queue, flagged_case, label="score above review threshold")

# Trust and safety review.
tm.flow(review_queue, console, flagged_case)
tm.flow(photo_store, console, photos)
tm.flow(console, analyst, flagged_case, photos, protocol="https")
tm.flow(analyst, console, takedown, protocol="https")
tm.flow(console, listings_db, takedown)
tm.flow(console, review_queue, takedown, label="closes case")

# Retraining.
tm.flow(console, training_set, labels)
tm.flow(photo_store, training_set, photos)
tm.flow(feature_store, training_set, seller_features, label="offline snapshot")
tm.flow(brand_catalogue, training_set, brand_reference, protocol="https")
tm.flow(training_set, training, labels, photos, seller_features, brand_reference)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy pinned version")
