"""Mortgage open-banking income model: the first design, before any security review.

An EU mortgage lender replaces payslip checks with open banking. Brokers submit
applications through the broker portal; the application service e-mails the
applicant a link to a licensed open-banking aggregator, where the applicant
consents to share twelve months of bank transactions. The lender fetches them,
a categorisation model labels each transaction, and an income model estimates
regular income and spending. The affordability engine turns that into a lending
limit; declines and edge cases go to underwriters in the underwriting workbench,
whose category corrections feed the next retraining. Both models are trained in
house and served from the model registry. Brokers sign in with e-mail, password
and TOTP; underwriters use corporate SSO with role-based access and an audit log;
the application database is encrypted with KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage open-banking income model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Income and affordability from shared bank transactions for mortgage lending limits.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Mortgage application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicants' identity, employment, property and loan request.",
)
consent_link = tg.Data("Open-banking consent link", kind="records", sensitivity=tg.Sensitivity.PII)
consent = tg.Data("Bank account consent", kind="records", sensitivity=tg.Sensitivity.PII)
txn_request = tg.Data("Transaction fetch request", kind="records")
transactions = tg.Data(
    "Bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Twelve months of transactions from every account the applicant shares.",
)
categorised = tg.Data("Categorised transactions", kind="features", sensitivity=tg.Sensitivity.PII)
estimate = tg.Data(
    "Income and spending estimate", kind="model-output", sensitivity=tg.Sensitivity.PII
)
decision = tg.Data(
    "Lending limit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
referral = tg.Data("Referred case", kind="records", sensitivity=tg.Sensitivity.PII)
underwriter_decision = tg.Data(
    "Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII
)
corrections = tg.Data("Category corrections", kind="labels", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled transaction history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past applicants' transactions with categories and verified incomes.",
)
models = tg.Data("Model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Intermediaries who submit applications on the applicant's behalf.
    broker = tm.add(tg.Actor("Mortgage broker", role="broker"))
    # The borrower, who only consents to share bank data.
    applicant = tm.add(tg.Actor("Applicant", role="customer"))

with tm.boundary("Open-banking aggregator", trust=tg.Trust.PARTNER):
    # Licensed account information provider: hosts consent and pulls bank data.
    aggregator = tm.add(tg.ExternalService("Open-banking aggregator", provides="data-provider"))

with tm.boundary("Lender cloud", trust=tg.Trust.INTERNAL):
    # Web portal where brokers submit applications and see outcomes.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP at every sign-in"),
                c.InputValidation(),
            },
        )
    )
    # Orchestrates the application: consent, data fetch, scoring, decision.
    app_service = tm.add(tg.Service("Application service"))
    # Labels each transaction (salary, rent, gambling, loan repayment, ...).
    categoriser = tm.add(tg.Model("Transaction categorisation model", task=tg.Task.CLASSIFIER))
    # Estimates regular income and committed spending from the labels.
    income_model = tm.add(
        tg.Model("Income and spending model", task=tg.Task.REGRESSOR, high_stakes=True)
    )
    # Lending rules: turns the estimate into a lending limit or a referral.
    affordability = tm.add(
        tg.Service(
            "Affordability engine",
            controls={
                c.HumanInTheLoop(
                    approver="underwriter",
                    note="declines and edge cases only; other limits go straight to the broker",
                )
            },
        )
    )

    with tm.boundary("Customer data zone", trust=tg.Trust.RESTRICTED):
        # System of record for applications, transactions and decisions.
        app_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application, transactions, categorised, decision},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Historic labelled transactions plus underwriter corrections.
        dataset = tm.add(
            tg.Dataset("Labelled transaction dataset", stores={training_set, corrections})
        )
        # Retrains both models monthly.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={models}, controls={c.ModelVersioning()})
        )

with tm.boundary("Lender corporate network", trust=tg.Trust.INTERNAL):
    # Credit underwriters who review declines and edge cases.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Case tool showing the application, transactions and the model's estimate.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# submission
tm.flow(broker, portal, application, protocol="https")
tm.flow(portal, app_service, application)
tm.flow(app_service, app_db, application, transactions, categorised, decision)
tm.flow(app_db, app_service, application, transactions)

# open-banking consent and data
tm.flow(app_service, applicant, consent_link, protocol="smtp", label="e-mail")
tm.flow(applicant, aggregator, consent, protocol="https")
tm.flow(app_service, aggregator, txn_request, protocol="https")
tm.flow(aggregator, app_service, transactions, protocol="https")

# scoring
tm.flow(app_service, categoriser, transactions)
tm.flow(categoriser, app_service, categorised)
tm.flow(app_service, affordability, application, categorised)
tm.flow(affordability, income_model, categorised)
tm.flow(income_model, affordability, estimate)
tm.flow(affordability, app_service, decision)

# underwriting review
tm.flow(affordability, workbench, referral, estimate)
tm.flow(app_db, workbench, application, transactions, categorised)
tm.flow(workbench, underwriter, referral, categorised, protocol="https")
tm.flow(underwriter, workbench, underwriter_decision, corrections, protocol="https")
tm.flow(workbench, app_service, underwriter_decision)

# outcome to the broker
tm.flow(app_service, portal, decision)
tm.flow(portal, broker, decision, protocol="https")

# retraining
tm.flow(workbench, dataset, corrections)
tm.flow(app_db, dataset, transactions, label="monthly extract")
tm.flow(dataset, training, training_set, corrections)
tm.flow(training, registry, models)
tm.flow(registry, categoriser, models, label="deploy")
tm.flow(registry, income_model, models, label="deploy")
