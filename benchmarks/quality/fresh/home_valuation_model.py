"""Home valuation model: the first design, before any security review.

A UK mortgage lender's automated valuation model (AVM). A weekly ingestion job
pulls price-paid and title records from the public land registry API and the
comparable-sales feed (listing details and photo files) from a commercial
listings vendor over SFTP. An in-house image model scores each listing photo
for condition and finish; the scores join the property features in a feature
store. Once a month the data-science team retrains a gradient-boosted regressor
on a snapshot of those features, backtests it against recent sales and promotes
it through the model registry. The loan-origination system (LOS) calls an
internal valuation API with the property and loan amount; underwriters see the
estimate with its comparables, and loans under the threshold use it with no
human appraisal. Controls: OAuth2 client credentials on the valuation API, SSO
and roles in the LOS, a schema check on the vendor feed, a backtest before each
release, versioned models, every valuation logged with its comparables.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home valuation model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Automated property valuations for mortgage underwriting, retrained monthly.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Mortgage application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant identity, income, property address and requested loan amount.",
)
land_records = tg.Data(
    "Land registry records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Price-paid transactions and title details for properties.",
)
listings = tg.Data(
    "Comparable sales listings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed listing details and agreed sale prices from the vendor.",
)
photos = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
condition_scores = tg.Data(
    "Photo condition scores", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
property_features = tg.Data(
    "Property features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
training_snapshot = tg.Data(
    "Monthly training snapshot",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
avm_weights = tg.Data(
    "AVM model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
image_weights = tg.Data(
    "Image scorer weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the photo condition model.",
)
training_config = tg.Data("Training configuration", kind="instructions")
release_approval = tg.Data("Release approval", kind="records")
valuation_request = tg.Data(
    "Valuation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property address, loan amount and application reference.",
)
valuation = tg.Data(
    "Valuation with comparables",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
decision = tg.Data("Underwriting decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrowers apply online; the LOS is what they reach.
    applicant = tm.add(tg.Actor("Loan applicant", role="borrower"))
    # The government register: price-paid data and titles, fetched over its public API.
    land_registry = tm.add(
        tg.DataSource(
            "Land registry",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={land_records},
        )
    )

with tm.boundary("Listings vendor", trust=tg.Trust.PARTNER):
    # Commercial feed of comparable sales and their photos, under licence.
    listings_feed = tm.add(
        tg.DataSource(
            "Listings feed",
            origin=tg.Origin.VENDOR,
            provides={listings, photos},
            description="Weekly SFTP drop of listings and photo files.",
        )
    )

with tm.boundary("Lending platform", trust=tg.Trust.INTERNAL):
    # The existing loan-origination system: takes applications, calls the AVM.
    los = tm.add(
        tg.Service(
            "Loan origination system",
            internet_facing=True,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # The internal API the LOS calls; looks up features and runs the model.
    valuation_api = tm.add(
        tg.Endpoint(
            "Valuation API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="OAuth2 client credentials"),
                c.ExplainabilityLogging(note="each estimate stored with its comparables"),
            },
        )
    )
    # The valuation model itself; its estimate replaces an appraisal under the threshold.
    avm = tm.add(
        tg.Model(
            "Valuation model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted regressor over property features and comparables.",
        )
    )
    # Online and offline property features, comparables and photo scores.
    feature_store = tm.add(
        tg.FeatureStore(
            "Property feature store",
            stores={property_features, condition_scores},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Data science platform", trust=tg.Trust.INTERNAL):
    # Pulls registry records and the vendor feed, builds features.
    ingestion = tm.add(
        tg.Pipeline(
            "Property data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor feed checked against the agreed schema")},
        )
    )
    # Scores listing photos for condition and finish.
    image_model = tm.add(
        tg.Model(
            "Photo condition model",
            task=tg.Task.REGRESSOR,
            description="CNN fine-tuned in-house on labelled listing photos.",
        )
    )
    # Monthly snapshot the regressor is trained on.
    training_set = tm.add(tg.Dataset("AVM training set", stores={training_snapshot}))
    # Monthly retraining and backtest against recent sales.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against last quarter's sales")},
        )
    )
    # Versioned artifacts that serving and ingestion load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={avm_weights, image_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the estimate and comparables on larger loans.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Retrains and promotes models.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))

# ---------------------------------------------------------------- flows
# Application and valuation path
tm.flow(applicant, los, application, protocol="https")
tm.flow(los, applicant, decision, protocol="https", label="offer or decline")
tm.flow(los, valuation_api, valuation_request, protocol="https")
tm.flow(valuation_api, feature_store, valuation_request, label="property lookup")
tm.flow(feature_store, valuation_api, property_features, condition_scores)
tm.flow(valuation_api, avm, property_features, condition_scores)
tm.flow(avm, valuation_api, valuation)
tm.flow(valuation_api, los, valuation, protocol="https")
tm.flow(los, underwriter, application, valuation, protocol="https")
tm.flow(underwriter, los, decision, protocol="https")

# Data ingestion and photo scoring
tm.flow(land_registry, ingestion, land_records, protocol="https")
tm.flow(listings_feed, ingestion, listings, photos, protocol="sftp")
tm.flow(ingestion, image_model, photos)
tm.flow(image_model, ingestion, condition_scores)
tm.flow(ingestion, feature_store, property_features, condition_scores)

# Monthly retraining and release
tm.flow(feature_store, training_set, training_snapshot, label="monthly snapshot")
tm.flow(training_set, training, training_snapshot)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, avm_weights)
tm.flow(data_scientist, registry, release_approval, label="promotes version")
tm.flow(registry, avm, avm_weights, label="deploy")
tm.flow(registry, image_model, image_weights, label="deploy")
