"""Cinema projection booth fault prediction: the first design, before any security review.

The chain runs digital projectors (laser and xenon lamp) and media servers in the
projection booth of every screen. A small gateway in each booth polls the equipment
over SNMP and pushes lamp hours, light output, temperatures, fan speeds, disk health
and error codes to a telemetry API in our cloud account. Every hour a visit scheduler
scores the latest telemetry with an in-house fault prediction model (gradient-boosted
trees, retrained nightly on telemetry and engineers' visit outcomes) and, where a
lamp or server is likely to fail before upcoming shows, books an engineer visit
between shows, using the film booking system's show times and the engineer rota.
Visits go to our field engineers' mobile work-order app or, in regions we do not
cover, to a contracted field service company's API. Sites sign in to the telemetry
API with a per-site API key, engineers with company SSO and MFA; the stores are
encrypted at rest and models in the registry are versioned.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cinema projection booth fault prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts projector lamp and media server faults from booth telemetry and "
        "schedules engineer visits before shows fail."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Booth equipment telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lamp hours, light output, temperatures, fan speeds, disk SMART, error codes.",
)
feature_window = tg.Data(
    "Telemetry feature windows", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
risk_scores = tg.Data(
    "Fault risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Probability of a lamp or server fault per screen within 72 hours.",
)
show_schedule = tg.Data("Show schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data(
    "Engineer rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Engineer names, mobile numbers, home regions and shifts.",
)
work_orders = tg.Data(
    "Engineer visit work orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, screen, suspected fault, time slot and assigned engineer.",
)
outcomes = tg.Data(
    "Visit outcome reports",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="What the engineer found and replaced; the labels for retraining.",
)
overrides = tg.Data("Visit overrides", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cinema booth network", trust=tg.Trust.INTERNAL):
    # The projectors and media servers in every booth: the source of all telemetry.
    equipment = tm.add(
        tg.Device(
            "Projector and media server fleet",
            fleet=True,
            description="Digital cinema projectors and integrated media blocks, one set per screen.",
        )
    )
    # One per cinema: polls the booth equipment and forwards readings to the cloud.
    gateway = tm.add(
        tg.Service(
            "Booth telemetry gateway",
            description="Small Linux box on the booth LAN; SNMP polling every minute.",
        )
    )

with tm.boundary("Maintenance cloud", trust=tg.Trust.INTERNAL):
    # Where the site gateways push their readings.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-site API key"),
                c.SchemaEnforcement(note="rejects payloads that do not match the telemetry schema"),
            },
        )
    )
    # Time-series history of every booth, for scoring and for training.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Work orders, engineer rota and visit outcomes.
    maintenance_db = tm.add(
        tg.DataStore(
            "Maintenance database",
            stores={work_orders, rota, outcomes},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Predicts which lamps and servers are about to fail.
    fault_model = tm.add(
        tg.Model(
            "Fault prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over 24-hour telemetry windows.",
        )
    )
    # Hourly: scores telemetry, fits visits between shows, books engineers.
    scheduler = tm.add(
        tg.Service(
            "Visit scheduler",
            description="Books a visit automatically when the fault risk is above 0.7; "
            "coordinators can move or cancel it afterwards.",
            controls={c.RBAC()},
        )
    )
    # What the field engineers' mobile app and the contractor talk to.
    work_order_api = tm.add(
        tg.Endpoint(
            "Engineer work-order API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="company SSO (OIDC) with MFA for engineers; static API key for the contractor"
                )
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Nightly retraining on telemetry history and visit outcomes.
        training = tm.add(
            tg.Pipeline(
                "Nightly training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Installs its Python dependencies from PyPI on each run.",
            )
        )
        # Holds trained model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The film booking system: when each screen has shows.
    booking = tm.add(
        tg.DataSource(
            "Film booking system",
            origin=tg.Origin.INTERNAL,
            provides={show_schedule},
        )
    )
    # Watches the planned visits and moves them when the model gets it wrong.
    coordinator = tm.add(tg.Actor("Maintenance coordinator", role="maintenance coordinator"))
    # Owns the model and its training code.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Our own engineers, on company phones over mobile networks.
    engineer = tm.add(tg.Actor("Field engineer", role="field engineer"))

with tm.boundary("Field service contractor", trust=tg.Trust.PARTNER):
    # Covers the regions where we have no engineers of our own.
    contractor = tm.add(
        tg.ExternalService("Contractor dispatch API", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
# telemetry in
tm.flow(equipment, gateway, telemetry, protocol="snmp", label="SNMPv2c polling")
tm.flow(gateway, ingest, telemetry, protocol="https")
tm.flow(ingest, telemetry_store, telemetry)

# scoring and scheduling
tm.flow(telemetry_store, scheduler, telemetry, label="hourly scoring read")
tm.flow(scheduler, fault_model, feature_window)
tm.flow(fault_model, scheduler, risk_scores)
tm.flow(booking, scheduler, show_schedule, protocol="https", label="daily show times sync")
tm.flow(maintenance_db, scheduler, rota, work_orders)
tm.flow(scheduler, maintenance_db, work_orders)
tm.flow(
    scheduler, coordinator, risk_scores, work_orders, protocol="https", label="planning dashboard"
)
tm.flow(coordinator, scheduler, overrides, protocol="https")

# dispatch and outcomes
tm.flow(scheduler, work_order_api, work_orders)
tm.flow(work_order_api, engineer, work_orders, protocol="https")
tm.flow(engineer, work_order_api, outcomes, protocol="https")
tm.flow(scheduler, contractor, work_orders, protocol="https")
tm.flow(contractor, work_order_api, outcomes, protocol="https", label="job completion webhook")
tm.flow(work_order_api, maintenance_db, outcomes)

# training and release
tm.flow(telemetry_store, training, telemetry, label="nightly export")
tm.flow(maintenance_db, training, outcomes, label="nightly export")
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, fault_model, model_artifact, label="deploy latest version")
