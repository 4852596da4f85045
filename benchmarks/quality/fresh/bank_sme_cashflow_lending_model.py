"""SME cash-flow overdraft limits: the first design, before any security review.

Owners of small businesses (sole traders and small companies) apply for an
overdraft in the bank's business online banking portal, signing in with app-based
SCA, and connect their other bank accounts through an open-banking aggregator and
their accounting software by OAuth. An overdraft decision service fetches a year
of transactions, ledger data and a commercial credit report; a feature pipeline
turns them into cash-flow features, and an in-house gradient-boosted model returns
a default probability and a recommended limit. The service applies credit policy
caps, refers limits above GBP 25,000 to an underwriter and sets the facility in
core banking. Decisions are logged with reason codes, joined to repayment outcomes
for quarterly retraining, and each model is validated before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SME cash-flow overdraft lending",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Overdraft limits for small businesses from open-banking and accounting data.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Overdraft application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business details, requested limit, directors' names and dates of birth.",
)
consent = tg.Data(
    "Open banking and accounting consent", kind="records", sensitivity=tg.Sensitivity.PII
)
oauth_token = tg.Data(
    "Accounting OAuth refresh token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
transactions = tg.Data(
    "Open banking transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Twelve months of transactions on the business's accounts at other banks.",
)
accounting = tg.Data(
    "Accounting ledger data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Profit and loss, invoices, receivables and payables.",
)
bureau_request = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data("Commercial credit report", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data("Cash-flow features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
recommendation = tg.Data(
    "Overdraft limit recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability of default, recommended limit and top reason codes.",
)
decision = tg.Data(
    "Overdraft decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
facility = tg.Data(
    "Overdraft facility set-up", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral = tg.Data("Underwriting referral", kind="records", sensitivity=tg.Sensitivity.PII)
underwriter_decision = tg.Data(
    "Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII
)
outcomes = tg.Data("Repayment outcomes", kind="records", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Historic decisions and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Overdraft model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training run configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The business owner or a director applying on the business's behalf.
    owner = tm.add(tg.Actor("Business owner", role="business customer"))

with tm.boundary("Open banking aggregator", trust=tg.Trust.PARTNER):
    # Regulated account information service provider that reads the other banks' accounts.
    aggregator = tm.add(
        tg.ExternalService(
            "Open banking aggregator API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Accounting software vendor", trust=tg.Trust.PARTNER):
    # The owner's cloud accounting package, reached with an OAuth token they grant.
    accounting_api = tm.add(
        tg.ExternalService("Accounting platform API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Commercial bureau for filings, defaults and directors' personal credit history.
    bureau = tm.add(
        tg.ExternalService("Credit bureau API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Digital channels", trust=tg.Trust.INTERNAL):
    # Where the owner applies, connects accounts and sees the decision.
    portal = tm.add(
        tg.Endpoint(
            "Business online banking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="online banking login with app-based SCA at every sign-in"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )

with tm.boundary("Lending platform", trust=tg.Trust.INTERNAL):
    # Orchestrates data pulls, calls the model, applies credit policy and sets the limit.
    decision_service = tm.add(
        tg.Service(
            "Overdraft decision service",
            controls={
                c.PolicyEnforcement(
                    rules="limit capped at three months of average inflows and GBP 100,000; "
                    "decline on bureau default markers"
                ),
                c.HumanInTheLoop(approver="credit underwriter", above="GBP 25,000 overdraft limit"),
                c.ExplainabilityLogging(),
            },
        )
    )
    # Categorises transactions and computes inflow, volatility and buffer features.
    feature_pipeline = tm.add(
        tg.Pipeline("Cash-flow feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Scores the application; the decision service turns its output into a limit.
    model = tm.add(
        tg.Model(
            "Overdraft limit model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees giving a default probability and a recommended limit.",
            controls={c.ModelValidation(note="independent model risk validation before promotion")},
        )
    )

    with tm.boundary("Lending data tier", trust=tg.Trust.RESTRICTED):
        # Consents and the accounting OAuth tokens used for periodic refreshes.
        connection_store = tm.add(
            tg.DataStore(
                "Consent and connection store",
                stores={consent, oauth_token},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
            )
        )
        # Every decision with its inputs and reason codes, joined to outcomes for training.
        decision_store = tm.add(
            tg.DataStore(
                "Lending decision store",
                stores={application, features, recommendation, decision, outcomes, training_data},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.AuditLogging()},
            )
        )

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # System of record for accounts and overdraft facilities.
    core_banking = tm.add(
        tg.DataStore(
            "Core banking system",
            stores={facility, outcomes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Model development", trust=tg.Trust.INTERNAL):
    # Quarterly retraining on historic decisions and repayment outcomes.
    training = tm.add(tg.Pipeline("Quarterly retraining pipeline", stage=tg.Stage.TRAINING))
    # Versions of the model awaiting or past validation.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.RBAC()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal tool where underwriters work referred applications.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Credit underwriter deciding referrals above the automatic limit.
    underwriter = tm.add(tg.Actor("Credit underwriter", role="underwriter"))
    # Credit risk modeller who trains and releases the model.
    modeller = tm.add(tg.Actor("Credit risk modeller", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(owner, portal, application, consent, protocol="https")
tm.flow(portal, owner, decision, protocol="https")
tm.flow(owner, aggregator, consent, protocol="https", label="consent at own bank via redirect")
tm.flow(owner, accounting_api, consent, protocol="https", label="OAuth consent screen")
tm.flow(portal, decision_service, application, consent)
tm.flow(decision_service, portal, decision)

tm.flow(
    accounting_api, decision_service, oauth_token, protocol="https", label="OAuth code exchange"
)
tm.flow(decision_service, connection_store, consent, oauth_token)
tm.flow(connection_store, decision_service, consent, oauth_token)
tm.flow(decision_service, aggregator, consent, protocol="mtls")
tm.flow(aggregator, decision_service, transactions, protocol="mtls")
tm.flow(decision_service, accounting_api, oauth_token, protocol="https")
tm.flow(accounting_api, decision_service, accounting, protocol="https", label="ledger data")
tm.flow(decision_service, bureau, bureau_request, protocol="https")
tm.flow(bureau, decision_service, credit_report, protocol="https")

tm.flow(decision_service, feature_pipeline, transactions, accounting, credit_report)
tm.flow(feature_pipeline, model, features)
tm.flow(model, decision_service, recommendation)
tm.flow(decision_service, decision_store, application, features, recommendation, decision)
tm.flow(decision_service, core_banking, facility, label="set overdraft limit")

tm.flow(decision_service, workbench, referral)
tm.flow(workbench, underwriter, referral, protocol="https")
tm.flow(underwriter, workbench, underwriter_decision, protocol="https")
tm.flow(workbench, decision_service, underwriter_decision)

tm.flow(core_banking, decision_store, outcomes, label="monthly performance sync")
tm.flow(decision_store, training, training_data, label="quarterly export")
tm.flow(modeller, training, training_config, protocol="https", label="runs training")
tm.flow(training, registry, model_artifact)
tm.flow(modeller, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, model_artifact, label="deploy")
