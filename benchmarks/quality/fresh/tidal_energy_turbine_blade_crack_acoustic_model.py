"""Tidal turbine blade crack detection: the first design, before any security review.

Acoustic emission sensors on each seabed turbine's blade roots feed a nacelle edge
gateway, which adds the turbine's telemetry (rotor speed, pitch, power) and sends
both up the export cable fibre to the onshore operations centre. There a feature
pipeline computes spectral features and an in-house detector scores each blade for
crack signatures. An alert service opens an inspection work order in the hosted
maintenance system at a warning level and, at a critical level, sends a feather
command through SCADA to the turbine controller, whose PLC limits pitch commands.
The detector is trained in our cloud account on inspection findings labelled by
reliability engineers and on the turbine maker's test-rig crack recordings, is
evaluated before release, and is versioned in a registry an ML engineer releases from.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal turbine blade crack acoustic detection",
    profile=tg.RiskProfile.HIGH,
    description="Acoustic crack detection on tidal turbine blades that schedules "
    "inspections and can feather a turbine.",
)

# ---------------------------------------------------------------- data assets
acoustic = tg.Data(
    "Acoustic emission readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Turbine operating telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Acoustic spectral features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
score = tg.Data("Crack likelihood score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
feather_cmd = tg.Data(
    "Feather command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pitch the blades to feather and stop the rotor.",
)
alarm = tg.Data("Crack alarm", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
operator_cmd = tg.Data(
    "Operator turbine command",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledge, restart or feather a turbine from the control room.",
)
work_order = tg.Data("Inspection work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
findings = tg.Data(
    "Inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="ROV and diver inspection results, labelled crack or no crack.",
)
rig_recordings = tg.Data(
    "Test-rig crack recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Acoustic recordings of seeded blade cracks from the maker's fatigue rig.",
)
weights = tg.Data("Crack detector artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Subsea turbine array", trust=tg.Trust.RESTRICTED):
    # Piezoelectric acoustic emission sensors bonded to each blade root and the hub.
    sensors = tm.add(tg.Device("Blade acoustic emission sensors", fleet=True))
    # Turbine PLC: pitch, brake and yaw; feathers on command within its own limits.
    controller = tm.add(
        tg.Service(
            "Turbine controller",
            controls={
                c.SafetyLimits(
                    limits="controller PLC enforces pitch rate limits and overspeed trips"
                )
            },
        )
    )
    # Nacelle computer that buffers the sensors and sends readings ashore.
    edge = tm.add(tg.Service("Nacelle edge gateway"))

with tm.boundary("Onshore operations centre", trust=tg.Trust.INTERNAL):
    # Keeps raw readings and telemetry for scoring, replay and training.
    historian = tm.add(tg.DataStore("Acoustic data historian", stores={acoustic, telemetry}))
    # Windows the readings and computes spectral features per blade.
    feature_job = tm.add(tg.Pipeline("Acoustic feature pipeline", stage=tg.Stage.PREPROCESSING))
    # The model that recognises crack growth signatures in the spectra.
    detector = tm.add(
        tg.Model(
            "Blade crack detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="1D CNN over spectral features; a score per blade per ten minutes.",
        )
    )
    # Turns scores into work orders and, above the critical level, a feather command.
    alerting = tm.add(
        tg.Service(
            "Crack alert service",
            description="Warning level opens an inspection; critical level for three "
            "windows in a row feathers the turbine.",
        )
    )

    with tm.boundary("Control room OT network", trust=tg.Trust.RESTRICTED):
        # The array's SCADA: alarms to operators, commands to the turbine controllers.
        scada = tm.add(
            tg.Service(
                "Array SCADA",
                controls={
                    c.Authentication(method="individual operator accounts"),
                    c.AuditLogging(),
                },
            )
        )
        # Watches the array around the clock and decides on restarts.
        operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Maintenance SaaS", trust=tg.Trust.PARTNER):
    # Hosted maintenance management system that plans vessel and ROV inspections.
    cmms = tm.add(tg.ExternalService("Maintenance management system"))

with tm.boundary("Turbine maker", trust=tg.Trust.PARTNER):
    # The maker shares recordings from its blade fatigue test rig.
    oem_rig = tm.add(
        tg.DataSource("Turbine maker test rig", origin=tg.Origin.PARTNER, provides={rig_recordings})
    )

with tm.boundary("ML cloud account", trust=tg.Trust.INTERNAL):
    # Inspection-labelled readings plus test-rig recordings.
    training_set = tm.add(
        tg.Dataset(
            "Crack training set",
            stores={findings, features, rig_recordings},
            controls={c.DataVersioning()},
        )
    )
    # Trains the detector and scores it on held-out inspections before release.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation()},
        )
    )
    # Versioned detector artifacts that the operations centre loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Labels inspection results and closes work orders.
    engineer = tm.add(tg.Actor("Reliability engineer", role="reliability engineer"))
    # Trains, evaluates and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, edge, acoustic, label="sensor bus")
tm.flow(controller, edge, telemetry)
tm.flow(edge, historian, acoustic, telemetry, protocol="mqtt", label="export cable fibre")

tm.flow(historian, feature_job, acoustic, telemetry)
tm.flow(feature_job, detector, features)
tm.flow(detector, alerting, score)
tm.flow(feature_job, historian, features, label="features kept for training")

tm.flow(
    alerting,
    cmms,
    work_order,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(cmms, engineer, work_order, protocol="https")
tm.flow(alerting, scada, feather_cmd, alarm, protocol="opc-ua")
tm.flow(scada, controller, feather_cmd, operator_cmd, protocol="modbus-tcp")
tm.flow(controller, scada, telemetry, protocol="modbus-tcp")
tm.flow(scada, operator, alarm, telemetry)
tm.flow(operator, scada, operator_cmd)

tm.flow(engineer, training_set, findings, protocol="https", label="labels inspection results")
tm.flow(historian, training_set, features, protocol="https", label="nightly export")
tm.flow(oem_rig, training_set, rig_recordings, protocol="sftp")
tm.flow(training_set, training, findings, features, rig_recordings)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, detector, weights, protocol="https", label="deploy")
