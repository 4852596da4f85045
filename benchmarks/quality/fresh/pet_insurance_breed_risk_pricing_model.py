"""Pet insurance breed risk pricing: the first design, before any security review.

A UK pet insurer prices cat and dog policies with a gradient-boosted model trained
on its own claims history (breed, age, postcode, neutering, previous conditions).
Customers get quotes and make claims on the insurer's website; price comparison
sites call a quote API; brokers quote and manage their clients through a separate
portal. Every quote goes through a rating engine that takes the model's risk
premium and applies the pricing team's rating factor tables, which the team can
override. The claims system pulls vets' records only when a claim is made, never
at quote time. The pricing team retrains the model quarterly in the analytics
environment; underwriting signs off each model version before it goes live.
Controls in this design: TLS on external links, sign-in for customers, brokers and
comparison sites, encrypted databases, logged factor changes and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pet insurance breed risk pricing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Quotes pet insurance premiums from a claims-trained pricing model.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, e-mail, postcode, pet breed, age, neutering and known conditions.",
)
quote = tg.Data("Premium quote", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
rating_features = tg.Data("Rating features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_premium = tg.Data(
    "Risk premium estimate", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rating_factors = tg.Data(
    "Rating factors and overrides",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
policies = tg.Data(
    "Quotes and policies",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
claim = tg.Data("Claim submission", kind="records", sensitivity=tg.Sensitivity.PII)
vet_records = tg.Data(
    "Vet clinical records",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The pet's clinical history from its vet, with the owner's details.",
)
claims_history = tg.Data(
    "Claims history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data("Retraining configuration", kind="instructions")
model_artifact = tg.Data(
    "Pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pet owners asking for a quote or making a claim.
    customer = tm.add(tg.Actor("Pet owner", role="customer"))

with tm.boundary("Price comparison sites", trust=tg.Trust.PARTNER):
    # Aggregators that request our price for their visitors through the quote API.
    aggregator = tm.add(tg.Actor("Price comparison site", role="aggregator", human=False))

with tm.boundary("Broker firms", trust=tg.Trust.PARTNER):
    # Independent brokers quoting and placing policies for their clients.
    broker = tm.add(tg.Actor("Broker", role="broker"))

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # Practice management systems that return a pet's clinical history on request.
    vets = tm.add(
        tg.ExternalService(
            "Vet practice records service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Queried by the claims system at claim time only.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Public site where customers get quotes, buy policies and submit claims.
    website = tm.add(
        tg.Endpoint(
            "Customer website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password for policyholder accounts")},
        )
    )
    # Quote API the comparison sites call.
    aggregator_api = tm.add(
        tg.Endpoint(
            "Aggregator quote API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="API key per comparison site"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Separate portal for brokers: quotes and their clients' policies.
    broker_portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="username and password with TOTP"),
                c.RBAC(),
            },
        )
    )
    # Turns a quote request into a price: model risk premium times rating factors.
    rating_engine = tm.add(
        tg.Service(
            "Rating engine",
            description="Builds features, calls the pricing model, applies factor tables.",
        )
    )
    # The gradient-boosted model that estimates expected claims cost per pet.
    pricing_model = tm.add(
        tg.Model(
            "Breed risk pricing model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="LightGBM on breed, age, postcode, neutering and previous conditions.",
        )
    )
    # Factor tables and manual overrides the pricing team maintains.
    factor_tables = tm.add(
        tg.DataStore(
            "Rating factor tables",
            stores={rating_factors},
            controls={c.AuditLogging(note="every factor change is logged with who made it")},
        )
    )
    # Quotes issued and policies sold, through every channel.
    policy_db = tm.add(
        tg.DataStore(
            "Quote and policy database",
            stores={policies},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Existing claims system: takes claims and pulls the vet's records for each.
    claims_system = tm.add(tg.Service("Claims system"))
    # Claims with their vet records: the pricing model's training source.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim, vet_records, claims_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Quarterly retraining run by the pricing team.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="back-test against last year's claims")},
            )
        )
        # Holds each model version; underwriting signs off before one goes live.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    c.ModelVersioning(),
                    c.HumanInTheLoop(approver="Underwriting", note="signs off each version"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Actuaries and data scientists who retrain the model and set factor overrides.
    pricing_analyst = tm.add(tg.Actor("Pricing analyst", role="pricing team", privileged=True))

# ---------------------------------------------------------------- flows
# Direct quotes and claims.
tm.flow(customer, website, quote_request, claim, protocol="https")
tm.flow(website, customer, quote, protocol="https")
tm.flow(website, rating_engine, quote_request)
tm.flow(rating_engine, website, quote)
tm.flow(website, claims_system, claim)

# Comparison sites.
tm.flow(aggregator, aggregator_api, quote_request, protocol="https")
tm.flow(aggregator_api, aggregator, quote, protocol="https")
tm.flow(aggregator_api, rating_engine, quote_request)
tm.flow(rating_engine, aggregator_api, quote)

# Brokers.
tm.flow(broker, broker_portal, quote_request, protocol="https")
tm.flow(broker_portal, broker, quote, policies, protocol="https")
tm.flow(broker_portal, rating_engine, quote_request)
tm.flow(rating_engine, broker_portal, quote)
tm.flow(policy_db, broker_portal, policies, label="broker's client policies")

# Pricing.
tm.flow(rating_engine, pricing_model, rating_features)
tm.flow(pricing_model, rating_engine, risk_premium)
tm.flow(factor_tables, rating_engine, rating_factors)
tm.flow(rating_engine, policy_db, policies, label="quote issued")

# Claims, with vet records pulled at claim time.
tm.flow(claims_system, vets, claim, protocol="https", label="records request")
tm.flow(vets, claims_system, vet_records, protocol="https")
tm.flow(claims_system, claims_db, claim, vet_records)

# Quarterly retraining and sign-off.
tm.flow(claims_db, retraining, claims_history)
tm.flow(policy_db, retraining, policies, label="policy exposure")
tm.flow(pricing_analyst, retraining, training_config)
tm.flow(pricing_analyst, factor_tables, rating_factors, label="factor overrides")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, pricing_model, model_artifact, label="deploy signed-off version")
