"""Koi pond water-quality monitoring: the first design, before any security review.

A UK koi dealer monitors customers' ponds under a service contract. Probes in each
pond (dissolved oxygen, ammonia, temperature) are wired to a dealer-installed pond
controller that also switches the pump and aerator, and sends readings over the
customer's home broadband to the dealer's cloud. An in-house model predicts fish
stress from recent readings; above a threshold an alerting service texts the owner
and flags the pond on the engineer console. Engineers in the dealer's office change
pump and aerator settings remotely through a command service that talks to the
controller, and log incidents that feed a monthly retraining of the model.
Controls: MQTT over TLS with a per-controller password, schema checks on readings,
SSO with MFA and role-based access on the console, an audit log of remote commands,
and encryption at rest for readings and customer records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Koi pond water-quality monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Remote pond monitoring, fish-stress prediction and remote pump control for koi keepers.",
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Pond probe readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Dissolved oxygen, ammonia and water temperature every minute.",
)
telemetry = tg.Data(
    "Pond telemetry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Probe readings plus pump and aerator state, tagged with the controller id.",
)
recent_window = tg.Data(
    "Recent readings window", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
stress_score = tg.Data(
    "Fish stress score", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
customer_records = tg.Data(
    "Customer and pond records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Owner name, address, mobile number, contract and pond equipment.",
)
alert = tg.Data("Stress alert", sensitivity=tg.Sensitivity.PII, kind="records")
sms = tg.Data("Alert text message", sensitivity=tg.Sensitivity.PII, kind="records")
setpoint_change = tg.Data(
    "Pump and aerator setting change",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
device_command = tg.Data(
    "Controller command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command_ack = tg.Data(
    "Command acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
drive_signal = tg.Data(
    "Relay switching signal", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
incident_labels = tg.Data(
    "Fish stress incident labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Engineer-logged episodes of stressed or lost fish, with times.",
)
weights = tg.Data("Stress model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="joblib")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer pond site", trust=tg.Trust.UNTRUSTED):
    # Oxygen, ammonia and temperature probes in the pond, wired to the controller.
    probes = tm.add(
        tg.Device("Pond water probes", description="Wired DO, ammonia and temperature sensors.")
    )
    # The dealer-installed box at the pond: reads probes, switches equipment, talks to the cloud.
    controller = tm.add(
        tg.Device(
            "Pond controller",
            description="Embedded Linux box on the customer's home Wi-Fi; relays for pump and aerator.",
        )
    )
    # The equipment that keeps the water moving and oxygenated.
    pump = tm.add(
        tg.Device("Pump and aerator", description="Mains pump and air blower behind relays.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The koi keeper who pays for the service and gets the alerts on their phone.
    pond_owner = tm.add(tg.Actor("Pond owner", role="customer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers alert texts to owners' mobiles.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", description="Bulk SMS API."))

with tm.boundary("Dealer cloud", trust=tg.Trust.INTERNAL):
    # MQTT broker and consumer that receives every controller's telemetry.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion",
            controls={
                c.Authentication(method="per-controller MQTT username and password set at install"),
                c.SchemaEnforcement(
                    note="readings must match the telemetry JSON schema and ranges"
                ),
            },
        )
    )
    # Time-series history of every pond.
    readings_db = tm.add(
        tg.DataStore(
            "Readings time-series store",
            stores={telemetry, incident_labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Predicts fish stress from the last hours of readings.
    stress_model = tm.add(
        tg.Model(
            "Fish stress model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; a missed alert can mean dead koi worth thousands.",
        )
    )
    # Turns high stress scores into texts and console flags.
    alerting = tm.add(tg.Service("Alerting service"))
    # Contracts, owners' contact details and pond equipment.
    customer_db = tm.add(
        tg.DataStore(
            "Customer contract database",
            stores={customer_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console the engineers use to watch ponds and change settings.
    console = tm.add(
        tg.Endpoint(
            "Engineer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Sends setting changes down to a pond controller and records them.
    commands = tm.add(
        tg.Service(
            "Remote command service",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Monthly retraining on stored readings and engineers' incident labels.
    training = tm.add(tg.Pipeline("Monthly stress model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Dealer office", trust=tg.Trust.INTERNAL):
    # Service engineer who looks after customers' ponds.
    engineer = tm.add(tg.Actor("Service engineer", role="pond engineer", privileged=True))

# ---------------------------------------------------------------- flows
mqtt = "MQTT over TLS"

tm.flow(probes, controller, probe_readings, label="wired analogue inputs")
tm.flow(controller, pump, drive_signal, label="relay outputs")
tm.flow(controller, ingestion, telemetry, protocol=mqtt)
tm.flow(ingestion, readings_db, telemetry)

tm.flow(readings_db, stress_model, recent_window)
tm.flow(stress_model, alerting, stress_score)
tm.flow(customer_db, alerting, customer_records, label="owner contact")
tm.flow(alerting, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, pond_owner, sms, protocol="sms")
tm.flow(alerting, console, alert)

tm.flow(console, engineer, alert, telemetry, customer_records, protocol="https")
tm.flow(engineer, console, setpoint_change, incident_labels, protocol="https")
tm.flow(readings_db, console, telemetry, label="pond history")
tm.flow(customer_db, console, customer_records)
tm.flow(console, readings_db, incident_labels)
tm.flow(console, commands, setpoint_change)
tm.flow(commands, controller, device_command, protocol=mqtt)
tm.flow(controller, commands, command_ack, protocol=mqtt)
tm.flow(commands, console, command_ack)

tm.flow(readings_db, training, telemetry, incident_labels)
tm.flow(training, stress_model, weights, label="deploy new model")
