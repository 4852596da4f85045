"""Payday lender income verification model: the first design, before any security review.

A UK short-term lender checks what applicants say they earn before it lends. An
applicant fills in the loan application on our website and either links a bank
account through an open-banking aggregator or uploads recent bank statements as
PDFs. An ingestion service pulls 90 days of transactions from the aggregator (or
parses the uploaded statements) and the underwriting service sends them to an
in-house income model, which estimates monthly net income and its stability.
Underwriting combines that with a credit file from a credit reference agency and
approves, declines or refers the application; referred cases go to an underwriter.
Everything runs in our cloud VPC. Historical applications with repayment outcomes
are extracted monthly to retrain the model, which is saved to a registry and loaded
by serving. Controls today: applicant sign-in with SMS one-time codes, rate limits
and file checks on the application API, TLS to the partners, the aggregator secret
in a vault, an encrypted and role-restricted application database, and decision logs.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Payday lender income verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Estimates applicants' verified income from bank transactions for loan underwriting.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, employer, declared income and expenses, amount requested.",
)
statements = tg.Data(
    "Uploaded bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
consent = tg.Data("Open-banking consent", kind="records", sensitivity=tg.Sensitivity.PII)
aggregator_token = tg.Data(
    "Aggregator access token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Client credentials plus the applicant's consent id, read from the vault.",
)
transactions = tg.Data(
    "Bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="90 days of categorised account transactions.",
)
income_estimate = tg.Data(
    "Verified income estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Estimated monthly net income, its stability band and a confidence score.",
)
credit_search = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_file = tg.Data(
    "Credit file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
loan_decision = tg.Data("Loan decision", kind="records", sensitivity=tg.Sensitivity.PII)
referred_case = tg.Data("Referred application", kind="records", sensitivity=tg.Sensitivity.PII)
loan_outcomes = tg.Data(
    "Applications with repayment outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
income_model_artifact = tg.Data(
    "Income model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People applying for a loan, often in financial difficulty; anyone can apply.
    applicant = tm.add(tg.Actor("Applicant", role="loan applicant"))

with tm.boundary("Open-banking aggregator", trust=tg.Trust.PARTNER):
    # Regulated account-information provider: the applicant consents at their bank through it.
    aggregator = tm.add(
        tg.ExternalService("Open-banking aggregator", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Returns the applicant's credit file and records our search on it.
    bureau = tm.add(
        tg.ExternalService("Credit reference agency", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Lending VPC", trust=tg.Trust.INTERNAL):
    # The only public entry point: the application form and the applicant's account pages.
    application_api = tm.add(
        tg.Endpoint(
            "Loan application API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with SMS one-time code"),
                tg.controls.RateLimiting(requests_per_minute=30),
                tg.controls.InputValidation(note="PDF only, 10 MB maximum, form fields checked"),
            },
        )
    )
    # Holds the statements applicants upload until they are parsed.
    statement_store = tm.add(
        tg.DataStore(
            "Statement upload bucket",
            stores={statements},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Gets transactions from the aggregator or from parsed statements and normalises them.
    ingestion = tm.add(
        tg.Service(
            "Transaction ingestion service",
            description="Calls the aggregator's accounts API; parses PDF statements with an OCR library.",
            controls={
                tg.controls.SecretsManagement(note="aggregator client secret in the cloud vault")
            },
        )
    )
    # Scores each application: income check, credit file, affordability rules, decision.
    underwriting = tm.add(
        tg.Service(
            "Underwriting service",
            description="Applies affordability rules; refers cases where declared and verified income differ by more than 20%.",
            controls={
                tg.controls.AuditLogging(retention_days=2190),
                tg.controls.HumanInTheLoop(
                    approver="an underwriter", note="only for referred applications"
                ),
            },
        )
    )
    # The model under design: estimates monthly net income from transactions.
    income_model = tm.add(
        tg.Model(
            "Income verification model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model over categorised transactions; drives lend or decline.",
            controls={tg.controls.ModelVersioning()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for applications, transactions, estimates and decisions.
        application_db = tm.add(
            tg.DataStore(
                "Application database",
                stores={application, transactions, income_estimate, credit_file, loan_decision},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
    # Monthly extract of past applications labelled with how the loans were repaid.
    training_set = tm.add(tg.Dataset("Income training set", stores={loan_outcomes}))
    # Retrains the income model monthly on the extract.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Keeps trained model versions; serving loads the one tagged for production.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={income_model_artifact}))

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Reviews referred applications and makes the final call on them.
    underwriter = tm.add(tg.Actor("Underwriter", role="credit underwriter"))
    # Builds and retrains the model; can push new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(applicant, application_api, application, statements, protocol="https")
tm.flow(application_api, applicant, loan_decision, protocol="https")
tm.flow(applicant, aggregator, consent, protocol="https", label="bank consent journey")
tm.flow(application_api, statement_store, statements)
tm.flow(application_api, underwriting, application)
tm.flow(underwriting, application_api, loan_decision)

tm.flow(statement_store, ingestion, statements)
tm.flow(ingestion, aggregator, aggregator_token, protocol="https", label="fetch transactions")
tm.flow(aggregator, ingestion, transactions, protocol="https")
tm.flow(ingestion, underwriting, transactions)

tm.flow(underwriting, income_model, transactions, application)
tm.flow(income_model, underwriting, income_estimate)
tm.flow(underwriting, bureau, credit_search, protocol="https")
tm.flow(bureau, underwriting, credit_file, protocol="https")
tm.flow(
    underwriting,
    application_db,
    application,
    transactions,
    income_estimate,
    credit_file,
    loan_decision,
)
tm.flow(underwriting, underwriter, referred_case, label="referral queue")
tm.flow(underwriter, underwriting, loan_decision, label="manual decision")

tm.flow(application_db, training_set, loan_outcomes, label="monthly extract")
tm.flow(training_set, training, loan_outcomes)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, income_model_artifact)
tm.flow(registry, income_model, income_model_artifact, label="load production version")
