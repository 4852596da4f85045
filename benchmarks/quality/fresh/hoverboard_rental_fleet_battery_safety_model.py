"""Hoverboard rental fleet battery safety model: the first design, before security review.

We rent self-balancing hoverboards from street docks in several EU cities. Every
board carries a battery management module that reports cell voltages, pack
temperatures, charge cycles and GPS position over cellular MQTT to a managed IoT
broker run by a vendor. Our ingestion service stores the telemetry; a scoring
service runs an in-house battery risk detector over recent windows every five
minutes and writes a lockout flag for boards at risk of thermal runaway, which
the rental API checks before it unlocks a board, and sends retrieval work orders
to field technicians. Technicians file inspection reports through a portal;
their outcomes become labels for weekly retraining, and the ML engineer promotes
model versions from the registry. Riders sign in with an SMS code, boards use
per-board certificates, and the BMS hardware has its own temperature cut-off.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hoverboard rental fleet battery safety model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Locks out rental hoverboards whose batteries a detector rates at risk of fire.",
)

# ---------------------------------------------------------------- data assets
rental_request = tg.Data(
    "Rental request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Rider account, board QR code and the rider's position.",
)
rental_confirmation = tg.Data("Rental confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
rider_records = tg.Data(
    "Rider accounts and rental history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
board_status = tg.Data(
    "Board status and lockout flags",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
unlock_command = tg.Data(
    "Unlock command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Battery and location telemetry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Cell voltages, pack temperatures, charge cycles and GPS position; "
    "the position during a ride is the rider's.",
)
feature_windows = tg.Data(
    "Battery feature windows", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
risk_score = tg.Data("Battery risk score", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
work_order = tg.Data(
    "Retrieval work order",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Board id, last position and the reason it was locked out.",
)
inspection_report = tg.Data(
    "Inspection report", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
return_to_service = tg.Data(
    "Return-to-service release",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Inspection outcome labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_windows = tg.Data(
    "Labelled telemetry windows", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_artifact = tg.Data(
    "Battery risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
promotion = tg.Data("Model promotion", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public renting boards from the mobile app.
    rider = tm.add(tg.Actor("Rider", role="customer"))
    # Our own staff, on company phones over the mobile network.
    technician = tm.add(tg.Actor("Field technician", role="field technician"))

with tm.boundary("Street fleet", trust=tg.Trust.UNTRUSTED):
    # Each board's BMS module: reports telemetry and accepts unlock commands.
    board = tm.add(
        tg.Device(
            "Hoverboard BMS module",
            fleet=True,
            description="Battery management board with a cellular modem, on every hoverboard.",
            controls={
                tg.controls.SafetyLimits(
                    limits="BMS hardware disconnects the pack above 65 C and on cell over-voltage"
                )
            },
        )
    )

with tm.boundary("IoT vendor", trust=tg.Trust.PARTNER):
    # Managed MQTT broker and device registry; relays telemetry and commands.
    broker = tm.add(tg.ExternalService("Managed IoT broker", provides="generic"))

with tm.boundary("Rental platform cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the rider app: sign-in, rentals, unlocks.
    rental_api = tm.add(
        tg.Endpoint(
            "Rental API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="phone number and SMS one-time code"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for riders, rentals and each board's status.
    fleet_db = tm.add(
        tg.DataStore(
            "Fleet and rental database",
            stores={rider_records, board_status},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Subscribes to the broker and writes telemetry to the time-series store.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Time-series store of all board telemetry, kept for training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry time-series store",
            stores={telemetry},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every five minutes: builds windows, asks the model, sets lockouts.
    scoring = tm.add(
        tg.Service(
            "Battery safety scoring service",
            description="Locks out boards whose risk score passes the threshold and raises a work order.",
        )
    )
    # Gradient-boosted detector of cells heading for thermal runaway.
    risk_model = tm.add(
        tg.Model(
            "Battery risk model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores each board's risk of battery fire from recent telemetry.",
        )
    )
    # Web portal for technicians: work orders, inspections, return to service.
    portal = tm.add(
        tg.Endpoint(
            "Technician portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Telemetry windows joined with inspection outcomes.
        dataset = tm.add(tg.Dataset("Labelled battery dataset", stores={training_windows, labels}))
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining pipeline", stage=tg.Stage.TRAINING))
        # Holds trained versions; the engineer promotes one to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: training settings and promotion.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Renting a board
tm.flow(rider, rental_api, rental_request, protocol="https")
tm.flow(fleet_db, rental_api, board_status, rider_records, label="status check before unlock")
tm.flow(rental_api, fleet_db, rider_records, label="rental record")
tm.flow(rental_api, broker, unlock_command, protocol="https")
tm.flow(
    broker,
    board,
    unlock_command,
    protocol="mqtt over tls",
    controls={tg.controls.MutualAuthentication(note="per-board X.509 certificates")},
)
tm.flow(rental_api, rider, rental_confirmation, protocol="https")

# Telemetry
tm.flow(
    board,
    broker,
    telemetry,
    protocol="mqtt over tls",
    controls={tg.controls.MutualAuthentication(note="per-board X.509 certificates")},
)
tm.flow(broker, ingestion, telemetry, protocol="mqtt over tls", label="subscription")
tm.flow(ingestion, telemetry_store, telemetry)

# Scoring and lockout
tm.flow(telemetry_store, scoring, telemetry, label="recent windows every 5 minutes")
tm.flow(scoring, risk_model, feature_windows)
tm.flow(risk_model, scoring, risk_score)
tm.flow(scoring, fleet_db, board_status, label="lockout flag")
tm.flow(scoring, portal, work_order)

# Technicians
tm.flow(portal, technician, work_order, protocol="https")
tm.flow(technician, portal, inspection_report, protocol="https")
tm.flow(technician, portal, return_to_service, protocol="https", label="clears board")
tm.flow(portal, fleet_db, return_to_service)
tm.flow(portal, dataset, labels)

# Retraining and promotion
tm.flow(telemetry_store, dataset, training_windows, label="weekly export")
tm.flow(dataset, training, training_windows, labels)
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, risk_model, model_artifact, label="deploy promoted version")
