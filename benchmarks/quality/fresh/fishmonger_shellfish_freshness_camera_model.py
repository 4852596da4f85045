"""Shellfish freshness grading at intake: the first design, before any security review.

A wholesale fishmonger receives oysters, mussels and langoustines from boats and
merchants every morning. An overhead camera on the intake bench streams the open
crates to a small grading box in the intake room, which runs a freshness model
and shows a grade (A/B/C) and a reject flag on the intake tablet against the lot
number staff scan. A reject flag waits for the intake lead to confirm it; passes
go straight into stock. Grades and rejects are written to the lot record in the
hosted stock system, which e-mails reject notices to the supplier. Each night the
box uploads images and grades to our cloud account, where the quality manager
labels a sample, and a retraining job fine-tunes a backbone from a public model
hub; the quality manager approves each new version before it is pushed to the box.
If the camera or model is down, lots wait for a manual grade.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fishmonger shellfish freshness camera model",
    profile=tg.RiskProfile.LOW,
    description="Camera model grading shellfish freshness at intake and flagging lots to reject.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data(
    "Shellfish lot images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Overhead frames of the open crate on the intake bench.",
)
lot_number = tg.Data("Lot number scan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lot_record = tg.Data(
    "Lot records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, species, harvest area and date, weight and agreed price.",
)
grade = tg.Data(
    "Freshness grade and reject flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
reject_decision = tg.Data(
    "Reject confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
delivery_notes = tg.Data(
    "Supplier delivery notes", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reject_notice = tg.Data("Reject notice", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Freshness labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint of an ImageNet-pretrained vision backbone.",
)
artifact = tg.Data(
    "Freshness model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
release = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Intake site network", trust=tg.Trust.INTERNAL):
    # Fixed overhead camera above the intake bench.
    camera = tm.add(tg.Device("Intake bench camera", fleet=False))
    # Runs on the grading box: pulls frames, calls the model, records the result.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.HumanInTheLoop(
                    approver="intake lead",
                    note="reject flags only; passes go straight into stock",
                ),
                c.FailClosed(fallback="lots wait for a manual grade by the intake lead"),
            },
        )
    )
    # Classifies each crate into a freshness grade; its reject flag holds the lot.
    model = tm.add(
        tg.Model(
            "Shellfish freshness model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned image classifier; grade C or low confidence flags a reject.",
        )
    )
    # Shared wall-mounted tablet at the bench for scanning lots and confirming rejects.
    tablet = tm.add(
        tg.Device(
            "Intake tablet",
            fleet=False,
            controls={c.Authentication(method="shared intake team PIN")},
        )
    )
    # Opens crates, scans lot labels and confirms or overrides reject flags.
    intake_staff = tm.add(tg.Actor("Intake lead", role="intake staff"))
    # Labels sample images and approves new model versions.
    qm = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

with tm.boundary("Stock system vendor", trust=tg.Trust.PARTNER):
    # Hosted wholesale stock and traceability system holding every lot record.
    stock = tm.add(
        tg.DataStore(
            "Stock and lot system",
            stores={lot_record, delivery_notes},
            description="SaaS stock, traceability and supplier accounts.",
        )
    )

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Bucket of nightly image uploads with the grades the box gave them.
    image_store = tm.add(tg.DataStore("Image archive", stores={images, grade}))
    # Web labelling tool where the quality manager grades a sample of crates.
    labelling = tm.add(tg.Pipeline("Labelling tool", stage=tg.Stage.LABELING))
    # Labelled images used to fine-tune the model.
    training_set = tm.add(tg.Dataset("Labelled freshness set", stores={images, labels}))
    # Monthly fine-tuning job on a cloud GPU instance.
    training = tm.add(
        tg.Pipeline("Monthly fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Versioned bucket of exported models.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Pushes an approved version to the grading box.
    deploy = tm.add(
        tg.Pipeline(
            "Model push to grading box",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="quality manager")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Boats and merchants who send delivery notes and receive reject notices.
    supplier = tm.add(tg.Actor("Shellfish supplier", role="supplier"))
    # Where the pretrained backbone comes from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

# ---------------------------------------------------------------- flows
tm.flow(supplier, stock, delivery_notes, protocol="https", label="supplier portal")
tm.flow(stock, supplier, reject_notice, protocol="smtp")

tm.flow(intake_staff, tablet, lot_number, label="barcode scan at the bench")
tm.flow(tablet, grading, lot_number, protocol="https")
tm.flow(grading, stock, lot_number, protocol="https", label="lot lookup")
tm.flow(stock, grading, lot_record, protocol="https")
tm.flow(camera, grading, images, protocol="rtsp")
tm.flow(grading, model, images)
tm.flow(model, grading, grade)
tm.flow(grading, tablet, grade, protocol="https")
tm.flow(tablet, intake_staff, grade, label="on the touchscreen")
tm.flow(intake_staff, tablet, reject_decision, label="on the touchscreen")
tm.flow(tablet, grading, reject_decision, protocol="https")
tm.flow(grading, stock, grade, reject_decision, protocol="https", label="update lot status")

tm.flow(grading, image_store, images, grade, protocol="https", label="nightly upload")
tm.flow(image_store, labelling, images, grade)
tm.flow(qm, labelling, labels, protocol="https")
tm.flow(labelling, training_set, images, labels)
tm.flow(training_set, training, images, labels)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, artifact)
tm.flow(registry, deploy, artifact)
tm.flow(qm, deploy, release, protocol="https", label="approves version")
tm.flow(deploy, model, artifact, protocol="https")
