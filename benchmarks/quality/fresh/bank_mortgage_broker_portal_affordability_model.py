"""Mortgage broker portal with an affordability model (first design).

An Irish retail lender takes most of its mortgage business through registered
brokers. A broker signs in to the broker portal, keys in the applicants' details,
income, commitments and the property, and gets a decision in principle (DIP) back
within seconds. The application service runs a soft search at the credit bureau over
mutual TLS, then the decision engine asks an in-house affordability model for the
sustainable loan amount and applies the lending policy's LTV and LTI caps in code.
Accepts and declines are issued straight away; cases outside policy are referred to
an underwriter in the credit team's workbench. The model is retrained quarterly on
past applications and their repayment outcomes, exported from the applications
database with direct identifiers removed, and promoted from the model registry after
model-risk validation. Brokers sign in with a password and an SMS code, staff through
corporate SSO; the applications database is encrypted and every DIP is logged with
the model's reason codes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage broker portal and affordability model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Brokers submit mortgage applications; an affordability model and lending "
    "policy give an instant decision in principle.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Mortgage application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Applicants' identity, address history, income, employment, outgoings, "
    "dependants, deposit, property and loan requested.",
)
credit_search = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data(
    "Credit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Affordability features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Net income, committed expenditure, credit history indicators, household size.",
)
estimate = tg.Data(
    "Affordability estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Sustainable loan amount and the top reason codes.",
)
policy_rules = tg.Data(
    "Lending policy rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="LTV and LTI caps, minimum income, product eligibility.",
)
dip = tg.Data(
    "Decision in principle",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, refer or decline, with the maximum loan amount and its validity.",
)
referral = tg.Data("Referred application", kind="records", sensitivity=tg.Sensitivity.PII)
underwriter_decision = tg.Data(
    "Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII
)
training_data = tg.Data(
    "Historical applications and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past applications, their features and 24-month repayment performance; "
    "names and addresses removed.",
)
training_code = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Affordability model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registered mortgage brokers: the only way applications come in.
    broker = tm.add(tg.Actor("Mortgage broker", role="broker"))

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # The national credit bureau: soft-search credit file for each applicant.
    bureau = tm.add(
        tg.ExternalService("Credit bureau API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Lending platform", trust=tg.Trust.INTERNAL):
    # The brokers' web front end, published on the internet.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password with SMS code"),
                c.InputValidation(note="form fields typed and range-checked"),
            },
        )
    )
    # Owns the application lifecycle: stores it, runs the credit search, builds features.
    app_service = tm.add(
        tg.Service(
            "Application service",
            controls={c.SecretsManagement(note="bureau client certificate in the vault")},
        )
    )
    # Combines the model's estimate with lending policy into accept, refer or decline.
    decision_engine = tm.add(
        tg.Service(
            "DIP decision engine",
            controls={
                c.PolicyEnforcement(
                    rules="LTV and LTI caps and minimum income applied in code "
                    "whatever the model estimates"
                ),
                c.HumanInTheLoop(
                    approver="mortgage underwriter",
                    note="only referred cases wait for an underwriter; accepts and declines "
                    "are issued automatically",
                ),
                c.ExplainabilityLogging(note="inputs, estimate and reason codes per DIP"),
            },
        )
    )
    # The in-house model that estimates how much the household can sustainably borrow.
    model = tm.add(
        tg.Model(
            "Affordability model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor of sustainable monthly repayment.",
            controls={c.ModelVersioning()},
        )
    )
    # The credit team's policy tables, read by the decision engine on each request.
    policy_store = tm.add(tg.DataStore("Lending policy rules store", stores={policy_rules}))
    # System of record for applications, credit reports and decisions.
    apps_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={application, credit_report, estimate, dip, underwriter_decision},
            controls={c.EncryptionAtRest(key_management="HSM-backed keys"), c.AuditLogging()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Credit underwriters who review referred applications.
    underwriter = tm.add(tg.Actor("Mortgage underwriter", role="underwriter"))
    # Their case tool: referral queue, application, credit file and the model's reasons.
    workbench = tm.add(
        tg.Endpoint(
            "Underwriting workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # The data scientists who own the model and its training code.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Quarterly snapshot of past applications with outcomes, for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Affordability training set",
            stores={training_data},
            controls={c.DataMinimization(note="names, addresses and IDs dropped on export")},
        )
    )
    # Retrains and back-tests the model.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds candidate and approved model versions; promotion after model-risk validation.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelValidation(note="independent model-risk validation before promotion")},
        )
    )

# ---------------------------------------------------------------- flows
# Application and decision in principle
tm.flow(broker, portal, application, protocol="https")
tm.flow(portal, app_service, application, protocol="https")
tm.flow(app_service, apps_db, application, credit_report)
tm.flow(app_service, bureau, credit_search, protocol="mtls")
tm.flow(bureau, app_service, credit_report, protocol="mtls")
tm.flow(app_service, decision_engine, features, protocol="https")
tm.flow(policy_store, decision_engine, policy_rules)
tm.flow(decision_engine, model, features)
tm.flow(model, decision_engine, estimate)
tm.flow(decision_engine, apps_db, estimate, dip)
tm.flow(decision_engine, app_service, dip, protocol="https")
tm.flow(app_service, portal, dip, protocol="https")
tm.flow(portal, broker, dip, protocol="https")

# Referrals
tm.flow(decision_engine, workbench, referral, protocol="https")
tm.flow(apps_db, workbench, application, credit_report, estimate)
tm.flow(workbench, underwriter, referral, application, credit_report, estimate, protocol="https")
tm.flow(underwriter, workbench, underwriter_decision, protocol="https")
tm.flow(workbench, apps_db, underwriter_decision, dip)
tm.flow(apps_db, portal, dip, label="status of referred cases")

# Retraining
tm.flow(apps_db, training_set, training_data, label="quarterly export")
tm.flow(training_set, training, training_data)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy approved version")
