"""Car park EV charger fault detection: the first design, before any security review.

A car park operator runs AC and DC chargers on the decks of its multi-storey car
parks. Drivers start a session with an RFID charge card. The chargers talk OCPP 1.6J
to a charge point management system (CSMS) hosted by a vendor. We add fault
detection: a pipeline pulls meter values, connector temperatures and error codes
from the CSMS API into a telemetry store, and a fault detection service scores them
every minute with an in-house model. On a serious fault (overheating connector,
ground fault, stuck contactor) it sets the charger out of service through the CSMS
and opens a ticket in the maintenance contractor's field-service system; operations
staff see faults on a dashboard and can put a charger back in service. Closed
tickets label past telemetry for nightly retraining. Controls: OCPP over TLS with a
per-charger password, the chargers' own hardware protection, SSO and roles on the
dashboard, API key in a vault, encryption at rest, model validation and versioning.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car park EV charger fault detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Detects charger faults from OCPP telemetry and takes faulty chargers out of service.",
)

# ---------------------------------------------------------------- data assets
charge_card = tg.Data(
    "Charge card token",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="RFID card UID linked to the driver's charging account.",
)
charging_status = tg.Data("Charging status", sensitivity=tg.Sensitivity.INTERNAL)
ocpp_messages = tg.Data(
    "OCPP session and status messages",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Authorize, start and stop transaction, status notifications with the card UID.",
)
telemetry = tg.Data(
    "Charger telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Meter values, connector and cabinet temperatures, error codes, per charger.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charger_commands = tg.Data(
    "Charger commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="ChangeAvailability, RemoteStop, Reset and authorization replies from the CSMS.",
)
fault_detection = tg.Data(
    "Fault detection",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Fault class and confidence per connector.",
)
out_of_service = tg.Data(
    "Availability change request",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Take a connector out of service, or put it back.",
)
fault_ticket = tg.Data(
    "Fault ticket",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Site, deck, charger, fault class and recent readings.",
)
work_order = tg.Data("Work order", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
repair_outcome = tg.Data(
    "Repair outcome",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="What the technician found and replaced, or no fault found.",
)
fault_alerts = tg.Data("Fault alerts", sensitivity=tg.Sensitivity.INTERNAL)
return_to_service = tg.Data("Return-to-service override", sensitivity=tg.Sensitivity.INTERNAL)
training_windows = tg.Data(
    "Labelled telemetry windows",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fault model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
api_key = tg.Data("CSMS API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Car park decks", trust=tg.Trust.UNTRUSTED):
    # Anyone who parks can plug in and tap a card.
    driver = tm.add(tg.Actor("Driver", role="customer"))

with tm.boundary("Charger site network", trust=tg.Trust.INTERNAL):
    # The chargers themselves, on an LTE router per car park.
    chargers = tm.add(
        tg.Device(
            "EV chargers",
            description="22 kW AC and 150 kW DC units from two manufacturers, OCPP 1.6J.",
            controls={
                c.SafetyLimits(
                    limits="charger hardware: RCD trip, connector over-temperature derate and cut-off"
                )
            },
        )
    )

with tm.boundary("CSMS vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor-hosted back office every charger connects to.
    csms = tm.add(
        tg.ExternalService(
            "Charge point management system",
            description="Hosted CSMS: sessions, charger status, remote commands, REST API.",
            controls={
                c.Authentication(method="OCPP security profile 2: per-charger password over TLS")
            },
        )
    )

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # The maintenance contractor's field-service SaaS, where repairs are dispatched.
    ticketing = tm.add(
        tg.ExternalService("Field-service ticketing", description="Contractor's work-order system.")
    )
    technician = tm.add(tg.Actor("Maintenance technician", role="contractor technician"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Pulls telemetry from the CSMS API every minute.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # Time series of every charger's readings.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores telemetry, acts on serious faults, raises tickets and alerts.
    fault_service = tm.add(
        tg.Service(
            "Fault detection service",
            description="Runs every minute; takes a connector out of service on a serious fault.",
            controls={
                c.SecretsManagement(note="CSMS API key and ticketing token in the cloud vault")
            },
        )
    )
    # The model that classifies telemetry windows into fault classes.
    fault_model = tm.add(
        tg.Model(
            "Charger fault model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Classifies 15-minute telemetry windows: normal, overheating, ground fault, contactor, meter.",
        )
    )
    # What operations staff use to follow faults and override the service.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Labelled history for training.
    dataset = tm.add(tg.Dataset("Fault training set", stores={training_windows}))
    # Nightly retraining from repair outcomes and telemetry.
    training = tm.add(
        tg.Pipeline(
            "Nightly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="recall on known faults checked before publishing")},
        )
    )
    # Where the fault service loads model versions from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    ops_staff = tm.add(tg.Actor("Operations staff", role="operations"))
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# charging
tm.flow(driver, chargers, charge_card, label="tap card and plug in")
tm.flow(chargers, driver, charging_status, label="screen and LEDs")
tm.flow(chargers, csms, ocpp_messages, telemetry, protocol="wss")
tm.flow(csms, chargers, charger_commands, protocol="wss")

# telemetry into our cloud
tm.flow(fault_service, csms, api_key, out_of_service, protocol="https")
tm.flow(ingestion, csms, api_key, protocol="https", label="telemetry pull request")
tm.flow(csms, ingestion, telemetry, protocol="https")
tm.flow(ingestion, telemetry_store, telemetry)

# detection
tm.flow(telemetry_store, fault_service, telemetry)
tm.flow(fault_service, fault_model, telemetry)
tm.flow(fault_model, fault_service, fault_detection)
tm.flow(fault_service, ticketing, fault_ticket, protocol="https")
tm.flow(ticketing, technician, work_order, protocol="https")
tm.flow(technician, ticketing, repair_outcome, protocol="https")

# operations
tm.flow(fault_service, dashboard, fault_alerts)
tm.flow(dashboard, ops_staff, fault_alerts, protocol="https")
tm.flow(ops_staff, dashboard, return_to_service, protocol="https")
tm.flow(dashboard, fault_service, return_to_service)

# retraining
tm.flow(
    ticketing, training, repair_outcome, protocol="https", label="nightly pull of closed tickets"
)
tm.flow(telemetry_store, training, telemetry)
tm.flow(training, dataset, training_windows)
tm.flow(dataset, training, training_windows)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fault_model, model_artifact, label="load on release")
