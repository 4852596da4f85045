"""Crop insurance satellite claims: the first design, before any security review.

An EU agricultural insurer wants to settle crop-loss claims from space. Farmers
file a claim in our mobile app for one or more insured fields. For each claimed
field an ingestion pipeline pulls recent scenes from a commercial satellite
imagery provider and observations from a weather data service, and turns them
into per-field vegetation and weather features. An in-house model estimates
the yield loss per field. Claims whose estimated payout is under EUR 5,000 are
paid automatically through our bank's payment API; larger ones go to a field
adjuster, who visits the field and records the verified loss. Those verified
losses become the labels for quarterly retraining. It all runs in our cloud
tenancy. Controls in this design: farmer login on the app, role-based access and
encryption on the policy database, mTLS to the bank, adjuster review above the
threshold, and a back-test against adjuster losses before a model is promoted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crop insurance satellite claims",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Yield-loss estimates from satellite and weather data settle crop claims.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Crop-loss claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer, policy, claimed fields, crop, cause and date of loss.",
)
photos = tg.Data("Field photos", kind="media", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
policies = tg.Data(
    "Policy and farmer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Insured fields and their boundaries, sums insured, bank account for payouts.",
)
field_request = tg.Data(
    "Field assessment request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
imagery = tg.Data("Satellite scenes", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
weather = tg.Data("Weather observations", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Field features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vegetation-index time series, cloud mask and weather indices per field.",
)
estimate = tg.Data(
    "Yield-loss estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision = tg.Data("Claim decision", kind="records", sensitivity=tg.Sensitivity.PII)
payout = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
adjuster_report = tg.Data("Adjuster field report", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Verified loss labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Yield-loss model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders filing claims from the mobile app.
    farmer = tm.add(tg.Actor("Farmer", role="policyholder"))

with tm.boundary("Data providers", trust=tg.Trust.PARTNER):
    # Commercial optical imagery, ordered per field and date range.
    satellite = tm.add(
        tg.DataSource("Satellite imagery provider", origin=tg.Origin.VENDOR, provides={imagery})
    )
    # Station and gridded observations: rainfall, temperature, hail reports.
    weather_src = tm.add(
        tg.DataSource("Weather data service", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Our bank's corporate payment API, used for automatic payouts.
    bank = tm.add(tg.ExternalService("Bank payment API"))

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Backend of the farmer mobile app.
    claims_api = tm.add(
        tg.Endpoint(
            "Claims API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="farmer account login with SMS one-time code")},
        )
    )
    # Validates the claim against the policy, requests an assessment, routes by amount.
    claims_svc = tm.add(
        tg.Service(
            "Claims service",
            controls={
                c.HumanInTheLoop(
                    approver="field adjuster",
                    note="only claims with an estimated payout of EUR 5,000 or more",
                )
            },
        )
    )
    # Web app where adjusters see their assigned claims and file field reports.
    adjuster_app = tm.add(
        tg.Service("Adjuster workbench", controls={c.Authentication(method="employee SSO")})
    )

    with tm.boundary("Policy data tier", trust=tg.Trust.RESTRICTED):
        # Policies, insured fields, claims and decisions.
        policy_db = tm.add(
            tg.DataStore(
                "Policy and claims database",
                stores={policies, claim, decision},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("Geo ML platform", trust=tg.Trust.INTERNAL):
        # Orders scenes and weather for a field, cloud-masks and computes indices.
        ingestion = tm.add(tg.Pipeline("Imagery ingestion pipeline", stage=tg.Stage.INGESTION))
        # Per-field features for scoring and for training snapshots.
        feature_store = tm.add(tg.FeatureStore("Field feature store", stores={features}))
        # Gradient-boosted regressor: expected vs observed yield per field.
        model = tm.add(
            tg.Model(
                "Yield-loss model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Its estimate sets the payout for claims under the threshold.",
            )
        )
        # Historical features joined to adjuster-verified losses.
        train_set = tm.add(tg.Dataset("Verified-loss training set", stores={features, labels}))
        # Quarterly retraining job.
        training = tm.add(tg.Pipeline("Retraining pipeline", stage=tg.Stage.TRAINING))
        # Model versions; promotion needs a passing back-test.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={
                    c.ModelValidation(note="back-test against last season's adjuster losses"),
                    c.ModelVersioning(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Inspects large claims in person; connects to the workbench over the corporate VPN.
    adjuster = tm.add(tg.Actor("Field adjuster", role="adjuster"))

# ---------------------------------------------------------------- flows
# filing a claim
tm.flow(farmer, claims_api, claim, photos, protocol="https")
tm.flow(claims_api, farmer, status, protocol="https")
tm.flow(claims_api, claims_svc, claim, photos)
tm.flow(claims_svc, claims_api, status)
tm.flow(claims_svc, policy_db, claim, decision)
tm.flow(policy_db, claims_svc, policies)

# assessment
tm.flow(claims_svc, ingestion, field_request)
tm.flow(ingestion, satellite, field_request, protocol="https", label="scene order")
tm.flow(satellite, ingestion, imagery, protocol="https")
tm.flow(weather_src, ingestion, weather, protocol="https")
tm.flow(ingestion, feature_store, features)
tm.flow(claims_svc, model, field_request)
tm.flow(feature_store, model, features, label="online lookup")
tm.flow(model, claims_svc, estimate)

# settlement
tm.flow(claims_svc, bank, payout, protocol="mtls", label="automatic payout")
tm.flow(bank, claims_svc, confirmation, protocol="mtls")
tm.flow(claims_svc, adjuster_app, claim, photos, estimate, label="claims at or above threshold")
tm.flow(adjuster_app, adjuster, claim, photos, estimate, protocol="https")
tm.flow(adjuster, adjuster_app, adjuster_report, protocol="https")
tm.flow(adjuster_app, claims_svc, decision, payout, label="approved payout")

# retraining
tm.flow(adjuster_app, train_set, labels)
tm.flow(feature_store, train_set, features, label="offline snapshot")
tm.flow(train_set, training, features, labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
