"""Hydro turbine vibration anomaly detection: the first design, before any security review.

Proximity probes and accelerometers on each generating unit's guide and thrust bearings
feed a vibration monitoring rack in the powerhouse, which publishes the readings to the
plant historian in the OT DMZ alongside load, head and wicket gate data from the unit
controllers. An edge scoring service in the DMZ turns the last minutes of readings into
spectral features, scores them with an in-house anomaly model and, when a unit looks
abnormal, writes a shutdown recommendation to the SCADA HMI in the control room. The
operator on shift decides whether to take the unit off line; the existing machine
protection relays still trip a unit on high vibration on their own. The model is trained
in the corporate analytics cloud from nightly historian exports and events labelled by
reliability engineers, versioned in a model registry and pulled by the scoring service.
SCADA logins are per operator; plant links use OPC UA and IEC 104 as commissioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hydro turbine vibration anomaly detection",
    profile=tg.RiskProfile.HIGH,
    description="Detects abnormal turbine vibration and recommends unit shutdowns to the control room.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Bearing vibration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Shaft displacement and bearing acceleration per unit, sampled continuously.",
)
operating_data = tg.Data(
    "Unit operating data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Load, net head, wicket gate opening, speed and bearing temperatures.",
)
features = tg.Data(
    "Vibration spectral features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order spectra, RMS and peak values per bearing, by operating point.",
)
score = tg.Data("Vibration anomaly score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Unit shutdown recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
shutdown_command = tg.Data(
    "Unit shutdown command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
unit_status = tg.Data("Unit status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Historian export",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Nightly extract of readings, operating data and past scores for all units.",
)
labels = tg.Data(
    "Vibration event labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Engineers mark past periods as normal, rough-zone operation or fault.",
)
artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Powerhouse control network", trust=tg.Trust.RESTRICTED):
    # The probes and accelerometers mounted on every unit's bearings: the raw signal.
    sensors = tm.add(
        tg.Device(
            "Bearing vibration sensors",
            description="Proximity probes and accelerometers, hard-wired to the monitoring rack.",
        )
    )
    # One rack per unit digitises the probe signals and publishes them to the historian.
    rack = tm.add(
        tg.Device(
            "Vibration monitoring rack",
            fleet=False,
            description="Existing condition-monitoring rack; also drives the protection trip relays.",
        )
    )
    # Starts and stops the unit; the operator's shutdown command ends up here.
    unit_controller = tm.add(
        tg.Service(
            "Turbine unit controller PLC",
            description="Unit sequencer and governor interface for each generating unit.",
            controls={
                c.SafetyLimits(
                    limits="machine protection relays trip the unit on bearing vibration "
                    "above the danger setpoint, independent of the model and of SCADA"
                )
            },
        )
    )
    # Where the operator sees alarms and the model's recommendations and commands units.
    scada_hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            description="Control room SCADA servers and operator workstations.",
            controls={
                c.Authentication(method="individual operator accounts with password"),
                c.RBAC(),
                c.AuditLogging(note="SCADA event log of operator commands"),
            },
        )
    )
    # The person who decides whether a unit comes off line.
    operator = tm.add(tg.Actor("Control room operator", role="shift operator"))

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Time-series store of every plant signal; the single source for scoring and training.
    historian = tm.add(
        tg.DataStore(
            "Plant historian",
            stores={readings, operating_data, score},
            controls={c.RBAC()},
        )
    )
    # Turns raw waveforms and operating point into features the model takes.
    feature_job = tm.add(
        tg.Pipeline(
            "Vibration feature extraction",
            stage=tg.Stage.PREPROCESSING,
            description="Runs on the edge server every 30 seconds over a sliding window.",
        )
    )
    # Runs the model near real time and raises shutdown recommendations to SCADA.
    scoring = tm.add(
        tg.Service(
            "Anomaly scoring service",
            description="Edge server service; recommends a shutdown when the score stays above threshold.",
            controls={
                c.HumanInTheLoop(
                    approver="control room operator",
                    note="the service recommends; the operator decides every shutdown",
                )
            },
        )
    )
    # The detector itself: an autoencoder trained on normal operation per unit.
    model = tm.add(
        tg.Model(
            "Vibration anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Reconstruction-error anomaly detector, one model per generating unit.",
        )
    )

with tm.boundary("Corporate analytics cloud", trust=tg.Trust.INTERNAL):
    # Historical data and labels the model is trained on.
    training_set = tm.add(
        tg.Dataset(
            "Vibration training set",
            stores={history, labels},
            purpose="training",
        )
    )
    # Retrains the per-unit models monthly and after overhauls.
    training = tm.add(
        tg.Pipeline(
            "Anomaly model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="backtested against recorded trip events before release")
            },
        )
    )
    # Holds versioned model artifacts; the scoring service pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={
                c.ModelVersioning(),
                c.Authentication(method="corporate SSO with MFA"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Labels past events and approves which model version goes to the plant.
    engineer = tm.add(
        tg.Actor("Reliability engineer", role="reliability engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, rack, readings, label="hard-wired probe signals")
tm.flow(rack, historian, readings, protocol="opc-ua")
tm.flow(unit_controller, historian, operating_data, protocol="opc-ua")

tm.flow(historian, feature_job, readings, operating_data)
tm.flow(feature_job, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, historian, score, protocol="opc-ua")
tm.flow(scoring, scada_hmi, recommendation, protocol="opc-ua")

tm.flow(scada_hmi, operator, recommendation, label="alarm on the operator screen")
tm.flow(operator, scada_hmi, shutdown_command, label="on the operator console")
tm.flow(scada_hmi, unit_controller, shutdown_command, protocol="iec-104")
tm.flow(unit_controller, scada_hmi, unit_status, protocol="iec-104")

tm.flow(historian, training_set, history, protocol="sftp", label="nightly export")
tm.flow(engineer, training_set, labels, protocol="https")
tm.flow(training_set, training, history, labels)
tm.flow(training, registry, artifact)
tm.flow(engineer, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, scoring, artifact, protocol="https", label="pull approved version")
