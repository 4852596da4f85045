"""Visual quality inspection: the first design, before any security review.

Each car-parts production line has a camera station and an industrial PC next to
it. When the line PLC signals that a part is in position, the camera takes an
image and a defect-detection model on the PC decides pass or reject; a reject is
sent back to the PLC, which diverts the part off the line. The PCs and PLCs sit on
the plant's OT network, separated from the office network by a firewall.
Images of rejected parts and a random sample of passed parts are uploaded over
HTTPS to an ingestion service in the plant data centre. Quality operators label
them in a web labelling tool (Active Directory sign-in, role-based access). Once a
month the model is retrained from the labelled set, starting from a pretrained
vision backbone, evaluated against the current model, and stored in a versioned
registry; an automation engineer then copies the new model (ONNX) to the line PCs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Visual quality inspection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Camera-based defect detection on car-parts lines, retrained monthly "
        "from operator labels in the plant data centre."
    ),
)

# ---------------------------------------------------------------- data assets
part_image = tg.Data(
    "Part image",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Camera frame of one part; shows proprietary part geometry.",
)
part_trigger = tg.Data(
    "Part-in-position trigger",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PLC signal with the part's serial number and station id.",
)
verdict = tg.Data(
    "Defect verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pass / reject with defect class and confidence.",
)
reject_command = tg.Data(
    "Reject command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Signal to the PLC to divert the part to the reject chute.",
)
uploaded_images = tg.Data(
    "Rejected and sampled images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images with their verdicts, serial numbers and line ids.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained weights downloaded as a PyTorch checkpoint.",
)
model_artifact = tg.Data(
    "Defect model (ONNX)",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
release_request = tg.Data(
    "Model release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "OT network",
    trust=tg.Trust.RESTRICTED,
    description="Production-line network; a firewall separates it from the office network.",
):
    # The camera station at the inspection point of each line.
    camera = tm.add(
        tg.DataSource(
            "Line camera",
            origin=tg.Origin.INTERNAL,
            provides={part_image},
            description="GigE Vision industrial camera with its own lighting.",
        )
    )
    # The industrial PC beside the line: grabs frames, runs the model, talks to the PLC.
    line_pc = tm.add(
        tg.Service(
            "Line inspection PC",
            description="Windows industrial PC running the inspection application.",
        )
    )
    # The vision model itself, loaded by the inspection application on the PC.
    detector = tm.add(
        tg.Model(
            "Defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN detector; its reject decision removes parts without a person.",
        )
    )
    # The line's PLC: triggers inspection and physically diverts rejected parts.
    plc = tm.add(tg.Service("Line PLC", description="Controls the conveyor and the reject gate."))

with tm.boundary("Plant data centre", trust=tg.Trust.INTERNAL):
    # Receives image uploads from every line PC.
    ingestion = tm.add(tg.Pipeline("Image upload service", stage=tg.Stage.INGESTION))
    # Keeps every uploaded image and its verdict for labelling and traceability.
    archive = tm.add(tg.DataStore("Inspection image archive", stores={uploaded_images}))
    # Web tool where quality operators confirm or correct defect classes.
    labelling = tm.add(
        tg.Pipeline(
            "Labelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="Active Directory"), c.RBAC()},
        )
    )
    # The monthly training snapshot, versioned so a release can be traced to its data.
    dataset = tm.add(
        tg.Dataset(
            "Labelled training set",
            stores={training_set, labels},
            controls={c.DataVersioning()},
        )
    )
    # Monthly GPU training job; compares the candidate with the current model.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="held-out accuracy and false-accept rate vs. current model")
            },
        )
    )
    # Versioned store of trained models.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Script the automation team runs to copy a released model to the line PCs.
    deployment = tm.add(
        tg.Pipeline(
            "Model rollout to lines",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="automation engineer")},
        )
    )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Labels images from their office workstation.
    operator = tm.add(tg.Actor("Quality operator", role="quality operator"))
    # Decides when a new model goes to the lines and runs the rollout.
    automation = tm.add(tg.Actor("Automation engineer", role="automation team", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained backbone the training starts from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
# On the line
tm.flow(plc, line_pc, part_trigger, protocol="profinet", label="part in position")
tm.flow(camera, line_pc, part_image, protocol="gige-vision")
tm.flow(line_pc, detector, part_image, protocol="local")
tm.flow(detector, line_pc, verdict, protocol="local")
tm.flow(line_pc, plc, reject_command, protocol="profinet")

# Images up to the data centre and labelling
tm.flow(line_pc, ingestion, uploaded_images, protocol="https", label="rejects + 2% sample")
tm.flow(ingestion, archive, uploaded_images)
tm.flow(archive, labelling, uploaded_images)
tm.flow(labelling, operator, uploaded_images, protocol="https")
tm.flow(operator, labelling, labels, protocol="https")
tm.flow(labelling, dataset, labels)
tm.flow(archive, dataset, training_set, label="monthly snapshot")

# Monthly retraining and rollout
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, model_artifact)
tm.flow(automation, deployment, release_request, label="approves and starts rollout")
tm.flow(registry, deployment, model_artifact)
tm.flow(deployment, line_pc, model_artifact, protocol="smb", label="copied to each line PC")
tm.flow(line_pc, detector, model_artifact, protocol="local", label="loaded at restart")
