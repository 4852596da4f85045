"""Automatic credit limit increases: the first design, before any security review.

A European card issuer reviews its credit card portfolio every month and raises
the limits of customers a model judges able to carry more credit. A feature
pipeline combines card transactions from our outsourced card processor, balances
and repayment history from the card account system, and a monthly bureau file
of credit attributes into customer features. A gradient-boosted classifier,
trained on past increases and whether those customers later fell into arrears,
scores each eligible account; a monthly review job applies the credit policy's
caps and writes new limits straight into the card account system, then notifies
the customer in the mobile banking app, where they can decline the increase.
Controls in this design: SFTP for the partner files, encryption and role-based
access on the stores holding customer data, independent model validation and a
credit-risk sign-off before a model is released, policy caps in the review job
with reason codes logged per decision, and SMS-code sign-in to the app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit limit increase model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk", "pci-dss"},
    description="Monthly model-driven automatic credit limit increases for card customers.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Daily settled transactions keyed by card number (PAN), with merchant and amount.",
)
account_history = tg.Data(
    "Balances and repayment history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Current limit, balance, minimum payments made or missed, arrears status.",
)
bureau_attributes = tg.Data(
    "Credit bureau attributes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Monthly account-management soft search: other debts, delinquencies, score.",
)
features = tg.Data("Customer credit features", kind="features", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Repayment outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Whether each past increase was followed by arrears within 12 months.",
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Limit increase model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
score = tg.Data("Credit capacity score", kind="model-output", sensitivity=tg.Sensitivity.PII)
limit_decision = tg.Data(
    "Limit increase decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account, old and new limit, score and the top reason codes.",
)
new_limit = tg.Data(
    "New credit limit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notice = tg.Data("Limit increase notice", kind="records", sensitivity=tg.Sensitivity.PII)
decline = tg.Data("Increase decline request", kind="records", sensitivity=tg.Sensitivity.PII)
decision_report = tg.Data(
    "Portfolio decision report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The cardholder: gets the increase and may decline it in the app.
    customer = tm.add(tg.Actor("Cardholder", role="customer"))

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # Outsourced issuer processing; source of the spending data.
    processor = tm.add(
        tg.DataSource(
            "Card processor transaction file",
            origin=tg.Origin.PARTNER,
            provides={transactions},
            description="Daily settlement extract delivered by the processor.",
        )
    )

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Monthly bureau batch for the whole portfolio.
    bureau = tm.add(
        tg.DataSource(
            "Credit bureau batch",
            origin=tg.Origin.VENDOR,
            provides={bureau_attributes},
            description="Account-management file returned for every open card account.",
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
        # System of record for card accounts: limits, balances, repayments.
        accounts = tm.add(
            tg.DataStore(
                "Card account system",
                stores={account_history, new_limit},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

    # Customer-facing API behind the mobile banking app.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile banking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="password with SMS code at every sign-in"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

    # Monthly batch that scores eligible accounts and applies new limits.
    review_job = tm.add(
        tg.Service(
            "Monthly limit review job",
            description="Selects eligible accounts, scores them, applies policy caps, writes limits.",
            controls={
                c.PolicyEnforcement(
                    rules=(
                        "increase capped at 50% of the current limit and EUR 3,000; accounts in "
                        "arrears or with a bureau delinquency in 6 months are never raised"
                    )
                ),
                c.ExplainabilityLogging(note="score and top reason codes per account"),
            },
        )
    )
    # The model deciding who can carry more credit.
    model = tm.add(
        tg.Model(
            "Credit limit increase model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="XGBoost classifier: probability a raised limit stays out of arrears.",
            controls={c.ModelValidation(note="independent model risk validation before release")},
        )
    )
    # Decisions of every monthly run, for credit risk reporting and audit.
    decision_store = tm.add(
        tg.DataStore(
            "Limit decision log",
            stores={limit_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins transactions, repayments and bureau data into features.
    feature_pipeline = tm.add(tg.Pipeline("Credit feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Offline store of monthly feature snapshots per account.
    feature_store = tm.add(
        tg.FeatureStore(
            "Credit feature store",
            stores={features},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Historical features joined to what happened after past increases.
    training_set = tm.add(
        tg.Dataset(
            "Limit increase training set",
            stores={features, outcomes},
            controls={c.DataVersioning()},
        )
    )
    # Quarterly retraining job run by the data science team.
    training = tm.add(
        tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model artifacts; release needs a credit-risk sign-off.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={
                c.ModelVersioning(),
                c.HumanInTheLoop(approver="head of credit risk"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Signs off releases and watches the monthly decisions.
    risk_analyst = tm.add(tg.Actor("Credit risk analyst", role="credit risk", privileged=True))

# ---------------------------------------------------------------- flows
# feature building
tm.flow(processor, feature_pipeline, transactions, protocol="sftp", label="daily file")
tm.flow(accounts, feature_pipeline, account_history, label="nightly export")
tm.flow(bureau, feature_pipeline, bureau_attributes, protocol="sftp", label="monthly batch")
tm.flow(feature_pipeline, feature_store, features)

# training and release
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(accounts, training_set, outcomes, label="monthly export of arrears outcomes")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training_set, training, features, outcomes)
tm.flow(training, registry, model_artifact)
tm.flow(risk_analyst, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, label="deploy")

# monthly review run
tm.flow(feature_store, review_job, features, label="monthly batch read")
tm.flow(review_job, model, features)
tm.flow(model, review_job, score)
tm.flow(review_job, decision_store, limit_decision)
tm.flow(review_job, accounts, new_limit, label="limit update")
tm.flow(decision_store, risk_analyst, decision_report, protocol="https")

# telling the customer, and their right to decline
tm.flow(review_job, mobile_api, notice)
tm.flow(mobile_api, customer, notice, protocol="https")
tm.flow(customer, mobile_api, decline, protocol="https")
tm.flow(mobile_api, accounts, decline, label="revert to previous limit")
