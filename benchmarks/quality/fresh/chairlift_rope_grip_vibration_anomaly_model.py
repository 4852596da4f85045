"""Chairlift rope and grip vibration monitoring: the first design, before any security review.

A ski resort fits vibration tags to the detachable grips of every chair on its main
six-seater, and vibration sensors to the sheave trains on each tower. The grip tags
buffer their readings and upload them over Bluetooth LE as each chair passes through
the drive terminal; the tower sensors report over LoRaWAN. A gateway in the drive
station hands the readings to an edge server in the control room, which combines them
with the lift's speed and status read from the lift PLC and runs an in-house anomaly
model. Alerts appear on the lift engineer's console; the engineer decides whether to
stop the lift from the control desk. The model never commands the lift, and the
manufacturer's safety circuit trips the brakes on its own. Readings, alerts and
acknowledgements are uploaded to the resort's cloud tenancy, where a data scientist
retrains the model with grip inspection findings from the maintenance system and
rolls new versions out to the edge server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chairlift rope grip vibration anomaly model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Edge anomaly detection on grip and sheave vibration; warns the lift engineer, "
        "who can stop the lift."
    ),
)

# ---------------------------------------------------------------- data assets
grip_readings = tg.Data(
    "Grip vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Three-axis acceleration per grip, buffered on the tag between terminal passes.",
)
sheave_readings = tg.Data(
    "Tower sheave vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lift_status = tg.Data(
    "Lift speed and status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rope speed, direction, running state and chair count from the lift PLC.",
)
features = tg.Data("Vibration features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
score = tg.Data("Grip anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Grip anomaly alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Chair and grip number, tower, score and trend plot.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The engineer's note on an alert: inspected, false alarm, grip swapped.",
)
stop_command = tg.Data("Lift stop command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspections = tg.Data(
    "Grip inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Results of grip and sheave inspections, keyed by grip serial number.",
)
training_code = tg.Data(
    "Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Autoencoder exported to ONNX for the edge runtime.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lift line",
    trust=tg.Trust.INTERNAL,
    description="Chairs and towers on the open mountain; riders and skiers pass within reach.",
):
    # One tag clamped to each grip; the thing we are trying to watch.
    grip_tags = tm.add(
        tg.Device(
            "Grip vibration tags",
            description="Battery accelerometer tags, one per chair grip.",
        )
    )
    # Rope-borne vibration and bearing wear show up first at the sheave trains.
    sheave_sensors = tm.add(
        tg.Device(
            "Tower sheave vibration sensors",
            description="Solar-powered accelerometers on each tower's sheave assemblies.",
        )
    )

with tm.boundary(
    "Drive station",
    trust=tg.Trust.INTERNAL,
    description="Control room and drive room LAN at the bottom terminal.",
):
    # Receives BLE uploads from chairs in the terminal and LoRaWAN from the towers.
    gateway = tm.add(
        tg.Service(
            "Station sensor gateway",
            description="BLE and LoRaWAN gateway; republishes readings on the station MQTT broker.",
        )
    )
    # Runs feature extraction and hosts the model close to the lift, so alerts do not
    # depend on the resort's internet link.
    edge = tm.add(
        tg.Service(
            "Lift edge server",
            description="Windows the readings per grip pass, extracts features, raises alerts.",
            controls={
                c.InputValidation(note="drops packets with unknown tag ids or out-of-range values")
            },
        )
    )
    # The model itself: flags grips and sheaves whose vibration departs from normal.
    model = tm.add(
        tg.Model(
            "Grip anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Autoencoder reconstruction error per grip pass, thresholded into alerts.",
            controls={
                c.HumanInTheLoop(
                    approver="the lift engineer",
                    note="the model only warns; stopping the lift is the engineer's decision",
                )
            },
        )
    )
    # Where the engineer sees alerts and records what was found.
    console = tm.add(
        tg.Service(
            "Engineer alert console",
            description="Web dashboard served by the edge server, on the control-room PC.",
            controls={c.Authentication(method="shared control-room login")},
        )
    )
    # The lift engineer on duty, who runs the lift and can stop it.
    engineer = tm.add(tg.Actor("Lift engineer", role="lift engineer", privileged=True))

    with tm.boundary(
        "Lift control cabinet",
        trust=tg.Trust.RESTRICTED,
        description="The manufacturer's drive and safety controls.",
    ):
        # The manufacturer's lift control; we only read speed and status from it.
        plc = tm.add(
            tg.Service(
                "Lift drive PLC",
                description="Drive and brake control; stop buttons on the control desk are hardwired.",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "manufacturer safety circuit trips the brakes on overspeed, rope "
                            "position and grip force faults, independent of the monitoring"
                        )
                    )
                },
            )
        )

with tm.boundary("Resort corporate network", trust=tg.Trust.INTERNAL):
    # Existing maintenance system; inspection findings are the ground truth for retraining.
    cmms = tm.add(tg.DataStore("Maintenance management system", stores={inspections}))
    # Owns the model: trains, evaluates and releases it.
    data_scientist = tm.add(
        tg.Actor("Reliability data scientist", role="data scientist", privileged=True)
    )

with tm.boundary("Resort cloud tenancy", trust=tg.Trust.INTERNAL):
    # Long-term archive of readings and alerts for retraining and trend analysis.
    lake = tm.add(
        tg.DataStore(
            "Vibration data lake",
            stores={grip_readings, sheave_readings, lift_status, alert, acknowledgement},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Periodic retraining on a season's normal running plus inspected faults.
    training = tm.add(
        tg.Pipeline(
            "Model retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(
                    note="scored against past inspected grip faults before registering"
                )
            },
        )
    )
    # Keeps every released model version for rollback.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={c.ModelVersioning(), c.RBAC()}
        )
    )
    # Pushes an approved version to the edge server.
    rollout = tm.add(tg.Pipeline("Edge model rollout", stage=tg.Stage.DEPLOYMENT))

# ---------------------------------------------------------------- flows
tm.flow(grip_tags, gateway, grip_readings, protocol="ble", label="upload on terminal pass")
tm.flow(sheave_sensors, gateway, sheave_readings, protocol="lorawan")
tm.flow(gateway, edge, grip_readings, sheave_readings, protocol="mqtt")
tm.flow(plc, edge, lift_status, protocol="modbus", label="read-only status polling")

tm.flow(edge, model, features)
tm.flow(model, edge, score)
tm.flow(edge, console, alert, protocol="http")
tm.flow(console, engineer, alert, label="on-screen alarm and buzzer")
tm.flow(engineer, console, acknowledgement)
tm.flow(console, edge, acknowledgement, protocol="http")
tm.flow(engineer, plc, stop_command, label="stop button on the control desk")

tm.flow(engineer, cmms, inspections, protocol="https")
tm.flow(
    edge,
    lake,
    grip_readings,
    sheave_readings,
    lift_status,
    alert,
    acknowledgement,
    protocol="https",
    label="hourly upload",
)
tm.flow(lake, training, grip_readings, sheave_readings, lift_status, acknowledgement)
tm.flow(cmms, training, inspections, protocol="https", label="nightly export")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, weights)
tm.flow(data_scientist, rollout, release_approval, protocol="https")
tm.flow(registry, rollout, weights)
tm.flow(rollout, model, weights, protocol="https", label="deploy to edge server")
