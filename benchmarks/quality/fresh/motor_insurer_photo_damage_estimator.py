"""Motor insurer photo damage estimator: the first design.

Policyholders report a car damage claim in the insurer's mobile app and upload
photos of the damage with a short description. The claims API stores the photos
and opens the claim in the claims database. An estimation service runs the
in-house vision model on the photos to find damaged parts and estimate repair
cost, prices the parts and labour through a repair-cost data provider, and asks
a hosted LLM to draft the settlement offer letter from the estimate, the policy
cover and the policyholder's description. An adjuster reviews every draft in the
claims workbench and approves or edits it before the offer goes back to the app;
an accepted offer is paid by the claims payment system. The vision model is
retrained monthly from past claim photos and final repair invoices. Staff sign in
with company SSO; stores are encrypted at rest; the LLM vendor was vetted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motor insurer photo damage estimator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Estimates car repair cost from policyholder photos and drafts "
    "settlement offers for adjuster approval.",
)

# ---------------------------------------------------------------- data assets
damage_photos = tg.Data(
    "Damage photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the car, with plates, locations and sometimes people in view.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_details = tg.Data(
    "Claim details and description",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, date, place and the policyholder's free-text account.",
)
claim_record = tg.Data(
    "Claim and policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
damage_estimate = tg.Data(
    "Damage and repair cost estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
parts_query = tg.Data("Parts and labour query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
repair_prices = tg.Data(
    "Parts and labour prices", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
drafting_prompt = tg.Data(
    "Settlement drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the estimate, the cover and deductible, and the claim description.",
)
draft_offer = tg.Data("Draft settlement offer", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_offer = tg.Data(
    "Approved settlement offer",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
offer_response = tg.Data(
    "Offer acceptance and bank details", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_order = tg.Data(
    "Settlement payment order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_examples = tg.Data(
    "Photos with final repair invoices",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_weights = tg.Data(
    "Damage model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer who reports the damage and accepts or rejects the offer.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))
    # The insurer's app on the policyholder's own phone.
    app = tm.add(tg.Device("Policyholder mobile app", fleet=True))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Receives claims, photos and offer responses from the app.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on upload"),
            },
        )
    )
    # Original photos kept as claim evidence.
    photo_store = tm.add(
        tg.DataStore(
            "Claim photo store",
            stores={damage_photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for policies, claims and settlements.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, approved_offer},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Orchestrates the estimate and the draft offer for each new claim.
    estimation_service = tm.add(
        tg.Service(
            "Estimation service",
            description="Runs the vision model, prices the repair, and asks the LLM for a draft.",
        )
    )
    # Estimates damaged parts and repair cost from the photos.
    damage_model = tm.add(
        tg.Model(
            "Damage estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN that segments damaged panels and regresses a repair cost.",
        )
    )
    # Pays accepted settlements to the policyholder's account.
    payment_system = tm.add(tg.Service("Claims payment system"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining from closed claims.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the damage model that serving loads.
        model_registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Claims office", trust=tg.Trust.INTERNAL):
    # Internal web app where adjusters review estimates and drafts.
    workbench = tm.add(
        tg.Service(
            "Adjuster workbench",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="a claims adjuster"),
            },
        )
    )
    # Approves, edits or rejects each offer.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="adjuster"))

with tm.boundary("Repair data provider", trust=tg.Trust.PARTNER):
    # Manufacturer part prices and standard labour times.
    pricing_provider = tm.add(
        tg.ExternalService("Repair cost data provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the settlement letter in plain language.
    drafting_llm = tm.add(
        tg.LLM(
            "Settlement drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

# ---------------------------------------------------------------- flows
# claim intake
tm.flow(policyholder, app, damage_photos, claim_details, protocol="local")
tm.flow(app, claims_api, damage_photos, claim_details, protocol="https")
tm.flow(claims_api, photo_store, damage_photos)
tm.flow(claims_api, claims_db, claim_details)

# estimation
tm.flow(photo_store, estimation_service, damage_photos)
tm.flow(claims_db, estimation_service, claim_record)
tm.flow(estimation_service, damage_model, damage_photos)
tm.flow(damage_model, estimation_service, damage_estimate)
tm.flow(
    estimation_service,
    pricing_provider,
    parts_query,
    protocol="https",
    controls={c.Authentication(method="API key")},
)
tm.flow(pricing_provider, estimation_service, repair_prices, protocol="https")
tm.flow(estimation_service, drafting_llm, drafting_prompt, protocol="https")
tm.flow(drafting_llm, estimation_service, draft_offer, protocol="https")

# adjuster review
tm.flow(estimation_service, workbench, damage_estimate, draft_offer, protocol="https")
tm.flow(photo_store, workbench, damage_photos, protocol="https")
tm.flow(workbench, adjuster, damage_estimate, draft_offer, damage_photos, protocol="https")
tm.flow(adjuster, workbench, approved_offer, protocol="https")
tm.flow(workbench, claims_db, approved_offer, protocol="https")

# offer to the policyholder and payment
tm.flow(claims_db, claims_api, approved_offer)
tm.flow(claims_api, app, approved_offer, protocol="https")
tm.flow(app, policyholder, approved_offer, protocol="local")
tm.flow(policyholder, app, offer_response, protocol="local")
tm.flow(app, claims_api, offer_response, protocol="https")
tm.flow(claims_api, claims_db, offer_response, id="claims-api->claims-db:response")
tm.flow(claims_db, payment_system, payment_order)

# retraining
tm.flow(photo_store, retraining, damage_photos, label="closed-claim photos")
tm.flow(claims_db, retraining, training_examples, label="final repair invoices")
tm.flow(retraining, model_registry, model_weights)
tm.flow(model_registry, damage_model, model_weights, label="deploy")
