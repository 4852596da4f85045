"""Engine room predictive maintenance: the first design, before any security review.

Our fleet of container vessels gets vibration and temperature sensors on the
main engine, generators and the main pumps. On each vessel an edge box in the
engine control room polls the sensors over Modbus, runs an anomaly detection
model on short windows of readings and shows alerts to the chief engineer on
an engine room dashboard. Readings and alerts are batched and synced over the
vessel's VSAT satellite link (MQTT over TLS, per-vessel client certificates) to
a shore analytics platform in our cloud tenancy. Ashore, the data lake joins
them with work-order history from the planned maintenance system; a monthly
retraining pipeline evaluates a new model, stores it in the registry and ships
it back to the vessels as ONNX. A planning service proposes maintenance that the
fleet technical superintendent confirms. The engine maker receives engine
telemetry for remote diagnostics and its service engineers can open a VPN
session to the edge box to troubleshoot.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ship engine room predictive maintenance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Onboard anomaly detection on engine and pump vibration, synced by satellite "
        "to a shore platform that retrains the model and plans maintenance."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Vibration and temperature readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alerts = tg.Data(
    "Anomaly alerts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry_batch = tg.Data(
    "Telemetry sync batch",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Compressed readings, alert history and edge box health, every 15 minutes.",
)
training_set = tg.Data(
    "Labelled sensor history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
work_orders = tg.Data(
    "Maintenance work orders and failure history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
)
model_artifact = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
maintenance_plan = tg.Data(
    "Proposed maintenance plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
engine_telemetry = tg.Data(
    "Engine telemetry extract", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
diagnostic_report = tg.Data(
    "Engine maker diagnostic report", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
diag_session = tg.Data(
    "Remote diagnostic session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shell and web UI access to the edge box: logs, config, model status.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vessel engine room network", trust=tg.Trust.INTERNAL):
    # Accelerometers and thermocouples on engines, generators and pumps.
    sensors = tm.add(
        tg.Device(
            "Engine and pump vibration sensors",
            fleet=True,
            description="Wired to a Modbus RTU/TCP converter in the engine control room.",
        )
    )
    # Industrial PC that collects readings, scores them and buffers for the satellite link.
    edge_box = tm.add(
        tg.Service(
            "Onboard edge box",
            description="Ruggedised industrial PC in the engine control room, one per vessel.",
        )
    )
    # Scores each window of readings; runs locally so alerts work without the satellite link.
    anomaly_model = tm.add(
        tg.Model(
            "Onboard anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Autoencoder on spectral vibration features, per machine.",
        )
    )
    # Local web dashboard on the engine control room screen.
    dashboard = tm.add(tg.Endpoint("Engine room alert dashboard", purpose=tg.EndpointPurpose.API))
    # Decides what to do about an alert at sea.
    chief_engineer = tm.add(tg.Actor("Chief engineer", role="ship's officer"))

with tm.boundary("Shore analytics platform", trust=tg.Trust.INTERNAL):
    # Receives the vessels' satellite syncs.
    ingest = tm.add(
        tg.Endpoint(
            "Fleet telemetry ingestion",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-vessel X.509 client certificates")},
        )
    )
    # All vessels' readings joined with maintenance history.
    lake = tm.add(
        tg.Dataset(
            "Fleet sensor data lake",
            stores={training_set, telemetry_batch},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining with a hold-out evaluation against known failures.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall on past failures must not drop")},
        )
    )
    # Versioned model artifacts per machine type.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Pushes new model versions to the vessels in the next sync window.
    distribution = tm.add(tg.Pipeline("Model distribution to vessels", stage=tg.Stage.DEPLOYMENT))
    # Turns alerts and trends into proposed maintenance windows.
    planning = tm.add(tg.Service("Maintenance planning service"))
    # System of record for work orders and failure history (labels for retraining).
    pms = tm.add(tg.DataStore("Planned maintenance system", stores={work_orders}))
    # Confirms plans and orders parts for the fleet.
    superintendent = tm.add(tg.Actor("Fleet technical superintendent", role="superintendent"))

with tm.boundary("Engine maker", trust=tg.Trust.PARTNER):
    # The engine maker's remote diagnostics service under the service contract.
    oem_diagnostics = tm.add(
        tg.ExternalService(
            "Engine maker remote diagnostics",
            description="Analyses engine telemetry and returns diagnostic reports.",
        )
    )
    # Troubleshoots the edge box and engine data remotely.
    oem_engineer = tm.add(
        tg.Actor(
            "Engine maker service engineer", role="manufacturer service engineer", privileged=True
        )
    )

# ---------------------------------------------------------------- flows
# On board
tm.flow(sensors, edge_box, readings, protocol="modbus")
tm.flow(edge_box, anomaly_model, readings)
tm.flow(anomaly_model, edge_box, alerts)
tm.flow(edge_box, dashboard, alerts, readings)
tm.flow(dashboard, chief_engineer, alerts, protocol="http")

# Satellite sync to shore and models back
tm.flow(edge_box, ingest, telemetry_batch, protocol="mqtts", label="VSAT sync")
tm.flow(ingest, lake, telemetry_batch)
tm.flow(distribution, edge_box, model_artifact, protocol="https", label="VSAT model update")

# Retraining
tm.flow(pms, lake, work_orders, label="failure history join")
tm.flow(lake, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, distribution, model_artifact)

# Maintenance planning
tm.flow(lake, planning, telemetry_batch)
tm.flow(planning, superintendent, maintenance_plan, protocol="https")
tm.flow(superintendent, pms, work_orders, protocol="https", label="confirmed work orders")
tm.flow(pms, edge_box, work_orders, protocol="https", label="VSAT sync of due jobs")

# Engine maker
tm.flow(lake, oem_diagnostics, engine_telemetry, protocol="sftp", label="daily export")
tm.flow(oem_diagnostics, planning, diagnostic_report, protocol="https")
tm.flow(
    oem_engineer,
    edge_box,
    diag_session,
    protocol="ipsec",
    controls={c.Authentication(method="shared VPN account per engine maker")},
    label="remote support VPN over VSAT",
)
tm.flow(edge_box, oem_engineer, diag_session, protocol="ipsec")
