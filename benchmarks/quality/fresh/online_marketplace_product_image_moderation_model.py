"""Product image moderation: the first design, before any security review.

Sellers on the marketplace create listings with product photos through the seller
app and listing API. A new listing stays in draft until a moderation service has
scored every image with two in-house models: a classifier for prohibited items
(weapons, drugs, wildlife products, recalled goods) and a detector for counterfeit
brand logos, matched against reference logos that brand owners upload through the
brand protection portal. Clear passes go live, clear hits are blocked, and the band
in between goes to a review console worked by an outsourced moderation vendor; if
scoring fails the listing stays in draft for review. Moderator decisions become labels
for monthly retraining on the ML platform, fine-tuned from a public pretrained
backbone, and versioned models are deployed from the registry. Sellers and staff
sign in, the listing API is rate-limited and checks file types and sizes, and the
image bucket is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Product image moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens sellers' product images for prohibited items and counterfeit logos "
        "before listings go live."
    ),
)

# ---------------------------------------------------------------- data assets
listing_draft = tg.Data(
    "Listing draft",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, price, category and the seller's account id.",
)
product_images = tg.Data(
    "Product images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Seller-uploaded photos; may show people, homes or documents in the background.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.PII)
item_scores = tg.Data(
    "Prohibited item scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
logo_detections = tg.Data(
    "Counterfeit logo detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
verdict = tg.Data(
    "Moderation verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
review_case = tg.Data(
    "Review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Listing details, the images and both models' scores.",
)
moderator_decision = tg.Data(
    "Moderator decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
reference_logos = tg.Data(
    "Reference brand logos", kind="media", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained backbone weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
model_artifact = tg.Data(
    "Moderation model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people selling banned or fake goods.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Public hub the vision backbone is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Brand partners", trust=tg.Trust.PARTNER):
    # Rights holders enrolled in the brand protection programme.
    brand_owner = tm.add(tg.Actor("Brand owner", role="brand protection manager"))

with tm.boundary("Moderation vendor", trust=tg.Trust.PARTNER):
    # Outsourced content moderators working the review queue.
    moderator = tm.add(tg.Actor("Content moderator", role="moderator"))

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Seller-facing API behind the seller app and bulk listing tools.
    listing_api = tm.add(
        tg.Endpoint(
            "Listing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="seller e-mail and password, OAuth tokens for the app"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(
                    note="JPEG/PNG/WebP only, 20 MB per image, 12 images per listing"
                ),
            },
        )
    )
    # Object storage bucket for listing photos.
    media_store = tm.add(
        tg.DataStore(
            "Listing image bucket",
            stores={product_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Listings and their moderation state; only approved listings are shown to buyers.
    listing_db = tm.add(tg.DataStore("Listing database", stores={listing_draft, verdict}))
    # Scores each new listing's images and applies the approve / block / review thresholds.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Auto-approves below the low threshold, blocks above the high one, queues the rest.",
            controls={
                c.HumanInTheLoop(approver="content moderator, for scores between the thresholds"),
                c.FailClosed(fallback="listing stays in draft and goes to the review queue"),
            },
        )
    )
    # Web portal for brand owners to upload their genuine logos.
    brand_portal = tm.add(
        tg.Endpoint(
            "Brand protection portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="brand partner e-mail and password")},
        )
    )
    # Reference gallery the logo detector matches against.
    logo_gallery = tm.add(tg.DataStore("Reference logo gallery", stores={reference_logos}))
    # Moderators' queue of borderline listings.
    console = tm.add(
        tg.Endpoint(
            "Moderation review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="vendor SSO with MFA"),
                c.RBAC(note="moderator and team lead roles"),
            },
        )
    )

    with tm.boundary("Model serving", trust=tg.Trust.INTERNAL):
        # Image classifier for prohibited item categories.
        item_model = tm.add(
            tg.Model(
                "Prohibited item classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Fine-tuned vision transformer, one score per prohibited category.",
            )
        )
        # Detects brand logos and flags ones inconsistent with the reference gallery.
        logo_model = tm.add(
            tg.Model(
                "Counterfeit logo detector",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Moderator-labelled images for retraining.
    training_set = tm.add(
        tg.Dataset("Moderation training set", stores={product_images, moderator_decision})
    )
    # Monthly fine-tuning job.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model weights promoted to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(seller, listing_api, listing_draft, product_images, protocol="https")
tm.flow(listing_api, seller, listing_status, protocol="https")
tm.flow(listing_api, media_store, product_images)
tm.flow(listing_api, listing_db, listing_draft)
tm.flow(listing_db, listing_api, listing_status)

tm.flow(listing_db, moderation, listing_draft, label="new draft listings")
tm.flow(media_store, moderation, product_images)
tm.flow(moderation, item_model, product_images)
tm.flow(item_model, moderation, item_scores)
tm.flow(moderation, logo_model, product_images)
tm.flow(logo_model, moderation, logo_detections)
tm.flow(logo_gallery, logo_model, reference_logos)
tm.flow(moderation, listing_db, verdict)

tm.flow(brand_owner, brand_portal, reference_logos, protocol="https")
tm.flow(brand_portal, logo_gallery, reference_logos)

tm.flow(moderation, console, review_case)
tm.flow(media_store, console, product_images)
tm.flow(console, moderator, review_case, product_images, protocol="https")
tm.flow(moderator, console, moderator_decision, protocol="https")
tm.flow(console, listing_db, verdict)

tm.flow(console, training_set, moderator_decision)
tm.flow(media_store, training_set, product_images, label="monthly export")
tm.flow(training_set, training, product_images, moderator_decision)
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, item_model, model_artifact, label="deploy")
tm.flow(registry, logo_model, model_artifact, label="deploy")
