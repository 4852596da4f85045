"""Prepaid card top-up fraud screening: the first design, before any security review.

Cardholders of our EU prepaid card programme top up in the mobile app with a debit
card, captured by the payment service provider's hosted fields (we only hold its
token). The top-up API hands each request to an orchestrator, which asks a fraud
screening endpoint for a score from a gradient-boosted classifier over velocity and
device features. Low scores are charged at the PSP and loaded through the issuer
processor; the review band waits for a fraud analyst; high scores are declined.
Analyst verdicts and chargebacks feed weekly retraining; an ML engineer promotes
models from the registry. Controls: app sign-in with an SMS code, API rate limits
and input checks, TLS and mTLS to the processor, KMS encryption of the ledger and
feature store, e-money load limits, SSO and roles on the console, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prepaid card top-up fraud screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Scores every prepaid card top-up for funding-card fraud before the funds are loaded.",
)

# ---------------------------------------------------------------- data assets
card_details = tg.Data(
    "Funding debit card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="PAN, expiry and CVC, typed into the PSP's hosted fields.",
)
card_token = tg.Data(
    "Funding card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The PSP's token for the debit card, chargeable only through our PSP account.",
)
topup_request = tg.Data(
    "Top-up request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Prepaid card id, amount, funding card token, device fingerprint and IP.",
)
topup_result = tg.Data("Top-up result", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Velocity and device features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Top-ups per card, per funding card and per device over 1h/24h/30d windows.",
)
risk_score = tg.Data(
    "Fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
screening_decision = tg.Data(
    "Screening decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Approve, hold for review or decline, with the score and top reasons.",
)
charge = tg.Data("Funding card charge", kind="records", sensitivity=tg.Sensitivity.PII)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.PII)
load_instruction = tg.Data(
    "Card load instruction",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
load_confirmation = tg.Data("Load confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
chargebacks = tg.Data("Chargeback notification", kind="records", sensitivity=tg.Sensitivity.PII)
ledger_records = tg.Data(
    "Top-up ledger records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
held_cases = tg.Data("Held top-up cases", kind="records", sensitivity=tg.Sensitivity.PII)
verdicts = tg.Data(
    "Analyst verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_rows = tg.Data(
    "Labelled top-up training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)
approval = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can download the app and order a card, including people holding stolen debit cards.
    cardholder = tm.add(tg.Actor("Cardholder", role="customer"))

with tm.boundary("Payment partners", trust=tg.Trust.PARTNER):
    # Captures the debit card, charges it and later sends chargebacks.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            provides="generic",
            description="Card acquiring with hosted fields and tokenization.",
        )
    )
    # The issuer processor that actually credits the prepaid card.
    processor = tm.add(tg.ExternalService("Issuer processor", provides="generic"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The only public entry point for the app and for PSP notifications.
    topup_api = tm.add(
        tg.Endpoint(
            "Top-up API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login with password and SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Runs a top-up end to end: screen, charge, load, record.
    orchestrator = tm.add(
        tg.Service(
            "Top-up orchestrator",
            controls={
                c.TransactionLimits(limit="EUR 250 per top-up, EUR 1,000 per card per month"),
                c.HumanInTheLoop(
                    approver="fraud analyst",
                    note="top-ups scored in the review band wait for an analyst",
                ),
            },
        )
    )
    # Internal scoring service in front of the model; maps the score to a band.
    scoring = tm.add(tg.Endpoint("Fraud screening endpoint", returns_scores=True))
    # The classifier whose score decides whether funds are loaded.
    model = tm.add(
        tg.Model(
            "Top-up fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; above 0.85 declines, 0.5-0.85 holds for review.",
        )
    )
    # Online velocity counters, updated on every top-up.
    feature_store = tm.add(
        tg.FeatureStore(
            "Velocity feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # System of record for every top-up, its outcome and any chargeback.
    ledger = tm.add(
        tg.DataStore(
            "Top-up ledger",
            stores={ledger_records},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Web console where analysts release or decline held top-ups.
    console = tm.add(
        tg.Service(
            "Case review console",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Joined features, ledger outcomes and analyst verdicts.
    training_set = tm.add(tg.Dataset("Training set", stores={training_rows, verdicts}))
    # Weekly retraining job.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds trained models until an engineer promotes one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews held top-ups; their verdicts become labels.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Approves promotion of a retrained model to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Card capture happens directly between the app and the PSP.
tm.flow(cardholder, psp, card_details, protocol="https", label="hosted card fields")
tm.flow(psp, cardholder, card_token, protocol="https")

tm.flow(cardholder, topup_api, topup_request, protocol="https")
tm.flow(topup_api, cardholder, topup_result, protocol="https")
tm.flow(topup_api, orchestrator, topup_request)
tm.flow(orchestrator, topup_api, topup_result)

# Screening
tm.flow(orchestrator, scoring, topup_request, label="screen top-up")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(scoring, orchestrator, screening_decision)
tm.flow(orchestrator, feature_store, topup_request, label="velocity counter update")

# Funding and loading
tm.flow(orchestrator, psp, charge, card_token, protocol="https")
tm.flow(psp, orchestrator, charge_result, protocol="https")
tm.flow(orchestrator, processor, load_instruction, protocol="mtls")
tm.flow(processor, orchestrator, load_confirmation, protocol="mtls")
tm.flow(orchestrator, ledger, ledger_records)
tm.flow(psp, topup_api, chargebacks, protocol="https", label="chargeback webhook")
tm.flow(topup_api, orchestrator, chargebacks)

# Manual review
tm.flow(orchestrator, console, held_cases, label="review band")
tm.flow(console, analyst, held_cases, protocol="https")
tm.flow(analyst, console, verdicts, protocol="https")
tm.flow(console, orchestrator, verdicts, label="release or decline")

# Retraining
tm.flow(console, training_set, verdicts)
tm.flow(ledger, training_set, ledger_records, label="weekly export with chargebacks")
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, training_rows, verdicts)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves promotion")
tm.flow(registry, model, model_artifact, label="deploy")
