"""Housing benefit overpayment detection: the first design, before any security review.

The council's benefits team wants to find housing benefit claims that are likely
being overpaid (unreported earnings, a partner or non-dependant moving in, a change
of address) before the debt grows. Each night a data-matching pipeline extracts
live claims from the revenues and benefits system, joins them with the earnings and
pension changes that DWP shares with us over its secure file transfer, and writes
claim features to a feature store in the council's analytics tenancy. A nightly
scoring job runs an in-house classifier over every live claim and puts the claims
above a threshold, with the score and the main contributing factors, on a referral
queue. Benefit investigators review each referral in a case review portal on the
council network and decide whether to open an investigation; nothing changes a
claim without them. Their outcomes become the labels for quarterly retraining by
the council's data analysts. Claimants report changes of circumstances through the
public self-service portal. A DPIA has been completed under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit overpayment detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags housing benefit claims likely to be overpaid for investigators to review.",
)

# ---------------------------------------------------------------- data assets
change_of_circumstances = tg.Data(
    "Change of circumstances report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Claimant-reported changes: income, household members, address.",
)
claims = tg.Data(
    "Housing benefit claims",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claimant and household details, income, rent, disability premiums, payments.",
)
dwp_data = tg.Data(
    "DWP earnings and pension changes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Verify Earnings and Pensions alerts and HB matching service referrals.",
)
claim_features = tg.Data(
    "Claim risk features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Per-claim features: income mismatches, household changes, claim age.",
)
risk_score = tg.Data(
    "Overpayment risk score",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
referral = tg.Data(
    "Overpayment referral",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Claim reference, score, top contributing factors, claimant summary.",
)
outcome = tg.Data(
    "Investigation outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="No further action, overpayment confirmed (amount), or referred for fraud.",
)
overpayment_decision = tg.Data(
    "Overpayment adjustment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Recalculated entitlement and overpayment recorded by the investigator.",
)
model_artifact = tg.Data(
    "Overpayment model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
training_config = tg.Data(
    "Training notebook and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Housing benefit claimants, who report changes of circumstances online.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("DWP", trust=tg.Trust.PARTNER):
    # The government data share that tells us of earnings and pension changes.
    dwp_feed = tm.add(
        tg.DataSource(
            "DWP data-sharing feed",
            origin=tg.Origin.PARTNER,
            provides={dwp_data},
            description="Daily files from DWP's secure transfer service.",
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Public forms for claimants, hosted by the council and reachable from the internet.
    portal = tm.add(
        tg.Endpoint(
            "Citizen self-service portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(),
            },
        )
    )
    # System of record for housing benefit and council tax.
    benefits_system = tm.add(
        tg.DataStore(
            "Revenues and benefits system",
            stores={claims, change_of_circumstances, overpayment_decision},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor-managed database keys"),
                c.AuditLogging(),
            },
        )
    )
    # Intranet web app where investigators work through the referrals.
    case_portal = tm.add(
        tg.Endpoint(
            "Case review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO (Entra ID) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Reviews each flagged claim and decides whether it is investigated.
    investigator = tm.add(tg.Actor("Benefit investigator", role="investigator"))
    # Builds, evaluates and retrains the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

with tm.boundary("Analytics tenancy", trust=tg.Trust.RESTRICTED):
    # Nightly extract and match of claims against the DWP data.
    matching = tm.add(tg.Pipeline("Nightly data-matching pipeline", stage=tg.Stage.PREPROCESSING))
    # Claim features for scoring and training.
    feature_store = tm.add(
        tg.FeatureStore("Claim feature store", stores={claim_features}, online=False)
    )
    # Scores every live claim each night and queues the ones above threshold.
    scoring_job = tm.add(tg.Service("Nightly scoring job"))
    # The classifier that estimates how likely a claim is to be overpaid.
    model = tm.add(
        tg.Model(
            "Overpayment risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier; claims scoring above 0.7 are referred.",
            controls={
                c.HumanInTheLoop(approver="benefit investigator"),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); Art. 9(2)(g) for disability data"
                ),
            },
        )
    )
    # Referrals waiting for an investigator, and their outcomes once reviewed.
    referral_queue = tm.add(tg.DataStore("Referral queue", stores={referral, outcome}))
    # Past referrals with their outcomes, used for retraining.
    training_set = tm.add(tg.Dataset("Labelled referral history", stores={claim_features, outcome}))
    # Quarterly retraining.
    training = tm.add(
        tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model artifacts that the scoring job loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# claimants reporting changes
tm.flow(claimant, portal, change_of_circumstances, protocol="https")
tm.flow(portal, benefits_system, change_of_circumstances)

# nightly matching and scoring
tm.flow(benefits_system, matching, claims, label="nightly extract")
tm.flow(dwp_feed, matching, dwp_data, protocol="sftp")
tm.flow(matching, feature_store, claim_features)
tm.flow(feature_store, scoring_job, claim_features, label="nightly batch")
tm.flow(scoring_job, model, claim_features)
tm.flow(model, scoring_job, risk_score)
tm.flow(scoring_job, referral_queue, referral)

# investigator review
tm.flow(referral_queue, case_portal, referral)
tm.flow(case_portal, investigator, referral, protocol="https")
tm.flow(investigator, case_portal, outcome, protocol="https")
tm.flow(case_portal, referral_queue, outcome)
tm.flow(investigator, benefits_system, overpayment_decision, protocol="https")

# retraining
tm.flow(referral_queue, training_set, outcome, label="quarterly export")
tm.flow(feature_store, training_set, claim_features, label="quarterly snapshot")
tm.flow(training_set, training, claim_features, outcome)
tm.flow(analyst, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="deploy")
