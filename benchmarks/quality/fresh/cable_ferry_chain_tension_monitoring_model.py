"""Cable ferry chain monitoring: the first design, before any security review.

A river chain ferry pulls itself across on two chains driven by electric motors.
Load pins on the chain sheaves and the drive inverters report chain tension and
motor load to an edge gateway in the ferry's engine room. An unsafe-reading
detector on the gateway checks every crossing; when readings look unsafe it tells
the drive PLC to stop the crossing and alarms the ferry master in the wheelhouse,
who acknowledges and restarts. If the detector or its sensors go silent, the PLC
holds the ferry at the slipway. The PLC keeps its own hard-wired overload trip.
Telemetry goes ashore over 4G (MQTT with TLS and device certificates) to the
operator's cloud, where a chain wear model, retrained on the engineers' monthly
link-elongation measurements, forecasts when chains need replacing. Maintenance
engineers use a dashboard behind the operator's Microsoft 365 sign-in. The drive
integrator reaches the PLC over a site-to-site VPN for support.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Cable ferry chain monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Watches chain tension and motor load, stops unsafe crossings and "
    "forecasts chain wear for maintenance.",
)

# ---------------------------------------------------------------- data assets
tension = tg.Data(
    "Chain tension readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
motor = tg.Data(
    "Drive motor load readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
unsafe_alert = tg.Data(
    "Unsafe reading alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
stop_cmd = tg.Data(
    "Crossing stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_status = tg.Data("Drive status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crossing_cmd = tg.Data("Crossing controls", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alarm acknowledgement and restart", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
telemetry = tg.Data(
    "Ferry telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One-second summaries of tension, motor load, alerts and stops per crossing.",
)
elongation = tg.Data(
    "Chain elongation measurements",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Link pitch measured by engineers at monthly inspections.",
)
wear_features = tg.Data("Chain wear features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
wear_forecast = tg.Data(
    "Chain wear forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
wear_artifact = tg.Data("Wear model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
detector_artifact = tg.Data(
    "Detector artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="onnx",
    description="Isolation forest and stop thresholds, exported to ONNX for the gateway.",
)
plc_config = tg.Data("PLC configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ferry onboard network", trust=tg.Trust.INTERNAL):
    # Load pins on each chain sheave: the direct measure of chain tension.
    load_pins = tm.add(tg.Device("Chain tension load pins", fleet=True))
    # Current and torque from the two drive inverters.
    motor_sensors = tm.add(tg.Device("Drive motor load sensors", fleet=True))
    # Industrial PC in the engine room: collects readings, runs the detector, talks ashore.
    gateway = tm.add(tg.Service("Onboard edge gateway"))
    # Decides per crossing whether tension and load look unsafe.
    detector = tm.add(
        tg.Model(
            "Unsafe reading detector",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            controls={
                c.FailClosed(
                    fallback="no detector heartbeat for 5 s: PLC holds the ferry at the slipway"
                ),
            },
        )
    )
    # The existing drive control PLC; it stops the crossing on command.
    plc = tm.add(
        tg.Service(
            "Ferry drive PLC",
            controls={c.SafetyLimits(note="hard-wired chain overload trip and emergency stop")},
        )
    )
    # Drives the ferry from the wheelhouse and answers alarms.
    master = tm.add(tg.Actor("Ferry master", role="ferry crew"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives gateway telemetry from the IoT broker.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # Time-series history of every crossing plus inspection results.
    store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, elongation, wear_features},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining of the wear model and re-fitting of the detector.
    training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
    # Versions of both models; the gateway pulls the detector from here.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={wear_artifact, detector_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Forecasts remaining chain life in crossings.
    wear_model = tm.add(tg.Model("Chain wear model", task=tg.Task.REGRESSOR))
    # Web app for the maintenance team.
    dashboard = tm.add(
        tg.Endpoint(
            "Maintenance dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO")},
        )
    )

with tm.boundary("Operator office network", trust=tg.Trust.INTERNAL):
    # Plans chain replacement and records inspection measurements.
    engineer = tm.add(tg.Actor("Maintenance engineer", role="maintenance engineer"))

with tm.boundary("Drive integrator", trust=tg.Trust.PARTNER):
    # The company that built the drive system supports the PLC remotely.
    integrator = tm.add(
        tg.Actor("Drive integrator engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(load_pins, gateway, tension, protocol="modbus rtu")
tm.flow(motor_sensors, gateway, motor, protocol="modbus rtu")
tm.flow(gateway, detector, tension, motor)
tm.flow(detector, gateway, unsafe_alert)
tm.flow(gateway, plc, stop_cmd, protocol="modbus-tcp")
tm.flow(plc, gateway, drive_status, protocol="modbus-tcp")
tm.flow(gateway, master, unsafe_alert, label="wheelhouse alarm panel")
tm.flow(master, gateway, acknowledgement, label="wheelhouse alarm panel")
tm.flow(master, plc, crossing_cmd, label="wheelhouse controls")

tm.flow(
    gateway,
    ingestion,
    telemetry,
    protocol="mqtt",
    controls={tls, c.MutualAuthentication(note="per-gateway X.509 certificate at the IoT broker")},
)
tm.flow(ingestion, store, telemetry, wear_features)
tm.flow(
    registry, gateway, detector_artifact, protocol="https", controls={tls}, label="detector update"
)
tm.flow(gateway, detector, detector_artifact, label="load")

tm.flow(engineer, dashboard, elongation, protocol="https", controls={tls})
tm.flow(dashboard, engineer, wear_forecast, telemetry, protocol="https", controls={tls})
tm.flow(dashboard, store, elongation)
tm.flow(store, dashboard, telemetry, wear_features)
tm.flow(dashboard, wear_model, wear_features)
tm.flow(wear_model, dashboard, wear_forecast)

tm.flow(store, training, telemetry, elongation, wear_features)
tm.flow(training, registry, wear_artifact, detector_artifact)
tm.flow(registry, wear_model, wear_artifact)

tm.flow(
    integrator,
    plc,
    plc_config,
    protocol="ipsec vpn",
    controls={c.EncryptionInTransit(protocol="IPsec")},
)
tm.flow(
    plc,
    integrator,
    drive_status,
    protocol="ipsec vpn",
    controls={c.EncryptionInTransit(protocol="IPsec")},
)
