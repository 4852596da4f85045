"""Pet insurance claim fraud scoring: the first design, before any security review.

Policyholders submit claims for their pets' treatment through our claims portal,
attaching the vet's invoice; vet practices on direct-pay can upload invoices to
the same portal. An intake service sends invoices to a cloud OCR API to pull out
the line items and files the claim in the claims database. A scoring service
joins each claim with the policy's history from the policy administration system,
computes features and asks an in-house gradient-boosted fraud model for a score.
Claims scoring above the review threshold are queued for a claims investigator;
the score never refuses a claim by itself. Investigators' outcomes become labels
for a monthly retraining job whose models a data scientist promotes from the
registry. Controls in this design: portal sign-in and rate limits, TLS on
external traffic, KMS encryption of the claims and policy stores, SSO and roles
for staff tools, an audit log on case handling and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pet insurance claim fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores pet insurance claims for fraud risk and routes high scores to investigators.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policyholder name, address, pet, condition, treatment dates and payout bank details.",
)
vet_invoice = tg.Data(
    "Vet invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the practice's invoice, with the owner's name and address.",
)
invoice_lines = tg.Data("Extracted invoice lines", kind="records", sensitivity=tg.Sensitivity.PII)
claim_status = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policy_history = tg.Data(
    "Policy history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover start, prior claims, pre-existing conditions, premium payments.",
)
features = tg.Data("Claim fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data("Fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
case = tg.Data("Investigation case", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Investigation outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Historical claims training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person claiming; anyone can buy a policy, fraudsters included.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # Practices on direct-pay send invoices to us on the owner's behalf.
    vet = tm.add(tg.Actor("Vet practice", role="partner vet practice"))

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Reads line items off invoices; we do not build our own OCR.
    ocr = tm.add(
        tg.ExternalService(
            "Invoice OCR API",
            provides="generic",
            description="Cloud document-extraction API, called per invoice.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # The only public way in for claims and invoices.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose="api",
            internet_facing=True,
            controls=[
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=30, note="WAF rule per client IP"),
                tg.controls.InputValidation(note="uploads limited to PDF/JPEG/PNG under 10 MB"),
            ],
        )
    )
    # Files the claim and gets the invoice read.
    intake = tm.add(
        tg.Service(
            "Claims intake service",
            controls=[
                tg.controls.SecretsManagement(note="OCR API key in the cloud secret manager")
            ],
        )
    )
    # Builds features, calls the model and routes claims above the threshold.
    scoring = tm.add(tg.Service("Fraud scoring service"))

    with tm.boundary("Claims data tier", trust=tg.Trust.RESTRICTED):
        # System of record for every claim, its documents and its score.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim_form, vet_invoice, invoice_lines, claim_record, score},
                controls=[tg.controls.EncryptionAtRest(key_management="KMS"), tg.controls.RBAC()],
            )
        )
        # Policy admin system: cover, prior claims and payment history.
        policy_admin = tm.add(
            tg.DataStore(
                "Policy administration system",
                stores={policy_history},
                controls=[tg.controls.EncryptionAtRest(key_management="KMS")],
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # The classifier itself, served in-process behind the scoring service.
        model = tm.add(
            tg.Model(
                "Claim fraud model",
                task="classifier",
                origin="in-house",
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over claim, invoice and policy features.",
                controls=[
                    tg.controls.HumanInTheLoop(
                        approver="claims investigator",
                        note="the score only flags a claim for investigation; an investigator decides any refusal",
                    )
                ],
            )
        )
        # Past claims joined with investigation outcomes.
        dataset = tm.add(tg.Dataset("Fraud training dataset", stores={training_set, outcome}))
        # Monthly retraining job.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage="training", third_party_packages=True)
        )
        # Holds each trained model until a data scientist promotes it.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls=[tg.controls.ModelVersioning()],
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case tool where investigators work the queue of flagged claims.
    case_mgmt = tm.add(
        tg.Service(
            "Investigation case management",
            controls=[
                tg.controls.Authentication(method="staff SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=2555),
            ],
        )
    )
    # Decides what happens to a flagged claim.
    investigator = tm.add(tg.Actor("Claims investigator", role="investigator"))
    # Owns the model: retrains, evaluates and promotes.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(policyholder, portal, claim_form, vet_invoice, protocol="https", controls=[tls])
tm.flow(portal, policyholder, claim_status, protocol="https", controls=[tls])
tm.flow(vet, portal, vet_invoice, protocol="https", controls=[tls])
tm.flow(portal, intake, claim_form, vet_invoice)

tm.flow(intake, ocr, vet_invoice, protocol="https", controls=[tls])
tm.flow(ocr, intake, invoice_lines, protocol="https", controls=[tls])
tm.flow(intake, claims_db, claim_form, vet_invoice, invoice_lines, claim_record)

tm.flow(claims_db, scoring, claim_record, invoice_lines, label="new claim event")
tm.flow(policy_admin, scoring, policy_history)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, claims_db, score, label="score written to claim")
tm.flow(scoring, case_mgmt, case, label="scores above review threshold")

tm.flow(case_mgmt, investigator, case)
tm.flow(investigator, case_mgmt, outcome, label="investigation outcome")
tm.flow(case_mgmt, claims_db, outcome, label="hold or release claim")
tm.flow(case_mgmt, dataset, outcome, label="outcome labels")

tm.flow(claims_db, dataset, training_set, label="monthly extract")
tm.flow(dataset, training, training_set, outcome)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, label="promotes a version")
tm.flow(registry, model, model_artifact, label="deploy")
