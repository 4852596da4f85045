"""Apple bruise detection on the grading line: the first design, before any security review.

A fruit packhouse grades apples on a singulated grading line. Industrial cameras over
the cups photograph each apple as it rotates; a line vision server beside the line
runs an in-house bruise and damage detection model (ONNX) on the frames and tells
the grader PLC, over EtherNet/IP, which cup to divert to the juice lane. The PLC
fires the diverter flaps, which are hard-wired behind the line's e-stops and guards.
Operators use the line HMI (shared operator PIN) to see grade counts and set the
reject threshold. Each lot's packout is written to the packout database that grower
settlements are based on. Sampled frames go to an archive on the office network,
where QA inspectors label them; the labelled set is uploaded to the company's cloud
account, where an ML engineer runs retraining. Trained models are versioned in a
cloud registry (provider-encrypted) and pulled by the vision server over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fruit packhouse bruise detection",
    profile=tg.RiskProfile.LOW,
    description="Camera model on the apple grading line that diverts bruised and "
    "damaged fruit to juice.",
)

# ---------------------------------------------------------------- data assets
fruit_images = tg.Data(
    "Fruit images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Multi-view frames of each apple as it rotates in its cup.",
)
detections = tg.Data(
    "Bruise and damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-apple defect boxes, defect class and confidence.",
)
divert_commands = tg.Data(
    "Divert commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cup number and outlet (juice lane or class lane).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flap_signals = tg.Data("Diverter flap signals", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
line_status = tg.Data("Line status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grade_stats = tg.Data("Grade counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
threshold = tg.Data(
    "Reject threshold settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
packout = tg.Data(
    "Lot packout records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-grower, per-lot counts by class and juice; the basis of grower payments.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sampled_frames = tg.Data(
    "Sampled frames", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
defect_labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Bruise detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Packhouse line network", trust=tg.Trust.INTERNAL):
    # Area-scan cameras and lighting tunnel over the grading cups.
    cameras = tm.add(tg.Device("Grading line cameras", fleet=True))
    # Industrial PC beside the line: receives frames, runs the detector, sends outlet decisions.
    vision = tm.add(
        tg.Service(
            "Line vision server",
            controls={c.ModelVersioning(note="loads a pinned model version from the registry")},
        )
    )
    # The bruise and damage detector itself, served on the vision server's GPU.
    detector = tm.add(
        tg.Model(
            "Bruise detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned object detector for bruises, punctures, cuts and rot.",
        )
    )
    # The grader's PLC: tracks each cup and fires the outlet flaps.
    plc = tm.add(
        tg.Service(
            "Grader PLC",
            controls={
                c.SafetyLimits(
                    limits="flaps hard-wired behind the line e-stops and guard interlocks"
                )
            },
        )
    )
    # Pneumatic flaps that push a cup's apple into the juice lane.
    flaps = tm.add(tg.Device("Diverter flaps", fleet=True))
    # Touch panel at the line for the shift supervisor.
    hmi = tm.add(
        tg.Service(
            "Line HMI",
            controls={c.Authentication(method="shared operator PIN")},
        )
    )
    # Runs the line and adjusts how strict the grading is.
    supervisor = tm.add(tg.Actor("Line supervisor", role="shift supervisor"))

with tm.boundary("Packhouse office network", trust=tg.Trust.INTERNAL):
    # Packout per lot, read by the office for grower settlement statements.
    packout_db = tm.add(tg.DataStore("Packout database", stores={packout}))
    # Network share of frames sampled from the line for labelling.
    archive = tm.add(tg.DataStore("Frame archive", stores={sampled_frames}))
    # Web labelling tool where QA marks defects on sampled frames.
    labeling = tm.add(tg.Pipeline("Defect labelling tool", stage=tg.Stage.LABELING))
    # Quality staff who also check juice bins for good fruit by hand.
    qa = tm.add(tg.Actor("QA inspector", role="quality assurance"))
    # Owns the detector: training runs, evaluation, releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Labelled frames the detector is trained on.
    dataset = tm.add(tg.Dataset("Defect training set", stores={sampled_frames, defect_labels}))
    # GPU training job, started by the ML engineer.
    training = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model artifacts the line pulls from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# Grading
tm.flow(cameras, vision, fruit_images, protocol="gige-vision")
tm.flow(vision, detector, fruit_images)
tm.flow(detector, vision, detections)
tm.flow(vision, plc, divert_commands, protocol="ethernet/ip")
tm.flow(plc, vision, line_status, protocol="ethernet/ip", label="cup tracking")
tm.flow(plc, flaps, flap_signals, label="wired 24 V outputs")

# Operator control
tm.flow(plc, hmi, line_status, protocol="ethernet/ip")
tm.flow(vision, hmi, grade_stats, protocol="http")
tm.flow(hmi, supervisor, grade_stats, line_status, label="on the panel")
tm.flow(supervisor, hmi, threshold, label="on the panel")
tm.flow(hmi, vision, threshold, protocol="http")

# Packout
tm.flow(vision, packout_db, packout, protocol="sql")

# Labelling and retraining
tm.flow(vision, archive, sampled_frames, protocol="smb", label="hourly sample")
tm.flow(archive, labeling, sampled_frames, protocol="smb")
tm.flow(labeling, qa, sampled_frames, protocol="https")
tm.flow(qa, labeling, defect_labels, protocol="https")
tm.flow(labeling, dataset, sampled_frames, defect_labels, protocol="https", label="weekly upload")
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(dataset, training, sampled_frames, defect_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, vision, model_artifact, protocol="https", label="model pull")
