"""Cooperage stave defect camera: the first design, before any security review.

An area camera over the stave jointing line photographs every oak stave. A line
PC on the shop-floor network runs an in-house image classifier that calls each
stave sound, cracked or knotted; for a defect it tells the reject-gate PLC over
Modbus to kick the stave off the line before barrels are raised. Images and
verdicts of rejects (and a sample of passes) are copied to the office NAS.
The foreman reviews them in a small web app, marking each reject right or wrong;
those labels build the training set. Once a quarter a training job on the
office workstation fine-tunes a public backbone (pulled from a model hub, with
packages from PyPI), writes the model to a folder on the NAS, and the foreman
deploys it after reading the hold-out accuracy. The vision integrator who built
the cell keeps remote support access to the line PC. The design has the PLC's
safety circuit on the kicker, NAS snapshots and dated model versions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cooperage stave defect camera",
    profile=tg.RiskProfile.LOW,
    description="Line camera and classifier that reject cracked or knotted oak staves; "
    "retrained quarterly from the foreman's reviews.",
)

# ---------------------------------------------------------------- data assets
stave_images = tg.Data(
    "Stave images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One greyscale frame of each stave face as it passes the camera.",
)
verdict = tg.Data(
    "Defect verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sound, crack or knot, with the classifier's confidence.",
)
reject_command = tg.Data(
    "Reject command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_status = tg.Data("Conveyor position and gate status", kind="records")
reject_records = tg.Data(
    "Reject images and verdicts",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Images of rejected staves and a 2% sample of passes, with their verdicts.",
)
review_labels = tg.Data(
    "Foreman review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled stave images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="A public image backbone checkpoint (.pt) fine-tuned each quarter.",
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Stave defect model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the fine-tuned classifier.",
)
accuracy_report = tg.Data(
    "Hold-out accuracy report",
    kind="records",
    description="Accuracy, false-reject and missed-defect rates on held-back reviewed staves.",
)
deploy_approval = tg.Data("Deployment approval", kind="records")
remote_session = tg.Data("Remote support session", sensitivity=tg.Sensitivity.CONFIDENTIAL)
line_logs = tg.Data("Line PC logs", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the public backbone the classifier is fine-tuned from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
    # Training installs its Python dependencies from here at run time.
    pypi = tm.add(tg.ExternalService("Python package index", provides="package-registry"))

with tm.boundary("Vision integrator", trust=tg.Trust.PARTNER):
    # The integrator who built the camera cell troubleshoots the line PC remotely.
    integrator = tm.add(
        tg.ExternalService(
            "Integrator remote support",
            description="TeamViewer sessions into the line PC when the cell misbehaves.",
        )
    )

with tm.boundary("Shop floor OT network", trust=tg.Trust.INTERNAL):
    # Sees every stave; the only source of images at inference and for training.
    camera = tm.add(
        tg.Device(
            "Stave line camera",
            fleet=False,
            description="GigE area camera with its own LED bar over the jointer outfeed.",
        )
    )
    # Runs the classifier next to the line and drives the reject decision.
    line_pc = tm.add(
        tg.Service(
            "Line inference PC",
            description="Industrial PC that grabs frames, runs the model and signals the PLC.",
        )
    )
    # The classifier itself: decides which staves go into barrels.
    classifier = tm.add(
        tg.Model(
            "Stave defect classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Rejects staves with cracks or knots; a missed crack becomes a "
            "leaking barrel at a customer's distillery.",
        )
    )
    # Moves the pneumatic kicker that takes rejected staves off the conveyor.
    plc = tm.add(
        tg.Service(
            "Reject gate PLC",
            description="Times the kicker from the conveyor encoder and the reject command.",
            controls={
                c.SafetyLimits(
                    limits="kicker guarded; e-stop and light curtain wired in the PLC safety circuit"
                )
            },
        )
    )

with tm.boundary("Cooperage office network", trust=tg.Trust.INTERNAL):
    # Reviews rejects, retrains and decides when a new model goes to the line.
    foreman = tm.add(tg.Actor("Foreman", role="foreman", privileged=True))
    # Keeps the reject images the foreman reviews.
    reject_store = tm.add(
        tg.DataStore(
            "Reject image share",
            stores={reject_records},
            description="SMB share on the office NAS.",
        )
    )
    # Where the foreman marks each reject as right or wrong.
    review_app = tm.add(
        tg.Service(
            "Reject review app",
            description="Small Flask web app on the office workstation, opened in a browser.",
        )
    )
    # Accumulates reviewed images and labels between quarterly retrains.
    training_set = tm.add(
        tg.Dataset(
            "Labelled stave image set",
            stores={training_images, review_labels},
            purpose="training",
            controls={c.DataVersioning(note="NAS snapshots nightly, kept 30 days")},
        )
    )
    # Fine-tunes the backbone on the labelled set once a quarter.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Script on the office workstation's GPU; pip installs from a requirements file.",
            controls={
                c.ModelValidation(
                    note="accuracy and missed-defect rate on a held-back 15% of reviewed staves"
                )
            },
        )
    )
    # Holds each quarter's model so the line can go back to the last one.
    model_folder = tm.add(
        tg.ModelRegistry(
            "Model folder on NAS",
            stores={weights},
            controls={c.ModelVersioning(note="each quarter's checkpoint kept under its date")},
        )
    )
    # Copies an approved checkpoint to the line PC.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment step",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the foreman")},
        )
    )

# ---------------------------------------------------------------- flows
# inference on the line
tm.flow(camera, line_pc, stave_images, protocol="gige-vision")
tm.flow(line_pc, classifier, stave_images)
tm.flow(classifier, line_pc, verdict)
tm.flow(line_pc, plc, reject_command, protocol="modbus")
tm.flow(plc, line_pc, gate_status, protocol="modbus")

# review of rejects
tm.flow(line_pc, reject_store, reject_records, protocol="smb", label="copied after each shift")
tm.flow(reject_store, review_app, reject_records, protocol="smb")
tm.flow(review_app, foreman, reject_records, protocol="http")
tm.flow(foreman, review_app, review_labels, protocol="http")
tm.flow(review_app, training_set, training_images, review_labels, protocol="smb")

# quarterly retraining and deployment
tm.flow(training_set, training, training_images, review_labels, protocol="smb")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(pypi, training, packages, protocol="https")
tm.flow(training, model_folder, weights, protocol="smb")
tm.flow(training, foreman, accuracy_report, label="printed at the end of the run")
tm.flow(foreman, deploy, deploy_approval)
tm.flow(model_folder, deploy, weights, protocol="smb")
tm.flow(deploy, classifier, weights, protocol="smb", label="quarterly deploy to the line PC")

# integrator remote support
tm.flow(integrator, line_pc, remote_session, protocol="teamviewer")
tm.flow(line_pc, integrator, line_logs, protocol="teamviewer")
