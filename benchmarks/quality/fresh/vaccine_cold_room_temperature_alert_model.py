"""Vaccine cold-room monitoring: failure prediction model, first design before security review.

A regional vaccine store keeps its stock in walk-in cold rooms. Wireless
temperature loggers in each room, and current clamps on the compressors, report
every minute to an on-site gateway, which forwards the readings over MQTT with
TLS to a monitoring service in the store's cloud account. A model trained on
past readings and the refrigeration contractor's service records predicts
compressor failures and temperature excursions a few hours ahead; when it does,
an alerting service has a telephony provider call the duty pharmacist, who
acknowledges by keypad and decides whether to move the stock. Staff see rooms
and alerts on a dashboard behind the store's single sign-on. The readings are
kept unaltered for the medicines regulator's audits, and the quality manager
exports them for inspections. Retraining runs monthly; an engineer promotes
new model versions from the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vaccine cold-room temperature alert model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts cold-room compressor failures and excursions; phones the duty pharmacist.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Cold-room temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-minute temperature, door-open and compressor current per room; GDP records.",
)
service_records = tg.Data(
    "Refrigeration service records",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Compressor faults and repairs, used as failure labels.",
)
model_artifact = tg.Data("Failure model artifact", format="pickle")
prediction = tg.Data(
    "Failure and excursion prediction",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Cold-room alert", sensitivity=tg.Sensitivity.INTERNAL)
rota = tg.Data("Duty rota and phone numbers", kind="records", sensitivity=tg.Sensitivity.PII)
call = tg.Data("Alert phone call", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Alert acknowledgement", kind="records")
audit_export = tg.Data(
    "Temperature audit report", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
promotion = tg.Data("Model promotion", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Cold-room site network", trust=tg.Trust.INTERNAL):
    # Battery loggers and compressor current clamps in each cold room.
    loggers = tm.add(tg.Device("Cold-room temperature logger", fleet=True))
    # Collects logger radio traffic and forwards it to the cloud.
    gateway = tm.add(tg.Device("Site logger gateway", fleet=False))

with tm.boundary("Store cloud account", trust=tg.Trust.INTERNAL):
    # Receives and validates readings, stores them, and asks the model.
    monitoring = tm.add(
        tg.Service(
            "Monitoring service",
            controls={c.SchemaEnforcement()},
        )
    )
    # The regulated record of every reading, kept for audits.
    telemetry = tm.add(
        tg.DataStore(
            "Temperature record store",
            stores={readings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=1825),
                c.DataVersioning(note="daily backups"),
            },
        )
    )
    # Predicts compressor failures and excursions from recent readings.
    model = tm.add(
        tg.Model(
            "Compressor failure and excursion model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over the last 24 hours of readings per room.",
        )
    )
    # Decides when a prediction becomes an alert and who is on duty.
    alerting = tm.add(tg.Service("Alerting service"))
    # Duty rota and the pharmacists' phone numbers.
    rota_store = tm.add(tg.DataStore("Duty rota store", stores={rota}))
    # Rooms, readings and alerts for store staff.
    dashboard = tm.add(
        tg.Endpoint(
            "Monitoring dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC single sign-on"), c.RBAC()},
        )
    )
    # Service history entered by the contractor, used as labels.
    maintenance_log = tm.add(tg.DataStore("Maintenance log", stores={service_records}))
    # Builds the training set and retrains the model once a month.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Keeps model versions for promotion and rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Places the voice calls and collects the keypad acknowledgement.
    telephony = tm.add(tg.ExternalService("Voice call API"))

with tm.boundary("Internet and phone network", trust=tg.Trust.UNTRUSTED):
    # On call out of hours; decides whether to move stock.
    pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist"))
    # Services the refrigeration plant and records repairs.
    contractor = tm.add(tg.Actor("Refrigeration contractor", role="contractor"))

with tm.boundary("Store office", trust=tg.Trust.INTERNAL):
    # Prepares temperature evidence for the regulator's inspectors.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality assurance"))
    # Runs retraining and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Readings in.
tm.flow(loggers, gateway, readings, protocol="proprietary radio")
tm.flow(gateway, monitoring, readings, protocol="mqtts")
tm.flow(monitoring, telemetry, readings)

# Prediction and alerting.
tm.flow(telemetry, model, readings, label="last 24 hours per room")
tm.flow(model, alerting, prediction)
tm.flow(rota_store, alerting, rota)
tm.flow(alerting, telephony, alert, rota, protocol="https")
tm.flow(telephony, pharmacist, call, protocol="pstn")
tm.flow(pharmacist, telephony, ack, protocol="pstn")
tm.flow(telephony, alerting, ack, protocol="https", label="call status callback")
tm.flow(alerting, telemetry, alert, ack, label="alert history")

# Staff views.
tm.flow(telemetry, dashboard, readings, alert)
tm.flow(dashboard, pharmacist, readings, alert, protocol="https")
tm.flow(dashboard, quality_manager, audit_export, protocol="https", label="audit export")
tm.flow(quality_manager, dashboard, rota, protocol="https", label="edits duty rota")
tm.flow(dashboard, rota_store, rota)

# Training.
tm.flow(contractor, maintenance_log, service_records, protocol="https")
tm.flow(telemetry, training, readings)
tm.flow(maintenance_log, training, service_records)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, model_artifact, label="deploy")
