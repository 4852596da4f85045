"""Satellite crop loss model: the first design, before any security review.

An EU crop insurer sells parametric policies to farmers: when the estimated loss on
an insured field passes the policy's trigger, the claim pays out without a site
visit. Farmers enrol their fields (boundaries, crop, bank details) in a web portal.
Each night a pipeline pulls new imagery of insured fields from a commercial
satellite imagery provider, masks clouds and computes vegetation indices into a
feature store. After a trigger event or at season end, a batch job runs the
in-house loss model on every affected field, applies the policy terms and hands
payouts to the payout service, which sends SEPA batches to the insurer's bank;
payouts above EUR 20,000 wait for a claims adjuster. Adjusters' field inspections
and historical yields are the ground truth the model is retrained on each season.
The portal has MFA sign-in, the policy database is encrypted and role-restricted,
models are back-tested before release and versioned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Satellite crop insurance loss model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Estimates field losses from satellite imagery and pays parametric crop "
    "insurance claims to farmers.",
)

# ---------------------------------------------------------------- data assets
enrolment = tg.Data(
    "Field enrolment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer's name and address, field boundaries, crop and sowing date.",
)
bank_details = tg.Data(
    "Farmer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
policies = tg.Data(
    "Policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Insured fields, sums insured, trigger thresholds and claim history.",
)
field_boundaries = tg.Data(
    "Insured field boundaries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Field polygons with policy numbers, to clip imagery to.",
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
imagery = tg.Data(
    "Satellite imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed multispectral scenes; the licence forbids redistribution.",
)
features = tg.Data(
    "Field vegetation index series",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
loss_estimate = tg.Data(
    "Estimated field loss", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
claim_outcome = tg.Data(
    "Claim outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per policy: triggered or not, estimated loss and payout amount.",
)
payout_instruction = tg.Data("Payout instruction", kind="records", sensitivity=tg.Sensitivity.PII)
review_queue = tg.Data("Large payout for review", kind="records", sensitivity=tg.Sensitivity.PII)
payout_approval = tg.Data("Payout approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sepa_batch = tg.Data(
    "SEPA credit transfer batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_report = tg.Data("Payment status report", kind="records", sensitivity=tg.Sensitivity.PII)
inspections = tg.Data(
    "Field inspection results",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Adjusters' measured yield loss per inspected field, with photos.",
)
training_features = tg.Data(
    "Historical field features", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Loss model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the loss model.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders: enrol fields and follow their claims.
    farmer = tm.add(tg.Actor("Farmer", role="policyholder"))

with tm.boundary("Imagery provider", trust=tg.Trust.PARTNER):
    # Commercial constellation operator; we pull scenes through its API.
    imagery_feed = tm.add(
        tg.DataSource(
            "Commercial satellite imagery feed",
            origin=tg.Origin.VENDOR,
            provides={imagery},
            description="Daily multispectral scenes over subscribed areas of interest.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Executes the payouts to farmers' accounts.
    bank = tm.add(tg.ExternalService("Insurer's bank", description="Receives SEPA payment files."))

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Farmers' way in: enrolment, bank details and claim status.
    portal = tm.add(
        tg.Endpoint(
            "Farmer portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with SMS code at each sign-in")},
        )
    )
    # Turns raw scenes into per-field vegetation index time series.
    preprocessing = tm.add(
        tg.Pipeline(
            "Imagery preprocessing pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Nightly: cloud masking, clipping to field polygons, NDVI and NDWI.",
        )
    )
    # Per-field index history, read by scoring and by training.
    feature_store = tm.add(tg.FeatureStore("Field feature store", stores={features}, online=False))
    # Estimates the percentage yield loss of a field from its index series.
    loss_model = tm.add(
        tg.Model(
            "Crop loss model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Temporal CNN over the season's index series; its estimate sets payouts.",
        )
    )
    # Runs the model over affected fields and applies each policy's trigger.
    assessment = tm.add(
        tg.Service(
            "Loss assessment batch job",
            description="Runs after a trigger event or at season end over every insured field.",
        )
    )
    # Pays the claims the assessment job triggers.
    payout = tm.add(
        tg.Service(
            "Payout service",
            description="Builds SEPA batches from claim outcomes and the farmers' bank details.",
            controls={
                c.HumanInTheLoop(approver="a claims adjuster", above="EUR 20,000 per claim"),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Policy data tier", trust=tg.Trust.RESTRICTED):
        # System of record for policies, farmers and claims.
        policy_db = tm.add(
            tg.DataStore(
                "Policy administration database",
                stores={policies, enrolment, bank_details, claim_outcome},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(note="claims and underwriting roles"),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Inspected fields joined to their index series: the ground truth.
        ground_truth = tm.add(
            tg.Dataset("Loss ground-truth set", stores={inspections, training_features})
        )
        # Retrains the model each season and back-tests it on past seasons.
        training = tm.add(
            tg.Pipeline(
                "Seasonal retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="back-test on the last three seasons")},
            )
        )
        # Versioned checkpoints; the assessment job loads the released one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Inspects sampled fields and approves large payouts.
    adjuster = tm.add(tg.Actor("Claims adjuster", role="claims adjuster"))
    # Builds and releases the loss model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Enrolment and claim status.
tm.flow(farmer, portal, enrolment, bank_details, protocol="https")
tm.flow(portal, policy_db, enrolment, bank_details)
tm.flow(policy_db, portal, claim_status)
tm.flow(portal, farmer, claim_status, protocol="https")

# Imagery to features.
tm.flow(imagery_feed, preprocessing, imagery, protocol="https")
tm.flow(policy_db, preprocessing, field_boundaries, label="nightly field boundary export")
tm.flow(preprocessing, feature_store, features)

# Scoring and claims.
tm.flow(policy_db, assessment, policies, label="batch read of affected policies")
tm.flow(feature_store, assessment, features)
tm.flow(assessment, loss_model, features)
tm.flow(loss_model, assessment, loss_estimate)
tm.flow(assessment, policy_db, claim_outcome)
tm.flow(assessment, payout, payout_instruction)

# Payouts.
tm.flow(payout, adjuster, review_queue, protocol="https", label="payouts above EUR 20,000")
tm.flow(adjuster, payout, payout_approval, protocol="https")
tm.flow(policy_db, payout, bank_details)
tm.flow(payout, bank, sepa_batch, protocol="sftp")
tm.flow(bank, payout, payment_report, protocol="sftp")

# Ground truth, training and release.
tm.flow(adjuster, ground_truth, inspections, protocol="https", label="inspection app upload")
tm.flow(feature_store, ground_truth, training_features, label="season-end snapshot")
tm.flow(ground_truth, training, inspections, training_features)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, loss_model, weights, label="deploy")
