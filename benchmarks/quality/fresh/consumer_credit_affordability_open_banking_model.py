"""Consumer credit affordability with open banking: the first design, before review.

An EU consumer lender offers unsecured personal loans through a web application
portal. During the application the applicant is sent to a regulated open banking
provider (an account information service) to connect their current account; the
provider returns twelve months of transactions to our application orchestrator.
An in-house model categorises the transactions and a second model estimates the
applicant's disposable income. The credit decision engine combines that estimate
with a credit bureau report and lending rules to approve, decline or refer.
Referred (borderline) cases go to underwriters in the back office, who decide.
Declined applicants can ask through the portal for the main reasons of the decision.
Everything runs in the lender's cloud account; the models are retrained quarterly
from stored applications. Controls in this design: portal sign-in with an SMS code,
rate limits, TLS everywhere, mTLS to the open banking provider, encrypted and
role-restricted application storage, decision logging with reason codes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Consumer credit affordability (open banking)",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Loan affordability from open banking transactions and bureau data, "
    "with underwriter review of borderline cases.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, address, employment, declared income, amount and term.",
)
bank_authorisation = tg.Data(
    "Bank account access authorisation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's consent given at their bank through the provider's journey.",
)
ob_token = tg.Data(
    "Open banking access token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Consent id and access token for a 90-day account information consent.",
)
transactions = tg.Data(
    "Bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Twelve months of current-account transactions with balances.",
)
categorised = tg.Data(
    "Categorised transactions",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Income, rent, bills, gambling and other spending categories per month.",
)
affordability = tg.Data(
    "Disposable income estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
bureau_request = tg.Data("Bureau search request", kind="records", sensitivity=tg.Sensitivity.PII)
bureau_report = tg.Data(
    "Credit bureau report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Credit decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve, decline or refer, with reason codes and the inputs used.",
)
referral = tg.Data("Referred application case", kind="records", sensitivity=tg.Sensitivity.PII)
underwriter_decision = tg.Data(
    "Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII
)
explanation_request = tg.Data(
    "Decision explanation request", kind="records", sensitivity=tg.Sensitivity.PII
)
explanation = tg.Data(
    "Decision explanation letter", kind="documents", sensitivity=tg.Sensitivity.PII
)
training_data = tg.Data(
    "Historic applications and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past transactions, category labels and repayment outcomes.",
)
model_artifact = tg.Data(
    "Affordability model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can start an application, including fraudsters using stolen identities.
    applicant = tm.add(tg.Actor("Loan applicant", role="applicant"))

with tm.boundary("Open banking provider", trust=tg.Trust.PARTNER):
    # Regulated account information service provider; holds the consent with the bank.
    ob_provider = tm.add(
        tg.ExternalService(
            "Open banking provider",
            provides="data-provider",
        )
    )

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Supplies credit history, existing debts and searches.
    bureau = tm.add(tg.ExternalService("Credit bureau API", provides="data-provider"))

with tm.boundary("Lender cloud", trust=tg.Trust.INTERNAL):
    # The public entry point for applications, decisions and explanation requests.
    portal = tm.add(
        tg.Endpoint(
            "Loan application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Runs the application journey: consent, data retrieval, model calls, bureau search.
    orchestrator = tm.add(
        tg.Service(
            "Application orchestrator",
            controls={
                c.SecretsManagement(note="open banking and bureau credentials in the cloud vault")
            },
        )
    )
    # Labels each transaction with a spending or income category.
    categoriser = tm.add(
        tg.Model(
            "Transaction categorisation model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            controls={c.ModelVersioning()},
        )
    )
    # Estimates monthly disposable income from the categorised transactions.
    affordability_model = tm.add(
        tg.Model(
            "Affordability model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            controls={c.ModelVersioning()},
        )
    )
    # Lending policy rules plus a scorecard; decides approve, decline or refer.
    decision_engine = tm.add(
        tg.Service(
            "Credit decision engine",
            description="Rules and scorecard over the affordability estimate and bureau data.",
            controls={
                c.ExplainabilityLogging(note="reason codes and inputs stored with each decision"),
                c.HumanInTheLoop(
                    approver="underwriter",
                    note="only applications in the referral band; clear approvals and declines are automatic",
                ),
            },
        )
    )
    # Turns stored reason codes into a plain-language explanation for declined applicants.
    explainer = tm.add(tg.Service("Decision explanation service"))

    with tm.boundary("Application data tier", trust=tg.Trust.RESTRICTED):
        # System of record for applications, transactions, bureau reports and decisions.
        app_store = tm.add(
            tg.DataStore(
                "Application database",
                stores={
                    application,
                    transactions,
                    categorised,
                    bureau_report,
                    decision,
                    underwriter_decision,
                    ob_token,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Quarterly retraining of both models from historic applications.
    training = tm.add(tg.Pipeline("Quarterly model retraining", stage=tg.Stage.TRAINING))
    # Holds the trained model versions that serving loads.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={model_artifact}))

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Credit staff who decide referred applications.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Case queue showing the application, transactions and bureau report side by side.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

# ---------------------------------------------------------------- flows
# application and consent
tm.flow(applicant, portal, application, protocol="https")
tm.flow(portal, orchestrator, application)
tm.flow(
    applicant,
    ob_provider,
    bank_authorisation,
    protocol="https",
    label="consent journey at the bank",
)
tm.flow(ob_provider, orchestrator, ob_token, protocol="mtls", label="consent callback")
tm.flow(orchestrator, ob_provider, ob_token, protocol="mtls", label="account information request")
tm.flow(ob_provider, orchestrator, transactions, protocol="mtls")

# affordability
tm.flow(orchestrator, categoriser, transactions)
tm.flow(categoriser, orchestrator, categorised)
tm.flow(orchestrator, affordability_model, categorised, application)
tm.flow(affordability_model, orchestrator, affordability)

# bureau and decision
tm.flow(orchestrator, bureau, bureau_request, protocol="https")
tm.flow(bureau, orchestrator, bureau_report, protocol="https")
tm.flow(orchestrator, app_store, application, transactions, categorised, bureau_report, ob_token)
tm.flow(orchestrator, decision_engine, application, affordability, bureau_report)
tm.flow(decision_engine, app_store, decision)
tm.flow(decision_engine, portal, decision)
tm.flow(portal, applicant, decision, protocol="https")

# underwriter review of referrals
tm.flow(decision_engine, workbench, referral)
tm.flow(app_store, workbench, transactions, categorised, bureau_report)
tm.flow(workbench, underwriter, referral, protocol="https")
tm.flow(underwriter, workbench, underwriter_decision, protocol="https")
tm.flow(workbench, decision_engine, underwriter_decision)

# explanation for declined applicants
tm.flow(applicant, portal, explanation_request, protocol="https")
tm.flow(portal, explainer, explanation_request)
tm.flow(app_store, explainer, decision)
tm.flow(explainer, portal, explanation)
tm.flow(portal, applicant, explanation, protocol="https")

# retraining
tm.flow(app_store, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, categoriser, model_artifact, label="deploy")
tm.flow(registry, affordability_model, model_artifact, label="deploy")
