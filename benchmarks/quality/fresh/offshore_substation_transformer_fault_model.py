"""Offshore substation transformer fault model: the first design, before any security review.

The wind farm operator watches the power transformers on its offshore substation.
Dissolved-gas analysers, winding and oil temperature sensors and partial-discharge
monitors report to the substation SCADA, which sends telemetry ashore over the
export-cable fibre to the SCADA master in the onshore control centre, where a
process historian keeps it. Once a day a scoring job loads the fault-prediction
model from the model registry, scores every transformer and raises maintenance
alerts; duty engineers decide whether to reduce load (through the SCADA HMI) or to
send a vessel. An export job sends the sensor data to the transformer manufacturer
for warranty analysis, and the manufacturer publishes model updates on its portal.
Controls: operator logins and audit logs on the SCADA master, SSO with MFA on the
alerting service, versioned models in the registry, SFTP for the export, and the
transformers' own protection relays, which trip whatever the software says.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore substation transformer fault model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Daily fault-risk scores for offshore substation transformers from DGA, "
        "temperature and partial-discharge monitoring, with manufacturer-supplied models."
    ),
)

# ---------------------------------------------------------------- data assets
dga = tg.Data(
    "Dissolved-gas readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
temperatures = tg.Data(
    "Winding and oil temperatures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pd_readings = tg.Data(
    "Partial-discharge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
telemetry = tg.Data(
    "Transformer condition telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="DGA, temperatures, partial discharge and loading, per transformer.",
)
load_setpoint = tg.Data(
    "Load reduction setpoint",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Transformer feature window", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data(
    "Transformer fault-risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
alerts = tg.Data("Maintenance alerts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decisions = tg.Data(
    "Engineer maintenance decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledge, reduce load, send a vessel, or dismiss.",
)
fault_model = tg.Data(
    "Fault-prediction model package",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="A scikit-learn model saved with joblib by the manufacturer.",
)
warranty_export = tg.Data(
    "Warranty sensor export",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily CSV of all transformer sensor channels and loading.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Offshore substation OT network", trust=tg.Trust.RESTRICTED):
    # Online DGA monitors on each transformer's oil circuit.
    dga_analysers = tm.add(tg.Device("Dissolved-gas analysers", fleet=True))
    # Fibre-optic winding and top-oil temperature sensors via the transformer IEDs.
    temp_sensors = tm.add(tg.Device("Transformer temperature sensors", fleet=True))
    # UHF partial-discharge monitors fitted to the transformer tanks.
    pd_monitors = tm.add(tg.Device("Partial-discharge monitors", fleet=True))
    # Collects the monitoring data and carries out load commands offshore.
    substation_scada = tm.add(
        tg.Service(
            "Substation SCADA",
            description="Offshore RTU/HMI that polls the monitors and controls the switchgear.",
            controls={
                c.SafetyLimits(
                    limits="independent transformer protection relays (Buchholz, "
                    "winding-temperature and differential trips)"
                )
            },
        )
    )

with tm.boundary("Onshore control centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Control centre OT network", trust=tg.Trust.RESTRICTED):
        # Receives offshore telemetry and sends operator commands back offshore.
        scada_master = tm.add(
            tg.Service(
                "Control centre SCADA master",
                controls={
                    c.Authentication(method="individual operator accounts with password"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Long-term store of all substation telemetry.
        historian = tm.add(
            tg.DataStore("Process historian", stores={telemetry}, controls={c.RBAC()})
        )

    # Once a day: builds features, scores every transformer, writes alerts.
    scoring_job = tm.add(tg.Service("Daily fault scoring job"))
    # The manufacturer's fault-prediction model, run in our analytics environment.
    model = tm.add(
        tg.Model(
            "Transformer fault-prediction model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability of an incipient fault in the next 30 days, per transformer.",
        )
    )
    # Holds the model versions downloaded from the manufacturer.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={fault_model}, controls={c.ModelVersioning()})
    )
    # Shows scores and alerts to engineers and records their decisions.
    alerting = tm.add(
        tg.Service(
            "Maintenance alerting service",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.HumanInTheLoop(approver="duty substation engineer"),
            },
        )
    )
    # Decides on load reduction or a vessel visit.
    engineer = tm.add(tg.Actor("Duty substation engineer", role="control room engineer"))
    # Nightly extract of sensor data for the manufacturer's warranty team.
    export_job = tm.add(tg.Service("Warranty data export job"))

with tm.boundary("Transformer manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's warranty and fleet analytics platform.
    warranty = tm.add(tg.ExternalService("Manufacturer warranty analytics"))
    # Where the manufacturer publishes new fault-model versions.
    update_portal = tm.add(
        tg.ExternalService("Manufacturer model update portal", provides="model-hub")
    )

# ---------------------------------------------------------------- flows
tm.flow(dga_analysers, substation_scada, dga, protocol="modbus")
tm.flow(temp_sensors, substation_scada, temperatures, protocol="iec-61850")
tm.flow(pd_monitors, substation_scada, pd_readings, protocol="iec-61850")

tm.flow(substation_scada, scada_master, telemetry, protocol="iec-104", label="export cable fibre")
tm.flow(
    scada_master, substation_scada, load_setpoint, protocol="iec-104", label="export cable fibre"
)
tm.flow(scada_master, historian, telemetry)

tm.flow(historian, scoring_job, telemetry, protocol="https", label="daily extract")
tm.flow(registry, scoring_job, fault_model, label="load current version")
tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, alerting, risk_scores, alerts)

tm.flow(alerting, engineer, risk_scores, alerts, protocol="https")
tm.flow(engineer, alerting, decisions, protocol="https")
tm.flow(engineer, scada_master, load_setpoint, label="at the HMI console")

tm.flow(historian, export_job, telemetry)
tm.flow(export_job, warranty, warranty_export, protocol="sftp")
tm.flow(update_portal, registry, fault_model, protocol="https", label="model update download")
