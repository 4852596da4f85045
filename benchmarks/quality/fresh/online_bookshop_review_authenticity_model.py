"""Review authenticity scoring: the first design, before any security review.

An online bookshop selling to UK and EU customers lets signed-in customers post star
ratings and written reviews of books. Every new review is scored by an in-house
classifier for signs that it is fake or paid for: the review text, whether the
reviewer bought the book, account age, posting velocity and an IP reputation score
from a third-party service. Reviews scoring above a threshold are hidden from the
product page and queued for the trust-and-safety moderators, who restore or remove
them in a moderation console; the rest are published straight away. Moderator
decisions become labels, and the model (a small transformer fine-tuned from an
open-weights checkpoint on a public model hub) is retrained monthly on the ML
platform. Customers sign in with e-mail and password; review submission is
validated and rate-limited; moderators use company SSO with MFA.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Bookshop review authenticity",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Scores customer reviews for fake or paid reviews and hides suspicious ones.",
)

# ---------------------------------------------------------------- data assets
review = tg.Data(
    "Review submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Star rating, review text, book id and the reviewer's account id.",
)
published = tg.Data("Published reviews", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
stored_reviews = tg.Data(
    "Reviews with visibility status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Customer accounts and order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reviewer_features = tg.Data(
    "Reviewer behaviour features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Account age, verified purchase, reviews per day, shared device and IP clusters.",
)
ip_lookup = tg.Data("Reviewer IP address", kind="records", sensitivity=tg.Sensitivity.PII)
ip_reputation = tg.Data("IP reputation score", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scoring_input = tg.Data("Review scoring input", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Authenticity score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
visibility = tg.Data(
    "Review visibility status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
queue_items = tg.Data(
    "Hidden reviews for moderation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The review, its score and the signals behind it.",
)
moderation_outcome = tg.Data(
    "Moderation outcome", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
training_examples = tg.Data(
    "Labelled review examples", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data(
    "Open-weights base checkpoint", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
weights = tg.Data(
    "Review classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
release = tg.Data("Model release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers who read and write reviews; paid review farms sign up like anyone else.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # Public hub the base checkpoint is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("IP reputation vendor", trust=tg.Trust.PARTNER):
    # Contracted API scoring IP addresses for proxies, VPNs and abuse history.
    ip_service = tm.add(
        tg.ExternalService("IP reputation API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The shop's web backend: takes review submissions, serves product pages.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="length limits, HTML stripped"),
                c.RateLimiting(note="review submissions throttled per account"),
            },
        )
    )
    # All reviews and whether each is visible, hidden or removed.
    review_db = tm.add(
        tg.DataStore(
            "Review database",
            stores={stored_reviews},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Accounts and orders: where "verified purchase" comes from.
    orders_db = tm.add(
        tg.DataStore(
            "Customer and order database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Recomputes reviewer behaviour features every hour.
    feature_job = tm.add(tg.Pipeline("Hourly reviewer feature job", stage=tg.Stage.PREPROCESSING))
    # Reviewer features looked up when a review is scored.
    feature_store = tm.add(
        tg.FeatureStore("Reviewer feature store", stores={reviewer_features}, online=True)
    )
    # Gathers signals for a new review, calls the model, hides it above the threshold.
    scorer = tm.add(
        tg.Service(
            "Review scoring service",
            description="Hides a review pending moderation when its score is above 0.8.",
        )
    )
    # The classifier itself.
    model = tm.add(
        tg.Model(
            "Fake review classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Small transformer fine-tuned from an open-weights checkpoint, plus metadata features.",
        )
    )
    # Where moderators work through hidden reviews.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(
                    approver="review moderator",
                    note="a moderator decides whether a hidden review is restored or removed",
                ),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Review texts with moderator outcomes, for retraining.
    training_set = tm.add(tg.Dataset("Review training set", stores={training_examples}))
    # Monthly fine-tuning job; installs its Python dependencies at run time.
    training = tm.add(
        tg.Pipeline("Monthly fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versioned classifier artifacts.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who review hidden reviews.
    moderator = tm.add(tg.Actor("Review moderator", role="moderator"))
    # Owns training and releases of the classifier.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# posting and reading reviews
tm.flow(customer, storefront, review, protocol="https")
tm.flow(storefront, review_db, stored_reviews)
tm.flow(review_db, storefront, stored_reviews, label="visible reviews")
tm.flow(storefront, customer, published, protocol="https")

# scoring a new review
tm.flow(storefront, scorer, review, label="new review event")
tm.flow(orders_db, feature_job, accounts, label="hourly batch")
tm.flow(review_db, feature_job, stored_reviews, label="hourly batch")
tm.flow(feature_job, feature_store, reviewer_features)
tm.flow(feature_store, scorer, reviewer_features, label="online lookup")
tm.flow(scorer, ip_service, ip_lookup, protocol="https")
tm.flow(ip_service, scorer, ip_reputation, protocol="https")
tm.flow(scorer, model, scoring_input)
tm.flow(model, scorer, score)
tm.flow(scorer, review_db, visibility, label="hide pending moderation")

# moderation
tm.flow(review_db, console, queue_items, label="hidden reviews")
tm.flow(console, moderator, queue_items, protocol="https")
tm.flow(moderator, console, moderation_outcome, protocol="https")
tm.flow(console, review_db, visibility, label="restore or remove")

# retraining
tm.flow(console, training_set, moderation_outcome, label="nightly export")
tm.flow(review_db, training_set, stored_reviews, label="nightly export")
tm.flow(training_set, training, training_examples)
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
