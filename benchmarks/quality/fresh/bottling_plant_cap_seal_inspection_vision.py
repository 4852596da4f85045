"""Bottling plant cap seal inspection: the first design, before any security review.

A line camera after the capper photographs every bottle's cap and neck. An edge
inspection server on the plant OT network runs an in-house CNN that detects badly
seated caps, cross-threading and broken tamper bands; its reject verdict goes to
the line's reject PLC, which fires a pneumatic pusher to divert the bottle. If no
verdict arrives in the reject window the PLC diverts the bottle anyway.
Reject counts go to the MES and the operator HMI. Reject images and a daily sample
of passes are uploaded to the company's cloud ML platform, where QA technicians
label them in a web labeling tool (company SSO), a training pipeline retrains the
detector, and an ML engineer approves a version in the model registry, which the
edge server then pulls. No personal data is involved; the plant is the company's
own, and the design relies on the OT network being segmented from the office LAN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bottling plant cap seal inspection",
    profile=tg.RiskProfile.HIGH,
    description="Vision check of cap seating and tamper bands on a beverage bottling line.",
)

# ---------------------------------------------------------------- data assets
cap_images = tg.Data(
    "Cap and neck images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Three views of each bottle's cap, taken at line speed.",
)
seal_verdict = tg.Data(
    "Cap seal defect verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pass or reject per bottle, with the defect class and confidence.",
)
reject_command = tg.Data(
    "Reject command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
line_stats = tg.Data("Reject counts and line statistics", kind="records")
sample_images = tg.Data(
    "Reject and sampled images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every rejected bottle's images plus a daily random sample of passes.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Cap seal detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Industrial camera after the capper; the only sensor the check relies on.
    camera = tm.add(
        tg.Device(
            "Cap inspection line camera",
            fleet=False,
            description="GigE Vision area camera with ring light, triggered by a photo-eye.",
        )
    )
    # Industrial PC beside the line: runs inference and talks to the PLC and MES.
    edge = tm.add(
        tg.Service(
            "Edge inspection server",
            description="Runs the detector on each trigger and pulls approved models from the registry.",
        )
    )
    # The detector itself, loaded by the edge server from the registry's ONNX file.
    detector = tm.add(
        tg.Model(
            "Cap seal defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN flagging unseated caps, cross-threading and broken tamper bands.",
            controls={c.ModelVersioning()},
        )
    )
    # Existing line PLC that owns the reject gate; reject on a missing verdict.
    plc = tm.add(
        tg.Service(
            "Reject PLC",
            description="Tracks each bottle by encoder count and fires the reject pusher.",
            controls={
                c.FailClosed(fallback="divert the bottle when no verdict arrives in the window"),
            },
        )
    )
    # Pneumatic pusher that diverts rejected bottles to the reject conveyor.
    pusher = tm.add(
        tg.Device(
            "Reject pusher actuator",
            fleet=False,
            description="Solenoid valve and pneumatic cylinder, wired to a PLC output.",
        )
    )
    # Shift operator watching reject rates on the line HMI.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Manufacturing execution system: batch records and quality counts per shift.
    mes = tm.add(
        tg.Service(
            "Manufacturing execution system",
            description="Records rejects per batch for release and traceability.",
        )
    )

with tm.boundary("Cloud ML platform", trust=tg.Trust.INTERNAL):
    # Object storage of uploaded images and their labels, used for retraining.
    image_set = tm.add(
        tg.Dataset(
            "Cap image training set",
            stores={sample_images, labels},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hosted labeling tool where QA technicians mark defect classes.
    labeling = tm.add(
        tg.Pipeline(
            "Defect labeling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Weekly retraining job on a managed GPU instance.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Fine-tunes the CNN from the labeled set using PyTorch from PyPI.",
        )
    )
    # Holds detector versions; only approved versions are tagged for the plant.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.RBAC(), c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Quality lab staff who label images and review false rejects.
    qa_tech = tm.add(tg.Actor("QA technician", role="quality technician"))
    # Owns the detector; approves which version goes to the line.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(camera, edge, cap_images, protocol="gige-vision")
tm.flow(edge, detector, cap_images)
tm.flow(detector, edge, seal_verdict)
tm.flow(edge, plc, reject_command, protocol="profinet")
tm.flow(plc, pusher, reject_command, label="24 V digital output")
tm.flow(edge, operator, line_stats, label="HMI screen")
tm.flow(edge, mes, line_stats, protocol="opc-ua")

tm.flow(edge, image_set, sample_images, protocol="https", label="hourly upload")
tm.flow(image_set, labeling, sample_images)
tm.flow(qa_tech, labeling, labels, protocol="https")
tm.flow(labeling, image_set, labels)
tm.flow(image_set, training, sample_images, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="approves version")
tm.flow(registry, edge, weights, protocol="https", label="pull approved model")
