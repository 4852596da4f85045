"""Marketplace listing moderation: the first design, before any security review.

Sellers submit listings (title, description, photos) through the seller API. A
moderation service scores each listing with a text-and-image classifier trained
in-house on past moderator decisions: clear passes are published, clear violations
are rejected automatically, and borderline listings are sent with the policy text
to a hosted LLM from a cloud provider, which writes a policy explanation for a human
moderator's review queue. Sellers can appeal a rejection; a moderator decides the
appeal, and moderator decisions and appeal outcomes are logged and exported into the
next training set. Training runs on the in-house ML platform; an ML engineer
promotes new classifier versions from the model registry.
Controls in this design: seller accounts authenticate and are rate limited, uploads
are checked for type and size, moderators use SSO with roles and audit logs, the LLM
provider was vetted under an enterprise agreement, and classifier versions are pinned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace listing moderation",
    profile=tg.RiskProfile.HIGH,
    description="Classifier, LLM explanation and human review for user-submitted listings, with appeals.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, description, price and category as the seller typed them.",
)
photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
score = tg.Data(
    "Policy violation scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-policy probabilities; thresholds decide pass, reject or review.",
)
llm_prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Policy excerpt, classifier scores, listing text and photos.",
)
explanation = tg.Data(
    "Policy explanation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
review_case = tg.Data(
    "Review case",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Listing, scores, LLM explanation and seller history for a moderator.",
)
decision = tg.Data(
    "Moderation decision",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rejection = tg.Data("Rejection notice", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Seller appeal",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text reason from the seller, optionally new photos.",
)
appeal_outcome = tg.Data(
    "Appeal outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Moderation training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Listings with the final human decision as label.",
)
weights = tg.Data("Classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people selling prohibited goods.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("Cloud LLM provider", trust=tg.Trust.PARTNER):
    # Writes the policy explanation for borderline listings.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model behind the provider's API.",
            controls={
                c.SupplierAssessment(note="enterprise agreement; no training on our prompts")
            },
        )
    )

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # The only way in for sellers: create and edit listings, read decisions, file appeals.
    seller_api = tm.add(
        tg.Endpoint(
            "Seller API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller account login"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size, text length"),
            },
        )
    )
    # Holds submitted listings and their photos, whatever their moderation state.
    listing_db = tm.add(
        tg.DataStore(
            "Listing store",
            stores={listing, photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Routes each listing by score: publish, reject, or explain and queue for a human.
    moderation = tm.add(
        tg.Service(
            "Moderation service",
            description="Applies score thresholds, calls the LLM for borderline cases, sends notices.",
            controls={
                c.HumanInTheLoop(approver="a moderator, for borderline listings"),
                c.Contestability(note="sellers can appeal any rejection"),
            },
        )
    )
    # The in-house text-and-image classifier that makes the first call on every listing.
    classifier = tm.add(
        tg.Model(
            "Listing classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Multimodal classifier trained on past moderator decisions.",
            controls={c.ModelVersioning()},
        )
    )
    # Where moderators work the review queue and decide appeals.
    console = tm.add(
        tg.Service(
            "Moderation console",
            description="Review queue for borderline listings and appeals.",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Record of every human decision and appeal outcome; the source of new labels.
    decision_log = tm.add(tg.DataStore("Decision log", stores={decision, appeal_outcome}))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Listings joined with their final human decision, rebuilt for each training run.
    dataset = tm.add(tg.Dataset("Training set", stores={training_data}))
    # Exports the decision log and listings into the next training set and retrains.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Monthly export-and-train job.",
        )
    )
    # Keeps every classifier version so the service can pin and roll back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who review borderline listings and appeals.
    moderator = tm.add(tg.Actor("Moderator", role="trust and safety moderator"))
    # Promotes a retrained classifier to production.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# submission and automated scoring
tm.flow(seller, seller_api, listing, photos, protocol="https")
tm.flow(seller_api, listing_db, listing, photos)
tm.flow(listing_db, moderation, listing, photos, label="new or edited listing")
tm.flow(moderation, classifier, listing, photos)
tm.flow(classifier, moderation, score)
tm.flow(moderation, listing_db, decision, label="publish or reject")

# borderline path
tm.flow(moderation, llm, llm_prompt, protocol="https")
tm.flow(llm, moderation, explanation, protocol="https")
tm.flow(moderation, console, review_case, label="enqueue")
tm.flow(console, moderator, review_case, appeal, protocol="https")
tm.flow(moderator, console, decision, appeal_outcome, protocol="https")
tm.flow(console, moderation, decision, appeal_outcome)
tm.flow(console, decision_log, decision, appeal_outcome)

# seller notices and appeals
tm.flow(moderation, seller_api, rejection)
tm.flow(seller_api, seller, rejection, protocol="https")
tm.flow(seller, seller_api, appeal, protocol="https", id="seller-appeal")
tm.flow(seller_api, console, appeal, label="appeal queue")

# retraining loop
tm.flow(decision_log, training, decision, appeal_outcome, label="export")
tm.flow(listing_db, training, listing, photos, label="export")
tm.flow(training, dataset, training_data)
tm.flow(dataset, training, training_data, id="dataset-read")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes version")
tm.flow(registry, classifier, weights, label="deploy")
