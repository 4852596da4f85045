"""Vet invoice fraud scoring for pet insurance claims: the first design.

Policyholders claim through our web portal: they fill in a claim form, give the
bank account the claim should be paid into and upload the vet's invoice (a PDF
or a photo). Before a claim is paid, a scoring service sends the invoice to a
hosted OCR vendor to read out the practice, line items and totals, checks the
practice against the regulator's public register of veterinary practices, looks
for earlier invoices with the same fingerprint, and asks an in-house gradient-
boosted model for a fraud score. Claims scoring above the review threshold wait
in the claims system for a claims handler; the rest are paid automatically
through the bank's payments API. Handlers' outcomes are exported monthly as
labels to retrain the model on the ML platform. The portal uses e-mail and
password sign-in over HTTPS, uploads are type- and size-checked, stored invoices
are encrypted, and the claims system has role-based access and an audit log.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Pet insurance invoice fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores uploaded vet invoices for altered amounts, duplicates and fake "
    "practices before pet insurance claims are paid.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, pet, condition, treatment dates, policyholder contact details.",
)
bank_details = tg.Data(
    "Policyholder bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
invoice = tg.Data(
    "Vet invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the practice's invoice, as uploaded by the policyholder.",
)
extracted = tg.Data(
    "Extracted invoice fields",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Practice name and address, invoice number, line items, VAT and totals.",
)
register = tg.Data(
    "Veterinary practice register",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
fingerprints = tg.Data(
    "Invoice fingerprints",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hashes of practice, invoice number, date and amount of every invoice seen.",
)
claim_history = tg.Data("Policy and claim history", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data("Claim fraud features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Invoice fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data("Flagged claim for review", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Handler review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payment = tg.Data(
    "Claim payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_rows = tg.Data(
    "Labelled claim history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a policy can claim; some will doctor or reuse invoices.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))
    # The regulator publishes the list of registered practices; we download it weekly.
    vet_register = tm.add(
        tg.DataSource(
            "Public register of veterinary practices",
            origin=tg.Origin.PUBLIC_WEB,
            provides={register},
        )
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Reading invoices of every practice layout is bought in, not built.
    ocr = tm.add(
        tg.ExternalService(
            "Invoice OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            description="Hosted document extraction API; returns structured invoice fields.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Claims are paid by faster payment from the insurer's account.
    bank = tm.add(tg.ExternalService("Bank payments API", description="Faster Payments gateway."))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Where policyholders submit claims and follow their status.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG or PNG only, 10 MB limit"),
            },
        )
    )
    # Keeps every uploaded invoice as evidence for the claim.
    invoice_store = tm.add(
        tg.DataStore(
            "Invoice document store",
            stores={invoice},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # System of record for policies and claims; handlers work their queue in it.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={claim_form, bank_details, claim_history, score, outcome},
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Runs the checks on each new claim and decides whether it is held for review.
    scorer = tm.add(
        tg.Service(
            "Invoice fraud scoring service",
            description="Extracts the invoice, checks the practice and duplicates, builds "
            "features, calls the model and writes the score and routing to the claim.",
            controls={
                c.HumanInTheLoop(
                    approver="a claims handler",
                    note="only claims scoring above the review threshold wait for a handler; "
                    "the rest are paid automatically",
                )
            },
        )
    )
    # Catches the same invoice claimed twice, on one policy or across policies.
    fingerprint_store = tm.add(tg.DataStore("Invoice fingerprint index", stores={fingerprints}))
    # The model itself: altered amounts, duplicates and fake practices in one score.
    model = tm.add(
        tg.Model(
            "Invoice fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over invoice, practice and claim-history features.",
        )
    )
    # Pays approved claims into the policyholder's account.
    payments = tm.add(tg.Service("Claim payment service"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly export of claims with their handler outcomes.
        train_set = tm.add(
            tg.Dataset("Labelled claims training set", stores={training_rows, outcome})
        )
        # Retrains the model on the labelled export.
        training = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds trained versions; serving loads the one marked for production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held claims and records whether the invoice was genuine.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))
    # Owns the model: retrains, evaluates and promotes it.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(policyholder, portal, claim_form, bank_details, invoice, protocol="https")
tm.flow(portal, policyholder, status, protocol="https")
tm.flow(portal, invoice_store, invoice)
tm.flow(portal, claims_system, claim_form, bank_details)
tm.flow(claims_system, portal, status)

tm.flow(invoice_store, scorer, invoice)
tm.flow(scorer, ocr, invoice, protocol="https")
tm.flow(ocr, scorer, extracted, protocol="https")
tm.flow(vet_register, scorer, register, protocol="https", label="weekly download")
tm.flow(claims_system, scorer, claim_form, claim_history)
tm.flow(fingerprint_store, scorer, fingerprints, label="duplicate lookup")
tm.flow(scorer, fingerprint_store, fingerprints, label="record new invoice")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, claims_system, score)

tm.flow(claims_system, handler, review_case, protocol="https")
tm.flow(handler, claims_system, outcome, protocol="https")
tm.flow(claims_system, payments, payment)
tm.flow(payments, bank, payment, protocol="https")
tm.flow(bank, payments, confirmation, protocol="https")
tm.flow(payments, claims_system, confirmation)

tm.flow(claims_system, train_set, training_rows, outcome, label="monthly export")
tm.flow(train_set, training, training_rows, outcome)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, promotion, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")
