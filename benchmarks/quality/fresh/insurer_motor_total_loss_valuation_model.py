"""Motor total-loss valuation: the first design, before any security review.

When an independent engineer declares a policyholder's car a total loss, a UK motor
insurer has to offer the car's pre-accident market value. Engineers file their
damage and condition report through a partner portal into the claims management
system. A valuation service takes the vehicle details from the claim, pulls recent
comparable dealer listings from a market price store (loaded nightly from a vendor's
dealer price feed) and asks an in-house regression model for a value. The claims
handler sees the value and the comparables in the handler workbench, sets the offer
and sends it to the claimant, who accepts or pushes back with adverts of their own;
accepted offers are paid by the claims payment system. The model is retrained monthly
from past settlements. Controls in this design: SSO with MFA for staff, a password
login for engineers, role-based access, encryption at rest of the claims system,
schema checks on the feed, model versioning, and the handler decides every offer.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motor total-loss valuation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Values written-off cars from claim data and dealer prices; handlers make the offer.",
)

# ---------------------------------------------------------------- data assets
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policyholder, vehicle registration and VIN, mileage, loss circumstances.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
engineer_report = tg.Data(
    "Engineer damage and condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Total-loss category, condition grade, pre-accident damage and photos.",
)
dealer_listings = tg.Data(
    "Dealer price listings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Advertised retail prices and trade guide values, licensed from the vendor.",
)
market_prices = tg.Data(
    "Market price history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
valuation_request = tg.Data("Valuation request", kind="records", sensitivity=tg.Sensitivity.PII)
valuation_features = tg.Data(
    "Vehicle valuation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Make, model, trim, age, mileage, condition grade, region, comparables.",
)
valuation = tg.Data(
    "Pre-accident value estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Estimated value with the comparable listings it was anchored on.",
)
offer = tg.Data("Settlement offer", kind="records", sensitivity=tg.Sensitivity.PII)
counter_evidence = tg.Data(
    "Claimant counter-evidence",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Adverts and receipts a claimant sends to argue for a higher value.",
)
bank_details = tg.Data("Claimant bank details", kind="records", sensitivity=tg.Sensitivity.PII)
payment_request = tg.Data(
    "Settlement payment request", kind="records", sensitivity=tg.Sensitivity.PII
)
settlement_history = tg.Data(
    "Historical total-loss settlements",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past valued claims with the final agreed settlement amount.",
)
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Valuation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The policyholder or third-party claimant whose car was written off.
    claimant = tm.add(tg.Actor("Claimant", role="policyholder"))

with tm.boundary("Engineer firms", trust=tg.Trust.PARTNER):
    # Independent motor engineers on the insurer's panel inspect the car and declare it a total loss.
    engineer = tm.add(tg.Actor("Independent engineer", role="motor engineer"))

with tm.boundary("Price data vendor", trust=tg.Trust.PARTNER):
    # The licensed source of what comparable cars sell for at dealers.
    dealer_feed = tm.add(
        tg.DataSource(
            "Dealer price feed",
            origin=tg.Origin.VENDOR,
            provides={dealer_listings},
            description="Vendor API aggregating dealer forecourt adverts and trade guide values.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # Where panel engineers upload their reports; reachable from the internet.
    engineer_portal = tm.add(
        tg.Endpoint(
            "Engineer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-engineer username and password"),
                c.InputValidation(note="file type and size checks on uploaded photos"),
            },
        )
    )
    # Loads the vendor feed every night into the price history.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly price feed ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="vendor file specification v3")},
        )
    )
    # Comparable listings and trade values by make, model, trim, age and mileage band.
    price_store = tm.add(tg.DataStore("Market price store", stores={market_prices}))
    # Builds features from the claim and the comparables and calls the model.
    valuation_service = tm.add(
        tg.Service(
            "Valuation service",
            description="Assembles features for one claim, calls the model and returns the value with its comparables.",
            controls={
                c.ExplainabilityLogging(
                    note="each valuation stored with its inputs and comparables"
                ),
                c.HumanInTheLoop(approver="claims handler, who sets every offer"),
            },
        )
    )
    # The model itself: its value is the starting point of the offer to the customer.
    valuation_model = tm.add(
        tg.Model(
            "Total-loss valuation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor predicting pre-accident retail value.",
        )
    )
    # The claims handler's screen for valuing the car and setting the offer.
    workbench = tm.add(
        tg.Endpoint(
            "Handler workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="motor claims team roles"),
            },
        )
    )

    with tm.boundary("Claims core", trust=tg.Trust.RESTRICTED):
        # The system of record for claims, reports, offers and payment details.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_record, engineer_report, offer, bank_details, counter_evidence},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )
        # Pays agreed settlements to the claimant's bank account.
        payments = tm.add(
            tg.Service(
                "Claims payment system",
                description="Runs the daily payment run for approved claim settlements.",
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly snapshot of settled total losses joined to the market prices at the time.
        training_set = tm.add(
            tg.Dataset("Valuation training set", stores={settlement_history, market_prices})
        )
        # Retrains the valuation model each month.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts the valuation service loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Values the car with the model's help and makes the settlement offer.
    handler = tm.add(tg.Actor("Claims handler", role="motor claims handler"))
    # Owns the model: retrains it and promotes new versions.
    data_scientist = tm.add(
        tg.Actor("Data scientist", role="pricing data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# Engineer reports into the claim
tm.flow(engineer, engineer_portal, engineer_report, protocol="https")
tm.flow(engineer_portal, claims_system, engineer_report)

# Dealer prices
tm.flow(dealer_feed, ingestion, dealer_listings, protocol="https", label="nightly pull")
tm.flow(ingestion, price_store, market_prices)

# Valuing one claim
tm.flow(handler, workbench, valuation_request, protocol="https")
tm.flow(workbench, valuation_service, valuation_request)
tm.flow(claims_system, valuation_service, claim_record, engineer_report)
tm.flow(price_store, valuation_service, market_prices, label="comparable listings")
tm.flow(valuation_service, valuation_model, valuation_features)
tm.flow(valuation_model, valuation_service, valuation)
tm.flow(valuation_service, workbench, valuation)
tm.flow(workbench, handler, valuation, protocol="https")

# The offer, the claimant's answer and the payment
tm.flow(
    handler, workbench, offer, bank_details, protocol="https", label="records offer and acceptance"
)
tm.flow(workbench, claims_system, offer, bank_details, counter_evidence)
tm.flow(handler, claimant, offer, protocol="smtp", label="offer letter by e-mail")
tm.flow(claimant, handler, counter_evidence, protocol="smtp", label="reply with adverts")
tm.flow(claimant, handler, bank_details, protocol="phone", label="accepts offer by phone")
tm.flow(handler, workbench, counter_evidence, protocol="https", label="attaches claimant evidence")
tm.flow(workbench, payments, payment_request)

# Retraining and release
tm.flow(claims_system, training_set, settlement_history, label="monthly export")
tm.flow(price_store, training_set, market_prices, label="monthly export")
tm.flow(training_set, training, settlement_history, market_prices)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, label="promotes version")
tm.flow(registry, valuation_model, model_artifact, label="load promoted version")
