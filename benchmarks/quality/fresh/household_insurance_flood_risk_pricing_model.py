"""Household insurance flood risk pricing: the first design, before any security review.

A UK home insurer prices the flood peril of buildings and contents quotes with an
in-house machine-learning model. Customers ask for a quote on the insurer's website,
giving their name, date of birth, address and property details (construction, year
built, basement, flood defences, past flooding and claims). The quote app matches
the address to a property reference through an address lookup provider; the rating
engine has a feature service join it to licensed flood hazard maps, loaded each
quarter from a specialist vendor, and to the insurer's own claims history, and
calls the flood risk model for an expected flood loss that it turns into the
flood part of the premium. Pricing actuaries retrain the model each quarter from
claims and flood data, validate it and promote it from a registry, and they maintain
the rating tables. The quote site sits behind a WAF with rate limits and input
checks; the claims and quote stores are encrypted and role-restricted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Household insurance flood risk pricing model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Prices flood risk for online home insurance quotes from address, "
    "flood maps, claims history and customer-declared property details.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, e-mail, address, property details and declared claims.",
)
address_query = tg.Data("Address query", kind="records", sensitivity=tg.Sensitivity.PII)
matched_address = tg.Data(
    "Matched address and property reference", kind="records", sensitivity=tg.Sensitivity.PII
)
property_details = tg.Data(
    "Property details and property reference",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer-declared property facts with the matched property reference.",
)
flood_layers = tg.Data(
    "Flood hazard layers",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Licensed river, surface-water and coastal flood depths by property reference.",
)
claims = tg.Data(
    "Claims history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past claims by property and policyholder, with peril, dates and amounts paid.",
)
features = tg.Data("Flood pricing features", kind="features", sensitivity=tg.Sensitivity.PII)
flood_score = tg.Data(
    "Expected flood loss",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Expected annual flood loss cost and flood risk band for the property.",
)
premium = tg.Data("Premium quote", kind="records", sensitivity=tg.Sensitivity.PII)
saved_quote = tg.Data(
    "Saved quotes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every quote with its inputs and price, kept for retrieval and pricing audit.",
)
training_data = tg.Data(
    "Flood training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Historic exposures and flood claims joined to flood hazard layers.",
)
model_file = tg.Data(
    "Flood model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
rating_tables = tg.Data(
    "Rating tables",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Base rates, loadings, referral rules and Flood Re cession thresholds.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can request a quote; no account is needed.
    customer = tm.add(tg.Actor("Customer", role="prospective policyholder"))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Resolves a typed address to a property reference (UPRN) over an API.
    address_api = tm.add(
        tg.ExternalService("Address lookup provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Specialist vendor whose flood maps are licensed and delivered each quarter.
    flood_vendor = tm.add(
        tg.DataSource(
            "Flood map vendor",
            origin=tg.Origin.VENDOR,
            provides={flood_layers},
            description="Quarterly flood hazard release delivered by SFTP.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Public quote journey behind the WAF.
    quote_app = tm.add(
        tg.Service(
            "Online quote app",
            internet_facing=True,
            controls={
                c.InputValidation(note="form fields checked for type, range and format"),
                c.RateLimiting(requests_per_minute=30, note="WAF limit per client IP"),
            },
        )
    )
    # Combines the flood loading with the other perils and underwriting rules.
    rating_engine = tm.add(tg.Service("Rating engine"))
    # Builds the flood features for one property at quote time.
    feature_service = tm.add(tg.Service("Property feature service"))
    # The flood risk model itself.
    flood_model = tm.add(
        tg.Model(
            "Flood risk pricing model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model of expected annual flood loss per property.",
        )
    )
    # The current flood hazard release, indexed by property reference.
    flood_store = tm.add(tg.DataStore("Flood hazard layer store", stores={flood_layers}))
    # The insurer's claims system of record.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claims},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Every quote with its inputs and price.
    quote_store = tm.add(
        tg.DataStore(
            "Quote store",
            stores={saved_quote},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("Pricing analytics", trust=tg.Trust.INTERNAL):
        # Quarterly snapshot the model is trained on.
        training_set = tm.add(tg.Dataset("Flood training dataset", stores={training_data}))
        # Quarterly retraining run by the pricing team.
        training = tm.add(
            tg.Pipeline(
                "Flood model training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="actuarial back-testing against held-out years")},
            )
        )
        # Versions of the model; the actuary promotes one to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model and the rating tables; signs off each release.
    actuary = tm.add(tg.Actor("Pricing actuary", role="pricing actuary", privileged=True))

# ---------------------------------------------------------------- flows
# the quote
tm.flow(
    customer,
    quote_app,
    quote_request,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(quote_app, address_api, address_query, protocol="https")
tm.flow(address_api, quote_app, matched_address, protocol="https")
tm.flow(quote_app, rating_engine, quote_request, matched_address)
tm.flow(rating_engine, feature_service, property_details)
tm.flow(flood_store, feature_service, flood_layers)
tm.flow(claims_db, feature_service, claims)
tm.flow(feature_service, rating_engine, features)
tm.flow(rating_engine, flood_model, features)
tm.flow(flood_model, rating_engine, flood_score)
tm.flow(rating_engine, quote_app, premium)
tm.flow(
    quote_app,
    customer,
    premium,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(quote_app, quote_store, saved_quote)

# flood maps
tm.flow(flood_vendor, flood_store, flood_layers, protocol="sftp", label="quarterly release")

# training and release
tm.flow(claims_db, training_set, claims, label="quarterly extract")
tm.flow(flood_store, training_set, flood_layers)
tm.flow(training_set, training, training_data)
tm.flow(training, registry, model_file)
tm.flow(actuary, registry, release_approval, label="promotes a version")
tm.flow(registry, flood_model, model_file, label="deploy")
tm.flow(actuary, rating_engine, rating_tables, label="maintains rating tables")
