"""Laundrette machine fault prediction: the first design, before any security review.

A chain of about 60 self-service laundrettes in the Netherlands and Belgium wants to
fix washing machines before they break. A retrofitted telemetry unit in each machine
reports motor current, vibration, water temperature, door-lock cycles and error codes
over the shop's cellular modem to an ingestion endpoint in our cloud account. A nightly
job scores every machine with an in-house fault model; machines above the threshold get
a work order that the maintenance scheduler books with the contracted engineers through
their field-service platform, with the shop's key safe code for out-of-hours visits.
Repair reports come back and become the labels for monthly retraining. Shop managers and
the maintenance coordinator follow machine health and bookings on a web dashboard.
Controls: per-device certificates and TLS on telemetry, schema checks at ingestion,
encrypted telemetry storage, SSO with MFA and roles on the dashboard, the platform API
key in the secret manager, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Laundrette machine fault prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts washing machine faults from telemetry and books contracted engineers.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Machine telemetry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Motor current, drum vibration, water temperature, door-lock cycles, error codes.",
)
features = tg.Data("Machine health features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_scores = tg.Data("Fault risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
repair_labels = tg.Data(
    "Repair outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Fault found (or none) per visited machine, derived from engineers' reports.",
)
model_file = tg.Data(
    "Fault model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Maintenance work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shop address, machine, predicted fault and visit window.",
)
key_safe_code = tg.Data(
    "Shop key safe code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Opens the key safe holding the service-room key, for out-of-hours visits.",
)
bookings = tg.Data(
    "Engineer bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineer name, mobile number and arrival slot.",
)
repair_reports = tg.Data(
    "Repair reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineer's notes, parts used and fault codes found, with the engineer's name.",
)
fault_reports = tg.Data("Manual fault reports", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
cancellations = tg.Data(
    "Booking cancellations", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard_view = tg.Data(
    "Machine health and booking view", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Laundrette shop floors",
    trust=tg.Trust.UNTRUSTED,
    description="Public, often unattended shops; the units sit inside the machines.",
):
    # The retrofitted sensor unit in each washing machine: the only source of telemetry.
    telemetry_unit = tm.add(
        tg.Device(
            "Machine telemetry unit",
            fleet=True,
            description="Microcontroller with sensors, on the shop's cellular modem.",
        )
    )
    # Shop managers watch their machines and report faults customers tell them about.
    shop_manager = tm.add(tg.Actor("Shop manager", role="shop manager"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Engineers of the contracted maintenance firm, on the platform's mobile app.
    engineer = tm.add(tg.Actor("Field engineer", role="contracted service engineer"))

with tm.boundary("Field-service vendor", trust=tg.Trust.PARTNER):
    # The maintenance contractor's SaaS that schedules and dispatches its engineers.
    booking_platform = tm.add(
        tg.ExternalService(
            "Field-service booking platform",
            description="Takes work orders by API, assigns engineers, collects their reports.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives telemetry from every machine; the only public listener for devices.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device X.509 client certificates"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Time-series history of all machines, for features, training and the dashboard.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry time-series store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The fault classifier, loaded by the nightly job.
    fault_model = tm.add(
        tg.Model(
            "Machine fault model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability of a fault needing an engineer within 14 days.",
        )
    )
    # Scores every machine once a night and hands high-risk ones to the scheduler.
    scoring_job = tm.add(tg.Service("Nightly fault scoring job"))
    # Turns high scores into work orders, books engineers, receives repair reports.
    scheduler = tm.add(
        tg.Service(
            "Maintenance scheduler",
            description="Books a visit automatically for any machine above the risk threshold.",
            controls={c.SecretsManagement(note="platform API key in the cloud secret manager")},
        )
    )
    # Web dashboard for shop managers and the maintenance coordinator.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company Microsoft 365 accounts with MFA"),
                c.RBAC(note="shop managers see their own shops; coordinator sees all"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Builds daily per-machine features from the raw telemetry.
        feature_pipeline = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Features joined with repair outcomes: what the model learns from.
        training_set = tm.add(tg.Dataset("Fault training set", stores={features, repair_labels}))
        # Monthly retraining run by the data scientist.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the data scientist marks one as production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Oversees bookings and can cancel a visit the model asked for.
    coordinator = tm.add(tg.Actor("Maintenance coordinator", role="operations staff"))
    # Owns the model: retrains, evaluates and promotes it.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# telemetry in
tm.flow(telemetry_unit, ingestion, telemetry, protocol="mqtts")
tm.flow(ingestion, telemetry_db, telemetry)

# features and training
tm.flow(telemetry_db, feature_pipeline, telemetry, label="nightly batch read")
tm.flow(feature_pipeline, training_set, features)
tm.flow(scheduler, training_set, repair_labels, label="outcome of each visit")
tm.flow(training_set, training, features, repair_labels)
tm.flow(training, registry, model_file)
tm.flow(data_scientist, registry, promotion, label="promotes a version to production")
tm.flow(registry, fault_model, model_file, label="loaded at the start of each run")

# nightly scoring
tm.flow(feature_pipeline, scoring_job, features)
tm.flow(scoring_job, fault_model, features)
tm.flow(fault_model, scoring_job, risk_scores)
tm.flow(scoring_job, scheduler, risk_scores, label="machines above threshold")
tm.flow(scoring_job, dashboard, risk_scores)

# booking engineers
tm.flow(scheduler, booking_platform, work_orders, key_safe_code, protocol="https")
tm.flow(booking_platform, scheduler, bookings, protocol="https", label="booking confirmation")
tm.flow(booking_platform, engineer, work_orders, key_safe_code, protocol="https")
tm.flow(engineer, booking_platform, repair_reports, protocol="https")
tm.flow(
    booking_platform, scheduler, repair_reports, protocol="https", label="job completion webhook"
)

# dashboard
tm.flow(telemetry_db, dashboard, telemetry, label="machine history")
tm.flow(scheduler, dashboard, bookings, work_orders)
tm.flow(dashboard, scheduler, fault_reports, cancellations)
tm.flow(dashboard, shop_manager, dashboard_view, protocol="https")
tm.flow(shop_manager, dashboard, fault_reports, protocol="https")
tm.flow(dashboard, coordinator, dashboard_view, protocol="https")
tm.flow(coordinator, dashboard, cancellations, protocol="https")
