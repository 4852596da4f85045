"""Marina fuel card fraud screening: the first design, before any security review.

Boaters buy fuel at unattended pay-at-pump terminals on the fuel docks of our
marinas, paying with a marine fuel card or a payment card. Each terminal sends an
authorization request to a cloud authorization service, which asks the card
processor for an issuer answer and, in parallel, scores the transaction with an
in-house fraud model fed from a velocity feature store (same card at several
docks, unusual volumes, odd hours). A high score declines the sale; otherwise the
terminal tells the pump controller to release fuel up to a preset amount. If the
score does not come back within 300 ms, the sale goes ahead on the issuer answer.
Fraud analysts review flagged sales in a case console; their outcomes and the
processor's chargeback file are used for monthly retraining, and models are
promoted through a registry. Terminals talk to the cloud over mutual TLS with
device certificates, card data is stored encrypted, and analysts sign in via SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marina fuel card fraud screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Real-time fraud screening of pay-at-pump fuel sales on marina fuel docks.",
)

# ---------------------------------------------------------------- data assets
card_entry = tg.Data(
    "Card and PIN entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card read at the terminal (chip or swipe) and the PIN for fuel cards.",
)
auth_request = tg.Data(
    "Fuel sale authorization request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Card number, expiry, dock and pump id, preset amount, vessel registration.",
)
issuer_response = tg.Data(
    "Issuer authorization response", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
features = tg.Data(
    "Card velocity features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sale_decision = tg.Data(
    "Sale approve or decline", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pump_release = tg.Data(
    "Pump release command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispensed = tg.Data("Dispensed volume", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sale_records = tg.Data(
    "Fuel sale records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chargebacks = tg.Data("Chargeback file", kind="labels", sensitivity=tg.Sensitivity.REGULATED)
case_outcomes = tg.Data("Case outcomes", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weights = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public fuel dock", trust=tg.Trust.UNTRUSTED):
    # Anyone who ties up at the fuel dock can use a terminal, stolen cards included.
    boater = tm.add(tg.Actor("Boater", role="customer"))

with tm.boundary("Marina site network", trust=tg.Trust.INTERNAL):
    # Unattended outdoor payment terminal, one per fuel dock; reads cards and PINs.
    terminal = tm.add(
        tg.Device(
            "Dock payment terminal",
            fleet=True,
            description="Outdoor pay-at-pump unit on the dock, connected over the marina LAN.",
        )
    )
    # Dispenser controller: releases fuel up to the preset amount the terminal sends.
    pump = tm.add(
        tg.Device(
            "Fuel pump controller",
            fleet=True,
            description="Dispenser controller wired to the terminal over a serial link.",
        )
    )

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # The acquiring processor that routes the request to the card or fuel-card issuer.
    processor = tm.add(
        tg.ExternalService(
            "Card processor",
            provides=tg.ExternalCategory.GENERIC,
            description="Acquirer gateway; also delivers a daily chargeback file.",
        )
    )

with tm.boundary("Payments cloud", trust=tg.Trust.INTERNAL):
    with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
        # Receives every terminal's request, calls the processor and the fraud model.
        auth_service = tm.add(
            tg.Endpoint(
                "Fuel authorization service",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="terminal device certificates"),
                    c.InputValidation(),
                },
            )
        )
        # Online fraud model; a score above the threshold declines the sale.
        fraud_model = tm.add(
            tg.Model(
                "Fuel card fraud model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees scoring each fuel sale before the pump is released.",
            )
        )
        # Per-card and per-dock velocity counters updated on every sale.
        feature_store = tm.add(
            tg.FeatureStore("Velocity feature store", stores={features}, online=True)
        )
        # System of record for sales, analyst outcomes and chargebacks.
        sale_db = tm.add(
            tg.DataStore(
                "Fuel sale database",
                stores={sale_records, case_outcomes, chargebacks},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )

    # Web console where analysts work the queue of flagged and disputed sales.
    case_console = tm.add(
        tg.Service(
            "Fraud case console",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining from labelled sales.
        training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds versioned model artifacts; the current version is deployed to serving.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged sales and records whether they were fraud.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))
    # Trains models and promotes a version to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(boater, terminal, card_entry, label="card and PIN at the dock")
tm.flow(terminal, auth_service, auth_request, protocol="mtls")
tm.flow(auth_service, processor, auth_request, protocol="https")
tm.flow(processor, auth_service, issuer_response, protocol="https")
tm.flow(feature_store, auth_service, features, label="velocity lookup")
tm.flow(auth_service, feature_store, features, label="counter update")
tm.flow(auth_service, fraud_model, features, auth_request)
tm.flow(fraud_model, auth_service, score)
tm.flow(auth_service, terminal, sale_decision, protocol="mtls")
tm.flow(terminal, pump, pump_release, label="preset amount")
tm.flow(pump, terminal, dispensed)
tm.flow(terminal, auth_service, dispensed, protocol="mtls", label="completion")
tm.flow(auth_service, sale_db, sale_records, score)

tm.flow(processor, sale_db, chargebacks, protocol="sftp", label="daily chargeback file")
tm.flow(sale_db, case_console, sale_records, score, label="flagged and disputed sales")
tm.flow(case_console, analyst, sale_records, protocol="https")
tm.flow(analyst, case_console, case_outcomes, protocol="https")
tm.flow(case_console, sale_db, case_outcomes)

tm.flow(sale_db, training, sale_records, case_outcomes, chargebacks)
tm.flow(feature_store, training, features, label="feature snapshot")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, weights, label="promotes a version")
tm.flow(registry, fraud_model, weights, label="deploy")
