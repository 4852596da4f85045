"""Housing benefit fraud and error risk model: the first design, before any security review.

The city council scores every live housing benefit claim for the risk of fraud or
error. Claimants apply through the council's online claim portal, and claims live in
the revenues and benefits system. A monthly batch job in the council's analytics
environment builds features from the claim records, from the data matches the National
Fraud Initiative (NFI) returns for the council's uploaded benefit records, and from a
credit reference agency (CRA) check on each claimant, then scores them with a
gradient-boosted classifier. Claims above the referral threshold go to the corporate
investigations team's case management system; an investigations officer decides
whether to interview the claimant or suspend payments, and records the outcome. A
consultancy built the model and retrains it once a year in the analytics environment,
reaching it over the council VPN with MFA, from past claims labelled with
investigation outcomes. Links to the NFI and the CRA use HTTPS with their own logins.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit fraud and error risk model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Monthly fraud and error risk scores for housing benefit claims, referred to "
        "council investigators who decide on interviews and payment suspensions."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Housing benefit application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Household, income, tenancy and bank details with evidence uploads.",
)
claims = tg.Data(
    "Housing benefit claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
nfi_upload = tg.Data("NFI benefit data submission", kind="records", sensitivity=tg.Sensitivity.PII)
nfi_matches = tg.Data(
    "NFI data matches",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Matches against payroll, pensions, student loans, deceased and other councils' records.",
)
cra_request = tg.Data(
    "Credit reference check request", kind="records", sensitivity=tg.Sensitivity.PII
)
cra_report = tg.Data(
    "Credit reference report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address links, financial associates and credit accounts of the claimant.",
)
features = tg.Data("Claim risk features", kind="features", sensitivity=tg.Sensitivity.PII)
outcomes = tg.Data(
    "Investigation outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
evaluation = tg.Data(
    "Model evaluation results", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data("Fraud and error risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "High-risk claim referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim reference, score, top contributing factors and the NFI matches.",
)
suspension = tg.Data("Payment suspension decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the scores are about; they apply and send evidence online.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Cabinet Office NFI", trust=tg.Trust.PARTNER):
    # The national data-matching exercise: takes the council's records, returns matches.
    nfi = tm.add(
        tg.ExternalService(
            "National Fraud Initiative matching service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={
                c.Authentication(method="NFI secure web application account with one-time passcode")
            },
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Identity, residency and financial-association checks on each claimant.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.Authentication(method="council API key")},
        )
    )

with tm.boundary("Consultancy", trust=tg.Trust.PARTNER):
    # Builds and retrains the model under contract, working remotely.
    data_scientist = tm.add(
        tg.Actor("Consultancy data scientist", role="contracted model developer", privileged=True)
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The citizen-facing form claimants apply through.
    portal = tm.add(
        tg.Endpoint(
            "Online benefit claim portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="citizen account e-mail and password")},
        )
    )
    # The system of record for claims and payments.
    benefits_system = tm.add(
        tg.DataStore(
            "Revenues and benefits system",
            stores={claims},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="database TDE"),
            },
        )
    )
    # Where referrals are worked and outcomes recorded by the investigations team.
    case_system = tm.add(
        tg.DataStore(
            "Investigations case management system",
            stores={referral, outcomes},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Decides whether a referred claimant is interviewed or their payments suspended.
    investigator = tm.add(tg.Actor("Investigations officer", role="fraud investigator"))

    with tm.boundary("Analytics environment", trust=tg.Trust.RESTRICTED):
        # Joins claims, NFI matches and CRA results into one feature row per claim.
        feature_job = tm.add(tg.Pipeline("Monthly feature build job", stage=tg.Stage.PREPROCESSING))
        # Past claims with their investigation outcomes, for the yearly retrain.
        training_set = tm.add(
            tg.Dataset("Historic claims training set", stores={features, outcomes})
        )
        # Run by the consultancy once a year; they check accuracy before handing over.
        retraining = tm.add(
            tg.Pipeline(
                "Yearly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="consultancy hold-out evaluation report")},
            )
        )
        # A shared folder holding the current and previous model files.
        registry = tm.add(tg.ModelRegistry("Model file share", stores={artifact}))
        # Loads the model and scores every live claim.
        scoring_job = tm.add(tg.Service("Monthly batch scoring job"))
        # The risk model itself; it refers, people decide.
        model = tm.add(
            tg.Model(
                "Fraud and error risk model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees; scores above the threshold are referred.",
                controls={c.HumanInTheLoop(approver="investigations officer")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, application, protocol="https")
tm.flow(portal, claimant, claims, protocol="https", label="claim status")
tm.flow(portal, benefits_system, application, claims)

tm.flow(benefits_system, nfi, nfi_upload, protocol="https", label="biennial upload")
tm.flow(nfi, feature_job, nfi_matches, protocol="https", label="match reports download")
tm.flow(benefits_system, feature_job, claims, protocol="sftp", label="monthly extract")
tm.flow(feature_job, cra, cra_request, protocol="https")
tm.flow(cra, feature_job, cra_report, protocol="https")

tm.flow(feature_job, scoring_job, features)
tm.flow(registry, scoring_job, artifact, label="load current model")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, case_system, referral, protocol="sftp", label="scores above threshold")

tm.flow(case_system, investigator, referral, protocol="https")
tm.flow(investigator, case_system, outcomes, protocol="https")
tm.flow(investigator, benefits_system, suspension, protocol="https")

tm.flow(feature_job, training_set, features)
tm.flow(case_system, training_set, outcomes, protocol="sftp", label="yearly outcomes extract")
tm.flow(training_set, retraining, features, outcomes)
tm.flow(
    data_scientist,
    retraining,
    training_code,
    protocol="rdp",
    label="remote desktop over council VPN",
    controls={c.Authentication(method="council VPN with MFA")},
)
tm.flow(retraining, data_scientist, evaluation, protocol="rdp", label="evaluation results")
tm.flow(retraining, registry, artifact)
