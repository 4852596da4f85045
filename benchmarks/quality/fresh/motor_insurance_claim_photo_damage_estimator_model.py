"""Motor claim photo damage estimator: the first design, before any security review.

Policyholders of our motor insurer report a claim in the claims app, upload photos of
the damage to their car and give the bank account the settlement should go to. An
in-house computer-vision model, served on our claims platform, estimates the repair
cost from the photos, the vehicle details held in policy administration and regional
parts and labour rates from a repair-data provider. The claims workflow settles
estimates up to EUR 1,500 itself; larger ones wait for a motor assessor to approve or
adjust them in the assessor console before the payment service pays out through our
bank. The model is retrained each quarter on past claims photos labelled with the
final assessor-approved cost, and promoted from a model registry. Customers sign in
with a password and an SMS code, uploads are type- and size-checked, stores are
encrypted, assessors work under role-based access with an audit log, and the bank
link uses mutual TLS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motor claim photo damage estimator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Repair-cost estimates from customers' damage photos, with assessor "
    "approval above a threshold before the claim is paid.",
)

# ---------------------------------------------------------------- data assets
claim_details = tg.Data(
    "Claim details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, incident date, place and description, third parties.",
)
photos = tg.Data(
    "Damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Phone photos of the vehicle; show number plates, sometimes people, "
    "and carry location metadata.",
)
bank_details = tg.Data(
    "Payee bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status and estimate", kind="records", sensitivity=tg.Sensitivity.PII)
vehicle = tg.Data(
    "Vehicle and policy details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Make, model, year, trim, excess and cover of the insured vehicle.",
)
rates = tg.Data(
    "Parts and labour rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed parts prices and regional body-shop labour rates.",
)
estimate = tg.Data(
    "Repair cost estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The claim with its estimate, referral, assessor decision and payment.",
)
referral = tg.Data(
    "Assessor referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claims above the threshold: claim details, photo links and estimate.",
)
decision = tg.Data(
    "Assessor decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved, adjusted or rejected estimate with the approved amount.",
)
settlement = tg.Data(
    "Settlement payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payee bank details, claim reference and amount to pay.",
)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_examples = tg.Data(
    "Labelled claim photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past claims' photos and vehicle details with the final approved cost.",
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Damage model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned vision backbone and cost head.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person making the claim, using the claims app on their own phone.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Repair data provider", trust=tg.Trust.PARTNER):
    # Licensed parts and labour database the estimate is priced from.
    repair_data = tm.add(
        tg.ExternalService("Repair cost data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our corporate bank's payments API, which makes the settlement transfer.
    bank = tm.add(tg.ExternalService("Bank payments API"))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Back end of the claims app: first notice of loss, photo upload, claim status.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account password and SMS code at sign-in"),
                c.InputValidation(note="JPEG/HEIC only, 15 MB per photo, 20 photos per claim"),
            },
        )
    )
    # Object storage for the uploaded photos, read by the model and by assessors.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates a claim: asks for an estimate, applies the settlement threshold,
    # refers larger estimates to assessors and releases payments.
    workflow = tm.add(
        tg.Service(
            "Claims workflow service",
            description="Pays estimates up to EUR 1,500 without referral; refers the rest.",
            controls={
                c.HumanInTheLoop(
                    approver="motor claims assessor", above="EUR 1,500 estimated repair cost"
                ),
            },
        )
    )
    # The damage estimator itself: photos plus vehicle details and rates in, a cost out.
    damage_model = tm.add(
        tg.Model(
            "Damage cost estimator",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Vision model that predicts the repair cost of the visible damage.",
        )
    )
    # System of record for claims, estimates, decisions and payments.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pays approved settlements to the policyholder's account through the bank.
    payments = tm.add(tg.Service("Claims payment service"))
    # Existing policy administration system: the insured vehicle and the cover.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={vehicle}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web app where assessors review referred claims.
    console = tm.add(
        tg.Service(
            "Assessor console",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.Authentication(method="corporate SSO with MFA"),
            },
        )
    )
    # Staff motor assessor who approves or adjusts estimates above the threshold.
    assessor = tm.add(tg.Actor("Motor assessor", role="claims assessor"))
    # Data scientist who retrains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Quarterly snapshot of past claims with their final approved cost.
    train_set = tm.add(tg.Dataset("Claim photo training set", stores={training_examples}))
    # Fine-tunes the model and evaluates it on a held-out set of recent claims.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="held-out error on last quarter's claims")},
        )
    )
    # Versioned model artifacts that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(policyholder, claims_api, claim_details, photos, bank_details, protocol="https")
tm.flow(claims_api, policyholder, claim_status, protocol="https")
tm.flow(claims_api, photo_store, photos)
tm.flow(claims_api, workflow, claim_details, bank_details)
tm.flow(workflow, claims_api, claim_status)

tm.flow(policy_admin, workflow, vehicle)
tm.flow(workflow, repair_data, vehicle, protocol="https", label="rate lookup")
tm.flow(repair_data, workflow, rates, protocol="https")
tm.flow(workflow, damage_model, vehicle, rates)
tm.flow(photo_store, damage_model, photos)
tm.flow(damage_model, workflow, estimate)
tm.flow(workflow, claims_db, claim_record, bank_details)
tm.flow(claims_db, workflow, claim_record, bank_details)

tm.flow(workflow, console, referral, protocol="https", label="estimates above threshold")
tm.flow(photo_store, console, photos, protocol="https")
tm.flow(console, assessor, referral, photos, protocol="https")
tm.flow(assessor, console, decision, protocol="https")
tm.flow(console, workflow, decision, protocol="https")

tm.flow(workflow, payments, settlement)
tm.flow(payments, bank, settlement, protocol="mtls")
tm.flow(bank, payments, payment_status, protocol="mtls")
tm.flow(payments, workflow, payment_status)

tm.flow(claims_db, train_set, training_examples, label="quarterly export")
tm.flow(photo_store, train_set, training_examples, label="quarterly export")
tm.flow(train_set, training, training_examples)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy")
