"""Data centre battery room thermal anomaly detector: the first design, before any security review.

Our colocation data centre keeps lithium-ion UPS strings in dedicated battery
rooms. Fixed radiometric thermal cameras and the battery monitoring units feed an
edge gateway on the battery room OT network, which forwards frames and cell
telemetry to a detection service on the DC management network. A model there
scores each string for thermal-runaway precursors; alerts appear on the NOC
console, page the on-call facility engineer and ask the building management
system to boost battery room extract ventilation. The fire suppression system is
separate and not connected. Operators mark alerts as real or false, and those
labels retrain the model. The UPS vendor also receives battery telemetry for its
remote monitoring service. Controls: MQTT over TLS from the gateway, SSO with MFA
and roles on the console, fan limits in the building management system, versioned
models validated against recorded events before registration.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Battery room thermal anomaly detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Detects thermal-runaway precursors in UPS battery rooms and alerts facility staff.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Thermal frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Battery cell telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-cell voltage, temperature and impedance, per string, every few seconds.",
)
history = tg.Data("Telemetry history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
score = tg.Data("Thermal anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Thermal anomaly alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
page = tg.Data("On-call page", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
vent_command = tg.Data(
    "Ventilation boost command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
vent_status = tg.Data("Ventilation status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
event_labels = tg.Data(
    "Alert outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Thermal event training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
train_config = tg.Data(
    "Training run config", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Battery room OT network", trust=tg.Trust.RESTRICTED):
    # Fixed radiometric cameras looking at the battery racks.
    cameras = tm.add(tg.Device("Thermal cameras", fleet=True))
    # The UPS vendor's monitoring units on each battery string (read-only to us).
    monitors = tm.add(
        tg.Device(
            "Battery monitoring units",
            fleet=True,
            description="Vendor-supplied cell monitors; they also report to the vendor over a cellular modem.",
        )
    )
    # Industrial PC that collects camera and battery data and forwards it.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Pulls camera streams and Modbus registers, publishes them to the detection service.",
        )
    )

with tm.boundary("DC management network", trust=tg.Trust.INTERNAL):
    # Scores incoming data and raises alerts and ventilation requests.
    detector = tm.add(
        tg.Service(
            "Thermal detection service",
            description="Builds per-string features, calls the model, raises alerts above a threshold.",
        )
    )
    # Model that spots thermal-runaway precursors.
    model = tm.add(
        tg.Model(
            "Thermal anomaly model",
            task="detector",
            returns_scores=True,
            high_stakes=True,
            description="Isolation forest over cell telemetry plus a small CNN over thermal frames.",
        )
    )
    # Time-series database of raw telemetry and scores.
    tsdb = tm.add(
        tg.DataStore("Telemetry time-series database", stores={telemetry, history, score})
    )
    # Web console the NOC watches.
    console = tm.add(
        tg.Endpoint(
            "NOC operations console",
            purpose="api",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Controls the battery room extract fans and dampers.
    bms = tm.add(
        tg.Service(
            "Building management system",
            description="Existing facility BMS; accepts a ventilation boost from the detector.",
            controls={
                c.SafetyLimits(limits="fan speed and damper positions clamped by BMS programming")
            },
        )
    )

with tm.boundary("NOC", trust=tg.Trust.INTERNAL):
    # Facility engineer on shift or on call.
    operator = tm.add(tg.Actor("Facility engineer", role="noc operator"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Past alerts and telemetry windows with their outcome labels.
    dataset = tm.add(tg.Dataset("Thermal event dataset", stores={training_set, event_labels}))
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage="training",
            third_party_packages=True,
            controls={
                c.ModelValidation(note="backtested on recorded thermal events before registration")
            },
        )
    )
    # Holds trained model versions for the detection service.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Data scientist who owns the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Paging provider that reaches the on-call engineer.
    pager = tm.add(tg.ExternalService("Paging service"))
    # The UPS vendor's cloud portal for battery health.
    vendor = tm.add(tg.ExternalService("UPS vendor monitoring portal", provides="data-provider"))

# ---------------------------------------------------------------- flows
# collection in the battery room
tm.flow(cameras, gateway, frames, protocol="rtsp")
tm.flow(monitors, gateway, telemetry, protocol="modbus")
tm.flow(monitors, vendor, telemetry, protocol="https", label="cellular modem")
tm.flow(gateway, detector, frames, telemetry, protocol="mqtts")

# detection
tm.flow(detector, tsdb, telemetry, score, protocol="http")
tm.flow(tsdb, detector, history, protocol="http", label="rolling window")
tm.flow(detector, model, frames, telemetry)
tm.flow(model, detector, score)

# response
tm.flow(detector, console, alert, protocol="https")
tm.flow(console, operator, alert, protocol="https")
tm.flow(operator, console, ack, event_labels, protocol="https")
tm.flow(console, detector, ack, protocol="https")
tm.flow(detector, pager, page, protocol="https")
tm.flow(pager, operator, page, label="push notification and SMS")
tm.flow(detector, bms, vent_command, protocol="bacnet")
tm.flow(bms, detector, vent_status, protocol="bacnet")

# retraining
tm.flow(console, dataset, event_labels)
tm.flow(tsdb, dataset, history, training_set, label="monthly export")
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(dataset, training, training_set, event_labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loaded by the detection service")
