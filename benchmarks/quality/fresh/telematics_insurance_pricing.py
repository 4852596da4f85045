"""Telematics auto-insurance pricing: the first design, before any security review.

Customers who enrol install our driving app; it records trips (speed, braking,
time of day, GPS traces) and uploads them to the telematics API, which shows each
customer their driving score. A trip pipeline turns raw trips into driver features
and the score, kept in a feature store, with raw trips archived in the data lake.
A pricing model combines driving features, claims history from the claims system
and a credit-based insurance score bought from a data broker to price a policy.
The quoting API serves the public web site, brokers' rating systems and our
underwriters, who see the premium with its top rating reasons. The actuarial
data-science team retrains the model quarterly from the lake, claims and an
archive file from the credit broker; the chief actuary signs off each version
before it is deployed from the registry. Everything runs in the insurer's cloud
account; APIs sit behind an API gateway with authentication and broker quotas.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Telematics insurance pricing",
    profile=tg.RiskProfile.HIGH,
    description="Usage-based auto premiums from phone telematics, claims and credit-based scores.",
)

# ---------------------------------------------------------------- data assets
trips = tg.Data(
    "Trip telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Speed, acceleration and braking events, timestamps and GPS traces per trip.",
)
driving_score = tg.Data("Driving score", kind="records", sensitivity=tg.Sensitivity.PII)
driver_features = tg.Data(
    "Driver features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
claims = tg.Data(
    "Claims history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
credit_lookup = tg.Data(
    "Credit score request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant name, address and date of birth.",
)
credit_score = tg.Data(
    "Credit-based insurance score",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
credit_archive = tg.Data(
    "Credit score archive",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Retro scores for policyholders, bought per retraining cycle.",
)
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant, drivers, vehicle and coverage choices.",
)
rating_inputs = tg.Data("Rating inputs", kind="features", sensitivity=tg.Sensitivity.REGULATED)
priced = tg.Data(
    "Premium with reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Premium and the top rating factors behind it.",
)
quote = tg.Data("Premium quote", kind="model-output", sensitivity=tg.Sensitivity.PII)
train_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data(
    "Pricing model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholder or prospect: gets quotes on the web site, drives with the app.
    customer = tm.add(tg.Actor("Customer", role="policyholder"))
    # Our driving app on customers' phones; records and uploads trips.
    app = tm.add(tg.Device("Driving app", fleet=True))

with tm.boundary("Broker networks", trust=tg.Trust.PARTNER):
    # Independent brokers' comparative rating systems calling our quoting API.
    broker = tm.add(tg.Actor("Broker rating system", role="broker", human=False))

with tm.boundary("Credit data broker", trust=tg.Trust.PARTNER):
    # Consumer reporting agency selling credit-based insurance scores.
    credit_vendor = tm.add(
        tg.ExternalService(
            "Credit score provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="vendor due diligence at contract signature")},
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Receives trip uploads and serves the driving score back to the app.
    telematics_api = tm.add(
        tg.Endpoint(
            "Telematics API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OAuth tokens issued at app login")},
        )
    )
    # Public quote flow for direct customers.
    website = tm.add(tg.Service("Quote web site"))
    # Prices a policy: gathers features, claims and credit score, calls the model.
    quoting_api = tm.add(
        tg.Endpoint(
            "Quoting API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="API keys for brokers, OAuth for the web site"),
                c.RateLimiting(requests_per_minute=600, note="per-broker gateway quota"),
            },
        )
    )

    with tm.boundary("Pricing platform", trust=tg.Trust.INTERNAL):
        # Map-matches trips, derives behaviour features and the driving score.
        trip_pipeline = tm.add(
            tg.Pipeline(
                "Trip processing pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.SchemaEnforcement(note="protobuf trip schema; malformed uploads dropped")
                },
            )
        )
        # Latest features and score per driver, read at quote time.
        feature_store = tm.add(
            tg.FeatureStore(
                "Driver feature store", stores={driver_features, driving_score}, online=True
            )
        )
        # The rating model: premium relativities and reason codes.
        pricing_model = tm.add(
            tg.Model(
                "Pricing model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Gradient-boosted model on top of the filed base rates.",
                controls={
                    c.ModelValidation(note="actuarial lift and rate-impact review each cycle"),
                    c.ExplainabilityLogging(note="inputs and reason codes kept per quote"),
                },
            )
        )

    with tm.boundary("Actuarial data platform", trust=tg.Trust.RESTRICTED):
        # Raw trips and score history, the source for retraining.
        data_lake = tm.add(
            tg.DataStore(
                "Driving data lake",
                stores={trips, driving_score},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Quarterly retraining job run by the actuarial data-science team.
        training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that the quoting service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Policy administration's claims system, system of record for losses.
    claims_system = tm.add(
        tg.DataSource("Claims system", origin=tg.Origin.INTERNAL, provides={claims})
    )
    # Reviews referred quotes and sees the rating reasons.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Builds and retrains the model; can push to the registry.
    data_scientist = tm.add(
        tg.Actor("Actuarial data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# telematics
tm.flow(app, telematics_api, trips, protocol="https", label="trip upload")
tm.flow(telematics_api, app, driving_score, protocol="https")
tm.flow(app, customer, driving_score, protocol="local", label="shown in app")
tm.flow(telematics_api, trip_pipeline, trips)
tm.flow(trip_pipeline, data_lake, trips, driving_score)
tm.flow(trip_pipeline, feature_store, driver_features, driving_score)
tm.flow(feature_store, telematics_api, driving_score)

# quoting
tm.flow(customer, website, quote_request, protocol="https")
tm.flow(website, customer, quote, protocol="https")
tm.flow(website, quoting_api, quote_request, protocol="https")
tm.flow(quoting_api, website, quote, protocol="https")
tm.flow(broker, quoting_api, quote_request, protocol="https")
tm.flow(quoting_api, broker, quote, protocol="https")
tm.flow(underwriter, quoting_api, quote_request, protocol="https", label="referred quote")
tm.flow(quoting_api, underwriter, priced, protocol="https")
tm.flow(quoting_api, credit_vendor, credit_lookup, protocol="https")
tm.flow(credit_vendor, quoting_api, credit_score, protocol="https")
tm.flow(claims_system, quoting_api, claims)
tm.flow(feature_store, quoting_api, driver_features)
tm.flow(quoting_api, pricing_model, rating_inputs)
tm.flow(pricing_model, quoting_api, priced)

# quarterly retraining
tm.flow(data_scientist, training, train_config, label="launches quarterly run")
tm.flow(data_lake, training, trips, driving_score)
tm.flow(claims_system, training, claims)
tm.flow(credit_vendor, training, credit_archive, protocol="sftp", label="quarterly archive file")
tm.flow(training, registry, artifact)
tm.flow(
    registry,
    pricing_model,
    artifact,
    label="deploy approved version",
    controls={c.HumanInTheLoop(approver="chief actuary")},
)
