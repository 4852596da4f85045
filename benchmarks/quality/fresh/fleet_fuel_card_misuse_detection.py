"""Fleet fuel card misuse detection: the first design, before any security review.

A European logistics company has issued fuel cards to about 2,000 drivers. An
ingestion job in the company's cloud data platform polls the card issuer's API for
new fuel transactions and joins each one with the vehicle's telematics from the
telematics vendor (GPS position, tank level, fuel type) into a feature store. A
scoring service asks an in-house model whether the transaction fits the vehicle
(wrong place, tank already full, wrong fuel). Above a high score it blocks the
card at once through the issuer's API and tells the driver; below that it opens a
case for a fleet controller in the case management app. Drivers dispute blocks
and cases in the driver app (employee number and PIN); controllers sign in with
corporate SSO. Controllers' outcomes feed a monthly retraining job that writes
the new model to a registry. Calls to the issuer and vendor use HTTPS with API
keys kept in the cloud secrets manager; decisions are logged for a year.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Fleet fuel card misuse detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags fuel card transactions that do not match the vehicle, blocks or opens a case.",
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Fuel card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Masked card number, driver id, station, time, litres, fuel grade, amount.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
telematics = tg.Data(
    "Vehicle telematics",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position history, tank level and fuel type per vehicle.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Transaction-vehicle features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Distance from vehicle to station, tank level before and after, grade match.",
)
score = tg.Data("Misuse score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
block_request = tg.Data(
    "Card block request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
block_result = tg.Data(
    "Card status response", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
unblock_request = tg.Data(
    "Card unblock request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Misuse case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The transaction, the vehicle's track around it, the score and reasons.",
)
notice = tg.Data("Card block notice", kind="records", sensitivity=tg.Sensitivity.PII)
dispute = tg.Data(
    "Driver dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The driver's explanation and optional receipt photo.",
)
dispute_outcome = tg.Data("Dispute outcome", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Controller outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Misuse confirmed or cleared, per case and per upheld dispute.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Misuse model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The 2,000 drivers holding fuel cards; a few may misuse them.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The company's mobile app on drivers' phones: block notices and disputes.
    driver_app = tm.add(tg.Device("Driver app", fleet=True, description="Android and iOS app."))

with tm.boundary("Card issuer", trust=tg.Trust.PARTNER):
    # The fuel card issuer: source of transactions and the only place a card is blocked.
    issuer = tm.add(
        tg.ExternalService(
            "Card issuer API",
            provides=tg.ExternalCategory.GENERIC,
            description="Transaction listing and card status (block / unblock) endpoints.",
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud that collects the in-vehicle units' data.
    telematics_src = tm.add(
        tg.DataSource(
            "Telematics platform",
            origin=tg.Origin.PARTNER,
            provides={telematics},
            description="REST API over the in-vehicle units' position and tank readings.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Backend for the driver app: sends block notices, takes disputes.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="employee number and PIN"),
            },
        )
    )
    # Where fleet controllers work the cases and disputes.
    case_app = tm.add(
        tg.Service(
            "Case management app",
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC)"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
        # Polls the issuer and the vendor and joins transactions with vehicle data.
        ingestion = tm.add(
            tg.Pipeline(
                "Transaction ingestion and join",
                stage=tg.Stage.INGESTION,
                description="Runs every five minutes; matches card to vehicle by assignment table.",
                controls={tg.controls.SecretsManagement()},
            )
        )
        # Joined features, read online by the scorer and offline for training.
        feature_store = tm.add(
            tg.FeatureStore(
                "Feature store",
                stores={features},
                online=True,
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Scores each new transaction and acts on the score.
        scorer = tm.add(
            tg.Service(
                "Misuse scoring service",
                description="Score above 0.95 blocks the card; 0.6 to 0.95 opens a case.",
                controls={
                    tg.controls.SecretsManagement(),
                    tg.controls.AuditLogging(retention_days=365),
                    tg.controls.Contestability(
                        note="drivers dispute in the driver app; a controller reviews each"
                    ),
                },
            )
        )
        # The in-house classifier that decides whether a transaction fits the vehicle.
        model = tm.add(
            tg.Model(
                "Fuel misuse model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over location, tank and grade features.",
            )
        )
        # Confirmed and cleared cases with their features, for retraining.
        outcome_set = tm.add(tg.Dataset("Case outcome dataset", stores={outcome, features}))
        # Monthly retraining from controllers' outcomes.
        retraining = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                controls={
                    tg.controls.ModelValidation(
                        note="new model must match the current one's precision on a holdout month"
                    )
                },
            )
        )
        # Versions of the model; the scorer loads the latest one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews cases and disputes, confirms or clears misuse, unblocks cards.
    controller = tm.add(tg.Actor("Fleet controller", role="fleet controller"))

# ---------------------------------------------------------------- flows
# Ingestion and join
tm.flow(ingestion, issuer, protocol="https", label="poll new transactions")
tm.flow(issuer, ingestion, transactions, protocol="https")
tm.flow(ingestion, telematics_src, protocol="https", label="query vehicle track")
tm.flow(telematics_src, ingestion, telematics, protocol="https")
tm.flow(ingestion, feature_store, features)

# Scoring and action
tm.flow(feature_store, scorer, features, label="online lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, issuer, block_request, protocol="https", label="score above 0.95")
tm.flow(issuer, scorer, block_result, protocol="https")
tm.flow(scorer, case_app, case, label="score 0.6 to 0.95, and every block")
tm.flow(scorer, driver_api, notice)
tm.flow(driver_api, driver_app, notice, protocol="https", label="push notification")
tm.flow(driver_app, driver, notice)

# Disputes
tm.flow(driver, driver_app, dispute)
tm.flow(driver_app, driver_api, dispute, protocol="https")
tm.flow(driver_api, case_app, dispute)
tm.flow(case_app, driver_api, dispute_outcome)
tm.flow(driver_api, driver_app, dispute_outcome, protocol="https")

# Controller review
tm.flow(case_app, controller, case, dispute, protocol="https")
tm.flow(controller, case_app, outcome, protocol="https")
tm.flow(case_app, issuer, unblock_request, protocol="https", label="cleared or upheld dispute")
tm.flow(issuer, case_app, block_result, protocol="https")

# Retraining
tm.flow(case_app, outcome_set, outcome)
tm.flow(feature_store, outcome_set, features, label="offline snapshot")
tm.flow(outcome_set, retraining, outcome, features)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, label="load latest version")
