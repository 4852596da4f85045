"""Second-hand marketplace listing moderation: the first design, before any review.

Our EU second-hand marketplace lets anyone sign up and list used goods with
photos and a description. When a listing is created, a moderation service sends
its text and photos to an in-house multimodal classifier that scores it for
prohibited items (weapons, counterfeit goods, drugs). Listings above a high score
are held from publication; lower flagged ones stay live; both go to a case queue.
Buyers can also report listings into the same queue. Our moderation team works
the queue in an internal console (corporate SSO with MFA, role-based access,
audit log) and removes or reinstates listings; sellers are e-mailed the reason
and can appeal through the app, and appeals return to the queue for a second
moderator. Moderator decisions become labels for monthly retraining, and new
classifier versions are stored in a model registry before deployment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Second-hand marketplace listing moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Classifier flags prohibited-item listings for human moderators; "
    "sellers can appeal removals.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, price, category, seller id and location.",
)
photos = tg.Data(
    "Listing photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Seller uploads; may show faces, homes and EXIF location.",
)
scores = tg.Data(
    "Prohibited-item scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hold = tg.Data("Listing hold status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
case = tg.Data(
    "Moderation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged listing, scores, reports, appeal text and decision history.",
)
report = tg.Data("Buyer report", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Seller appeal", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Moderator decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Removal notice", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Listing status", kind="records", sensitivity=tg.Sensitivity.PII)
public_listings = tg.Data("Published listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
labels = tg.Data(
    "Moderation labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Classifier weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint loaded by the serving container.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and list items, including people selling prohibited goods.
    seller = tm.add(tg.Actor("Seller", role="seller"))
    # Browses listings and can report one as prohibited.
    buyer = tm.add(tg.Actor("Buyer", role="buyer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers removal notices.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The public API behind the web and mobile apps: listings, reports, appeals.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password, or Google/Apple sign-in"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="image type and size checks, text length limits"),
            },
        )
    )
    # Listings and their publication state.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, hold},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Photo storage",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs on each new or edited listing: scores it, holds it, opens a case.
    orchestrator = tm.add(
        tg.Service(
            "Moderation service",
            controls={
                c.HumanInTheLoop(approver="a moderator; the service only holds, never removes"),
                c.Contestability(note="sellers get the reason by e-mail and can appeal"),
            },
        )
    )
    # Queue of flagged listings, buyer reports and appeals, with decisions.
    case_queue = tm.add(
        tg.DataStore("Moderation case queue", stores={case, report, appeal, decision})
    )
    # Sends removal notices to sellers.
    notifier = tm.add(tg.Service("Notification service"))
    # Internal web console where moderators work the queue.
    console = tm.add(
        tg.Endpoint(
            "Moderation console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate Okta SSO with MFA"),
                c.RBAC(
                    note="moderator and senior-moderator roles; appeals go to another moderator"
                ),
                c.AuditLogging(retention_days=730),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # In-house image and text classifier for prohibited items.
        classifier = tm.add(
            tg.Model(
                "Prohibited-item classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Fine-tuned vision-language model; above 0.9 the listing is held.",
            )
        )
        # Moderator decisions joined with listings, for retraining.
        dataset = tm.add(tg.Dataset("Moderation training set", stores={labels, listing}))
        # Monthly fine-tuning job.
        training = tm.add(tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING))
        # Versions of the classifier, promoted to serving by tag.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust-and-safety staff who review flagged listings and appeals.
    moderator = tm.add(tg.Actor("Moderator", role="moderator"))

# ---------------------------------------------------------------- flows
# listing creation and browsing
tm.flow(seller, api, listing, photos, protocol="https")
tm.flow(api, seller, status, protocol="https")
tm.flow(api, listing_db, listing)
tm.flow(api, photo_store, photos)
tm.flow(listing_db, api, public_listings, status)
tm.flow(api, buyer, public_listings, protocol="https")

# automated screening
tm.flow(api, orchestrator, listing, label="listing created or edited")
tm.flow(photo_store, orchestrator, photos)
tm.flow(orchestrator, classifier, listing, photos)
tm.flow(classifier, orchestrator, scores)
tm.flow(orchestrator, listing_db, hold, label="hold above threshold")
tm.flow(orchestrator, case_queue, case)

# reports and appeals
tm.flow(buyer, api, report, protocol="https")
tm.flow(api, case_queue, report)
tm.flow(seller, api, appeal, protocol="https")
tm.flow(api, case_queue, appeal)

# human review
tm.flow(case_queue, console, case, report, appeal)
tm.flow(photo_store, console, photos)
tm.flow(console, moderator, case, photos, protocol="https")
tm.flow(moderator, console, decision, protocol="https")
tm.flow(console, case_queue, decision)
tm.flow(console, listing_db, hold, label="remove or reinstate")
tm.flow(console, notifier, decision)
tm.flow(notifier, email, notice, protocol="https")
tm.flow(email, seller, notice, protocol="smtp+starttls")

# retraining
tm.flow(case_queue, dataset, labels, label="nightly export of decisions")
tm.flow(listing_db, dataset, listing)
tm.flow(dataset, training, labels, listing)
tm.flow(photo_store, training, photos)
tm.flow(training, registry, weights)
tm.flow(registry, classifier, weights, label="deploy tagged version")
