"""Benefit claim fraud risk scoring: the first design, before any security review.

A national social security department wants to focus its fraud investigators on
the claims most likely to be wrong. Citizens apply for working-age benefits
through the department's online claims portal; claims land in the claims case
system. Each night a feature pipeline joins new and changed claims with income
records that the tax authority sends over SFTP, and a batch scoring job runs an
in-house gradient-boosted classifier over them. Claims above a threshold are put
on a referral queue that investigators work through in an internal workbench
(departmental SSO with smartcard); the score only selects cases, an investigator
decides whether to open an investigation. Investigation outcomes are exported
monthly as labels for retraining by the department's data science team, who
promote new versions through a model registry. The claims system is encrypted at
rest and the workbench logs who opened which referral.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Benefit claim fraud risk scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Nightly fraud-risk scores on benefit claims to select cases for investigators.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Benefit claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, address, household members, declared income and circumstances.",
)
claim_receipt = tg.Data("Claim acknowledgement", sensitivity=tg.Sensitivity.PII, kind="records")
income = tg.Data(
    "Tax authority income records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Employer-reported earnings per claimant, matched on national insurance number.",
)
features = tg.Data(
    "Claim risk features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Derived per claim: income mismatch, household changes, address history.",
)
risk_score = tg.Data("Claim fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Investigation referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim reference, score and top contributing features.",
)
outcome = tg.Data(
    "Investigation outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Fraud found, error found or no issue, recorded by the investigator.",
)
weights = tg.Data(
    "Fraud risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
train_config = tg.Data("Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Citizens applying for benefits; the population the model scores.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # Income data-matching feed under a data-sharing agreement with the tax authority.
    tax_feed = tm.add(
        tg.DataSource(
            "Tax authority income feed",
            origin=tg.Origin.PARTNER,
            provides={income},
            description="Nightly file of employer-reported earnings, dropped on our SFTP server.",
        )
    )

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # Existing public claims portal: where claims enter the department.
    portal = tm.add(
        tg.Endpoint(
            "Online claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="form schema and field checks")},
        )
    )
    # System of record for claims; the scoring reads from it, it is not built for scoring.
    claims_db = tm.add(
        tg.DataStore(
            "Claims case system",
            stores={claim},
            controls={c.EncryptionAtRest(key_management="department HSM"), c.RBAC()},
        )
    )
    # Where selected claims wait for an investigator, with their outcomes once closed.
    referral_queue = tm.add(tg.DataStore("Referral queue", stores={referral, outcome}))
    # Investigators' screen to work referrals and record outcomes.
    workbench = tm.add(
        tg.Service(
            "Investigator workbench",
            controls={
                c.Authentication(method="departmental SSO with smartcard and PIN"),
                c.RBAC(note="fraud investigation team only"),
                c.AuditLogging(retention_days=2555, note="who opened which referral"),
            },
        )
    )
    # Investigators in the counter-fraud unit; they decide, the model only selects.
    investigator = tm.add(tg.Actor("Fraud investigator", role="investigator"))

    with tm.boundary("Analytics enclave", trust=tg.Trust.RESTRICTED):
        # Joins claims with tax income data and derives the features the model needs.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Nightly feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={c.SchemaEnforcement(note="tax file layout checked before load")},
            )
        )
        # Offline feature tables shared by scoring and training.
        feature_store = tm.add(
            tg.FeatureStore("Claim feature store", stores={features}, online=False)
        )
        # Runs the model over each night's new and changed claims and fills the queue.
        scoring_job = tm.add(
            tg.Service(
                "Nightly scoring job",
                description="Scores every new or changed claim; the top scores above "
                "the threshold become referrals.",
            )
        )
        # The risk classifier itself.
        model = tm.add(
            tg.Model(
                "Claim fraud risk model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees giving a 0-1 fraud risk per claim.",
                controls={
                    c.HumanInTheLoop(
                        approver="a fraud investigator, who decides whether to open an investigation",
                    )
                },
            )
        )
        # Historic claims with their investigation outcomes, for retraining.
        training_set = tm.add(
            tg.Dataset("Labelled claims training set", stores={features, outcome})
        )
        # Quarterly retraining run by the data science team.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out precision and recall checked")},
            )
        )
        # Versions of the model; the scoring job loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Builds and promotes the models.
        data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, claim, protocol="https")
tm.flow(portal, claimant, claim_receipt, protocol="https")
tm.flow(portal, claims_db, claim)

tm.flow(tax_feed, feature_pipeline, income, protocol="sftp", label="nightly income file")
tm.flow(claims_db, feature_pipeline, claim, label="nightly export of new and changed claims")
tm.flow(feature_pipeline, feature_store, features)

tm.flow(feature_store, scoring_job, features, label="nightly batch")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_score)
tm.flow(scoring_job, referral_queue, referral, label="scores above threshold")

tm.flow(referral_queue, workbench, referral)
tm.flow(workbench, investigator, referral, protocol="https")
tm.flow(investigator, workbench, outcome, protocol="https")
tm.flow(workbench, referral_queue, outcome)
tm.flow(workbench, claims_db, outcome, label="case note on the claim")

tm.flow(referral_queue, training_set, outcome, label="monthly export of closed cases")
tm.flow(feature_store, training_set, features, label="feature snapshot")
tm.flow(training_set, training, features, outcome)
tm.flow(data_scientist, training, train_config)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="promotes a version")
tm.flow(registry, model, weights, label="load promoted version")
