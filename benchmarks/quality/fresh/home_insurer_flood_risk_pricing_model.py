"""Flood risk pricing for home insurance: the first design, before any security review.

During an online home-insurance quote, the rating engine prices the flood part
of the cover for the address being quoted. Customers quote on our website and
through price comparison websites, which call the same quote API. The rating
engine looks up precomputed per-address features (flood depths and return
periods from a vendor's flood maps, floor level and construction from a
property data vendor) in an online feature store and sends them, with the
customer's answers, to an in-house gradient-boosted flood model that returns an
expected annual flood loss. Every quote is kept in the quote store. The model
is retrained quarterly on the claims history and the feature snapshots, and a
pricing actuary signs off each release before it is deployed. Controls in this
design: HTTPS and a per-aggregator API key on the quote API with a gateway rate
limit, schema checks on vendor files, encryption and roles on the claims and
quote data, versioned datasets and models, and the actuary's release sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flood risk pricing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-address flood premium loading for home-insurance quotes.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, property details and declared past claims.",
)
quote = tg.Data("Quoted premium", kind="records", sensitivity=tg.Sensitivity.PII)
address_key = tg.Data("Address key (UPRN)", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flood_maps = tg.Data(
    "Flood hazard maps",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed river, surface-water and coastal flood depths by return period.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
property_data = tg.Data(
    "Property attributes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Build year, construction type, floor level and basement per address.",
)
address_features = tg.Data(
    "Address flood features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
model_input = tg.Data(
    "Flood model input",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Address features plus the customer's property answers and declared flood claims.",
)
flood_score = tg.Data(
    "Expected annual flood loss",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
quote_record = tg.Data(
    "Quote record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer answers, rating factors, flood loss estimate and premium.",
)
claims = tg.Data(
    "Claims history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Flood training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Policy-years by address with features and flood claim costs.",
)
weights = tg.Data(
    "Flood model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model in a scikit-learn pipeline, saved with joblib.",
)
validation_report = tg.Data(
    "Model validation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rate_tables = tg.Data(
    "Rating tables and underwriting rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Base rates, loadings, flood caps and the referral threshold for Flood Re.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Home owners and tenants asking for a quote on our website.
    customer = tm.add(tg.Actor("Customer", role="prospective policyholder"))

with tm.boundary("Price comparison websites", trust=tg.Trust.PARTNER):
    # Aggregators pass their users' answers to our quote API and show our price.
    aggregator = tm.add(tg.ExternalService("Price comparison website"))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Licensed flood hazard maps, refreshed quarterly.
    flood_vendor = tm.add(
        tg.DataSource("Flood map provider", origin=tg.Origin.VENDOR, provides={flood_maps})
    )
    # Licensed property attributes for every residential address.
    property_vendor = tm.add(
        tg.DataSource("Property data provider", origin=tg.Origin.VENDOR, provides={property_data})
    )

with tm.boundary("Quote platform", trust=tg.Trust.INTERNAL):
    # The only entry point for quotes, from our web journey and from aggregators.
    quote_api = tm.add(
        tg.Endpoint(
            "Quote API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-aggregator API key; web-journey quotes are anonymous"),
                c.RateLimiting(requests_per_minute=120, note="API gateway, per client IP or key"),
                c.InputValidation(note="request schema and address validation"),
            },
        )
    )
    # Works out the premium: base rates, the flood loading and underwriting rules.
    rating_engine = tm.add(tg.Service("Rating engine"))
    # Serves the flood model; called once per quote.
    flood_model = tm.add(
        tg.Model(
            "Flood risk model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts the expected annual flood loss of a home; it sets the flood "
            "part of the premium and can push a quote into referral or decline.",
        )
    )
    # Precomputed per-address features, read at quote time.
    feature_store = tm.add(
        tg.FeatureStore("Address feature store", stores={address_features}, online=True)
    )
    # Every quote given, for conversion, complaints and pricing reviews.
    quote_store = tm.add(
        tg.DataStore(
            "Quote store",
            stores={quote_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Pricing analytics platform", trust=tg.Trust.INTERNAL):
    # Joins the vendor files to every address and refreshes the feature store.
    feature_build = tm.add(
        tg.Pipeline(
            "Address feature build",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="vendor files checked against the agreed layout")},
        )
    )
    # Quarterly snapshot used to fit the model.
    dataset = tm.add(
        tg.Dataset(
            "Flood training dataset",
            stores={training_set},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.DataVersioning()},
        )
    )
    # Fits and evaluates the flood model.
    training = tm.add(
        tg.Pipeline("Flood model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds every fitted model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Moves the approved version into the quote platform.
    deployment = tm.add(
        tg.Pipeline(
            "Model deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="pricing actuary"),
                c.ModelValidation(
                    note="actuarial lift and stability checks against the live model"
                ),
            },
        )
    )

    with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
        # Claims system of record; source of the flood losses the model learns from.
        claims_system = tm.add(
            tg.DataStore(
                "Claims system",
                stores={claims},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the flood rating and signs off each model release.
    actuary = tm.add(tg.Actor("Pricing actuary", role="pricing actuary", privileged=True))

# ---------------------------------------------------------------- flows
# Quote journey
tm.flow(customer, quote_api, quote_request, protocol="https")
tm.flow(quote_api, customer, quote, protocol="https")
tm.flow(aggregator, quote_api, quote_request, protocol="https")
tm.flow(quote_api, aggregator, quote, protocol="https")
tm.flow(quote_api, rating_engine, quote_request)
tm.flow(rating_engine, quote_api, quote)
tm.flow(rating_engine, feature_store, address_key, label="online lookup")
tm.flow(feature_store, rating_engine, address_features)
tm.flow(rating_engine, flood_model, model_input)
tm.flow(flood_model, rating_engine, flood_score)
tm.flow(rating_engine, quote_store, quote_record)
tm.flow(actuary, rating_engine, rate_tables, label="publishes rating tables", protocol="https")

# Address features
tm.flow(flood_vendor, feature_build, flood_maps, protocol="sftp", label="quarterly delivery")
tm.flow(property_vendor, feature_build, property_data, protocol="sftp", label="monthly delivery")
tm.flow(feature_build, feature_store, address_features)

# Retraining and release
tm.flow(feature_store, dataset, address_features, label="quarterly snapshot")
tm.flow(claims_system, dataset, claims, label="quarterly extract")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(training, actuary, validation_report, protocol="https")
tm.flow(actuary, deployment, release_approval, protocol="https", label="signs off release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, flood_model, weights, label="deploy")
