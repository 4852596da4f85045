"""Suspension footbridge crowd sway monitor: the first design, before any security review.

The city's pedestrian suspension footbridge can sway laterally when large crowds
cross it in step (event days at the stadium and the riverside festival). Triaxial
accelerometers under the deck are wired into a data logger in the bridge equipment
cabinet. On the cabinet computer, an in-house detection model reads lateral
acceleration features, together with the national met service's wind observations,
and gives a sway level. A sway alert service turns an amber level into a "hold the
crowd" instruction pushed to the event stewards' handsets, and a red level into a
close command for the motorised gates at both ends; the gates' motor controller stops
on its safety edges. The city's structures engineer sets the thresholds and reopens
the gates from a web dashboard (city SSO with MFA, audit-logged). Raw recordings go
to an archive in the city cloud, where the model is retrained and versioned in a
registry before it is deployed to the cabinet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Suspension footbridge crowd sway sensor model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Detects crowd-induced lateral sway on a pedestrian suspension bridge and holds "
        "crowds or closes the bridge gates."
    ),
)

# ---------------------------------------------------------------- data assets
acceleration = tg.Data(
    "Deck acceleration readings",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="100 Hz triaxial acceleration at midspan and quarter spans.",
)
features = tg.Data(
    "Lateral acceleration features",
    sensitivity="internal",
    kind="features",
    description="RMS lateral acceleration and spectral peaks near the lateral mode.",
)
wind = tg.Data("Wind observations", sensitivity="public", kind="records")
sway_level = tg.Data(
    "Sway level",
    sensitivity="internal",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Green, amber or red, with the estimated lock-in probability.",
)
thresholds = tg.Data(
    "Sway alert thresholds",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
hold_instruction = tg.Data("Hold crowd instruction", sensitivity="internal", kind="records")
steward_ack = tg.Data("Steward acknowledgement", sensitivity="internal", kind="records")
gate_close = tg.Data("Gate close command", sensitivity="internal", kind="records")
gate_reopen = tg.Data("Gate reopen command", sensitivity="internal", kind="records")
gate_status = tg.Data("Gate status", sensitivity="internal", kind="records")
alert_log = tg.Data("Sway event log", sensitivity="internal", kind="logs")
sway_labels = tg.Data(
    "Sway event labels",
    sensitivity="internal",
    kind="labels",
    description="The engineer's classification of past events (crowd lock-in, wind, false alarm).",
)
weights = tg.Data("Sway model artifact", sensitivity="internal", format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Bridge site", trust="internal"):
    # Measure the deck's lateral response; the only input the decision rests on.
    accelerometers = tm.add(
        tg.Device("Deck accelerometers", description="Six MEMS accelerometers under the deck.")
    )
    # Samples the accelerometers and keeps a local ring buffer if the uplink is down.
    logger = tm.add(
        tg.Service(
            "Bridge cabinet data logger",
            description="Digitises the accelerometer signals and computes features every second.",
        )
    )
    # Runs on the cabinet computer so that a cloud outage does not blind the bridge.
    model = tm.add(
        tg.Model(
            "Crowd sway detection model",
            task="detector",
            origin="in-house",
            high_stakes=True,
            description="Gradient-boosted classifier over acceleration features and wind.",
        )
    )
    # Applies the thresholds: amber tells stewards to hold crowds, red closes the gates.
    alert_service = tm.add(
        tg.Service(
            "Sway alert service",
            description="Runs on the cabinet computer next to the model.",
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Motor controller for the two motorised gates at the bridge ends.
    gates = tm.add(
        tg.Service(
            "Bridge gate controller",
            description="Closes and opens the gates at walking pace.",
            controls={c.SafetyLimits(limits="gate motors stop and reverse on safety-edge contact")},
        )
    )

with tm.boundary("Met service", trust="partner"):
    # Strong wind also sways the deck; the model needs it to tell wind from crowds.
    wind_feed = tm.add(tg.DataSource("Wind observation feed", origin="partner", provides={wind}))

with tm.boundary("Notification provider", trust="partner"):
    # Delivers push notifications to the stewards' handsets.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Event field", trust="untrusted"):
    # City-issued phones with the steward app, on the public mobile network.
    handsets = tm.add(tg.Device("Steward handsets", description="Steward app on city phones."))
    # Event stewards at the bridge ends, often contractor staff on event days.
    steward = tm.add(tg.Actor("Event steward", role="steward"))

with tm.boundary("City cloud", trust="internal"):
    # Where the engineer watches the bridge, sets thresholds and reopens the gates.
    dashboard = tm.add(
        tg.Endpoint(
            "Bridge operations dashboard",
            purpose="api",
            controls={
                c.Authentication(method="city Entra ID SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Current thresholds, synced down to the cabinet.
    threshold_store = tm.add(tg.DataStore("Alert threshold settings", stores={thresholds}))
    # Raw recordings and events, kept for structural health studies and retraining.
    archive = tm.add(
        tg.DataStore(
            "Acceleration archive",
            stores={acceleration, alert_log, sway_labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the detection model on labelled past events.
    training = tm.add(tg.Pipeline("Sway model training", stage="training"))
    # Versioned models that the cabinet pulls.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("City corporate network", trust="internal"):
    # Owns the bridge: sets thresholds, labels events, reopens the gates after a closure.
    engineer = tm.add(tg.Actor("Structures engineer", role="structures engineer", privileged=True))

# ---------------------------------------------------------------- flows
# sensing and detection on site
tm.flow(accelerometers, logger, acceleration, label="shielded cable to the cabinet")
tm.flow(logger, model, features, protocol="local")
tm.flow(wind_feed, model, wind, protocol="https")
tm.flow(model, alert_service, sway_level, protocol="local")
tm.flow(threshold_store, alert_service, thresholds, protocol="https", label="sync every minute")

# acting on a sway level
tm.flow(alert_service, push, hold_instruction, protocol="https")
tm.flow(push, handsets, hold_instruction, protocol="https")
tm.flow(handsets, steward, hold_instruction)
tm.flow(steward, handsets, steward_ack)
tm.flow(handsets, dashboard, steward_ack, protocol="https")
tm.flow(alert_service, gates, gate_close, protocol="modbus")
tm.flow(gates, alert_service, gate_status, protocol="modbus")

# the engineer
tm.flow(engineer, dashboard, thresholds, gate_reopen, sway_labels, protocol="https")
tm.flow(dashboard, engineer, sway_level, gate_status, steward_ack, alert_log, protocol="https")
tm.flow(dashboard, threshold_store, thresholds)
tm.flow(dashboard, alert_service, gate_reopen, protocol="https")
tm.flow(alert_service, gates, gate_reopen, protocol="modbus", label="reopen")
tm.flow(alert_service, dashboard, sway_level, gate_status, alert_log, protocol="https")
tm.flow(dashboard, archive, sway_labels)

# archive, retraining and deployment
tm.flow(logger, archive, acceleration, protocol="https")
tm.flow(alert_service, archive, alert_log, protocol="https")
tm.flow(archive, dashboard, acceleration, alert_log)
tm.flow(archive, training, acceleration, sway_labels)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="deploy to cabinet")
