"""Home flood cover pricing: the first design, before any security review.

A home insurer prices flood cover with an in-house flood risk model. Customers get
an instant quote on the website; brokers get the same quote through a broker API.
A pricing service looks up per-address flood features (built from the environment
agency's flood maps and a vendor's elevation data), adds the claims history held
for the property and asks the model for a risk score that sets the premium. Quotes
scoring above the referral threshold go to an underwriter instead of being offered.
Customers who dispute a premium phone the contact centre, which logs a challenge
for an underwriter. The model is retrained quarterly from claims and features.
Controls: TLS on public and broker links, per-broker API keys with quotas, RBAC on
claims, encryption at rest of claims and quotes, staff SSO on the underwriting
workbench, and underwriter approval of referrals above the score threshold.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home flood risk pricing",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Instant online and broker flood-cover quotes from an in-house risk model.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, property address and property details.",
)
quote = tg.Data(
    "Flood cover quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Premium offered, or a notice that the quote was referred.",
)
address_lookup = tg.Data("Property address lookup", kind="records", sensitivity=tg.Sensitivity.PII)
flood_maps = tg.Data(
    "Environment agency flood zone maps", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
elevation = tg.Data(
    "Licensed elevation data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Third-party terrain and floor-level elevation; licence forbids redistribution.",
)
property_features = tg.Data(
    "Property flood features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
claims = tg.Data(
    "Claims history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
risk_score = tg.Data(
    "Flood risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral = tg.Data(
    "Referral case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Quote request, features, claims history and score for an underwriter.",
)
decision = tg.Data("Underwriting decision", kind="records", sensitivity=tg.Sensitivity.PII)
challenge = tg.Data(
    "Premium challenge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's reasons for disputing the premium, taken down on a call.",
)
challenge_outcome = tg.Data("Challenge outcome", kind="records", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Flood pricing model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can ask for a quote on the public website.
    customer = tm.add(tg.Actor("Customer", role="homeowner"))
    # The environment agency publishes its flood maps as open data.
    ea_maps = tm.add(
        tg.DataSource(
            "Environment agency flood maps",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={flood_maps},
            description="Flood zone and surface-water layers downloaded quarterly.",
        )
    )

with tm.boundary("Broker network", trust=tg.Trust.PARTNER):
    # Appointed brokers' quoting platforms call us machine to machine.
    broker = tm.add(tg.Actor("Broker quoting platform", role="broker", human=False))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Licensed elevation data, not available from the public maps.
    elevation_vendor = tm.add(
        tg.DataSource(
            "Elevation data vendor",
            origin=tg.Origin.VENDOR,
            provides={elevation},
            description="Monthly file drop of address-level elevation.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # The public quote journey on the insurer's website.
    web_quote = tm.add(
        tg.Endpoint(
            "Online quote service",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="address must resolve to a known property")},
        )
    )
    # The same quote for brokers, one API key per broker.
    broker_api = tm.add(
        tg.Endpoint(
            "Broker quote API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-broker API key"),
                c.RateLimiting(requests_per_minute=300),
            },
        )
    )
    # Orchestrates a quote: features, claims, score, premium, referral rule.
    pricing = tm.add(
        tg.Service(
            "Pricing service",
            description="Turns the risk score into a premium; refers scores above the threshold.",
            controls={
                c.HumanInTheLoop(
                    approver="underwriter", above="flood risk score above the referral threshold"
                )
            },
        )
    )
    # The flood risk model itself; its score sets the premium.
    model = tm.add(
        tg.Model(
            "Flood risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring expected flood loss per property.",
            controls={c.ModelVersioning()},
        )
    )
    # Precomputed flood features for every address, looked up per quote.
    feature_store = tm.add(
        tg.FeatureStore("Property feature store", stores={property_features}, online=True)
    )
    # Loads the flood maps and elevation files and computes per-address features.
    ingestion = tm.add(
        tg.Pipeline(
            "Geospatial ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="vendor file layout checked on load")},
        )
    )
    # Every quote issued, with the decision on referrals and challenges.
    quote_db = tm.add(
        tg.DataStore(
            "Quote database",
            stores={quote, quote_request, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Claims data platform", trust=tg.Trust.RESTRICTED):
        # The insurer's claims system of record, read for pricing and training.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claims},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly retraining on claims outcomes and property features.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where underwriters work referrals and premium challenges.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Reviews referred quotes and challenged premiums.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Takes customers' calls disputing a premium.
    call_agent = tm.add(tg.Actor("Contact centre agent", role="customer service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, web_quote, quote_request, protocol="https", controls={tls})
tm.flow(web_quote, customer, quote, protocol="https", controls={tls})
tm.flow(broker, broker_api, quote_request, protocol="https", controls={tls})
tm.flow(broker_api, broker, quote, protocol="https", controls={tls})

tm.flow(web_quote, pricing, quote_request)
tm.flow(pricing, web_quote, quote)
tm.flow(broker_api, pricing, quote_request)
tm.flow(pricing, broker_api, quote)

tm.flow(pricing, feature_store, address_lookup, label="feature lookup")
tm.flow(feature_store, pricing, property_features)
tm.flow(pricing, claims_db, address_lookup, label="claims lookup")
tm.flow(claims_db, pricing, claims)
tm.flow(pricing, model, property_features, claims)
tm.flow(model, pricing, risk_score)
tm.flow(pricing, quote_db, quote, quote_request)
tm.flow(pricing, workbench, referral, label="score above referral threshold")

tm.flow(workbench, underwriter, referral, challenge)
tm.flow(underwriter, workbench, decision)
tm.flow(workbench, quote_db, decision)
tm.flow(quote_db, workbench, quote, quote_request)

tm.flow(customer, call_agent, challenge, protocol="phone")
tm.flow(call_agent, workbench, challenge, label="logs the challenge")
tm.flow(workbench, call_agent, challenge_outcome)
tm.flow(call_agent, customer, challenge_outcome, protocol="phone")

tm.flow(ea_maps, ingestion, flood_maps, protocol="https")
tm.flow(elevation_vendor, ingestion, elevation, protocol="sftp")
tm.flow(ingestion, feature_store, property_features)

tm.flow(claims_db, training, claims)
tm.flow(feature_store, training, property_features, label="offline snapshot")
tm.flow(training, model, model_artifact, label="deploy new version")
