"""Mortgage pre-qualification: the first design, before any security review.

Prospective borrowers fill in a pre-qualification form on the bank's public website:
identity details, income, monthly debts, down payment and the property they have in
mind. The pre-qualification service, running in the bank's online channel VPC,
pulls a soft-inquiry credit report from the credit bureau's API over mTLS, builds
features and calls an in-house gradient-boosted model that scores the application.
The service returns an indicative loan amount and the top reason codes to the
applicant; it is not a credit decision and a loan officer only sees it if the
applicant goes on to apply. Every request, bureau response, score and reason code is
written to a decision store that feeds fair-lending monitoring (run by compliance)
and the quarterly retraining of the model. New model versions pass model risk
validation and fairness testing before promotion. The bank is US-based: ECOA/Reg B,
FCRA and GLBA apply, none of which are frameworks threatgraph tracks.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Mortgage pre-qualification",
    profile=tg.RiskProfile.HIGH,
    description="Online mortgage pre-qualification scored by an ML model with reason codes.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Pre-qualification application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, date of birth, SSN, address, income, debts, property details.",
)
bureau_request = tg.Data("Soft inquiry request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data(
    "Soft credit report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bureau_key = tg.Data(
    "Bureau API credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
features = tg.Data("Application features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
score = tg.Data(
    "Score and reason codes", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
offer = tg.Data(
    "Indicative amount and reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Indicative loan amount, rate band and the top four reason codes.",
)
decision_record = tg.Data(
    "Decision records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Inputs, bureau attributes, score, reason codes, model version, timestamp.",
)
training_set = tg.Data(
    "Retraining dataset",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past decision records joined with later application outcomes.",
)
model_artifact = tg.Data(
    "Pre-qualification model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
fairness_report = tg.Data(
    "Fair-lending monitoring report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Model validation approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the web can start a pre-qualification; no login is required.
    applicant = tm.add(tg.Actor("Applicant", role="prospective borrower"))

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Source of the soft-pull credit report; it does not affect the applicant's score.
    bureau = tm.add(
        tg.ExternalService(
            "Credit bureau API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="bank third-party risk programme")},
        )
    )

with tm.boundary("Online channel VPC", trust=tg.Trust.INTERNAL):
    # Public form and API behind the bank's WAF/CDN.
    web = tm.add(
        tg.Endpoint(
            "Pre-qualification web API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="field types and ranges, CAPTCHA on submit"),
            },
        )
    )
    # Orchestrates consent, the bureau pull, feature building and the model call.
    prequal = tm.add(
        tg.Service(
            "Pre-qualification service",
            controls={c.SecretsManagement(note="bureau client cert and key in the vault")},
        )
    )
    # The scoring model, served in-process behind an internal endpoint.
    model = tm.add(
        tg.Model(
            "Pre-qualification model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; maximum affordable amount plus SHAP-based reason codes.",
            controls={c.ExplainabilityLogging(), c.ModelVersioning()},
        )
    )

with tm.boundary("Data and analytics platform", trust=tg.Trust.RESTRICTED):
    # System of record for every pre-qualification, for fair-lending and retraining.
    decisions = tm.add(
        tg.DataStore(
            "Decision store",
            stores={decision_record},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Monthly disparity analysis across protected classes (proxied by BISG).
    monitoring = tm.add(
        tg.Pipeline(
            "Fair-lending monitoring",
            stage=tg.Stage.EVALUATION,
            controls={c.FairnessTesting()},
        )
    )
    # Compliance team that reads the monitoring reports.
    compliance = tm.add(tg.Actor("Fair-lending analyst", role="compliance analyst"))
    # Snapshot of decision records joined to outcomes for retraining.
    dataset = tm.add(tg.Dataset("Retraining dataset", stores={training_set}))
    # Quarterly retraining job run by the data science team.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts awaiting or past validation.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Model risk management signs off a version before it is deployed.
    validator = tm.add(tg.Actor("Model risk validator", role="model risk management"))
    # Deployment job that promotes an approved version to serving.
    promotion = tm.add(
        tg.Pipeline(
            "Model promotion",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="model risk management"),
                c.ModelValidation(note="SR 11-7 independent validation"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, web, application, protocol="https")
tm.flow(web, prequal, application, protocol="https")
tm.flow(prequal, bureau, bureau_request, bureau_key, protocol="mtls")
tm.flow(bureau, prequal, credit_report, protocol="mtls")
tm.flow(prequal, model, features, protocol="https")
tm.flow(model, prequal, score, protocol="https")
tm.flow(prequal, web, offer, protocol="https")
tm.flow(web, applicant, offer, protocol="https")
tm.flow(prequal, decisions, decision_record, label="log every request")

tm.flow(decisions, monitoring, decision_record)
tm.flow(monitoring, compliance, fairness_report, protocol="https")
tm.flow(decisions, dataset, training_set, label="quarterly snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(registry, promotion, model_artifact)
tm.flow(validator, promotion, approval, label="approves release")
tm.flow(promotion, model, model_artifact, label="deploy")
