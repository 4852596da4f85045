"""Crypto exchange withdrawal risk model: the first design, before any security review.

Retail customers of our EU-licensed exchange ask to withdraw crypto to external
addresses from the web and mobile apps. The withdrawal API hands each request to
an orchestrator, which screens the destination address with a blockchain-analytics
vendor, reads the account's behavioural features from the feature store and asks
an in-house gradient-boosted model for a risk score. Low-risk withdrawals go to the
hot-wallet signer, which holds its keys in an HSM and broadcasts through a node
provider; risky ones, and every withdrawal above USD 10,000, wait in a case queue
for a compliance analyst. Analyst decisions become labels for weekly retraining,
and the trained model is published to a registry that serving loads from.
Controls in this design: sign-in with password and TOTP, per-account withdrawal
limits, API rate limits, analyst approval of large withdrawals, HSM key custody,
encryption of the ledger at rest and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Crypto exchange withdrawal risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores every customer crypto withdrawal and holds risky ones for compliance review.",
)

# ---------------------------------------------------------------- data assets
withdrawal_request = tg.Data(
    "Withdrawal request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account id, asset, amount, destination address, device and session details.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
withdrawal_status = tg.Data("Withdrawal status", sensitivity=tg.Sensitivity.PII, kind="records")
address_query = tg.Data(
    "Destination address query", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
address_risk = tg.Data(
    "Address risk report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vendor's exposure categories (mixers, sanctioned entities, darknet markets).",
)
account_features = tg.Data(
    "Account behaviour features", sensitivity=tg.Sensitivity.PII, kind="features"
)
risk_score = tg.Data(
    "Withdrawal risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
signing_request = tg.Data(
    "Approved withdrawal for signing",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
wallet_keys = tg.Data(
    "Hot wallet signing keys",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
signed_tx = tg.Data(
    "Signed blockchain transaction", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
tx_receipt = tg.Data("Broadcast receipt", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
withdrawal_history = tg.Data(
    "Withdrawal and login history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
held_case = tg.Data("Held withdrawal case", sensitivity=tg.Sensitivity.PII, kind="records")
analyst_decision = tg.Data(
    "Analyst release or reject decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labelled withdrawal training set", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
model_artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any registered customer, including account-takeover attackers and mule accounts.
    customer = tm.add(tg.Actor("Exchange customer", role="retail customer"))

with tm.boundary("Blockchain analytics vendor", trust=tg.Trust.PARTNER):
    # Screens destination addresses against known illicit clusters and sanctions lists.
    analytics = tm.add(
        tg.ExternalService("Blockchain analytics API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Node provider", trust=tg.Trust.PARTNER):
    # Hosted full nodes we broadcast signed transactions through.
    node_provider = tm.add(tg.ExternalService("Blockchain node provider"))

with tm.boundary("Exchange production VPC", trust=tg.Trust.INTERNAL):
    # Public entry point of the apps for withdrawals.
    api = tm.add(
        tg.Endpoint(
            "Withdrawal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="password with TOTP"),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs screening and scoring and decides: send, hold for review, or reject.
    orchestrator = tm.add(
        tg.Service(
            "Withdrawal orchestrator",
            description="Auto-approves scores below 0.7 under USD 10,000; holds the rest.",
            controls={
                tg.controls.TransactionLimits(limit="USD 50,000 per account per day"),
                tg.controls.HumanInTheLoop(
                    approver="compliance analyst", above="USD 10,000 per withdrawal"
                ),
            },
        )
    )
    # The scoring model itself; its verdict decides whether funds leave.
    model = tm.add(
        tg.Model(
            "Withdrawal risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over account, device and address features.",
        )
    )
    # Online features per account, refreshed from the ledger.
    feature_store = tm.add(tg.FeatureStore("Account feature store", stores={account_features}))
    # Computes behavioural features from withdrawal and login history every few minutes.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # System of record for withdrawals and their outcomes.
    ledger = tm.add(
        tg.DataStore(
            "Withdrawal ledger",
            stores={withdrawal_history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Wallet enclave", trust=tg.Trust.RESTRICTED):
        # Signs approved withdrawals with hot wallet keys kept in an HSM.
        signer = tm.add(
            tg.Service(
                "Hot wallet signer",
                controls={
                    tg.controls.SecretsManagement(note="keys generated and held in a cloud HSM"),
                    tg.controls.AuditLogging(retention_days=1825),
                },
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Historical withdrawals joined with analyst outcomes.
    dataset = tm.add(tg.Dataset("Withdrawal training set", stores={training_set}))
    # Weekly retraining job.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned store the serving model is loaded from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Compliance staff who review held withdrawals.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))
    # Case tool listing held withdrawals with the score and address report.
    case_queue = tm.add(
        tg.Service(
            "Withdrawal review queue",
            controls={tg.controls.Authentication(method="corporate SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, api, withdrawal_request, protocol="https")
tm.flow(api, customer, withdrawal_status, protocol="https")
tm.flow(api, orchestrator, withdrawal_request)
tm.flow(orchestrator, api, withdrawal_status)

tm.flow(orchestrator, analytics, address_query, protocol="https")
tm.flow(analytics, orchestrator, address_risk, protocol="https")
tm.flow(feature_store, orchestrator, account_features, label="online lookup")
tm.flow(orchestrator, model, account_features, address_risk)
tm.flow(model, orchestrator, risk_score)

tm.flow(orchestrator, signer, signing_request, protocol="grpc")
tm.flow(signer, node_provider, signed_tx, protocol="https")
tm.flow(node_provider, signer, tx_receipt, protocol="https")
tm.flow(signer, ledger, withdrawal_status)
tm.flow(orchestrator, ledger, withdrawal_history)

tm.flow(ledger, feature_job, withdrawal_history)
tm.flow(feature_job, feature_store, account_features)

tm.flow(orchestrator, case_queue, held_case, risk_score, address_risk, protocol="https")
tm.flow(case_queue, analyst, held_case, risk_score, address_risk, protocol="https")
tm.flow(analyst, case_queue, analyst_decision, protocol="https")
tm.flow(case_queue, orchestrator, analyst_decision, protocol="https")

tm.flow(case_queue, dataset, analyst_decision, label="outcome labels")
tm.flow(ledger, dataset, withdrawal_history, label="weekly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
