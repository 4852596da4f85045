"""Wind farm gearbox failure predictor: the first design, before any security review.

Condition-monitoring sensors in each offshore turbine's nacelle measure gearbox
vibration and bearing and oil temperatures; the wind farm's SCADA server collects
them and an OT gateway at the onshore control centre pushes them, outbound only,
to a telemetry historian in our cloud analytics platform. A model trained on past
gearbox failures and the maintenance records in the CMMS scores every turbine once
a day, and the maintenance planner sees the ranking on a dashboard and books
vessels and technician crews with a marine logistics provider. The turbine
manufacturer's warranty engineers read the same telemetry through a remote-access
portal to assess warranty claims. Controls so far: the gateway signs in to the
cloud with its own certificate over mutual TLS, the historian is encrypted at
rest, staff sign in through the corporate SSO with MFA, manufacturer engineers
have a user name and password on the portal, and models are backtested and
versioned before they score.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm gearbox failure predictor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ranks offshore turbines by predicted gearbox failure risk for maintenance planning.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Gearbox vibration and temperature telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vibration spectra, bearing and oil temperatures, rotor speed and power, per turbine.",
)
maintenance_records = tg.Data(
    "Maintenance records and failure history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Work orders, component replacements and confirmed gearbox failures.",
)
work_orders = tg.Data(
    "Maintenance work orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_set = tg.Data(
    "Labelled telemetry windows",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Telemetry windows before past failures and healthy periods, labelled from the CMMS.",
)
model_artifact = tg.Data(
    "Gearbox model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
features = tg.Data(
    "Turbine health features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data(
    "Gearbox failure risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ranking = tg.Data(
    "Turbine risk ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Turbines ordered by predicted failure probability in the next 90 days.",
)
booking = tg.Data(
    "Vessel and crew booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Turbine, date, vessel, work package and the names and certificates of the technicians.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
portal_query = tg.Data(
    "Warranty telemetry query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore turbine OT network", trust=tg.Trust.RESTRICTED):
    # The condition-monitoring sensors in every nacelle: the origin of all the data.
    sensors = tm.add(
        tg.Device(
            "Nacelle condition-monitoring sensors",
            fleet=True,
            description="Accelerometers and temperature probes on each turbine's gearbox.",
        )
    )
    # Collects turbine data for operations; we only read from it.
    scada = tm.add(
        tg.Service(
            "Wind farm SCADA server",
            description="Vendor SCADA that operates the turbines and keeps their measurements.",
        )
    )

with tm.boundary("Onshore control centre DMZ", trust=tg.Trust.INTERNAL):
    # The only path from OT to IT: reads SCADA tags and pushes them to the cloud.
    gateway = tm.add(
        tg.Service(
            "OT gateway",
            description="Industrial edge gateway; opens outbound connections only.",
        )
    )

with tm.boundary("Cloud analytics platform", trust=tg.Trust.INTERNAL):
    # Receives gateway messages and writes them to the historian.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion pipeline", stage=tg.Stage.INGESTION))
    # Long-term store of the telemetry, used for training, scoring and the OEM portal.
    historian = tm.add(
        tg.DataStore(
            "Turbine telemetry historian",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs once a day: builds features and asks the model for each turbine's risk.
    scoring = tm.add(tg.Service("Daily gearbox risk scoring job"))
    # The predictor itself.
    model = tm.add(
        tg.Model(
            "Gearbox failure model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            description="Drives which turbines get vessel time and costly gearbox interventions.",
        )
    )
    # Where the planner sees the ranking.
    dashboard = tm.add(
        tg.Endpoint(
            "Maintenance planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The manufacturer's window onto our telemetry for warranty claims.
    oem_portal = tm.add(
        tg.Endpoint(
            "OEM warranty remote-access portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="user name and password per manufacturer engineer")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Labelled examples assembled from the historian and the CMMS.
        dataset = tm.add(tg.Dataset("Gearbox training dataset", stores={training_set}))
        # Retrains the model each quarter and backtests it on held-out failures.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest on held-out past failures")},
            )
        )
        # Holds the approved model versions that scoring loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The system of record for maintenance: source of the failure labels.
    cmms = tm.add(
        tg.DataStore("Maintenance management system (CMMS)", stores={maintenance_records})
    )
    # Decides which turbines to visit and books the vessels and crews.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))

with tm.boundary("Marine logistics provider", trust=tg.Trust.PARTNER):
    # The provider's booking platform for crew transfer vessels and technicians.
    booking_system = tm.add(tg.ExternalService("Vessel and crew booking platform"))

with tm.boundary("Turbine manufacturer", trust=tg.Trust.PARTNER):
    # Reads telemetry to assess warranty claims on gearboxes.
    oem_engineer = tm.add(
        tg.Actor("Manufacturer warranty engineer", role="turbine manufacturer warranty engineer")
    )

# ---------------------------------------------------------------- flows
# Telemetry path from the turbines to the cloud
tm.flow(sensors, scada, telemetry, protocol="modbus")
tm.flow(scada, gateway, telemetry, protocol="opc-ua", label="tag subscription")
tm.flow(
    gateway,
    ingestion,
    telemetry,
    protocol="mtls",
    controls={c.MutualAuthentication(note="X.509 certificate per gateway")},
)
tm.flow(ingestion, historian, telemetry)

# Training
tm.flow(historian, dataset, telemetry, label="telemetry windows")
tm.flow(cmms, dataset, maintenance_records, protocol="https", label="nightly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)

# Daily scoring
tm.flow(registry, model, model_artifact, label="load approved version")
tm.flow(historian, scoring, telemetry)
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_scores)
tm.flow(scoring, dashboard, ranking)

# Maintenance planning
tm.flow(dashboard, planner, ranking, protocol="https")
tm.flow(planner, booking_system, booking, protocol="https")
tm.flow(booking_system, planner, booking_confirmation, protocol="https")
tm.flow(planner, cmms, work_orders, protocol="https")

# Manufacturer warranty access
tm.flow(oem_engineer, oem_portal, portal_query, protocol="https")
tm.flow(historian, oem_portal, telemetry)
tm.flow(oem_portal, oem_engineer, telemetry, protocol="https")
