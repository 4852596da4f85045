"""Weld seam quality vision: the first design, before any security review.

A car parts plant welds chassis brackets on a robot line. Line cameras photograph
every weld seam as the part passes the inspection station; an edge computer in the
line cell runs an in-house vision model on each image and, when it judges a seam
bad, tells the line's diverter PLC to push the bracket into the reject bin. Verdicts
go to the MES for part traceability, and reject images are copied to a file share
on the plant IT network. Each week quality engineers review a sample of rejects in a
labelling tool on a quality lab workstation, correct the labels, retrain the model
there (PyTorch, packages installed from PyPI), check it against a held-out set and
copy the new checkpoint to the model share, from where a deploy script pushes it to
the edge computer. The share and the labelling tool use domain logins and AD groups;
there is no other signing, scanning or approval step in the first design.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Weld seam quality vision",
    profile=tg.RiskProfile.HIGH,
    description=(
        "On-premises vision model that rejects bad chassis bracket welds on the line, "
        "retrained weekly by quality engineers from relabelled rejects."
    ),
)

# ---------------------------------------------------------------- data assets
seam_images = tg.Data(
    "Weld seam images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One image per seam, taken as the bracket reaches the inspection station.",
)
part_trigger = tg.Data(
    "Part-in-position trigger and serial",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
verdict = tg.Data(
    "Weld seam verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reject_command = tg.Data(
    "Reject command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
inspection_results = tg.Data(
    "Inspection results per part serial",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
reject_images = tg.Data("Reject seam images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
weld_labels = tg.Data(
    "Corrected weld labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Weld training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
checkpoint = tg.Data(
    "Weld model checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint written by the training script.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the training script's dependencies come from.
    pypi = tm.add(
        tg.ExternalService(
            "PyPI",
            provides=tg.ExternalCategory.PACKAGE_REGISTRY,
            description="Public Python package index used by pip on the workstation.",
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Weld line cell", trust=tg.Trust.RESTRICTED):
        # The eyes of the system: fixed industrial cameras over the inspection station.
        cameras = tm.add(
            tg.Device(
                "Line seam cameras",
                description="GigE Vision cameras triggered by the line PLC.",
            )
        )
        # Runs the model next to the line so a verdict arrives within the cycle time.
        edge = tm.add(
            tg.Service(
                "Line edge computer",
                description="Industrial PC that grabs frames, runs the model, and signals the PLC.",
            )
        )
        # The in-house model whose verdict decides whether a bracket ships.
        model = tm.add(
            tg.Model(
                "Weld seam reject classifier",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="CNN that classifies each seam as good or defective (porosity, undercut, cracks).",
            )
        )
        # Moves good parts on and bad parts into the reject bin.
        plc = tm.add(
            tg.Service(
                "Diverter PLC",
                description="Line PLC driving the reject diverter gate; also triggers the cameras.",
            )
        )
    # Keeps the verdict for every part serial, for traceability and recalls.
    mes = tm.add(tg.Service("Manufacturing execution system"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # People who judge the rejects and own the model.
    engineer = tm.add(tg.Actor("Quality engineer", role="quality engineer", privileged=True))
    # Where reject images wait for the weekly review.
    reject_share = tm.add(
        tg.DataStore(
            "Reject image share",
            stores={reject_images},
            controls={tg.controls.RBAC(note="AD group for quality engineering")},
            description="SMB share on the plant file server.",
        )
    )
    # Where trained checkpoints are kept for deployment.
    model_share = tm.add(
        tg.ModelRegistry(
            "Model share",
            stores={checkpoint},
            controls={
                tg.controls.RBAC(note="AD group for quality engineering"),
                tg.controls.ModelVersioning(note="checkpoints kept by date-stamped file name"),
            },
        )
    )
    # Pushes an approved checkpoint to the line.
    deploy = tm.add(
        tg.Pipeline(
            "Edge deploy script",
            stage=tg.Stage.DEPLOYMENT,
            description="Copies a chosen checkpoint to the edge computer and restarts the service.",
        )
    )

    with tm.boundary("Quality lab workstation", trust=tg.Trust.INTERNAL):
        # Engineers view rejects and correct their labels here.
        labeling = tm.add(
            tg.Pipeline(
                "Reject labelling tool",
                stage=tg.Stage.LABELING,
                controls={tg.controls.Authentication(method="Windows domain login")},
                description="Open-source labelling app running locally on the workstation.",
            )
        )
        # Accumulated labelled seams, grown each week.
        dataset = tm.add(tg.Dataset("Weld training dataset", stores={training_set, weld_labels}))
        # Weekly retraining on the workstation's GPU.
        training = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    tg.controls.ModelValidation(
                        note="accuracy and missed-defect rate on a held-out set checked by the engineer"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# Inspection on the line
tm.flow(plc, cameras, part_trigger, protocol="profinet", label="trigger")
tm.flow(plc, edge, part_trigger, protocol="profinet")
tm.flow(cameras, edge, seam_images, protocol="gige vision")
tm.flow(edge, model, seam_images, protocol="local")
tm.flow(model, edge, verdict, protocol="local")
tm.flow(edge, plc, reject_command, protocol="profinet")
tm.flow(edge, mes, inspection_results, protocol="opc-ua")
tm.flow(edge, reject_share, reject_images, protocol="smb")

# Weekly review and retraining
tm.flow(reject_share, labeling, reject_images, protocol="smb")
tm.flow(labeling, engineer, reject_images, label="review on screen")
tm.flow(engineer, labeling, weld_labels, label="relabels rejects")
tm.flow(labeling, dataset, reject_images, weld_labels, protocol="local")
tm.flow(dataset, training, training_set, weld_labels, protocol="local")
tm.flow(pypi, training, packages, protocol="https")
tm.flow(training, model_share, checkpoint, protocol="smb")

# Deployment to the line
tm.flow(engineer, deploy, label="runs the deploy script")
tm.flow(model_share, deploy, checkpoint, protocol="smb")
tm.flow(deploy, model, checkpoint, protocol="ssh")
