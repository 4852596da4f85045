"""Automated valuation model for remortgages: the first design, before any security review.

A UK mortgage lender wants to approve remortgages without sending a surveyor
when the automated valuation is confident and the loan-to-value stays at or
below 75%. Customers apply online through the origination system, which calls
an internal valuation API; the API reads the property's features from a feature
store and asks a gradient-boosted AVM for a value and a confidence band. The
features are built monthly from HM Land Registry price paid data, a licensed
listings feed and aerial and street-level imagery, which an image model tags for
condition. The AVM is retrained quarterly on sales and on past surveyor
valuations; a data scientist promotes a new version after backtesting. Cases
above the LTV limit or with a low-confidence value go to an underwriter, who
can instruct a panel surveyor. Customers sign in with password and SMS code.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Remortgage automated valuation model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="AVM valuing homes so that low-LTV remortgages are approved without a physical survey.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Remortgage application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Applicant identity, property address, loan amount and the applicant's own estimate of value.",
)
decision = tg.Data(
    "Remortgage decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approved without survey, referred to an underwriter, or declined.",
)
valuation_request = tg.Data(
    "Valuation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property address (UPRN) and application reference.",
)
valuation = tg.Data(
    "AVM valuation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Estimated value, confidence band and the comparable sales used.",
)
price_paid = tg.Data("Price paid records", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
listings = tg.Data(
    "Property listings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Asking prices, floor areas, descriptions and photos under a data licence.",
)
imagery = tg.Data(
    "Aerial and street imagery", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
condition = tg.Data("Property condition tags", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Property features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
surveyor_values = tg.Data(
    "Surveyor valuations",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Values from past physical surveys, used as training targets alongside sales.",
)
survey_instruction = tg.Data(
    "Survey instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, applicant contact for access, and the loan amount.",
)
survey_report = tg.Data(
    "Surveyor valuation report", kind="documents", sensitivity=tg.Sensitivity.PII
)
referral = tg.Data("Referred case", kind="records", sensitivity=tg.Sensitivity.PII)
underwriting = tg.Data("Underwriter decision", kind="records", sensitivity=tg.Sensitivity.PII)
avm_artifact = tg.Data(
    "AVM model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
image_model_artifact = tg.Data(
    "Condition model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Existing borrowers remortgaging their home.
    applicant = tm.add(tg.Actor("Remortgage applicant", role="customer"))
    # Open data published monthly by HM Land Registry.
    land_registry = tm.add(
        tg.DataSource(
            "HM Land Registry price paid data",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={price_paid},
        )
    )

with tm.boundary("Data suppliers", trust=tg.Trust.PARTNER):
    # Licensed feed of current and past listings from a property portal aggregator.
    listings_feed = tm.add(
        tg.DataSource("Listings data feed", origin=tg.Origin.VENDOR, provides={listings})
    )
    # Licensed aerial and street-level images per address.
    imagery_feed = tm.add(
        tg.DataSource("Property imagery provider", origin=tg.Origin.VENDOR, provides={imagery})
    )

with tm.boundary("Surveyor panel", trust=tg.Trust.PARTNER):
    # Panel firm that sends a surveyor when the AVM route is not allowed.
    surveyors = tm.add(
        tg.ExternalService(
            "Panel surveyor firm",
            description="Instructed through the panel manager's web API; returns a valuation report.",
        )
    )

with tm.boundary("Lender network", trust=tg.Trust.INTERNAL):
    # Takes applications, calls the AVM and applies the no-survey lending rule.
    origination = tm.add(
        tg.Service(
            "Mortgage origination system",
            internet_facing=True,
            description="Customer-facing application service and decision engine for remortgages.",
            controls={
                c.Authentication(method="customer e-mail and password with SMS code"),
                c.InputValidation(),
                c.PolicyEnforcement(
                    rules="no-survey approval only when LTV <= 75% and the AVM confidence band is high"
                ),
                c.HumanInTheLoop(
                    approver="mortgage underwriter",
                    above="75% loan-to-value or a low-confidence valuation",
                ),
            },
        )
    )
    # System of record for applications, valuations used and decisions.
    loan_records = tm.add(
        tg.DataStore(
            "Loan application records",
            stores={application, valuation, decision, survey_report, surveyor_values},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.RBAC(note="mortgage operations roles"),
            },
        )
    )
    # Reviews referred cases and decides whether to instruct a survey.
    underwriter = tm.add(tg.Actor("Mortgage underwriter", role="underwriter"))
    # Owns the AVM and promotes new versions.
    data_scientist = tm.add(
        tg.Actor("Valuation data scientist", role="data scientist", privileged=True)
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Internal API the origination system calls for each application.
        valuation_api = tm.add(
            tg.Endpoint(
                "Valuation API",
                returns_scores=True,
                controls={c.Authentication(method="static API key held by the origination system")},
            )
        )
        # The valuation model itself.
        avm = tm.add(
            tg.Model(
                "Automated valuation model",
                task=tg.Task.REGRESSOR,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over property features and comparables; value and confidence band.",
                controls={
                    c.ModelValidation(note="backtest against recent sales and surveyor values")
                },
            )
        )
        # Tags roof, extension and condition signals from imagery for the features.
        condition_model = tm.add(
            tg.Model(
                "Property condition image model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights vision backbone fine-tuned in-house on labelled property images.",
            )
        )
        # Monthly job joining sales, listings and imagery tags per address.
        ingestion = tm.add(
            tg.Pipeline(
                "Monthly property data pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
                controls={c.SchemaEnforcement(note="feed schemas checked on load")},
            )
        )
        # Features per property, served online to the valuation API.
        feature_store = tm.add(
            tg.FeatureStore(
                "Property feature store",
                stores={features, condition},
                online=True,
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Quarterly retraining on sales and surveyor values.
        training = tm.add(tg.Pipeline("Quarterly AVM retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts for serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={avm_artifact, image_model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(applicant, origination, application, protocol="https")
tm.flow(origination, applicant, decision, protocol="https")

tm.flow(origination, valuation_api, valuation_request, protocol="https")
tm.flow(feature_store, valuation_api, features, label="online lookup")
tm.flow(valuation_api, avm, features)
tm.flow(avm, valuation_api, valuation)
tm.flow(valuation_api, origination, valuation, protocol="https")
tm.flow(origination, loan_records, application, valuation, decision)

tm.flow(origination, underwriter, referral, protocol="https")
tm.flow(underwriter, origination, underwriting, protocol="https")
tm.flow(origination, surveyors, survey_instruction, protocol="https")
tm.flow(surveyors, origination, survey_report, protocol="https")
tm.flow(
    origination, loan_records, survey_report, surveyor_values, id="origination->loan-records:survey"
)

tm.flow(land_registry, ingestion, price_paid, protocol="https")
tm.flow(listings_feed, ingestion, listings, protocol="sftp")
tm.flow(imagery_feed, ingestion, imagery, protocol="https")
tm.flow(ingestion, condition_model, imagery)
tm.flow(condition_model, ingestion, condition)
tm.flow(ingestion, feature_store, features, condition)

tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(loan_records, training, surveyor_values, label="quarterly export")
tm.flow(training, registry, avm_artifact)
tm.flow(data_scientist, registry, release, label="approves promotion")
tm.flow(registry, avm, avm_artifact, label="deploy")
tm.flow(registry, condition_model, image_model_artifact, label="deploy")
