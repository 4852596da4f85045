"""Offshore gas leak camera model: the first design, before any security review.

An oil and gas operator fits optical gas imaging (OGI) cameras over the process
modules of a North Sea production platform. The cameras stream infrared video on
the platform's process network to an edge inference server, where an in-house
detection model looks for hydrocarbon plumes. A leak alarm service applies the
confidence threshold and persistence rules, raises an alarm on the control room
HMI and saves a clip of each event. The control room operator confirms the leak
on screen and can trip the emergency shutdown (ESD) from the hardwired panel; the
existing fire and gas system keeps its own independent trips. Onshore, data
scientists label exported clips, retrain and validate the model on a held-out
leak test set, and ship approved versions offshore over the satellite link.
Controls: the certified ESD logic, TLS and SFTP over the link, role-based access
and model versioning onshore, and an alarm event log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore gas leak camera model",
    profile=tg.RiskProfile.HIGH,
    description="OGI cameras and a leak detection model alerting the platform control room.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Infrared video frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Leak detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-frame plume confidence and bounding box for each camera.",
)
alarm = tg.Data(
    "Gas leak alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Alarm tag with camera, module, confidence and a link to the clip.",
)
acknowledgement = tg.Data(
    "Alarm acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
esd_trip = tg.Data(
    "ESD trip command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fg_trip = tg.Data("Fire and gas trip signal", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Leak event clips",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ten-second infrared clips around each alarm; crew on deck can appear in them.",
)
training_set = tg.Data(
    "Labelled OGI clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Exported event clips and vendor test-release footage with plume masks.",
)
labels = tg.Data("Plume labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Leak model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Platform process network", trust=tg.Trust.RESTRICTED):
    # Fixed OGI cameras over the separator and compression modules.
    cameras = tm.add(
        tg.Device(
            "OGI cameras", description="Cooled infrared cameras filtered for hydrocarbon bands."
        )
    )
    # Rugged server in the platform equipment room that decodes the streams.
    edge_server = tm.add(tg.Service("Edge inference server"))
    # Finds gas plumes in the infrared frames.
    detector = tm.add(
        tg.Model(
            "Gas leak detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Segmentation network fine-tuned in-house on OGI footage.",
        )
    )
    # Turns detections into alarms: threshold, persistence over frames, camera mapping.
    alarm_service = tm.add(
        tg.Service(
            "Leak alarm service",
            controls={
                c.AuditLogging(retention_days=365, note="alarm and event log kept with the clips")
            },
        )
    )
    # Keeps the evidence clip of every alarm for investigation and retraining.
    clip_store = tm.add(tg.DataStore("Leak clip store", stores={clips}))

    with tm.boundary("Control room", trust=tg.Trust.RESTRICTED):
        # Existing alarm HMI the operators already watch.
        hmi = tm.add(tg.Service("Control room alarm HMI"))
        # Decides whether a camera alarm is a real leak and whether to trip the platform.
        operator = tm.add(tg.Actor("Control room operator", role="process operator"))

    with tm.boundary("Safety instrumented system", trust=tg.Trust.RESTRICTED):
        # Certified ESD logic solver that isolates and blows down the process.
        esd = tm.add(
            tg.Service(
                "Emergency shutdown controller",
                controls={
                    c.SafetyLimits(
                        limits="SIL 2 logic solver; trips only from hardwired panel pushbuttons "
                        "and fire and gas votes, de-energise-to-trip"
                    )
                },
            )
        )
        # Existing point and line-of-sight gas detection with its own trip votes.
        fire_and_gas = tm.add(tg.Service("Fire and gas system"))

with tm.boundary("Onshore data centre", trust=tg.Trust.INTERNAL):
    # Clips exported from the platform, labelled for training and evaluation.
    dataset = tm.add(
        tg.Dataset("OGI training set", stores={training_set, labels}, controls={c.RBAC()})
    )
    # Retrains the detector when enough new clips are labelled.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds every trained version with its evaluation results.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={c.RBAC(), c.ModelVersioning()}
        )
    )
    # Evaluates a candidate on the held-out leak test set and ships it offshore.
    deployment = tm.add(
        tg.Pipeline(
            "Offshore model deployment", stage=tg.Stage.DEPLOYMENT, controls={c.ModelValidation()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Data scientist who labels clips and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge_server, frames, protocol="rtsp")
tm.flow(edge_server, detector, frames, protocol="local")
tm.flow(detector, edge_server, detections, protocol="local")
tm.flow(edge_server, alarm_service, detections, frames)
tm.flow(alarm_service, clip_store, clips)
tm.flow(alarm_service, hmi, alarm, protocol="opc-ua")
tm.flow(hmi, alarm_service, acknowledgement, protocol="opc-ua")
tm.flow(hmi, operator, alarm, label="on the alarm panel")
tm.flow(operator, hmi, acknowledgement, label="on the panel")
tm.flow(clip_store, operator, clips, protocol="https", label="clip viewer on the HMI workstation")
tm.flow(operator, esd, esd_trip, label="hardwired pushbutton on the panel")
tm.flow(fire_and_gas, esd, fg_trip, label="hardwired trip votes")

tm.flow(
    clip_store, dataset, clips, protocol="sftp", label="weekly clip export over the satellite link"
)
tm.flow(ml_engineer, dataset, labels, protocol="https", label="labels plumes")
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deployment, release_approval, protocol="https", label="approves release")
tm.flow(registry, deployment, weights)
tm.flow(deployment, detector, weights, protocol="https", label="deploy over the satellite link")
