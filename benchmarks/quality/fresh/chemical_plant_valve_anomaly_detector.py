"""Chemical plant valve anomaly detector: the first design, before any security review.

Reliability engineers at a specialty-chemicals site want early warning of control
valves that are sticking, leaking past the seat or losing actuator air. Smart
positioners on about 400 valves already report position, setpoint, drive signal and
actuator pressure to the DCS, which the process historian records every second.
An edge gateway in the plant DMZ reads valve tags from the historian over OPC UA
(sign and encrypt) and pushes them to the analytics tenant in the company's cloud.
There a feature pipeline builds valve signatures, a scoring service runs an
isolation-forest anomaly model every five minutes, and alerts appear on a dashboard
and as work notifications in the SAP maintenance system. Engineers confirm or dismiss
alerts; their verdicts become labels for a monthly retraining job. The detector is
advisory only: it writes nothing back to the DCS, and the plant's existing trips and
safety instrumented system stay independent of it. Dashboard access uses corporate SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chemical plant valve anomaly detector",
    profile=tg.RiskProfile.HIGH,
    description="Advisory anomaly detection on control-valve telemetry for predictive maintenance.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Valve telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Position, setpoint, drive signal and actuator pressure per valve, 1 s samples.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Valve setpoints",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
signatures = tg.Data(
    "Valve signature features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Windowed friction, deadband, travel deviation and air-consumption features.",
)
scores = tg.Data("Valve anomaly scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alerts = tg.Data("Valve health alerts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
verdicts = tg.Data(
    "Engineer alert verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
notification = tg.Data(
    "Maintenance work notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
notification_ref = tg.Data(
    "Notification number", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Anomaly model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn isolation forest saved with joblib.",
)
train_config = tg.Data(
    "Retraining configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # The field instruments the whole project is about: they move the valves and
    # report the telemetry the detector learns from.
    positioners = tm.add(
        tg.Device(
            "Smart valve positioners",
            fleet=True,
            description="HART positioners on about 400 control valves.",
        )
    )
    # Existing DCS controllers: they close the control loops and keep the plant's
    # own trips; the detector never writes to them.
    dcs = tm.add(
        tg.Service(
            "DCS controller",
            description="Distributed control system running the process control loops.",
            controls={
                c.SafetyLimits(
                    limits="DCS alarms and trips plus an independent safety instrumented system"
                )
            },
        )
    )
    # The existing process historian: the single source of valve history.
    historian = tm.add(tg.DataStore("Process historian", stores={telemetry}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # The only component allowed to reach from the plant network towards the cloud.
    gateway = tm.add(
        tg.Service(
            "OPC UA edge gateway",
            description="Subscribes to valve tags on the historian and forwards them outbound.",
        )
    )

with tm.boundary("Cloud analytics tenant", trust=tg.Trust.INTERNAL):
    # Turns raw samples into per-valve signature windows for scoring and training.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Valve feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement()},
        )
    )
    # History of features and engineer verdicts that retraining reads.
    training_set = tm.add(
        tg.Dataset(
            "Valve history dataset",
            stores={signatures, verdicts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The model itself: scores how far each valve's signature is from its normal behaviour.
    model = tm.add(
        tg.Model(
            "Valve anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Isolation forest per valve class; advisory maintenance signal only.",
        )
    )
    # Runs every five minutes, thresholds scores and raises alerts and notifications.
    scoring = tm.add(tg.Service("Valve health scoring service"))
    # Where engineers see alerts and record whether they were real.
    dashboard = tm.add(
        tg.Endpoint(
            "Valve health dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Monthly retraining on the latest history and verdicts.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Keeps each trained model version that the scoring service can load.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people the alerts are for; their verdicts are the only labels there are.
    engineer = tm.add(tg.Actor("Reliability engineer", role="maintenance engineer"))
    # Owns the model and starts retraining runs.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("SAP cloud", trust=tg.Trust.PARTNER):
    # The maintenance system work is planned in: alerts become notifications there.
    cmms = tm.add(
        tg.ExternalService(
            "SAP maintenance system",
            description="SAP Plant Maintenance, hosted by the vendor.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(positioners, dcs, telemetry, protocol="hart", label="4-20 mA with HART")
tm.flow(dcs, positioners, setpoints, protocol="hart", label="4-20 mA with HART")
tm.flow(dcs, historian, telemetry, protocol="opc-ua")
tm.flow(historian, gateway, telemetry, protocol="opc-ua+sign-encrypt", label="tag subscription")
tm.flow(gateway, feature_pipeline, telemetry, protocol="https")

tm.flow(feature_pipeline, training_set, signatures)
tm.flow(feature_pipeline, scoring, signatures)
tm.flow(scoring, model, signatures)
tm.flow(model, scoring, scores)
tm.flow(scoring, dashboard, alerts)
tm.flow(scoring, cmms, notification, protocol="https")
tm.flow(cmms, scoring, notification_ref, protocol="https")

tm.flow(dashboard, engineer, alerts, protocol="https")
tm.flow(engineer, dashboard, verdicts, protocol="https")
tm.flow(dashboard, training_set, verdicts)

tm.flow(data_scientist, training, train_config, protocol="https")
tm.flow(training_set, training, signatures, verdicts)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest version")
