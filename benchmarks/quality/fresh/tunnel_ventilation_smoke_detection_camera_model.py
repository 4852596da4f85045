"""Tunnel smoke and stopped-vehicle detection: the first design, before any security review.

A twin-bore road tunnel has CCTV cameras every 60 m, recorded by a video management
system (VMS) on the tunnel's OT network. A video analytics server pulls the streams,
runs our detection model on the frames and raises smoke and stopped-vehicle alerts
on the control room's SCADA HMI, and writes every alert to an event log. The operator
checks the live picture and starts the ventilation scenario on the HMI, which commands
the ventilation PLC that drives the jet fans; the PLC also reads the opacity and CO
sensors and enforces its own fan interlocks. Operators mark each alert confirmed or
false; those verdicts and the clips around each alert are exported nightly to our
cloud, where a training pipeline retrains and evaluates the model. An ML engineer
approves each release in the registry, and the analytics server downloads it.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tunnel smoke and stopped-vehicle detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Camera-based detection alerting the tunnel control room, which runs the ventilation.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Tunnel camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live CCTV streams; number plates and occupants are visible.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Smoke and stopped-vehicle detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alerts = tg.Data(
    "Smoke and stopped-vehicle alerts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
readings = tg.Data("Opacity and CO readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fan_commands = tg.Data(
    "Ventilation commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scenario start/stop and per-fan direction and speed.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data("Jet fan status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
verdicts = tg.Data("Operator alert verdicts", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Incident clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video either side of each alert.",
)
model_artifact = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Tunnel OT network",
    trust=tg.Trust.RESTRICTED,
    description="Field network in the tunnel and its plant rooms, behind the OT firewall.",
):
    # The eyes of the system: fixed cameras along both bores.
    cameras = tm.add(tg.Device("Tunnel CCTV cameras", fleet=True))
    # Conventional air-quality instruments the ventilation already relies on.
    sensors = tm.add(tg.Device("Opacity and CO sensors", fleet=True))
    # Records all streams and serves live views to the control room.
    vms = tm.add(tg.Service("Video management system"))
    # GPU server that decodes the streams and runs the model.
    analytics = tm.add(tg.Service("Video analytics server"))
    # Our detector: smoke plumes and vehicles stopped in a running lane.
    model = tm.add(
        tg.Model(
            "Smoke and stopped-vehicle detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Object detector with a temporal filter; alerts after 5 s of sustained detection.",
        )
    )
    # Drives the jet fans and enforces their interlocks.
    plc = tm.add(
        tg.Service(
            "Ventilation PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC enforces fan reversal delay, thermal trips and the supply's maximum running fans"
                )
            },
        )
    )
    # Reversible jet fans hung from the tunnel roof.
    fans = tm.add(tg.Device("Jet fans", fleet=True))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL, description="Staffed around the clock."):
    # The operators' SCADA screens: alerts, camera views, ventilation scenarios.
    hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            controls={
                c.Authentication(method="individual operator login with password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the control room operator"),
            },
        )
    )
    # Keeps every alert and what the operator made of it.
    event_log = tm.add(
        tg.DataStore(
            "Tunnel event log",
            stores={alerts, verdicts},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Decides whether an alert is real and starts the ventilation scenario.
    operator = tm.add(tg.Actor("Control room operator", role="tunnel operator"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Labelled incident clips for retraining.
    clip_set = tm.add(
        tg.Dataset(
            "Incident clip dataset",
            stores={clips, verdicts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains on new clips and evaluates on a fixed set of past incidents.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="recall on the fixed incident set must not drop")},
        )
    )
    # Released model versions the analytics server downloads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Owns the model and signs off each release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, vms, video, protocol="rtsp")
tm.flow(vms, analytics, video, protocol="rtsp")
tm.flow(analytics, model, frames)
tm.flow(model, analytics, detections)
tm.flow(analytics, hmi, alerts, protocol="opc-ua")
tm.flow(analytics, event_log, alerts)
tm.flow(vms, hmi, video, protocol="rtsp", label="live view")

tm.flow(hmi, operator, alerts, video, fan_status, readings, label="at the operator workstation")
tm.flow(operator, hmi, fan_commands, verdicts, label="at the operator workstation")
tm.flow(hmi, event_log, verdicts)
tm.flow(hmi, plc, fan_commands, protocol="modbus")
tm.flow(plc, hmi, fan_status, readings, protocol="modbus")
tm.flow(sensors, plc, readings, label="hardwired 4-20 mA")
tm.flow(plc, fans, fan_commands, label="hardwired drive signals")
tm.flow(fans, plc, fan_status, label="hardwired status contacts")

tm.flow(vms, clip_set, clips, protocol="sftp", label="nightly clip export")
tm.flow(event_log, clip_set, verdicts, protocol="sftp", label="nightly verdict export")
tm.flow(clip_set, training, clips, verdicts)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, analytics, model_artifact, protocol="https", label="model download")
