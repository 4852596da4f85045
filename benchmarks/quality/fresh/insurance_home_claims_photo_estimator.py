"""Home claims photo estimator: the first design, before any security review.

Policyholders of a UK/EU home insurer report a claim (water leak, storm, fire) in
the customer portal and upload photos of the damage from their phone or browser.
An in-house vision model, served in the claims platform, reads the photos and
returns the damage type and extent per room; a cost-estimation service prices
that against a repair-cost catalogue licensed from a building-cost data vendor.
Estimates up to GBP 2,500 are offered to the policyholder as a cash settlement
and paid straight away; larger ones go to a claims adjuster first.
The model is retrained monthly from settled claims (photos plus the amount
finally paid) on the ML platform and stored in a model registry.
Controls in this design: portal sign-in, upload checks, TLS on internet links,
encrypted photo storage, role-based access to the claims system, and the
adjuster's approval above the fast-track limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home claims photo estimator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Repair-cost estimates for home insurance claims from policyholders' photos.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Claim photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the inside and outside of the policyholder's home; may show people.",
)
claim_details = tg.Data(
    "Claim details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, address, date and cause of loss, the policyholder's description.",
)
assessment = tg.Data(
    "Damage assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Damage type, affected surfaces and severity per photo and room.",
)
price_catalogue = tg.Data(
    "Repair cost catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Regional unit prices for labour and materials, licensed from the vendor.",
)
estimate = tg.Data(
    "Repair cost estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
offer = tg.Data("Settlement offer", kind="records", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data(
    "Offer acceptance and bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The policyholder's acceptance and the bank account the settlement is paid to.",
)
adjuster_decision = tg.Data("Adjuster decision", kind="records", sensitivity=tg.Sensitivity.PII)
payment_order = tg.Data(
    "Settlement payment order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_examples = tg.Data(
    "Settled claim photos and amounts",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of settled claims labelled with the damage found and the amount paid.",
)
weights = tg.Data(
    "Damage model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits the claim and its photos; anyone holding a policy can do this.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Cost data vendor", trust=tg.Trust.PARTNER):
    # Building-cost data is bought in rather than maintained by us.
    cost_vendor = tm.add(
        tg.ExternalService(
            "Repair cost data service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor API with regional labour and material prices, refreshed weekly.",
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # The only way in for policyholders: claim form, photo upload, offers.
    portal = tm.add(
        tg.Endpoint(
            "Customer claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG/HEIC only, 20 MB per photo, 30 photos per claim"),
            },
        )
    )
    # Orchestrates a claim: sends photos to the model, prices the result, decides fast-track.
    estimator = tm.add(
        tg.Service(
            "Cost estimation service",
            description="Combines the damage assessment with the repair cost catalogue "
            "and applies the fast-track settlement limit.",
            controls={
                c.HumanInTheLoop(approver="claims adjuster", above="GBP 2,500 per claim"),
            },
        )
    )
    # The vision model that turns photos into a damage assessment.
    damage_model = tm.add(
        tg.Model(
            "Damage assessment model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned convolutional network; finds damaged surfaces and grades severity.",
        )
    )
    # Internal screen where adjusters review referred estimates.
    workbench = tm.add(
        tg.Service(
            "Adjuster workbench",
            description="Shows referred claims with photos and estimate; adjusters approve or amend.",
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Pays accepted settlements into the policyholder's bank account.
    payments = tm.add(tg.Service("Claims payment service"))

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for every uploaded photo, kept with the claim.
        photo_store = tm.add(
            tg.DataStore(
                "Claim photo bucket",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # System of record for claims, estimates, offers and decisions.
        claims_db = tm.add(
            tg.DataStore(
                "Claims management database",
                stores={claim_details, estimate, offer, acceptance, adjuster_decision},
                controls={c.RBAC()},
            )
        )
        # Local copy of the vendor's catalogue so estimates do not wait on the vendor.
        catalogue = tm.add(tg.DataStore("Repair cost catalogue store", stores={price_catalogue}))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Snapshot of settled claims used for the monthly retrain.
    training_set = tm.add(tg.Dataset("Settled claims training set", stores={training_examples}))
    # Monthly retraining job on GPU nodes.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds the trained checkpoints the estimator loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews estimates above the fast-track limit.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="claims handler"))
    # Trains the model and releases new versions to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# claim intake
tm.flow(policyholder, portal, claim_details, photos, protocol="https")
tm.flow(portal, photo_store, photos)
tm.flow(portal, claims_db, claim_details)
tm.flow(portal, estimator, claim_details, label="new claim")

# estimation
tm.flow(photo_store, estimator, photos)
tm.flow(estimator, damage_model, photos)
tm.flow(damage_model, estimator, assessment)
tm.flow(cost_vendor, catalogue, price_catalogue, protocol="https", label="weekly refresh")
tm.flow(catalogue, estimator, price_catalogue)
tm.flow(estimator, claims_db, estimate, offer)

# referral to an adjuster above the fast-track limit
tm.flow(claims_db, workbench, claim_details, estimate)
tm.flow(photo_store, workbench, photos)
tm.flow(workbench, adjuster, claim_details, estimate, photos, protocol="https")
tm.flow(adjuster, workbench, adjuster_decision, protocol="https")
tm.flow(workbench, claims_db, adjuster_decision, offer)

# offer, acceptance and payment
tm.flow(claims_db, portal, offer)
tm.flow(portal, policyholder, offer, protocol="https")
tm.flow(policyholder, portal, acceptance, protocol="https")
tm.flow(portal, claims_db, acceptance)
tm.flow(claims_db, payments, payment_order, acceptance)

# retraining
tm.flow(claims_db, training_set, training_examples, label="monthly export of settled claims")
tm.flow(photo_store, training_set, training_examples, label="monthly export of settled claims")
tm.flow(training_set, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="marks a version for serving")
tm.flow(registry, damage_model, weights, label="deploy")
