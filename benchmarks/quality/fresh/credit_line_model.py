"""Credit line model: the first design, before any security review.

A retail bank's model that proposes credit-limit increases to card customers.
Each month a feature pipeline joins card transactions and repayment history from
the core banking warehouse with the credit bureau's monthly SFTP feed, writes
features and default labels to the offline feature store, and a training job
fits a gradient-boosted model that lands in the model registry. The model risk
validation team signs off each version (performance and fair-lending tests)
before it may be used. A nightly batch job loads the approved version, scores
every customer and writes proposed new limits to a proposal table; the mobile
banking app shows eligible customers their offer, and accepting it calls the
card management system to raise the limit. Controls: app login with MFA,
role-based access on the analytics platform, encryption of the warehouse and
feature store, versioned models with a validation sign-off, SFTP to the bureau.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit line increase model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Monthly-trained model proposing credit-limit increases, scored nightly and offered in the app.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
repayments = tg.Data(
    "Repayment history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Statement balances, payments, delinquencies per account.",
)
bureau_data = tg.Data(
    "Credit bureau records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Scores, external debts and enquiries for every customer, monthly.",
)
features = tg.Data("Credit features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Default labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Whether an account went 90+ days past due within 12 months.",
)
training_config = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Credit line model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sign_off = tg.Data("Validation sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
validation_report = tg.Data(
    "Validation metrics", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
scores = tg.Data("Credit line scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
proposals = tg.Data(
    "Limit increase proposals",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer id, current and proposed limit, offer expiry.",
)
acceptance = tg.Data("Offer acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
limit_change = tg.Data("Limit change order", kind="records", sensitivity=tg.Sensitivity.REGULATED)
limit_confirmation = tg.Data(
    "Limit change confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cardholders using the mobile banking app; they see and accept offers.
    customer = tm.add(tg.Actor("Card customer", role="retail customer"))

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # External data that drives a large share of the features.
    bureau = tm.add(
        tg.DataSource(
            "Credit bureau feed",
            origin="vendor",
            provides={bureau_data},
            description="Monthly batch file delivered over SFTP.",
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # System of record for transactions and repayments.
    warehouse = tm.add(
        tg.DataSource(
            "Core banking warehouse",
            origin="internal",
            provides={transactions, repayments},
            controls={c.EncryptionAtRest(key_management="bank HSM")},
        )
    )
    # Executes the actual limit change on the card account.
    card_mgmt = tm.add(
        tg.Service(
            "Card management system",
            description="Applies limit changes to card accounts.",
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Monthly join of warehouse and bureau data into features and labels.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage="preprocessing",
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="bureau file layout checked on load")},
        )
    )
    # Offline feature store used for both training and batch scoring.
    feature_store = tm.add(
        tg.FeatureStore(
            "Feature store",
            stores={features, labels},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Monthly retraining job run by the data science team.
    training = tm.add(
        tg.Pipeline(
            "Monthly training job",
            stage="training",
            third_party_packages=True,
        )
    )
    # Holds model versions and their validation status.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={
                c.ModelVersioning(),
                c.ModelValidation(note="independent model risk validation"),
                c.HumanInTheLoop(approver="model risk validation team"),
                c.FairnessTesting(note="fair-lending disparity tests in the validation pack"),
                c.RBAC(),
            },
        )
    )
    # Loads the approved model nightly and scores the whole card book.
    batch_job = tm.add(tg.Pipeline("Nightly batch scoring", stage="deployment"))
    # The model itself, run in-process by the batch job.
    model = tm.add(
        tg.Model(
            "Credit line model",
            task="regressor",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees predicting a safe limit; rules cap the increase.",
        )
    )
    # Output table of proposed limits read by the app backend.
    proposal_store = tm.add(tg.DataStore("Proposal table", stores={proposals, acceptance}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Build features and train the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Second line of defence: signs off each model version.
    validator = tm.add(tg.Actor("Model validator", role="model risk validator", privileged=True))

with tm.boundary("Digital channels", trust=tg.Trust.INTERNAL):
    # Mobile app backend that shows offers and takes acceptances.
    app_api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="app login with MFA"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Monthly data preparation
tm.flow(warehouse, feature_pipeline, transactions, repayments)
tm.flow(bureau, feature_pipeline, bureau_data, protocol="sftp")
tm.flow(feature_pipeline, feature_store, features, labels)

# Training, validation and registration
tm.flow(data_scientist, training, training_config, label="launches monthly run")
tm.flow(feature_store, training, features, labels, label="training snapshot")
tm.flow(training, registry, model_artifact, validation_report)
tm.flow(registry, validator, model_artifact, validation_report, label="validation pack")
tm.flow(validator, registry, sign_off, label="approves version")

# Nightly scoring
tm.flow(registry, batch_job, model_artifact, label="approved version only")
tm.flow(feature_store, batch_job, features, label="latest features")
tm.flow(batch_job, model, features)
tm.flow(model, batch_job, scores)
tm.flow(batch_job, proposal_store, proposals)

# Offer and acceptance
tm.flow(proposal_store, app_api, proposals)
tm.flow(app_api, customer, proposals, protocol="https", id="app-offer")
tm.flow(customer, app_api, acceptance, protocol="https")
tm.flow(app_api, proposal_store, acceptance)
tm.flow(app_api, card_mgmt, limit_change, protocol="mtls")
tm.flow(card_mgmt, app_api, limit_confirmation, protocol="mtls")
tm.flow(app_api, customer, limit_confirmation, protocol="https", id="app-confirmation")
