"""Problem gambling detection: the first design, before any security review.

A UK-licensed online bookmaker scores every active customer's betting and deposit
behaviour for markers of gambling harm (loss chasing, rising deposits, night-time
play, cancelled withdrawals). A feature pipeline builds behaviour features from the
account database; an hourly scoring service runs the in-house risk model and raises
cases for high scores in the safer gambling case tool. The safer gambling team
contacts the customer and decides on an interaction, a deposit limit or a suspension;
suspensions need a team lead's approval, and the betting platform enforces the limits.
Case outcomes become labels for monthly retraining, promoted through a model registry.
Scores and actions are kept in a decision log that the Gambling Commission may audit.
Marketing's third-party CRM receives customer profiles and betting activity for
campaigns. Staff use company SSO; customers sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Problem gambling detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores customers for gambling harm and drives safer gambling interventions.",
)

# ---------------------------------------------------------------- data assets
activity = tg.Data(
    "Bets, deposits and withdrawals",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
account_status = tg.Data(
    "Account status, limits and safer gambling messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
features = tg.Data("Customer behaviour features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Gambling harm risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case = tg.Data("Safer gambling case", kind="records", sensitivity=tg.Sensitivity.PII)
interaction = tg.Data(
    "Interaction notes and action decision", kind="records", sensitivity=tg.Sensitivity.PII
)
account_action = tg.Data(
    "Deposit limit or suspension instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
outcome_labels = tg.Data(
    "Case outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
decision_records = tg.Data(
    "Scoring and intervention decision records", kind="logs", sensitivity=tg.Sensitivity.PII
)
audit_extract = tg.Data("Regulatory audit extract", kind="records", sensitivity=tg.Sensitivity.PII)
marketing_profile = tg.Data(
    "Customer marketing profile and betting activity",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
promotions = tg.Data("Promotional offers", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers bet and deposit through the website and apps.
    customer = tm.add(tg.Actor("Customer", role="bettor"))

with tm.boundary("Gambling Commission", trust=tg.Trust.PARTNER):
    # The regulator may ask for the evidence behind any customer's treatment.
    regulator = tm.add(tg.Actor("Gambling Commission auditor", role="regulator"))

with tm.boundary("Marketing SaaS", trust=tg.Trust.PARTNER):
    # Marketing's hosted CRM runs e-mail and push campaigns from customer data.
    crm = tm.add(tg.ExternalService("Marketing CRM", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Bookmaker production", trust=tg.Trust.INTERNAL):
    # The betting platform takes bets and deposits and enforces limits and suspensions.
    platform = tm.add(
        tg.Endpoint(
            "Betting and payments platform",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=300),
                c.InputValidation(),
            },
        )
    )
    # System of record for accounts and every bet and payment.
    account_db = tm.add(
        tg.DataStore(
            "Customer account database",
            stores={activity, account_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Safer gambling case tool: the team's queue of flagged customers.
    case_tool = tm.add(
        tg.Service(
            "Safer gambling case tool",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="safer gambling team lead approves suspensions"),
            },
        )
    )
    # Safer gambling agents: contact customers and choose the intervention.
    sg_agent = tm.add(tg.Actor("Safer gambling agent", role="safer gambling team"))
    # Regulatory decision log: evidence of every score and action for audits.
    decision_log = tm.add(
        tg.DataStore(
            "Safer gambling decision log",
            stores={decision_records},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )

    with tm.boundary("Data and ML platform", trust=tg.Trust.INTERNAL):
        # Builds behaviour features from the account database.
        feature_pipeline = tm.add(
            tg.Pipeline("Behaviour feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Holds current features per customer for scoring and training snapshots.
        feature_store = tm.add(
            tg.FeatureStore("Behaviour feature store", stores={features}, online=False)
        )
        # Hourly job that scores every active customer and raises cases above threshold.
        scoring = tm.add(
            tg.Service(
                "Hourly harm scoring service",
                controls={
                    c.ExplainabilityLogging(note="score and top contributing features logged")
                },
            )
        )
        # The in-house classifier of gambling harm markers.
        risk_model = tm.add(
            tg.Model(
                "Problem gambling risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over 90 days of betting and deposit behaviour.",
            )
        )
        # Training set: behaviour snapshots joined with case outcomes.
        training_set = tm.add(
            tg.Dataset("Harm outcome training set", stores={features, outcome_labels})
        )
        # Monthly retraining on the latest outcomes.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Registry of model versions; promotion deploys to scoring.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, platform, activity, protocol="https")
tm.flow(platform, customer, account_status, protocol="https")
tm.flow(platform, account_db, activity, account_status)
tm.flow(account_db, platform, account_status)

tm.flow(account_db, feature_pipeline, activity)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, risk_model, features)
tm.flow(risk_model, scoring, risk_score)
tm.flow(scoring, case_tool, case, risk_score, label="scores above threshold")
tm.flow(scoring, decision_log, decision_records)

tm.flow(account_db, case_tool, activity, label="customer history")
tm.flow(case_tool, sg_agent, case, activity, protocol="https")
tm.flow(sg_agent, case_tool, interaction, protocol="https")
tm.flow(case_tool, platform, account_action, label="apply limit or suspension")
tm.flow(case_tool, decision_log, decision_records)

tm.flow(case_tool, training_set, outcome_labels)
tm.flow(feature_store, training_set, features, label="monthly snapshot")
tm.flow(training_set, retraining, features, outcome_labels)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy")

tm.flow(decision_log, regulator, audit_extract, protocol="sftp", label="on regulator request")

tm.flow(account_db, crm, marketing_profile, protocol="https", label="daily export")
tm.flow(crm, customer, promotions, protocol="smtps")
