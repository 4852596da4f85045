"""Warehouse exoskeleton fatigue model: the first design, before any security review.

Order pickers in the distribution warehouse wear powered lumbar exoskeletons. On each
suit, a small model reads the motion sensors (trunk angle, hip IMUs, motor current),
sets the assist torque for every lift and estimates the wearer's fatigue over the
shift. A worker pairs a suit to themselves by tapping their badge; hip-panel buttons
raise or lower assistance. When a suit docks to charge it uploads the session over
site Wi-Fi to an edge gateway, which forwards it to our cloud; a reporting service
joins it with the shift roster and shows supervisors fatigue alerts and shift
summaries. Session data and lab-trial recordings retrain the model monthly; an ML
lead approves each release, which goes out to the suits through the gateway.
Controls: the motor controller's firmware caps torque and ramp rate and cuts out on
a sensor fault, the model is checked against lab-trial hold-outs before release,
HTTPS and a per-site key from gateway to cloud, staff SSO on the dashboard, and
encrypted telemetry storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse exoskeleton fatigue model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Powered exoskeletons with an on-device model that adjusts assistance from "
        "workers' movement and reports their fatigue to supervisors."
    ),
)

# ---------------------------------------------------------------- data assets
movement = tg.Data(
    "Movement sensor readings",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Trunk flexion, hip IMU and motor current at 100 Hz, tied to the paired worker.",
)
badge_id = tg.Data("Worker badge ID", kind="records", sensitivity=tg.Sensitivity.PII)
assist_setting = tg.Data(
    "Manual assist setting", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint = tg.Data(
    "Assist torque setpoint",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
session = tg.Data(
    "Session telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-session lift counts, movement summaries, fatigue estimates, badge and suit IDs.",
)
roster = tg.Data("Shift roster", kind="records", sensitivity=tg.Sensitivity.PII)
fatigue_report = tg.Data(
    "Worker fatigue report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Fatigue alerts and per-worker shift summaries shown to supervisors.",
)
acknowledgement = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The supervisor's note of what was done: break given, task rotated.",
)
trial_recordings = tg.Data(
    "Labelled lab-trial recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Consented volunteer sessions with measured exertion labels.",
)
artifact = tg.Data("Fatigue model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Warehouse floor", trust=tg.Trust.INTERNAL):
    # The order picker wearing the suit for the shift.
    worker = tm.add(tg.Actor("Warehouse worker", role="order picker"))

    with tm.boundary("Exoskeleton unit", trust=tg.Trust.INTERNAL):
        # IMUs and encoders on the suit that feed the model.
        sensors = tm.add(tg.Device("Suit motion sensors"))
        # On-device model: picks the assist torque and estimates fatigue.
        model = tm.add(
            tg.Model(
                "Fatigue and assistance model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="Runs on the suit's main board; outputs torque setpoints and a fatigue estimate.",
                controls={
                    c.ModelValidation(note="checked against lab-trial hold-out sets before release")
                },
            )
        )
        # Vendor firmware that drives the hip motors from the setpoints.
        motor_controller = tm.add(
            tg.Device(
                "Assist motor controller",
                controls={
                    c.SafetyLimits(
                        limits="firmware caps torque at 25 Nm and ramp rate; motors cut out on sensor fault"
                    )
                },
            )
        )

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # Box at the charging racks that collects sessions and pushes model updates.
    gateway = tm.add(tg.Service("Docking edge gateway"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Shift supervisor who acts on fatigue alerts.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="supervisor"))
    # Data scientist who trains the model and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Existing workforce system: who works which shift and zone.
    wfm = tm.add(tg.DataStore("Workforce management system", stores={roster}))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives session uploads from every site gateway.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # All uploaded sessions, kept for reporting and retraining.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={session},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Dashboard backend that turns sessions into supervisor-facing fatigue reports.
    reporting = tm.add(
        tg.Service(
            "Fatigue reporting service",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Training set of consented lab-trial recordings.
    dataset = tm.add(tg.Dataset("Lab-trial training set", stores={trial_recordings}))
    # Monthly retraining on lab trials and fleet sessions.
    training = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))
    # Versioned model artifacts.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))
    # Packages an approved model and sends it to the site gateways.
    rollout = tm.add(
        tg.Pipeline(
            "Model rollout pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML lead")},
        )
    )

# ---------------------------------------------------------------- flows
# on the suit
tm.flow(worker, motor_controller, badge_id, protocol="nfc", label="badge tap to pair the suit")
tm.flow(worker, motor_controller, assist_setting, label="buttons on the hip panel")
tm.flow(sensors, model, movement, protocol="local")
tm.flow(motor_controller, model, badge_id, assist_setting, protocol="local")
tm.flow(model, motor_controller, setpoint, protocol="local")

# docking and upload
tm.flow(model, gateway, session, protocol="mqtt", label="uploaded when docked")
tm.flow(gateway, ingest, session, protocol="https")
tm.flow(ingest, telemetry_store, session)

# supervisor reporting
tm.flow(telemetry_store, reporting, session)
tm.flow(wfm, reporting, roster, protocol="https", label="hourly sync")
tm.flow(reporting, supervisor, fatigue_report, protocol="https")
tm.flow(supervisor, reporting, acknowledgement, protocol="https")

# retraining and rollout
tm.flow(ml_engineer, dataset, trial_recordings, protocol="https")
tm.flow(dataset, training, trial_recordings)
tm.flow(telemetry_store, training, session, label="monthly export")
tm.flow(training, registry, artifact)
tm.flow(registry, rollout, artifact)
tm.flow(ml_engineer, rollout, approval, protocol="https", label="approves release")
tm.flow(rollout, gateway, artifact, protocol="https")
tm.flow(gateway, model, artifact, protocol="mqtt", label="model update at docking")
