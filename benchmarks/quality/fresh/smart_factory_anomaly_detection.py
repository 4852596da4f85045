"""CNC anomaly detection: the first design, before any security review.

Maintenance engineering wants early warning of spindle and bearing faults on the
CNC machines of one plant. Sensor gateways bolted to each machine publish
vibration and temperature readings every second over MQTT (plain MQTT on the OT
VLAN, each gateway with its own broker username and password) to a broker on a
plant edge server. An edge scoring service feeds windows of readings to an
autoencoder and, when the reconstruction error stays above threshold, raises a
work order in the corporate maintenance system (CMMS) through its REST API with
a service-account token; technicians work and close the orders there. Readings
are buffered on the edge server and replicated hourly over HTTPS to the cloud
data lake (encrypted, access through cloud IAM roles), together with the
work-order history. A monthly job retrains the autoencoder there into the model
registry; an ML engineer approves each release before it is pushed to the edge.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CNC anomaly detection",
    profile=tg.RiskProfile.HIGH,
    description="Edge anomaly scoring of CNC sensor data, raising maintenance work orders; "
    "retrained monthly in the cloud and pushed back to the plant.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Vibration spectra and temperatures per machine, one message per second.",
)
gateway_creds = tg.Data(
    "Gateway MQTT credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Per-gateway username and password, set at commissioning.",
)
feature_window = tg.Data("Reading window", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
anomaly_score = tg.Data(
    "Anomaly score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reconstruction error per machine and window.",
)
work_order = tg.Data(
    "Maintenance work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
work_order_status = tg.Data(
    "Work-order status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_order_history = tg.Data(
    "Work-order history",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Closed orders with the fault found, used to drop fault periods from training.",
)
training_data = tg.Data(
    "Historical readings",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Months of readings from every machine: reveals production rhythm and volumes.",
)
model_artifact = tg.Data(
    "Autoencoder model",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Factory floor OT network", trust=tg.Trust.INTERNAL):
    # One gateway per CNC machine, reading the accelerometers and thermocouples.
    gateways = tm.add(
        tg.Device(
            "Sensor gateways",
            fleet=True,
            description="Industrial IoT gateways mounted on about 60 CNC machines.",
        )
    )

with tm.boundary("Plant edge server", trust=tg.Trust.INTERNAL):
    # Receives the sensor stream; each gateway logs in with its own account.
    broker = tm.add(
        tg.Service(
            "MQTT broker",
            description="Mosquitto on the edge server, listening on the OT VLAN.",
            controls={c.Authentication(method="per-gateway username and password")},
        )
    )
    # Windows the readings, calls the model, raises work orders, buffers data.
    scorer = tm.add(tg.Service("Edge scoring service"))
    # The autoencoder, loaded from the ONNX file the deployment job pushed.
    autoencoder = tm.add(
        tg.Model(
            "Anomaly autoencoder",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Flags a machine when reconstruction error stays above threshold.",
        )
    )
    # Local time-series buffer: keeps 7 days and survives WAN outages.
    edge_buffer = tm.add(tg.DataStore("Edge time-series buffer", stores={readings}))

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Existing CMMS where work orders are planned and closed.
    cmms = tm.add(
        tg.Service(
            "Maintenance system",
            controls={c.Authentication(method="service-account API token")},
        )
    )
    # Acts on the work orders and records what was found.
    technician = tm.add(tg.Actor("Maintenance technician", role="technician"))
    # Owns retraining and approves each model release to the plant.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Cloud analytics account", trust=tg.Trust.INTERNAL):
    # Long-term store of readings and work-order history for training.
    data_lake = tm.add(
        tg.DataStore(
            "Cloud data lake",
            stores={training_data, work_order_history},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="cloud IAM roles"),
            },
        )
    )
    # Monthly job that retrains the autoencoder on recent normal operation.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds the versioned ONNX models.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model version to every plant edge server.
    deployer = tm.add(
        tg.Pipeline(
            "Edge deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML engineer")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(gateways, broker, readings, gateway_creds, protocol="mqtt")
tm.flow(broker, scorer, readings, protocol="local")
tm.flow(scorer, edge_buffer, readings, protocol="local")
tm.flow(scorer, autoencoder, feature_window, protocol="local")
tm.flow(autoencoder, scorer, anomaly_score, protocol="local")
tm.flow(scorer, cmms, work_order, protocol="https", label="raise work order")
tm.flow(cmms, scorer, work_order_status, protocol="https", label="open orders, to avoid duplicates")
tm.flow(cmms, technician, work_order, protocol="https")
tm.flow(technician, cmms, work_order_status, protocol="https", label="closes with findings")

tm.flow(edge_buffer, data_lake, readings, protocol="https", label="hourly replication")
tm.flow(cmms, data_lake, work_order_history, protocol="https", label="nightly export")
tm.flow(data_lake, retraining, training_data, work_order_history)
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, deployer, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployer, model_artifact)
tm.flow(deployer, autoencoder, model_artifact, protocol="https", label="push to edge servers")
