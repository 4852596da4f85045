"""Telematics driving score: the first design, before any security review.

A European car insurer offers policyholders an opt-in "drive well, pay less" programme.
The insurer's mobile app records trips from the phone's GPS and motion sensors and
uploads them to a telematics API in the insurer's cloud (EU region); the policyholder
can mark a trip as one they were a passenger on, and sees their score in the app.
Raw trips land in a trip data lake. A nightly feature pipeline map-matches the GPS
traces through a map vendor's API (road segments and speed limits) and writes driving
features (harsh braking, speeding, night driving, phone handling) to a feature store.
A monthly scoring job runs an in-house gradient-boosted model over each policyholder's
features and stores a driving score; at renewal the pricing engine turns the score into
a discount of 0 to 30% on the quote in the policy administration system. Data scientists
retrain the model each quarter on features joined with claims history from the claims
system. Controls in this design: app sign-in with OAuth tokens, TLS to the app and the
map vendor, encrypted and role-restricted stores, versioned models and a discount cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telematics driving score",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores policyholders' driving from phone trip data to set renewal discounts.",
)

# ---------------------------------------------------------------- data assets
raw_trips = tg.Data(
    "Raw trip recordings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="GPS trace, speed, acceleration and phone-handling events per trip.",
)
trip_corrections = tg.Data(
    "Trip corrections",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The policyholder marks a trip as passenger, taxi or public transport.",
)
gps_points = tg.Data("GPS points for map matching", kind="records", sensitivity=tg.Sensitivity.PII)
road_data = tg.Data(
    "Road segments and speed limits", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Driving features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
score = tg.Data(
    "Driving score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
score_view = tg.Data("Score and trip feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
policy_details = tg.Data(
    "Policy and renewal details", kind="records", sensitivity=tg.Sensitivity.PII
)
discount = tg.Data(
    "Renewal discount",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claims = tg.Data(
    "Claims history",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="At-fault claims and their cost per policy, used as the training target.",
)
weights = tg.Data(
    "Driving score model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Policyholder phones", trust=tg.Trust.UNTRUSTED):
    # The driver enrolled in the programme; the subject of every score.
    policyholder = tm.add(tg.Actor("Policyholder", role="policyholder"))
    # Our app on the policyholder's own phone: records trips and shows the score.
    app = tm.add(
        tg.Device(
            "Driving app on policyholder phone",
            description="iOS and Android app; records trips in the background once enrolled.",
        )
    )

with tm.boundary("Map data vendor", trust=tg.Trust.PARTNER):
    # Map-matching API: snaps GPS traces to roads and returns speed limits.
    map_api = tm.add(
        tg.ExternalService(
            "Map matching API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial map vendor's snap-to-road and speed-limit service.",
        )
    )

with tm.boundary("Insurer cloud (EU region)", trust=tg.Trust.INTERNAL):
    # The only component the app talks to: trip upload and score display.
    app_api = tm.add(
        tg.Endpoint(
            "Telematics app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Behind the cloud API gateway; accepts trip uploads, returns the score.",
            controls={
                c.Authentication(
                    method="OAuth 2.0 access token from app sign-in with e-mail and password"
                ),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="rejects malformed or oversized trip payloads"),
            },
        )
    )
    # Raw trips as uploaded, kept for rescoring and for retraining.
    trip_lake = tm.add(
        tg.DataStore(
            "Trip data lake",
            stores={raw_trips, trip_corrections},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.ImpactAssessment(basis="consent given at enrolment in the telematics programme"),
            },
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Nightly job: cleans trips, map-matches them and derives driving features.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Nightly driving feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # Per-policyholder feature history, read by scoring and by training.
        feature_store = tm.add(
            tg.FeatureStore(
                "Driving feature store",
                stores={features},
                online=False,
                controls={c.RBAC()},
            )
        )
        # The model that turns a month of driving features into a 0-100 score.
        model = tm.add(
            tg.Model(
                "Driving score model",
                task=tg.Task.REGRESSOR,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees predicting expected claim cost, mapped to 0-100.",
            )
        )
        # Runs the model over every enrolled policyholder once a month.
        scoring_job = tm.add(tg.Service("Monthly scoring job"))
        # Latest and past scores per policyholder, for the app and for pricing.
        score_store = tm.add(
            tg.DataStore(
                "Driving score store",
                stores={score},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly retraining on features joined with claims outcomes.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest on a held-out year of claims")},
            )
        )
        # Versioned model artifacts; the scoring job loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Core insurance systems", trust=tg.Trust.INTERNAL):
    # Turns the score into a renewal discount on the quote.
    pricing = tm.add(
        tg.Service(
            "Renewal pricing engine",
            controls={
                c.PolicyEnforcement(
                    rules="score maps to a discount band of 0-30%; a score never raises the premium"
                )
            },
        )
    )
    # System of record for policies and renewal quotes.
    policy_admin = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={policy_details, discount},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Claims records; the source of the training target.
    claims_system = tm.add(
        tg.DataStore(
            "Claims system",
            stores={claims},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds, retrains and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Trip capture and the score shown back to the driver.
tm.flow(policyholder, app, trip_corrections, label="marks passenger trips")
tm.flow(app, app_api, raw_trips, trip_corrections, protocol="https")
tm.flow(app_api, trip_lake, raw_trips, trip_corrections)
tm.flow(score_store, app_api, score_view, label="latest score for the signed-in policyholder")
tm.flow(app_api, app, score_view, protocol="https")
tm.flow(app, policyholder, score_view, label="on the phone screen")

# Nightly feature building, with map matching at the vendor.
tm.flow(trip_lake, feature_pipeline, raw_trips, trip_corrections, label="nightly batch")
tm.flow(feature_pipeline, map_api, gps_points, protocol="https")
tm.flow(map_api, feature_pipeline, road_data, protocol="https")
tm.flow(feature_pipeline, feature_store, features)

# Monthly scoring and renewal pricing.
tm.flow(feature_store, scoring_job, features, label="monthly batch")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, score)
tm.flow(scoring_job, score_store, score)
tm.flow(policy_admin, pricing, policy_details, label="policies due for renewal")
tm.flow(score_store, pricing, score)
tm.flow(pricing, policy_admin, discount)

# Quarterly retraining and promotion.
tm.flow(feature_store, training, features, label="historical features")
tm.flow(claims_system, training, claims, label="quarterly export")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, label="marks the version to serve")
tm.flow(registry, model, weights, label="promoted version loaded by the scoring job")
