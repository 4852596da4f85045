"""Wafer defect classifier: the first design, before any security review.

The fab's optical and e-beam inspection tools write defect images and defect maps
to a shared folder on the fab OT network. An ingest job on edge servers next to the
tools picks them up, archives them and sends each image to an in-house vision
model that classifies the defect (particle, scratch, pattern bridge, residue, ...).
Classifications go to the yield dashboard that process engineers watch, and
per-lot defect counts go to the MES, whose rules put a lot on hold when a killer
defect class passes a threshold. Low-confidence images, and any the engineers
dispute, are uploaded to a labeling app in the corporate ML cloud, where engineers
give the correct class. Every week a training job fine-tunes a pretrained backbone
from a public model hub on the labeled set; the job is gated by an evaluation on a
held-out set, versions go to a model registry, and an ML engineer approves each
rollout to the edge servers. Engineers sign in to the labeling app with corporate SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wafer defect classifier",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vision model classifying wafer inspection defects at the tool, retrained weekly "
        "in the corporate ML cloud; drives yield reporting and lot holds."
    ),
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Wafer inspection images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Defect patch images with defect maps; they reveal the process and layout.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
classes = tg.Data(
    "Defect classifications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Class and confidence per defect.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lot_summary = tg.Data(
    "Lot defect summary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
hold_notice = tg.Data("Lot hold notice", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
disposition = tg.Data(
    "Lot disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The engineer's release or scrap decision for a held lot.",
)
yield_view = tg.Data("Yield charts", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
disputed = tg.Data(
    "Disputed images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Low-confidence or engineer-flagged images with the model's class.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labeled defect image set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="ImageNet-pretrained CNN checkpoint downloaded by name.",
)
model_artifact = tg.Data(
    "Defect classifier checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch .pt checkpoint.",
)
rollout_approval = tg.Data("Rollout approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained backbone the weekly training starts from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Fab OT network", trust=tg.Trust.RESTRICTED):
    # Optical and e-beam inspection tools; they export images to a shared folder.
    tools = tm.add(
        tg.DataSource(
            "Wafer inspection tools",
            origin=tg.Origin.INTERNAL,
            provides={images},
            description="Tool PCs run the equipment vendor's software; exports go to an SMB share.",
        )
    )
    # Picks up new exports, archives them and feeds the model.
    ingest = tm.add(tg.Pipeline("Image ingest job", stage=tg.Stage.INGESTION))
    # The vision model, on GPU servers next to the tools so that results are near real time.
    classifier = tm.add(
        tg.Model(
            "Defect classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN classifier; its counts trigger lot holds in the MES.",
        )
    )
    # Local archive of images and results, kept 90 days for engineering review.
    archive = tm.add(tg.DataStore("Edge image and result archive", stores={images, classes}))
    # Pulls an approved model version from the registry and restarts inference.
    rollout = tm.add(tg.Pipeline("Model rollout job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Manufacturing network", trust=tg.Trust.INTERNAL):
    # Manufacturing execution system: hold rules act on the model's lot summaries.
    mes = tm.add(
        tg.Service(
            "MES lot-hold rules",
            description="Holds a lot when a killer defect class exceeds its per-layer limit.",
        )
    )
    # Yield dashboard: defect Pareto charts and trends per layer, tool and lot.
    dashboard = tm.add(tg.Service("Yield dashboard"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads the dashboard, dispositions held lots and labels disputed images.
    engineer = tm.add(tg.Actor("Process engineer", role="yield and process engineer"))
    # Owns training and approves each rollout.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Corporate ML cloud", trust=tg.Trust.INTERNAL):
    # Web app where engineers give the correct class for disputed images.
    labeling = tm.add(
        tg.Pipeline(
            "Labeling app",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Every labeled image since the project began, snapshotted each week.
    dataset = tm.add(
        tg.Dataset("Labeled training set", stores={training_set}, controls={c.DataVersioning()})
    )
    # Weekly fine-tuning job, gated on a held-out evaluation.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Installs its Python dependencies at job start.",
            controls={c.ModelValidation(note="held-out accuracy and per-class recall gate")},
        )
    )
    # Keeps every trained version for rollout and rollback.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(tools, ingest, images, protocol="smb", label="tool export share")
tm.flow(ingest, classifier, images, protocol="local")
tm.flow(classifier, ingest, classes, protocol="local")
tm.flow(ingest, archive, images, classes)

tm.flow(ingest, mes, lot_summary, protocol="http", label="lot summary message")
tm.flow(mes, engineer, hold_notice, label="hold alert")
tm.flow(engineer, mes, disposition, protocol="https")
tm.flow(archive, dashboard, classes, label="results feed")
tm.flow(dashboard, engineer, yield_view, protocol="https")

tm.flow(archive, labeling, disputed, protocol="https", label="disputed image upload")
tm.flow(labeling, engineer, disputed, protocol="https")
tm.flow(engineer, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set, labels)

tm.flow(dataset, training, training_set)
tm.flow(hub, training, backbone, protocol="https", label="pretrained weights")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, rollout, rollout_approval, protocol="https", label="approves rollout")
tm.flow(registry, rollout, model_artifact, protocol="https")
tm.flow(rollout, classifier, model_artifact, protocol="local", label="deploy")
