"""Pet insurance vet invoice fraud model: the first design, before any security review.

Policyholders claim for vet treatment through our claims portal, uploading the vet's
invoice (PDF or photo) with a short claim form. Partner vet practices can instead
submit invoices directly from their practice-management systems (PMS) through a
partner claims API, using a per-practice API key. A claims service stores the claim
and the invoice and triggers a feature pipeline; an in-house gradient-boosted model
scores each claim for likely fraud (inflated line items, duplicate invoices, treatment
before cover started). Claims above a threshold are referred to the special
investigations unit (SIU), whose investigators decide the outcome in a case tool; the
model never declines a claim by itself. Investigated outcomes become labels for a
monthly retraining job, and the retrained model goes to a registry and back into
scoring. Everything runs in the insurer's cloud account (UK/EU customers), behind TLS,
with role-based access in the case tool and encryption at rest on the claims database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pet insurance vet invoice fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores vet invoices on pet insurance claims and refers likely fraud to the SIU.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policyholder, pet, policy number, condition and bank details for payout.",
)
invoice_doc = tg.Data(
    "Vet invoice document",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the vet's invoice uploaded by the policyholder.",
)
pms_invoice = tg.Data(
    "Structured vet invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Invoice line items, practice and vet ids, sent by a partner practice PMS.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
claim_records = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Claim fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Line-item prices vs practice norms, claim history, policy age, duplicates.",
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
referral = tg.Data(
    "SIU referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim, invoice and score for a claim above the referral threshold.",
)
outcome = tg.Data(
    "Investigation outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Fraud confirmed / not fraud / inconclusive, set by the investigator.",
)
case_notes = tg.Data("Investigation case notes", kind="records", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Labelled claim history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Retraining configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a policy can submit claims, including fraudulent ones.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Partner vet practices", trust=tg.Trust.PARTNER):
    # Practice-management systems of partner vets submit invoices machine-to-machine.
    vet_pms = tm.add(
        tg.Actor("Vet practice management system", role="partner vet practice", human=False)
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Public web front door where policyholders make and track claims.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Machine API for partner practices' PMS submissions.
    partner_api = tm.add(
        tg.Endpoint(
            "Partner claims API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-practice API key"),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Core claims logic: records the claim, requests a score, refers high scores to SIU.
    claims_service = tm.add(tg.Service("Claims service"))
    # System of record for claims, policies and payouts.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the uploaded invoice files.
    invoice_store = tm.add(tg.DataStore("Invoice document store", stores={invoice_doc}))
    # Case management used by the special investigations unit.
    siu_tool = tm.add(
        tg.Service(
            "SIU case management",
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )

    with tm.boundary("Fraud analytics", trust=tg.Trust.INTERNAL):
        # Builds per-claim features from the claim and the claimant's history.
        feature_pipeline = tm.add(
            tg.Pipeline("Claim feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # The fraud model itself; it scores, people decide.
        fraud_model = tm.add(
            tg.Model(
                "Vet invoice fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Gradient-boosted trees; scores above 0.8 are referred to the SIU.",
            )
        )
        # Historic claims joined with SIU outcomes, for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Labelled claims dataset",
                stores={training_data, outcome},
                controls={tg.controls.DataVersioning()},
            )
        )
        # Monthly retraining job on investigated outcomes.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; serving loads the latest approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # SIU staff who investigate referred claims and record outcomes.
    investigator = tm.add(tg.Actor("SIU investigator", role="investigator"))
    # Owns the model and runs retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(policyholder, portal, claim_form, invoice_doc, protocol="https", controls={tls})
tm.flow(portal, policyholder, claim_status, protocol="https", controls={tls})
tm.flow(vet_pms, partner_api, pms_invoice, protocol="https", controls={tls})
tm.flow(partner_api, vet_pms, claim_status, protocol="https", controls={tls})

tm.flow(portal, claims_service, claim_form, invoice_doc)
tm.flow(claims_service, portal, claim_status)
tm.flow(partner_api, claims_service, pms_invoice)
tm.flow(claims_service, partner_api, claim_status)
tm.flow(claims_service, invoice_store, invoice_doc)
tm.flow(claims_service, claims_db, claim_records)
tm.flow(claims_db, claims_service, claim_records, label="claim history")

tm.flow(claims_db, feature_pipeline, claim_records)
tm.flow(feature_pipeline, fraud_model, features)
tm.flow(fraud_model, claims_service, fraud_score)
tm.flow(claims_service, siu_tool, referral, label="score above referral threshold")
tm.flow(invoice_store, siu_tool, invoice_doc)
tm.flow(siu_tool, investigator, referral, invoice_doc, protocol="https")
tm.flow(investigator, siu_tool, outcome, case_notes, protocol="https")
tm.flow(siu_tool, claims_service, outcome, label="release or decline claim")

tm.flow(siu_tool, training_set, outcome)
tm.flow(claims_db, training_set, training_data, label="monthly extract")
tm.flow(training_set, retraining, training_data, outcome)
tm.flow(data_scientist, retraining, training_config)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="deploy")
