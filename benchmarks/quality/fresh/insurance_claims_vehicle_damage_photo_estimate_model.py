"""Vehicle damage photo estimate: the first design, before any security review.

A UK motor insurer lets policyholders report an accident in its mobile app: they
answer a few questions, photograph the damage and give the bank account a payout
should go to. The claims API stores the photos, and the claims service checks the
policy's cover in the policy administration system, then asks an in-house computer
vision model for a repair cost estimate. Estimates up to GBP 2,000 are paid
automatically to the policyholder's account through the payment service and the
bank's payment gateway; larger ones wait in the claims handler workbench for a
handler's approval. The model is retrained monthly on past claim photos and the
final invoices from approved repairers. Controls in this design: app sign-in with an
SMS code on new devices, rate limits and file checks on the API, encryption at rest on
the photo store and claims database, SSO with MFA and roles for handlers, mutual TLS
to the bank, and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Vehicle damage photo estimate and payout",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Estimates repair costs from policyholders' damage photos; small claims are paid "
        "automatically, larger ones after a claims handler approves them."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Vehicle damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the damaged car; often show number plates, people and places.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim = tg.Data(
    "Claim details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, vehicle registration, date, place and account of the accident.",
)
bank_details = tg.Data(
    "Payout bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account name, sort code and account number given with the claim.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy = tg.Data("Policy and cover records", kind="records", sensitivity=tg.Sensitivity.PII)
estimate = tg.Data(
    "Repair cost estimate", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim_status = tg.Data(
    "Claim status and settlement offer", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data(
    "Handler payout approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payout = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, claim reference and the policyholder's bank details.",
)
confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
invoices = tg.Data(
    "Repairer final invoices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Itemised parts and labour for repaired claims, the ground truth for training.",
)
weights = tg.Data(
    "Damage estimate model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer reporting the accident and receiving the payout.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))
    # Our app on the policyholder's own phone: camera capture and claim form.
    app = tm.add(
        tg.Device(
            "Insurer mobile app",
            description="iOS and Android app on policyholders' phones; takes photos in-app.",
        )
    )

with tm.boundary("Approved repairer network", trust=tg.Trust.PARTNER):
    # Garages send their final invoices for repaired claims; labels for training.
    repairers = tm.add(
        tg.DataSource(
            "Approved repairer invoice feed",
            origin=tg.Origin.PARTNER,
            provides={invoices},
            description="Monthly SFTP drop of final invoices from the repairer network.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Sends Faster Payments to policyholders' accounts.
    bank = tm.add(tg.ExternalService("Bank payment gateway"))

with tm.boundary("Claims cloud", trust=tg.Trust.INTERNAL):
    # Public entry point of the app.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password; SMS code when signing in on a new device"
                ),
                tg.controls.RateLimiting(requests_per_minute=60),
                tg.controls.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Object storage for the uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={photos},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates a claim: cover check, estimate, threshold, routing to pay or review.
    claims_service = tm.add(
        tg.Service(
            "Claims service",
            description="Pays estimates up to GBP 2,000 automatically; queues larger ones for a handler.",
            controls={
                tg.controls.HumanInTheLoop(approver="claims handler", above="GBP 2,000 per claim"),
            },
        )
    )
    # The computer vision regressor that prices the damage.
    damage_model = tm.add(
        tg.Model(
            "Damage repair cost model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="CNN over the claim photos plus vehicle make and model; outputs GBP.",
        )
    )
    # Claims, estimates, bank details and decisions.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, bank_details, estimate, approval},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends payout instructions to the bank and records the confirmations.
    payment_service = tm.add(tg.Service("Claims payment service"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on closed claims and repairer invoices.
        training = tm.add(tg.Pipeline("Monthly estimate model training", stage=tg.Stage.TRAINING))
        # Versions of the model the claims service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={weights}, controls={tg.controls.ModelVersioning()}
            )
        )

with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
    # Existing system of record for policies and cover.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where handlers review and approve the larger estimates.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Approves payouts above the threshold.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Builds, tunes and ships the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(policyholder, app, claim, photos, bank_details, label="reports accident")
tm.flow(app, claims_api, claim, photos, bank_details, protocol="https")
tm.flow(claims_api, app, claim_status, protocol="https")
tm.flow(app, policyholder, claim_status, label="shown in the app")

tm.flow(claims_api, photo_store, photos)
tm.flow(claims_api, claims_service, claim, bank_details)
tm.flow(claims_service, claims_api, claim_status)
tm.flow(claims_service, policy_admin, claim, label="cover lookup", protocol="https")
tm.flow(policy_admin, claims_service, policy, protocol="https")
tm.flow(photo_store, claims_service, photos)
tm.flow(claims_service, damage_model, photos, claim)
tm.flow(damage_model, claims_service, estimate)
tm.flow(claims_service, claims_db, claim, bank_details, estimate)
tm.flow(claims_db, claims_service, claim, bank_details, estimate, approval)

tm.flow(claims_db, workbench, claim, estimate, label="claims above threshold")
tm.flow(photo_store, workbench, photos)
tm.flow(workbench, handler, claim, photos, estimate, protocol="https")
tm.flow(handler, workbench, approval, protocol="https")
tm.flow(workbench, claims_db, approval)

tm.flow(claims_service, payment_service, payout)
tm.flow(payment_service, bank, payout, protocol="mtls")
tm.flow(bank, payment_service, confirmation, protocol="mtls")
tm.flow(payment_service, claims_service, confirmation)

tm.flow(repairers, training, invoices, protocol="sftp")
tm.flow(claims_db, training, claim, estimate, label="monthly export of closed claims")
tm.flow(photo_store, training, photos, label="monthly export of closed claims")
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, damage_model, weights, label="deploy")
