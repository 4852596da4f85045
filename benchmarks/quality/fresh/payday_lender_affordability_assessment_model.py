"""Payday loan affordability assessment: the first design, before any security review.

A UK short-term lender takes loan applications online. The applicant fills in
their income, outgoings and employment, then links their bank account through an
open banking provider, which returns 90 days of transactions. The decision service
runs a credit search with a credit reference agency, has the transactions
categorised into income and committed spending, and sends the resulting features
to an in-house affordability model. Within the lender's limits (product caps, the
price cap and the model's affordable repayment) it approves or declines on its
own; larger loans and borderline cases go to an underwriter. Approved loans are
booked in the loan management system. Repayment outcomes and past applications
feed a training set from which data scientists retrain the model in an ML
workspace. Controls in this design: TLS, a WAF with rate limits, applicant
sign-in, encrypted and role-restricted application storage, decision logging,
automated lending limits, underwriter referral above a threshold and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payday lender affordability assessment model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Automated affordability decisions on short-term loans from application "
        "details, open banking transactions and credit files."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address history, date of birth, stated income and outgoings, "
    "employment, requested amount and term.",
)
consent = tg.Data(
    "Open banking consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's authorisation at their bank for 90 days of account access.",
)
consent_ref = tg.Data("Consent reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transactions = tg.Data(
    "Applicant bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balances and 90 days of transactions, including payees such as gambling "
    "sites, pharmacies, churches and trade unions.",
)
credit_search = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_file = tg.Data(
    "Applicant credit file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
categorised = tg.Data(
    "Categorised income and expenditure",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
)
features = tg.Data(
    "Applicant affordability features", kind="features", sensitivity=tg.Sensitivity.PII
)
score = tg.Data(
    "Affordability assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Predicted disposable income and probability of repayment difficulty.",
)
limits = tg.Data(
    "Lending limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Product caps, the daily cost cap, cut-offs and the referral threshold.",
)
decision = tg.Data("Loan decision", kind="records", sensitivity=tg.Sensitivity.PII)
referral = tg.Data("Underwriter referral case", kind="records", sensitivity=tg.Sensitivity.PII)
underwriter_decision = tg.Data(
    "Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII
)
loan_history = tg.Data("Previous loan history", kind="records", sensitivity=tg.Sensitivity.PII)
approved_loan = tg.Data("Approved loan", kind="records", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Repayment outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_rows = tg.Data(
    "Historical application training rows",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
weights = tg.Data(
    "Affordability model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
notebook = tg.Data("Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public applying for a short-term loan.
    applicant = tm.add(tg.Actor("Loan applicant", role="applicant"))

with tm.boundary("Open banking provider", trust=tg.Trust.PARTNER):
    # FCA-authorised account information service that reads the applicant's bank account.
    aisp = tm.add(
        tg.ExternalService(
            "Open banking AISP",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosts the bank consent journey and returns transactions by API.",
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # The credit bureau searched on every application.
    cra = tm.add(tg.ExternalService("Credit bureau", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("Lending platform VPC", trust=tg.Trust.INTERNAL):
    # Public application website and API, behind the cloud WAF.
    web = tm.add(
        tg.Endpoint(
            "Loan application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="cloud WAF per-IP rule"),
                c.InputValidation(),
                c.Authentication(method="e-mail and password"),
            },
        )
    )
    # Orchestrates each application and makes the automatic decision within limits.
    decision_svc = tm.add(
        tg.Service(
            "Affordability decision service",
            description="Calls the AISP and bureau, builds features, calls the model and "
            "applies the lending limits.",
            controls={
                c.SecretsManagement(note="AISP and bureau API keys in the cloud secrets manager"),
                c.TransactionLimits(limit="GBP 1,000 per customer, one active loan at a time"),
                c.HumanInTheLoop(
                    approver="underwriting team", above="GBP 400 per loan for new customers"
                ),
                c.ExplainabilityLogging(note="inputs, score and reason codes kept per decision"),
            },
        )
    )
    # Rules-based categoriser that turns raw transactions into income and spending lines.
    categoriser = tm.add(tg.Pipeline("Transaction categorisation", stage=tg.Stage.PREPROCESSING))
    # The in-house affordability model.
    model = tm.add(
        tg.Model(
            "Applicant affordability model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model of disposable income and repayment difficulty.",
        )
    )
    # Configuration the credit risk team maintains: caps, cut-offs and referral threshold.
    policy = tm.add(tg.DataStore("Lending limits configuration", stores={limits}))
    # The existing loan book; booked loans are paid out and collected from here.
    lms = tm.add(tg.Service("Loan management system"))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Every application with its transactions, credit file and decision, kept for the regulator.
        applications_db = tm.add(
            tg.DataStore(
                "Applications database",
                stores={
                    application,
                    transactions,
                    credit_file,
                    features,
                    score,
                    decision,
                    loan_history,
                },
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Past applications joined with how the loans were repaid.
        training_set = tm.add(
            tg.Dataset(
                "Affordability training set",
                stores={training_rows, outcomes},
                controls={c.DataMinimization(note="names and contact details dropped")},
            )
        )

with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
    # Notebook-driven retraining run by the data science team each quarter.
    training = tm.add(
        tg.Pipeline(
            "Affordability model training", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Where trained versions are kept and promoted from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Underwriters decide the referred applications.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Builds and releases model versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(applicant, web, application, protocol="https", controls={tls})
tm.flow(web, decision_svc, application)
tm.flow(applicant, aisp, consent, protocol="https", label="links bank account")
tm.flow(decision_svc, aisp, consent_ref, protocol="https", controls={tls})
tm.flow(aisp, decision_svc, transactions, protocol="https", controls={tls})
tm.flow(decision_svc, cra, credit_search, protocol="https", controls={tls})
tm.flow(cra, decision_svc, credit_file, protocol="https", controls={tls})

tm.flow(decision_svc, categoriser, transactions)
tm.flow(categoriser, decision_svc, categorised)
tm.flow(decision_svc, model, features)
tm.flow(model, decision_svc, score)
tm.flow(policy, decision_svc, limits)
tm.flow(applications_db, decision_svc, loan_history, label="previous loans")
tm.flow(
    decision_svc, applications_db, application, transactions, credit_file, features, score, decision
)

tm.flow(decision_svc, underwriter, referral, protocol="https", label="referred applications")
tm.flow(underwriter, decision_svc, underwriter_decision, protocol="https")
tm.flow(decision_svc, web, decision)
tm.flow(web, applicant, decision, protocol="https", controls={tls})
tm.flow(decision_svc, lms, approved_loan)

tm.flow(lms, training_set, outcomes, label="monthly outcome extract")
tm.flow(applications_db, training_set, training_rows)
tm.flow(training_set, training, training_rows, outcomes)
tm.flow(data_scientist, training, notebook, label="runs training")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="promotes version")
tm.flow(registry, model, weights, label="deploy")
