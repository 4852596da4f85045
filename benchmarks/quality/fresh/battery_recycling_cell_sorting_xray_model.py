"""Battery cell sorting line: the first design, before any security review.

Loose cells from collection drums ride a conveyor through an X-ray cabinet at our
recycling plant. An inference service on an edge server beside the line runs an
in-house classifier on each image that names the chemistry (NMC, LFP, NiMH,
alkaline, ...) and the damage (swollen, punctured, dented, intact), and tells the
diverter PLC which lane to open; damaged or unknown lithium cells go to the
fire-safe bay. Line operators see each call on a touchscreen HMI and can override
it, signing in with their own badge and PIN. Images, calls and overrides are kept
on the edge server and uploaded nightly to our cloud ML account, where battery
safety technicians label them for retraining; a released ONNX model is pushed
back to the edge server after an ML engineer approves it. The PLC takes Modbus
commands on the line network; a cell that gets no call within the window goes to
the fire-safe bay.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Battery cell X-ray sorting",
    profile=tg.RiskProfile.HIGH,
    description="X-ray classification of incoming battery cells, diverting dangerous ones "
    "to a fire-safe bay, with operator overrides and cloud retraining.",
)

# ---------------------------------------------------------------- data assets
xray_image = tg.Data(
    "Cell X-ray image",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One radiograph per cell, with conveyor position and drum id.",
)
cell_call = tg.Data(
    "Cell chemistry and damage call",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Chemistry class, damage class and confidence for one cell.",
)
divert_command = tg.Data(
    "Divert lane command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_status = tg.Data("Diverter gate status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Operator override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Operator's corrected class or lane for a cell, with badge id.",
)
sort_log = tg.Data(
    "Sort event log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per cell: image reference, call, lane taken, override and operator.",
)
labels = tg.Data(
    "Cell chemistry and damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data("Labelled X-ray training images", kind="training-data")
model_artifact = tg.Data(
    "Cell classifier model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # The X-ray cabinet over the conveyor; takes one image per cell.
    xray = tm.add(
        tg.Device(
            "X-ray cabinet",
            fleet=False,
            description="Vendor X-ray imaging cabinet on the intake conveyor.",
        )
    )
    # Edge server process: runs the model per cell and decides the lane.
    sorter = tm.add(
        tg.Service(
            "Cell sorting inference service",
            description="Runs the classifier on each image, maps the call to a lane and "
            "sends it to the diverter PLC.",
            controls={
                c.FailClosed(
                    fallback="a cell with no call within 2 s is diverted to the fire-safe bay"
                )
            },
        )
    )
    # The classifier itself; its call decides which cells are treated as fire risks.
    classifier = tm.add(
        tg.Model(
            "Cell chemistry and damage classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="CNN over X-ray images; a damaged or unknown lithium cell sends "
            "the cell to the fire-safe bay.",
        )
    )
    # Touchscreen at the line where operators see calls and override them.
    hmi = tm.add(
        tg.Service(
            "Operator HMI",
            description="Shows each cell's image and call; lets the operator change the "
            "class or lane.",
            controls={c.Authentication(method="individual badge and PIN")},
        )
    )
    # Local store of every sort event, kept for incident review and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Sort event store",
            stores={sort_log, xray_image},
            description="Disk on the edge server; uploaded nightly to the cloud.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Line control network", trust=tg.Trust.RESTRICTED):
        # Moves the diverter gates; the fire-safe bay lane is one of its outputs.
        plc = tm.add(
            tg.Service(
                "Diverter gate PLC",
                description="Opens the lane it is told to for each conveyor slot.",
            )
        )

with tm.boundary("Plant floor", trust=tg.Trust.INTERNAL):
    # Staff running the line; they correct the model when they disagree.
    operator = tm.add(tg.Actor("Line operator", role="sorting line operator"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Labelling tool where technicians mark up uploaded images.
    labeling = tm.add(tg.Pipeline("Image labelling", stage=tg.Stage.LABELING))
    # Curated labelled images the classifier is trained on.
    dataset = tm.add(tg.Dataset("Cell image training set", stores={training_images, labels}))
    # Retraining job; evaluates on a held-out set before it registers a model.
    training = tm.add(
        tg.Pipeline(
            "Classifier retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation()},
        )
    )
    # Keeps each trained version so the edge can be rolled back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model to the edge server.
    deploy = tm.add(tg.Pipeline("Edge model deployment", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Engineering office", trust=tg.Trust.INTERNAL):
    # Battery safety specialists who label the training images.
    technician = tm.add(tg.Actor("Battery safety technician", role="labeller"))
    # Owns training and releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(xray, sorter, xray_image, label="per-cell image")
tm.flow(sorter, classifier, xray_image)
tm.flow(classifier, sorter, cell_call)
tm.flow(sorter, plc, divert_command, protocol="modbus")
tm.flow(plc, sorter, gate_status, protocol="modbus")

tm.flow(sorter, hmi, xray_image, cell_call)
tm.flow(operator, hmi, override, label="touchscreen override")
tm.flow(hmi, operator, cell_call, label="on the panel")
tm.flow(hmi, sorter, override)
tm.flow(sorter, event_store, sort_log, xray_image)

tm.flow(event_store, labeling, sort_log, xray_image, protocol="https", label="nightly upload")
tm.flow(technician, labeling, labels, protocol="https")
tm.flow(labeling, dataset, labels, training_images)
tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, deploy, model_artifact)
tm.flow(ml_engineer, deploy, release_approval, protocol="https", label="approves release")
tm.flow(deploy, classifier, model_artifact, protocol="https", label="deploy to edge")
