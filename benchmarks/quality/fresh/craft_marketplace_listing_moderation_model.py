"""Listing moderation for a handmade goods marketplace: the first design, before review.

Independent makers (mostly sole traders in the EU and UK) create listings through the
seller web app. Before a new listing goes live, a screening service checks it: an
in-house image classifier scores the photos for counterfeit branding, prohibited items
and mass-produced stock imagery, a reverse image search vendor looks for the same photos
on wholesale sites, and a hosted LLM reads the title and description against the
prohibited-items and handmade policies. Listings that pass are published to the
storefront automatically; suspect ones are held in a moderation queue that trust and
safety moderators work through in an internal console, where they publish or reject.
Their decisions are kept as labels for monthly retraining of the image classifier.
Everything runs in the marketplace's cloud account; sellers sign in with e-mail and
password, staff through company SSO with MFA, uploads are type- and size-checked, and
the stores are encrypted with cloud KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Craft marketplace listing moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Screens new listings' photos and text for counterfeit, prohibited and "
        "mass-produced items and holds suspect ones for moderators."
    ),
)

# ---------------------------------------------------------------- data assets
listing_text = tg.Data(
    "Listing title and description",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Seller-written text, public once the listing is published.",
)
listing_photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
seller_history = tg.Data(
    "Seller account and history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, shop, country, account age and past policy strikes.",
)
listing_status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
screening_prompt = tg.Data(
    "Text screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Policy instructions followed by the listing's title, tags and description.",
)
text_verdict = tg.Data(
    "Text policy verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
image_scores = tg.Data(
    "Image risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-photo scores for counterfeit, prohibited and mass-produced classes.",
)
image_matches = tg.Data(
    "Reverse image matches", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
held_case = tg.Data(
    "Held listing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The listing, its scores, the matches found and the seller's history.",
)
decision = tg.Data("Moderation decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Moderation labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
published = tg.Data("Published listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Image classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a shop, including people reselling factory goods or fakes.
    seller = tm.add(tg.Actor("Seller", role="maker selling on the marketplace"))
    # Shoppers only ever see what has been published.
    buyer = tm.add(tg.Actor("Buyer", role="shopper"))

with tm.boundary("Image search vendor", trust=tg.Trust.PARTNER):
    # Finds the same photo on wholesale and other retail sites: the main mass-produced signal.
    image_search = tm.add(
        tg.ExternalService("Reverse image search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads listing text against the written policies; cheaper than training our own.
    text_llm = tm.add(
        tg.LLM(
            "Text screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted model asked to classify listing text against the prohibited-items and handmade policies.",
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Where sellers create and edit listings and see whether they went live.
    listing_api = tm.add(
        tg.Endpoint(
            "Listing API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(
                    note="JPEG/PNG/WebP only, 20 MB per photo, 10 photos, text length limits"
                ),
            },
        )
    )
    # Shop pages and search results that buyers browse.
    storefront = tm.add(
        tg.Endpoint("Storefront", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # System of record for listings and seller accounts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing_text, seller_history, listing_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Listing photo bucket",
            stores={listing_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs every check on a new listing, combines the results and publishes or holds it.
    screening = tm.add(
        tg.Service(
            "Listing screening service",
            description="Publishes listings below the thresholds; holds the rest for a moderator.",
            controls={
                c.HumanInTheLoop(
                    approver="trust and safety moderator",
                    note="held listings wait for a moderator; listings under the thresholds publish automatically",
                )
            },
        )
    )
    # Our own vision model, fine-tuned on past moderation outcomes.
    classifier = tm.add(
        tg.Model(
            "Listing image classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores photos for counterfeit logos, prohibited items and stock or factory imagery.",
        )
    )
    # Listings waiting for a person, oldest first.
    queue = tm.add(tg.DataStore("Moderation queue", stores={held_case}))

with tm.boundary("Trust and safety tools", trust=tg.Trust.INTERNAL):
    # Internal web app where moderators see held listings and decide.
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
    # Staff who make the final call on every held listing.
    moderator = tm.add(tg.Actor("Moderator", role="trust and safety moderator"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Moderator outcomes with the photos they were about.
    training_set = tm.add(tg.Dataset("Moderation training set", stores={labels, listing_photos}))
    # Monthly fine-tuning job for the image classifier.
    training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
    # Versions of the classifier; serving loads the one tagged current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(seller, listing_api, listing_text, listing_photos, protocol="https")
tm.flow(listing_api, seller, listing_status, protocol="https")
tm.flow(listing_api, listing_db, listing_text, listing_status)
tm.flow(listing_db, listing_api, listing_status)
tm.flow(listing_api, photo_store, listing_photos)
tm.flow(listing_api, screening, listing_text, label="new listing submitted")

tm.flow(listing_db, screening, seller_history, listing_text)
tm.flow(photo_store, screening, listing_photos)
tm.flow(screening, classifier, listing_photos)
tm.flow(classifier, screening, image_scores)
tm.flow(screening, image_search, listing_photos, protocol="https")
tm.flow(image_search, screening, image_matches, protocol="https")
tm.flow(screening, text_llm, screening_prompt, protocol="https")
tm.flow(text_llm, screening, text_verdict, protocol="https")
tm.flow(screening, listing_db, listing_status, label="published or held")
tm.flow(screening, queue, held_case)

tm.flow(queue, console, held_case)
tm.flow(photo_store, console, listing_photos)
tm.flow(console, moderator, held_case, protocol="https")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, listing_db, decision, listing_status)
tm.flow(console, queue, decision, label="case closed")

tm.flow(listing_db, storefront, published, label="published listings")
tm.flow(photo_store, storefront, listing_photos)
tm.flow(storefront, buyer, published, listing_photos, protocol="https")

tm.flow(console, training_set, labels)
tm.flow(photo_store, training_set, listing_photos, label="photos of decided listings")
tm.flow(training_set, training, labels, listing_photos)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="loaded at deploy")
