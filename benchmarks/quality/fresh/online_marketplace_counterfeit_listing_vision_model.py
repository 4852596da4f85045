"""Counterfeit listing detection for an online marketplace: the first design.

Third-party sellers create listings (photos, title, description, brand and price)
through the seller listing API. Each new or edited listing is scored by an in-house
image-and-text classifier that estimates how likely the item is counterfeit; listings
above a threshold go into a review queue, and the trust and safety team decides in a
review console whether to remove them. Brand owners enrolled in our brand protection
programme send takedown reports, which also land in the queue.
Reviewer decisions become labels; a weekly training job fine-tunes the model from an
open-weights vision backbone pulled from a public model hub and stores checkpoints in
the model registry, from which an ML engineer promotes a version to scoring.
Everything runs in the marketplace's cloud account. Sellers sign in with a password
and an SMS code; reviewers sign in through company SSO and get the console by role.
Listing images and seller records are encrypted at rest; scoring traffic uses TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Counterfeit listing detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags likely counterfeit marketplace listings for trust and safety review.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing submission",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Product photos, title, description, brand, price and the seller id.",
)
seller_record = tg.Data(
    "Seller account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller name, address, contact details and listing history.",
)
scoring_input = tg.Data(
    "Listing images and text for scoring",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
counterfeit_score = tg.Data(
    "Counterfeit score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability the listing is counterfeit, with the brand it resembles.",
)
flagged_case = tg.Data(
    "Flagged listing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The listing, its score, the seller's history and any brand reports.",
)
brand_report = tg.Data(
    "Brand owner takedown report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Listing URL, claimed infringement and evidence from the rights holder.",
)
removal_decision = tg.Data(
    "Removal decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reviewer's keep / remove verdict and reason code.",
)
review_labels = tg.Data(
    "Reviewer labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_examples = tg.Data(
    "Labelled listing examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
backbone = tg.Data(
    "Pretrained vision backbone", format="safetensors", sensitivity=tg.Sensitivity.PUBLIC
)
checkpoint = tg.Data(
    "Counterfeit model checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
promotion = tg.Data("Model promotion request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, counterfeiters included.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))
    # Source of the open-weights backbone the classifier is fine-tuned from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Brand protection partners", trust=tg.Trust.PARTNER):
    # Rights holders enrolled in the programme report suspected fakes of their brands.
    brand_reports = tm.add(
        tg.DataSource(
            "Brand owner reports",
            origin=tg.Origin.PARTNER,
            provides={brand_report},
            description="Takedown reports submitted through the brand protection portal.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public API sellers use to create and edit listings.
    listing_api = tm.add(
        tg.Endpoint(
            "Seller listing API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password and SMS code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for listings, their images and seller accounts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing and seller database",
            stores={listing, seller_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Calls the model for each new or edited listing and queues those over threshold.
    scoring = tm.add(
        tg.Service(
            "Listing scoring service",
            description="Scores each new or edited listing; above 0.7 it opens a review case.",
        )
    )
    # The multimodal classifier itself.
    model = tm.add(
        tg.Model(
            "Counterfeit listing classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Image and text model fine-tuned from an open-weights vision backbone.",
        )
    )
    # Cases waiting for a trust and safety decision.
    review_queue = tm.add(tg.DataStore("Review queue", stores={flagged_case, brand_report}))
    # Where reviewers see cases and record removal decisions.
    console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={
                c.Authentication(method="company SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="a trust and safety reviewer removes each listing"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewer decisions joined to the listing images and text.
        training_set = tm.add(
            tg.Dataset("Counterfeit training set", stores={review_labels, training_examples})
        )
        # Weekly fine-tuning job.
        training = tm.add(
            tg.Pipeline(
                "Weekly fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Versioned checkpoints; scoring loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={checkpoint},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged listings and decides on removal.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety"))
    # Trains and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(seller, listing_api, listing, protocol="https")
tm.flow(listing_api, seller, removal_decision, protocol="https", label="listing status")
tm.flow(listing_api, listing_db, listing)
tm.flow(listing_db, scoring, listing, label="new or edited listing event")
tm.flow(scoring, model, scoring_input, protocol="grpcs", controls={tls})
tm.flow(model, scoring, counterfeit_score, protocol="grpcs", controls={tls})
tm.flow(scoring, listing_db, counterfeit_score, label="score on listing")
tm.flow(scoring, review_queue, flagged_case, label="score above threshold")
tm.flow(listing_db, review_queue, seller_record, label="seller history")
tm.flow(brand_reports, review_queue, brand_report, protocol="https")

tm.flow(review_queue, console, flagged_case, brand_report)
tm.flow(console, reviewer, flagged_case, brand_report, protocol="https")
tm.flow(reviewer, console, removal_decision, protocol="https")
tm.flow(console, listing_db, removal_decision, label="remove or keep listing")
tm.flow(console, training_set, review_labels)
tm.flow(listing_db, training_set, training_examples, label="weekly export")

tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(training_set, training, review_labels, training_examples)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, model, checkpoint, label="deploy")
