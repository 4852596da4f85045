"""Elevator predictive maintenance: the first design, before any security review.

Every elevator we install has a controller that records door cycles, motor
currents, trip counts and fault codes. A site gateway in the machine room reads
the controllers over Modbus and publishes the telemetry over MQTT with a device
certificate to our ingestion endpoint in the manufacturer cloud, which also
pushes sampling configuration back down. A daily feature job turns the telemetry
lake into features; a failure model scores each elevator and a scheduler turns
high failure probabilities into work orders. Each quarter the model is retrained
on features labelled with technicians' visit findings, and a reliability engineer
promotes the new version from the registry. Building managers see their
elevators' status in a web portal, and technicians receive work orders and file
visit reports in a mobile app; both sign in. The telemetry lake is encrypted with
cloud KMS keys and the registry keeps model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Elevator predictive maintenance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Failure prediction and visit scheduling from controller telemetry of "
        "installed elevators, with a customer status portal and a technician app."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Controller telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Door cycles, motor current, leveling error, trip counts, fault codes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gateway_config = tg.Data(
    "Gateway configuration",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sampling rates, register maps and upload schedule pushed to gateways.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data("Component wear features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Component failures confirmed by technicians, joined to telemetry windows.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Failure model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
predictions = tg.Data(
    "Failure predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-component failure probability over the next 30 days.",
)
work_orders = tg.Data(
    "Work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, building contact name and phone, machine-room access notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
visit_reports = tg.Data(
    "Visit reports",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Technician findings, parts replaced, closure codes.",
)
status = tg.Data(
    "Elevator status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-building availability, open faults and upcoming visits.",
)
portal_request = tg.Data("Portal request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
promotion = tg.Data("Model promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_request = tg.Data(
    "Retraining run request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer building sites", trust=tg.Trust.PARTNER):
    # The installed base: one controller per elevator, on the customer's premises.
    controllers = tm.add(
        tg.Device("Elevator controllers", description="Installed controllers, read-only telemetry.")
    )
    # Our box in each machine room: bridges the controllers to the cloud over cellular.
    gateway = tm.add(
        tg.Device("Site gateways", description="Linux gateway with a per-device X.509 certificate.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customers' facility managers checking their elevators.
    building_manager = tm.add(tg.Actor("Building manager", role="customer"))
    # Field technicians, using the work-order app on company phones.
    technician = tm.add(tg.Actor("Field technician", role="technician"))

with tm.boundary("Manufacturer cloud", trust=tg.Trust.INTERNAL):
    # MQTT broker endpoint the gateways connect to.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="X.509 device certificates")},
        )
    )
    # Raw telemetry history for all sites.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores every elevator once a day.
    failure_model = tm.add(
        tg.Model(
            "Failure prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees per component family.",
        )
    )
    # Turns predictions above threshold into technician visits.
    scheduler = tm.add(
        tg.Service("Maintenance scheduler", description="Creates and assigns work orders.")
    )
    # Work orders and visit reports, the field-service system of record.
    work_order_db = tm.add(tg.DataStore("Work order database", stores={work_orders, visit_reports}))
    # Customer-facing status web portal.
    portal = tm.add(
        tg.Endpoint(
            "Building status portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer identity platform, password and email OTP"),
                c.RBAC(note="a manager sees only the buildings on their contract"),
            },
        )
    )
    # Backend of the technician mobile app.
    tech_api = tm.add(
        tg.Endpoint(
            "Technician app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Daily job: telemetry windows to wear features.
        feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
        # Features joined with confirmed failures, for retraining.
        training_set = tm.add(tg.Dataset("Training dataset", stores={features, labels}))
        # Quarterly retraining job.
        retraining = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the failure model; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: runs the quarterly retraining and promotes new versions.
    engineer = tm.add(tg.Actor("Reliability engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(controllers, gateway, telemetry, protocol="modbus", label="register polling")
tm.flow(gateway, ingestion, telemetry, protocol="mtls", label="MQTT over cellular")
tm.flow(ingestion, gateway, gateway_config, protocol="mtls", label="config push")
tm.flow(ingestion, lake, telemetry)

tm.flow(lake, feature_job, telemetry)
tm.flow(feature_job, failure_model, features, label="daily scoring")
tm.flow(failure_model, scheduler, predictions)
tm.flow(scheduler, work_order_db, work_orders)

tm.flow(work_order_db, tech_api, work_orders)
tm.flow(tech_api, technician, work_orders, protocol="https")
tm.flow(technician, tech_api, visit_reports, protocol="https")
tm.flow(tech_api, work_order_db, visit_reports)

tm.flow(building_manager, portal, portal_request, protocol="https")
tm.flow(lake, portal, status, label="current faults")
tm.flow(work_order_db, portal, status, label="upcoming visits")
tm.flow(portal, building_manager, status, protocol="https")

tm.flow(feature_job, training_set, features)
tm.flow(work_order_db, training_set, labels, label="closure codes as labels")
tm.flow(training_set, retraining, features, labels)
tm.flow(engineer, retraining, run_request, label="launches quarterly run")
tm.flow(retraining, registry, model_artifact)
tm.flow(engineer, registry, promotion, label="promotes version")
tm.flow(
    registry,
    failure_model,
    model_artifact,
    label="deploy promoted version",
    controls={c.HumanInTheLoop(approver="reliability engineer")},
)
