"""Claims damage assessor: the first design, before any security review.

Motor-insurance customers file a claim in our mobile app and upload photos of
the damaged vehicle. The claims API (customer login, file type and size checks)
stores the photos and opens a claim in the claims management system, which asks
an in-house computer-vision model for a repair-cost estimate. Claims whose
estimate is below the payout threshold are paid automatically through the payout
service; above it, a claims handler reviews the photos and estimate and approves,
changes or rejects the payout. The customer sees the decision in the app and can
dispute it with a handler. The model is a CNN regressor trained in-house on
historical claims photos and the repair costs adjusters settled them at; a
dataset job joins the two, training writes PyTorch checkpoints to a model
registry, and an ML engineer promotes a version after it passes hold-out
evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Claims damage assessor",
    profile=tg.RiskProfile.HIGH,
    description="Repair-cost estimates from customer photos; small claims paid automatically.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Customer login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
claim_form = tg.Data(
    "Claim details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Policy number, accident description, date, place, bank account for payout.",
)
photos = tg.Data(
    "Damage photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vehicle photos; number plates, people and locations can be visible.",
)
estimate = tg.Data(
    "Repair-cost estimate",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim = tg.Data(
    "Claim record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Claim decision", sensitivity=tg.Sensitivity.PII, kind="records")
handler_decision = tg.Data(
    "Handler approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payout = tg.Data(
    "Payout instruction",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
settled_costs = tg.Data(
    "Adjuster-settled repair costs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
historical_photos = tg.Data(
    "Historical claims photos", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
training_set = tg.Data(
    "Photo-cost training set",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
checkpoint = tg.Data("Model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholder filing a claim; anyone with a policy can, fraudsters included.
    customer = tm.add(tg.Actor("Customer", role="policyholder"))
    # Our claims app running on customers' own phones.
    app = tm.add(tg.Device("Claims mobile app", fleet=True))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Public API behind the app: login, claim submission, status.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="app login with OAuth tokens"),
                c.InputValidation(note="JPEG/HEIC only, size and count limits"),
            },
        )
    )
    # Object storage for uploaded and historical claim photos.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={photos, historical_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for claims; routes by threshold, auto-approves small claims.
    claims_system = tm.add(
        tg.Service(
            "Claims management system",
            controls={
                c.HumanInTheLoop(approver="claims handler, for estimates above the threshold"),
                c.RBAC(),
                c.AuditLogging(),
                c.Contestability(note="customer can dispute a decision; a handler reviews it"),
            },
        )
    )
    # Serving wrapper: fetches the claim's photos and calls the model.
    assess_endpoint = tm.add(tg.Endpoint("Damage assessment service", purpose="inference"))
    # The in-house vision model that estimates repair cost.
    damage_model = tm.add(
        tg.Model(
            "Damage cost model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN regressor; its estimate alone decides payouts below the threshold.",
        )
    )
    # Sends payment orders to the bank for approved claims.
    payout_service = tm.add(tg.Service("Payout service"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joins historical photos with the costs adjusters settled at.
    dataset_job = tm.add(tg.Pipeline("Training set builder", stage=tg.Stage.PREPROCESSING))
    # Versioned training set of photos and settled costs.
    dataset = tm.add(tg.Dataset("Claims training set", stores={training_set}))
    # Periodic retraining on GPU nodes.
    training = tm.add(
        tg.Pipeline(
            "Model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="hold-out error must not regress before promotion")},
        )
    )
    # Stores checkpoints; serving loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves or adjusts payouts above the threshold and handles disputes.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Builds and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, claim_form, photos, label="takes photos, fills in claim")
tm.flow(app, claims_api, login, claim_form, photos, protocol="https")
tm.flow(claims_api, app, decision, protocol="https")
tm.flow(app, customer, decision)
tm.flow(claims_api, photo_store, photos)
tm.flow(claims_api, claims_system, claim_form)
tm.flow(claims_system, claims_api, decision)

tm.flow(claims_system, assess_endpoint, claim, label="assessment request")
tm.flow(photo_store, assess_endpoint, photos)
tm.flow(assess_endpoint, damage_model, photos)
tm.flow(damage_model, assess_endpoint, estimate)
tm.flow(assess_endpoint, claims_system, estimate)

tm.flow(claims_system, handler, claim, estimate, photos, protocol="https", label="above threshold")
tm.flow(handler, claims_system, handler_decision, protocol="https")
tm.flow(claims_system, payout_service, payout)

tm.flow(claims_system, dataset_job, settled_costs, label="settled claims export")
tm.flow(photo_store, dataset_job, historical_photos)
tm.flow(dataset_job, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, damage_model, checkpoint, label="deploy")
